# range(...) picks Julia's range types (examples from Julia's documentation of range)
println(range(0, 1, length = 3), " ", range(1, length = 100), " ", range(1, step = 5, length = 100), " ", range(1, step = 5, stop = 100), " ", range(1, 10, length = 101), " ", range(1, 100, step = 5))
println(range(stop = 10, length = 5), " ", range(stop = 10, step = 1.5, length = 5), " ", range(1, 10, length = 10), " ", collect(range(0, 1, length = 5)), " ", length(range(1, 10, length = 101)), " ", range(0.0, length = 3))
r = 0f0:0.1f0:0.5f0
println(typeof(r), " ", collect(r), " ", r, " ", length(r))
println(collect(1f0:3f0), " ", 1.0:3, " ", typeof(1:2.0), " ", collect(Float16(0):Float16(0.5):Float16(1)))
let s = 0.0f0
    for x in 0f0:0.25f0:1f0
        s += x
    end
    println(s, " ", typeof(s))
end
println((0:0.1:1)[4], " ", collect(1.5:3), " ", sum(0.1f0:0.1f0:1f0), " ", (0f0:0.1f0:1f0)[4])
