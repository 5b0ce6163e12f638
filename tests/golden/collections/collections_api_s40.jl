# keytype/valtype of arrays (Base abstractarray.jl)
println(keytype([1, 2]), " ", valtype([1, 2]), " ", keytype([1 2; 3 4]))
println(keytype(Vector{Int}), " ", valtype(Matrix{String}))
# nextind/prevind on arrays
println(nextind([1, 2], 1), " ", prevind([1, 2], 2))
# in-place circshift! of a vector
println(circshift!([1, 2, 3, 4, 5], 2), " ", circshift!([1, 2, 3, 4, 5], -2), " ", circshift!(Int[], 1))
# diff of a range is a Vector
println(diff(1:5), " ", diff(10:-3:1), " ", diff(1:1))
# copy! for dicts and sets
println(copy!(Dict(1 => 2), Dict(3 => 4)))
println(copy!(Set([1]), Set([2])))
# undef arrays of singleton types hold the instance
println(Vector{Nothing}(undef, 2))
println(Vector{Missing}(undef, 1))
# BoundsError with a non-tuple index collection lists its elements
function t(f)
    try
        f()
    catch e
        println(sprint(showerror, e))
    end
end
t(() -> deleteat!([1, 2, 3], [true, false]))
t(() -> keepat!([1, 2, 3], [true]))
t(() -> throw(BoundsError([1, 2], [1, 5])))
t(() -> [1, 2, 3][[true, false]])
t(() -> [1, 2, 3][2:5])
