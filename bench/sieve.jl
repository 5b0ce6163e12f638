# The sieve of Eratosthenes on a BitVector.
include("harness.jl")
function count_primes(n)
    composite = falses(n)
    count = 0
    for i in 2:n
        if !composite[i]
            count += 1
            for m in i*i:i:n
                composite[m] = true
            end
        end
    end
    count
end
measure("sieve", () -> count_primes(5_000_000))
