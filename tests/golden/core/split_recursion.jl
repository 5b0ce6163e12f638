# Recursive generic functions called from several sites with several types (each caller's copy
# recurses into itself), keyword sorts after sorts of other element types, and errors raised
# deep in such a recursion.
function msort!(v, lo, hi, lt)
    hi - lo < 1 && return v
    mid = (lo + hi) ÷ 2
    msort!(v, lo, mid, lt)
    msort!(v, mid + 1, hi, lt)
    tmp = v[lo:mid]
    i, j, k = 1, mid + 1, lo
    while i <= length(tmp) && j <= hi
        if lt(v[j], tmp[i])
            v[k] = v[j]; j += 1
        else
            v[k] = tmp[i]; i += 1
        end
        k += 1
    end
    while i <= length(tmp)
        v[k] = tmp[i]; i += 1; k += 1
    end
    v
end
a(v) = msort!(copy(v), 1, length(v), <)
b(v) = msort!(copy(v), 1, length(v), >)
c(v) = msort!(copy(v), 1, length(v), (x, y) -> length(string(x)) < length(string(y)))
for _ in 1:3
    println(a([3, 1, 2]), " ", b([1.5, -2.0, 9.25]), " ", c(["ccc", "a", "bb"]), " ", a(Any[2, 1.5, 0x01]))
end
println(a(collect(200:-1:1)) == collect(1:200), " ", b(collect(1:300)) == collect(300:-1:1))
depth(x) = x isa Tuple ? 1 + maximum(depth, x; init = 0) : 0
println(depth(1), " ", depth((1, (2, (3,)))), " ", depth(((), ((), ()), (1, (2, (3, (4,)))))))
for v in (Any[3, 1, 2], [2.0, 1.0], Int8[5, -5], ["b", "a"], [(2, 1), (1, 2)])
    println(sort(v; by = identity), " ", sort(v; rev = true), " ", sort(v; lt = (x, y) -> isless(y, x)))
end
println(sort(collect(1:10); by = x -> x % 3), " ", sortperm([3.0, 1.0, 2.0]; rev = true))
count_down(n) = n == 0 ? error("reached zero") : count_down(n - 1)
try
    count_down(50)
catch e
    println(e.msg)
end
try
    count_down(2.0 * 10)
catch e
    println(e.msg)
end
