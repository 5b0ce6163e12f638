# Vector{Bool} holds one byte an element (a boolean[] store); every operation sees Bools.
v = zeros(Bool, 5); v[2] = true; println(v, " ", typeof(v), " ", sum(v), " ", count(v))
w = fill(true, 3); push!(w, false); println(w, " ", any(w), " ", all(w))
u = Vector{Bool}(undef, 2); u .= [true, false]; println(u)
a = [true, false, true]; println(typeof(a), " ", a .& [true, true, false], " ", .!a)
d = Dict{Bool,Int}(); for i in 1:100; d[isodd(i)] = i; end; println(sort(collect(d)))
d2 = Dict{Int,Bool}(); for i in 1:100; d2[i] = isodd(i); end; println(count(values(d2)))
mb = Matrix{Bool}(undef, 2, 2); fill!(mb, false); mb[1, 2] = true; println(mb, " ", findall(mb))
println(copy(a), " ", reverse(a), " ", sort(a), " ", a == [true, false, true], " ", hash(a) == hash([true, false, true]))
println(convert(Vector{Int}, a), " ", Bool[1, 0, 1], " ", Int8.(a))
s = [x > 2 for x in 1:4]; println(s, typeof(s)); append!(s, [true]); println(s); deleteat!(s, 1); println(s)
println(vcat(a, a), " ", hcat(a, a), " ", resize!(copy(a), 5)[1:3], " ", unique(a), " ", a[2:3], " ", view(a, 1:2))
try
    v[1] = 2
catch e
    println(e)
end
v[1] = 1; v[3] = 0.0; println(v)
# a sieve over a Vector{Bool}
function primes_upto(n)
    composite = zeros(Bool, n)
    found = Int[]
    for i in 2:n
        if !composite[i]
            push!(found, i)
            j = i * i
            while j <= n
                composite[j] = true
                j += i
            end
        end
    end
    found
end
println(primes_upto(50), " ", length(primes_upto(100_000)))
# fill! stores the value once per element, converted to the element type
println(fill!(zeros(UInt8, 3), 7), " ", fill!(zeros(Float16, 2), 1.5), " ", fill!(zeros(Int32, 2), 3), " ", fill!(Vector{Float32}(undef, 2), 2))
r = fill!(Vector{Any}(undef, 3), [1]); push!(r[1], 2); println(r, " ", r[1] === r[3])
println(fill!(Int[], 5), " ", fill(0x01, 2, 2))
