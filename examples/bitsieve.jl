# The sieve of Eratosthenes on a BitVector: one bit per number, set and tested in place.
function primes_up_to(n)
    composite = falses(n)
    composite[1] = true
    k = 2
    while k * k <= n
        if !composite[k]
            for m in k*k:k:n
                composite[m] = true
            end
        end
        k += 1
    end
    findall(.!composite)
end

p = primes_up_to(100)
println(length(p), " primes up to 100: ", p)
println("primes up to 1,000,000: ", length(primes_up_to(1_000_000)))
bits = falses(10)
bits[3] = true
println(bits, " ", typeof(bits), " ", count(bits))
