# Float ranges as Julia 1.10's twiceprecision.jl: StepRangeLen{T,R,S,L} with TwicePrecision ref/step
r = 0:0.1:1
println(typeof(r))
println(typeof(range(0, 1, length=5)))
println(typeof(LinRange(0, 1, 5)))
println(typeof(0f0:0.1f0:1f0), " ", typeof(Float16(0):Float16(0.5):Float16(2)))
println(typeof(StepRangeLen(1.0, 0.5, 3)), " ", typeof(StepRangeLen(1, 2, 3)))
println(typeof(big(0.0):big(0.5):big(2.0)))
println(fieldnames(typeof(r)), " ", fieldnames(Base.TwicePrecision))
println(r.ref, " ", r.len, " ", r.offset)
println(Base.TwicePrecision{Float64}((1, 10)), " ", Float64(Base.TwicePrecision{Float64}((1, 3))))
println((-1.0:0.5:1.0).offset, " ", (-1.0:0.5:1.0).ref)
# element values
println(collect(r))
println((0.1:0.1:0.5)[3], " ", (0.1:0.1:0.5)[3] == 0.3)
println(collect(range(1, 2, length=7)))
println(collect(range(0.0, step=0.1, length=4)), " ", range(0.0, step=0.1, length=4))
println(collect(1.0:-0.3:-1), " ", 1.0:-0.3:-1)
println(collect(0f0:0.1f0:0.5f0), " ", (0.1f0:0.1f0:0.5f0)[3])
println(collect(range(-0.1, 0.3, length=5)), " ", collect(LinRange(-0.1, 0.3, 5)))
println(collect(range(-1, 1, length=4)))
# lengths
println(length(0:0.1:1), " ", length(0.1:0.1:0.3), " ", length(1.0:0.2:2.1), " ", length(0.0:0.7:2.1), " ", length(1.0:0.5:0.0))
# show / print / repr
show(r); println()
display(range(0, 1, length=5))
println(repr(StepRangeLen(1.0, 0.5, 3)), " ", StepRangeLen(1.0, 0.0, 3), " ", range(1.0, 1.0, length=3))
println(LinRange(0, 1, 5)); display(LinRange(0, 1, 5))
println(range(1, 10, length=101), " ", 1.0:0.5:0.0, " ", -0.0:0.5:1.0)
# arithmetic
println(r .* 2, " ", 2r, " ", -r, " ", r .+ 1, " ", r + r, " ", reverse(r), " ", r[2:3])
println(sum(r), " ", step(r), " ", first(r), " ", last(r), " ", sum(0.1:0.1:0.3))
println(typeof(2r) == typeof(r), " ", typeof(r[2:3]) == typeof(r), " ", typeof(reverse(r)) == typeof(r))
println(collect((0:0.1:1)[3:2:9]), " ", collect(reverse(0:0.1:0.3)), " ", collect((0:0.5:1) ./ 2))
println((0:0.1:1) + (1:11), " ", 1 .- (0:0.5:1), " ", StepRangeLen{Float64}(1:3), " ", (1:3) - (1:3))
s = 0.0
for x in 0.0:0.1:0.5
    global s += x
end
println(s, " ", [x for x in 0.0:0.25:1.0], " ", step(range(2.5, stop=10.9, length=85)))
