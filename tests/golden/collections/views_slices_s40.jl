# the fast views of a matrix column/row (and eachcol/eachrow) against the general ones
A = reshape(collect(1.0:12.0), 3, 4)
for I in ((:, 2), (2, :), (:, 5), (4, :), (:, 0), (2, 2:3), (:, 2:3), (1:2, 3), (:, :))
    try
        v = view(A, I...)
        println(typeof(v), " ", v, " ", v.offset1, " ", v.stride1)
    catch e
        showerror(stdout, e); println()
    end
end
println(collect(eachcol(A)))
println(collect(eachrow(A)))
println(eachcol(A)[2], " ", eachrow(A)[3])
try eachcol(A)[5] catch e; showerror(stdout, e); println() end
try eachrow(A)[0] catch e; showerror(stdout, e); println() end
println(typeof(eachcol(A)), " ", typeof(first(eachrow(A))))
println(map(sum, eachcol(A)), map(sum, eachrow(A)))
B = [1 2; 3 4]
println(view(B, :, 1), view(B, 2, :))
