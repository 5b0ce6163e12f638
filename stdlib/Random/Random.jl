"""
    Random

Seeding and permutations; `rand` and `randn` themselves are in Base. Each thread has its own
Xoshiro256++ generator (Julia's default family; the seeding differs, so a seed gives another
stream than in Julia).
"""
module Random

export shuffle, shuffle!, randperm

"""
    Random.seed!(seed::Integer)

Reseed the current thread's generator: what `rand` returns afterwards is the same every time.
"""
function seed!(seed::Integer)
    Base._rand_seed!(Int64(seed))
    nothing
end

"""
    shuffle!(v::AbstractVector)

Permute `v` randomly in place (Fisher–Yates); returns `v`.
"""
function shuffle!(v::AbstractVector)
    for i in length(v):-1:2
        j = rand(1:i)
        v[i], v[j] = v[j], v[i]
    end
    v
end

"""
    shuffle(v::AbstractVector)

A randomly permuted copy of `v`.
"""
shuffle(v::AbstractVector) = shuffle!(copy(v))

"""
    randperm(n::Integer)

A random permutation of `1:n`.
"""
randperm(n::Integer) = shuffle!(collect(1:Int64(n)))

end
