# x::T passes x through when it is a T and raises a TypeError otherwise, for concrete,
# abstract, union and parametric T; one site meets many value types.
f(x) = x::Integer
println(f(3), " ", f(0x01), " ", (nothing::Union{Int,Nothing}) === nothing, " ", [1]::Vector{Int}, " ", [1]::AbstractVector, " ", 1.5::Real)
for v in (1, 2.0, "s", [1], nothing, 0x01, 'c', 1 => 2)
    try
        v::Union{Int, String}
        println("ok ", v)
    catch e
        println(e)
    end
end
function total(xs)
    s = 0
    for x in xs
        s += x::Int
    end
    s
end
println(total(1:1000), " ", total(Any[1, 2, 3]))
try
    total(Any[1, 2.5])
catch e
    println(sprint(showerror, e))
end
try
    [1.0]::Vector{Int}
catch e
    println(sprint(showerror, e))
end
