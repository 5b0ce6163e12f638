A = [1 2 3; 4 5 6]
x = [10, 20, 30]
println(A .+ x')
println(A .* [1, 2])
println((1:3) .+ (1:2)')
println([1, 2] .== [1 2])
println(sum(A, dims = 1), sum(A, dims = 2), sum(A, dims = (1, 2)))
println(maximum(A, dims = 2), minimum(Float64.(A), dims = 1))
println(sum(zeros(0, 3), dims = 1), " ", sum(zeros(3, 0), dims = 1))
println(prod(Int8[1 2; 3 4], dims = 1))
B = reshape(1:24, 2, 3, 4)
println(sum(B, dims = 3))
println(sum(B, dims = (1, 3)))
println(any(A .> 4, dims = 1))
y = zeros(2, 3); y .= A .+ x'; println(y)
z = zeros(3); z .= sum(A', dims = 2); println(z)
println(sum(A'), " ", sum(B))
println(max.([1, 2], [0 5]))
println((1, 2) .+ [10 20])
println(sum([1 2; 3 4]', dims=1))
println(extrema([3 1; 2 4], dims = 1))
println(A[:, :, 1], " ", B[2, 3, 4], " ", B[5])
A3 = reshape(collect(1:24), 2, 3, 4)
println(A3[2, 3, 4], " ", A3[1, 2, 3])
A3[2, 1, 2] = 100.0
println(A3[2,1,2])
B = reshape(collect(1.0:16.0), 2, 2, 2, 2)
println(B[2, 2, 3], " ", B[1,1,4])
M = [1 2; 3 4]
println(M[2, 2, 1])
v = [1, 2, 3]
println(v[3, 1, 1])
try; A3[3, 1, 1]; catch e; showerror(stdout, e); println(); end
try; M[1, 1, 2]; catch e; showerror(stdout, e); println(); end
try; A3[1, 1, 1] = 2.5; catch e; showerror(stdout, e); println(); end
C = Array{Any}(undef, 2, 2, 2); C[1,2,2] = "x"; println(C[1,2,2])
vs = [[1, 2], [3, 4], [5, 6]]
println(reduce(hcat, vs), " ", reduce(vcat, vs))
println(reduce(hcat, [[1, 2], [3.5, 4]]))
println(reduce(vcat, [[1 2], [3 4; 5 6]]))
println(reduce(hcat, [[1 2; 3 4], [5, 6]]))
try; reduce(hcat, [[1, 2], [3]]); catch e; showerror(stdout, e); println(); end
try; reduce(hcat, Vector{Int}[]); catch e; showerror(stdout, e); println(); end
println(reduce(hcat, [[1, 2]]; init = [0, 0]))
println(accumulate(+, [1, 2, 3]), accumulate(*, [1.5, 2]), accumulate(+, Int8[100, 100]))
println(accumulate(+, [1 2; 3 4]), accumulate(+, Int[]), accumulate(max, 1:4))
println(cumsum([1, 2, 3]), cumprod([1 2; 3 4], dims = 1))
println(hcat([1, 2], [3, 4]), vcat([1, 2], 3), hcat(1, 2))
# mixed-type max/min/&/cmp through promote
println(max(1.5, 0), " ", min(2, 0.5), " ", 0x0f & 7, " ", xor(Int8(3), 5), " ", cmp(2, 1.5))
println(promote(1, 2.0), " ", promote(Int8(1), UInt16(2), 3.0f0))
try; promote(:a, 1); catch e; println(typeof(e)); end
# CartesianIndices iteration (packed state) and indexing
Ac = reshape(collect(1:6), 2, 3)
for I in CartesianIndices(Ac); print(I, " => ", Ac[I], "; "); end; println()
B = reshape(collect(1:24), 2, 3, 4)
function cs(B); s = 0; n = 0
for I in CartesianIndices(B); s += B[I] * n; n += 1; end; println(s, " ", n); end; cs(B)
println(collect(CartesianIndices((2, 2))))
println(collect(CartesianIndices((2:3, 5:6))))
println([I for I in CartesianIndices((0, 3))])
println(collect(CartesianIndices((2, 1, 2))))
println(collect(CartesianIndices((1, 1, 1, 2))))
C = zeros(2, 2); for I in CartesianIndices(C); C[I] = I[1] * 10 + I[2]; end; println(C)
println(iterate(CartesianIndices((2, 2)), CartesianIndex(2, 1)))
println(sum(B[I] for I in CartesianIndices(B)))
try; Ac[CartesianIndex(3, 1)]; catch e; showerror(stdout, e); println(); end
println(findall(x -> x > 3, Ac), " ", argmax(Ac))
# matrix slices and 2-d views of a matrix (fast paths)
Am = reshape(collect(1:12), 3, 4)
vm = view(Am, [true, false, true], :); println(vm[2, 3], " ", vm)
wm = view(Am, 2:3, [1, 4]); println(wm[2, 2], " ", wm); wm[1, 1] = 100; println(Am[2, 1])
um = view(Am, :, 2:3); println(um[3, 2]); try; um[4, 1]; catch e; showerror(stdout, e); println(); end
println(Am[:, 2], " ", Am[2, :]); try; Am[:, 5]; catch e; showerror(stdout, e); println(); end
Bm = ["a" "b"; "c" "d"]; println(Bm[:, 1], " ", Bm[2, :])
