# each fast view of a 3-d array equals the general one (type, fields, elements), in and out of bounds
idx(m) = Any[:, 1, m, 0, m + 1, 2:m]
nbad = 0; n = 0
for (m, n2, p) in ((3, 4, 2), (1, 5, 3), (0, 3, 2), (4, 0, 2), (2, 2, 0), (2, 3, 1))
    A = reshape(collect(1.0:m*n2*p), m, n2, p)
    for i in idx(m), j in idx(n2), k in idx(p)
        a = try view(A, i, j, k) catch e; e end
        b = try Base._view(A, (i, j, k)) catch e; e end
        global n += 1
        same = typeof(a) == typeof(b) && (a isa Exception ? sprint(showerror, a) == sprint(showerror, b) :
            (a.indices == b.indices && a.offset1 == b.offset1 && a.stride1 == b.stride1 && size(a) == size(b) && collect(a) == collect(b)))
        same || (global nbad += 1; println("DIFF ", (m, n2, p), " ", (i, j, k), " ", typeof(a), " ", typeof(b), " ", a isa Exception ? "" : (a.offset1, b.offset1, a.stride1, b.stride1)))
    end
end
println(n, " combinations, ", nbad, " different")

# what they are used for: planes, columns and tubes read and written through the views
T = reshape(collect(1:24), 2, 3, 4)
println(summary(view(T, :, :, 2)), " ", view(T, :, :, 2))
println(view(T, :, 3, 4), " ", view(T, 2, 1, :), " ", view(T, :, 2, :))
plane = view(T, :, :, 3)
plane .= 0
view(T, 1, 2, :) .= -1
println(T[:, :, 3], " ", T[1, 2, :], " ", sum(sum(view(T, :, :, k)) for k in axes(T, 3)))
