# A Dict keyed by pairs or triples of Int64s probes and rehashes in the runtime (DictTable); the
# same operations on a Dict{Any} (Base's Julia code) must leave the same slots after every step
function check(K, n)
    fast = Dict{K, Int}()
    slow = Dict{Any, Int}()
    x = 12345
    same = true
    for step in 1:n
        x = (x * 1103515245 + 12345) % 2147483648
        k = K === Tuple{Int64, Int64} ? (x % 97 - 40, x % 13) : (x % 31, x % 7 - 3, x % 5)
        if x % 5 == 0
            delete!(fast, k); delete!(slow, k)
        elseif x % 3 == 0
            fast[k] = get(fast, k, 0) + 1; slow[k] = get(slow, k, 0) + 1
        else
            get!(fast, k, step); get!(slow, k, step)
        end
        same &= fast.slots == slow.slots && collect(keys(fast)) == collect(keys(slow)) && collect(values(fast)) == collect(values(slow))
    end
    println(K, " ", same, " ", length(fast), " ", length(fast.slots), " ", haskey(fast, first(keys(fast))), " ", get(fast, K === Tuple{Int64, Int64} ? (10^6, 0) : (0, 0, 10^6), -1))
end
check(Tuple{Int64, Int64}, 3000)
check(Tuple{Int64, Int64, Int64}, 3000)
d = Dict((1, 2) => "a", (3, 4) => "b", (5, 6) => "c")
println(d, " ", d[(3, 4)], " ", haskey(d, (1, 3)))
grid = Dict{Tuple{Int,Int},Int}()
for i in 1:50, j in 1:50
    grid[(i, j)] = i * j
end
println(length(grid), " ", grid[(7, 8)], " ", sum(values(grid)), " ", first(keys(grid)))
# a Dict{Any} holding tuples of other things rehashes through Base's hash
anyd = Dict{Any, Int}()
for i in 1:100
    anyd[(:k, i, "s")] = i
    anyd[(i, i)] = -i
end
println(length(anyd), " ", anyd[(:k, 50, "s")], " ", anyd[(7, 7)])
