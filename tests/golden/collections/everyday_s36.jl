# Everyday array code found wrong in session 36's sweeps, as Julia 1.10 answers it

# find* on a BitMatrix gives CartesianIndex keys; findnext/findprev from a CartesianIndex
A = [3 1 4; 1 5 9; 2 6 5]
println(findfirst(A .> 4), " ", findlast(A .> 4), " ", findfirst(!, A .> 0), " ", findfirst([true, false] .& true))
println(findnext(isodd, A, CartesianIndex(1, 2)), " ", findprev(isodd, A, CartesianIndex(3, 2)), " ", findnext(A .> 4, CartesianIndex(3, 2)))
println(findnext(A .> 4, 6), " ", findfirst(falses(2, 2)), " ", findlast(trues(2, 3)))

# sort!/sort with dims on matrices and higher-dimensional arrays
A = [3 1; 1 2]
sort!(A, dims = 1); println(A)
B = [3 1 2; 9 7 8]
println(sort(B, dims = 2), " ", sort(B, dims = 1, rev = true), " ", B)
C = reshape([8, 7, 6, 5, 4, 3, 2, 1], 2, 2, 2)
println(sort(C, dims = 3))
println(sort(C, dims = 1)[:, :, 2])
println(sort([3, 1, 2]), " ", sort!([3, 1, 2]; rev = true))

# ranges stay ranges: r .+ r, r .- r (StepRangeLen(0, 0, 3)), intersect of ranges; reshape(A, Val(N))
let
    r = 1:3
    println((r .+ 1), " ", (2 .* r), " ", (r .* 2), " ", (r .- 1), " ", (-r), " ", (r ./ 2), " ", (r .+ r), " ", (r .- r), " ", r .+ (2:2:6))
    println(intersect(1:10, 5:15), " ", intersect(1:2:9, 3:7), " ", intersect(Base.OneTo(5), Base.OneTo(3)), " ", intersect(1:3, 5:6))
    println((1:3) + (1:3), " ", (1:3) - (3:-1:1), " ", 0.5 .* (1:3), " ", (1.0:3.0) .+ (1:3))
    t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
    t(() -> (1:3) .+ (1:4))
    t(() -> LinRange(0, 1, 3) .+ LinRange(1, 2, 3))
    t(() -> LinRange(0, 1, 3) .+ (1:3))
    t(() -> (0:0.5:1) .- (1:3))
    A = [1 2 3; 4 5 6]
    println(reshape(A, Val(1)), " ", size(reshape(A, Val(3))), " ", reshape(1:6, Val(2)))
    println(intersect(1:10, 5:15), " ", intersect(1:2:9, 3:7), " ", intersect(Base.OneTo(5), Base.OneTo(3)), " ", intersect(1:3, 5:6))
    println(intersect(1:2:11, 1:3:12), " ", intersect(2:2:10, 1:2:9), " ", intersect(0:5:100, 3:7:100), " ", intersect(10:-1:1, 3:5), " ", intersect(1:10, [3, 4, 99]))
    for (r, s) in ((1:2:11, 1:3:12), (2:2:10, 1:2:9), (0:5:100, 3:7:100), (3:4:50, 1:6:60))
        println(collect(intersect(r, s)) == filter(in(s), collect(r)))
    end
    println(intersect(10:-1:1, 3:5), " ", intersect(1:9, 12:-3:0), " ", intersect(20:-4:0, 18:-6:0))
    println(StepRangeLen(2, 2, 3), " ", StepRangeLen(0.0, 0.0, 2))
end

# strings index with any integer and with :, get with a default; bitstring of a non-primitive; x[:] of a user type is getindex(x, ::Colon)
let
    t(f) = try println(repr(f())) catch e; println("ERROR: ", sprint(showerror, e)) end
    t(() -> ("abc"[UInt(2)], "héllo"[Int32(2)], "abc"[true], "abc"[:], SubString("abc", 2)[UInt8(1)]))
    t(() -> (get("abc", 2, 'z'), get("abc", 9, 'z'), get("abc", 0, 'z')))
    t(() -> "abc"[Int8(9)])
    t(() -> bitstring(big(1)))
    t(() -> bitstring(1//2))
    t(() -> bitstring("a"))
    t(() -> bitstring(1.5f0))
end
struct W end
Base.getindex(w::W, ::Colon) = "colon"
Base.getindex(w::W, i::Int, ::Colon) = "row $i"
println(W()[:], " ", W()[2, :])

# Ref(A, i) is a Base.RefArray: a reference to A[i]
let
    v = [1, 2, 3]
    r = Ref(v, 2)
    println(r[], " ", typeof(r), " ", r isa Ref{Int})
    r[] = 20
    println(v, " ", r)
    println(v .+ Ref(v, 1))
end

# x[:] is getindex(x, Colon()): arrays, views, BitArrays, tuples, ranges, substrings
A = reshape(collect(1:6), 2, 3)
A[:, 1] .= 0; println(A)
B = @view A[:, 2]; B[1] = 99; println(A, " ", A[:, end], " ", A[end, :], " ", A[:])
A[:, 3] = [7, 8]; println(A)
b = trues(3); println(b[:], " ", (1, 2, 3)[:], " ", (1:5)[:], " ", view(1:5, :))
A[:] .= 1; println(A)
A[1, :] = [5, 6, 7]; println(A, " ", size(A[:, :]), " ", A[:, [1, 3]])
C = zeros(2, 2, 2); C[:, :, 1] .= 1; println(sum(C), " ", size(C[:, 1, :]))
s = SubString("hello", 2); println(s[:], " ", typeof(s[:]))
d = Dict(1 => 2); println(try d[:] catch e; typeof(e) end)
# a view of a range by a range is a range
println(view(1:5, :), " ", view(1:10, 2:3), " ", view(1:2:9, 2:3), " ", view(0.0:0.5:2.0, 1:2:5), " ", @view (1:10)[3:5])
try view(1:5, 4:7) catch e; println(sprint(showerror, e)) end

# Iterators.partition is Julia's PartitionIterator
p = Iterators.partition(1:5, 2)
println(typeof(p), " ", collect(p), " ", length(p), " ", collect(Iterators.partition([1, 2, 3], 2)))
