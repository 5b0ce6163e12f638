# @task, @gensym, @boundscheck, @NamedTuple, int128"", uint128"", text"", html"", @deprecate,
# @showtime's line, @atomic/@atomicswap/@atomicreplace, :(a.$f) interpolating a field name,
# DenseVector/DenseMatrix/StridedVector, sort's alg names
t = @task 1 + 1
schedule(t)
println(fetch(t), " ", istaskdone(t), " ", typeof(t))
@gensym a b
println(startswith(string(a), "##a#"), " ", a != b, " ", @boundscheck(3))
println(@NamedTuple{a::Int, b::Float64}, " ", @NamedTuple{x, y::String}, " ", (@NamedTuple begin
    p::Int
    q
end), " ", @NamedTuple{a::Int}((1,)))
println(int128"123456789012345678901234567890", " ", typeof(int128"5"), " ", uint128"0xff", " ", text"plain text", " ", html"<b>")
new_f(x) = 2x
@deprecate old_f(x) new_f(x)
@deprecate older new_f
println(old_f(2), " ", older(3))
Base._print_time(0.25, "sleep(0.25)")
mutable struct AT
    @atomic x::Int
    y::Int
end
at = AT(1, 2)
println(@atomic(at.x), " ", @atomic(at.x += 1), " ", @atomic(:monotonic, at.x), " ", (@atomic at.x = 10), " ", @atomic(max(at.x, 20)))
println(@atomic at.x max 5)
println(@atomicswap(at.x = 7), " ", at.x, " ", @atomicreplace(at.x, 7 => 8), " ", @atomicreplace(at.x, 7 => 9), " ", at.x)
counter = AT(0, 0)
Threads.@threads for i in 1:1000
    @atomic counter.x += 1
end
println(counter.x)
f = :x
ex = :(a.$f)
println(ex, " ", ex.args[2], " ", typeof(ex.args[2]), " ", [:(obj.$g = 1) for g in (:y, :z)])
println(supertype(Vector{Int}), " ", DenseVector{Int}, " ", DenseMatrix{Float64}, " ", Vector{Int} <: DenseVector{Int}, " ", DenseArray)
s(x::StridedVector{Float64}) = sum(x)
println(s([1.0, 2.0]), " ", s(view([1.0, 2, 3], 1:2)), " ", [1.0] isa DenseVecOrMat, " ", zeros(2, 2) isa StridedMatrix, " ", (1:2) isa StridedVector)
println(sort([3, 1, 2]; alg = QuickSort), sort([3, 1, 2]; alg = MergeSort), sort([3, 1, 2]; alg = InsertionSort), sort([3, 1, 2, 5, 4]; alg = PartialQuickSort(2)), " ", QuickSort, " ", typeof(MergeSort))
