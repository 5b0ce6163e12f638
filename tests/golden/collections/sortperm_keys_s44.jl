# sortperm of Int64 and Float64 vectors (a merge sort of keys and indices) against the
# definition: stable, in isless order (-0.0 before 0.0, NaN last), and reversed with rev
reference(v, rev) = sort!(collect(1:length(v)); by = i -> v[i], lt = rev ? ((a, b) -> isless(b, a)) : isless)
function check(name, v)
    for rev in (false, true)
        p = sortperm(v; rev = rev)
        p == reference(v, rev) || println("differs: ", name, " rev=", rev)
        issorted(v[p]; rev = rev) || println("not sorted: ", name)
    end
end
specials = [0.0, -0.0, NaN, -NaN, Inf, -Inf, 1.0, -1.0, 5e-324, -5e-324, floatmax(), -floatmax()]
check("specials", specials)
println(sortperm(specials), " ", sortperm(specials; rev = true))
println(sortperm([3, 1, 2, 1, 3]), " ", sortperm([3, 1, 2, 1, 3]; rev = true), " ", sortperm(Int[]), " ", sortperm([7]))
println(sortperm([typemax(Int), typemin(Int), 0, -1, 1]))
n = 0
for len in (2, 15, 16, 17, 33, 100, 1000, 5000)
    for seed in 1:3
        ints = [((i * 7919 + seed * 104729) % 97) - 48 for i in 1:len]
        floats = [sin(i * seed) * (i % 5 == 0 ? 0.0 : 1.0) * (i % 11 == 0 ? -1.0 : 1.0) for i in 1:len]
        floats[1:17:end] .= NaN
        check("ints $len/$seed", ints)
        check("floats $len/$seed", floats)
        global n += 2
    end
end
println(n, " vectors checked")
