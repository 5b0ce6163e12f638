# each fast matrix view equals the general one (type, fields, elements), in and out of bounds
idx(m) = Any[:, 1, m, 0, m + 1, 1:m, 2:m, 1:0, 0:1, 2:2, 1:1]
nbad = 0; n = 0
for (m, n2) in ((3, 4), (1, 5), (0, 3), (4, 0), (2, 2))
    A = reshape(collect(1.0:m*n2), m, n2)
    for i in idx(m), j in idx(n2)
        a = try view(A, i, j) catch e; e end
        b = try Base._view(A, (i, j)) catch e; e end
        global n += 1
        same = typeof(a) == typeof(b) && (a isa Exception ? sprint(showerror, a) == sprint(showerror, b) :
            (a.indices == b.indices && a.offset1 == b.offset1 && a.stride1 == b.stride1 && size(a) == size(b) && collect(a) == collect(b)))
        same || (global nbad += 1; println("DIFF ", (m, n2), " ", (i, j), " ", typeof(a), " ", typeof(b), " ", a isa Exception ? "" : (a.offset1, b.offset1, a.stride1, b.stride1)))
    end
end
println(n, " combinations, ", nbad, " different")
