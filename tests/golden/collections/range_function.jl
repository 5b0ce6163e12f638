# range(...) picks Julia's range types (examples from Julia's documentation of range)
println(range(0, 1, length = 3), " ", range(1, length = 100), " ", range(1, step = 5, length = 100), " ", range(1, step = 5, stop = 100), " ", range(1, 10, length = 101), " ", range(1, 100, step = 5))
println(range(stop = 10, length = 5), " ", range(stop = 10, step = 1.5, length = 5), " ", range(1, 10, length = 10), " ", collect(range(0, 1, length = 5)), " ", length(range(1, 10, length = 101)), " ", range(0.0, length = 3))
