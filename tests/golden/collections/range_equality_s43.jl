# range == as range.jl's methods: by ends (unit ranges), ends and step (ordinal ranges),
# first, length and last (float ranges of one type), element by element otherwise
println(0.0:0.1:0.3 == range(0.0, 0.3, length=4), " ", (1:3) == [1, 2, 3], " ", 1:0 == 2:1)
println(1:3 == 1:1:3, " ", 1:2:5 == 1:2:6, " ", 1:2:5 == 1:2:7, " ", 5:4 == 1:0)
println(Base.OneTo(3) == 1:3, " ", Base.OneTo(0) == 5:4, " ", Base.OneTo(2) == Base.OneTo(2))
println(range(0, 1, length = 3) == LinRange(0, 1, 3), " ", LinRange(0, 1, 3) == LinRange(0.0, 1.0, 3))
println(0:2 == 0.0:1.0:2.0, " ", 1:3 == 1.0:3.0, " ", (0.1:0.1:0.3) == [0.1, 0.2, 0.3])
println(1.0:0.0 == 3.0:2.0, " ", 'a':'c' == 'a':'c', " ", 'a':'c' == ['a', 'b', 'c'])
println(StepRangeLen(1.0, 0.0, 3) == StepRangeLen(1.0, 0.0, 4), " ", range(1, step = 2, length = 3) == 1:2:5)
println(1:3 == 1:4, " ", 0.0:0.5:1.0 == 0.0:0.25:1.0, " ", LinRange(0, 1, 3) == 0.0:0.5:1.0)
