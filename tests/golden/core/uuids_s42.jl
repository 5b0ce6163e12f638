# Base.UUID and the UUIDs standard library (uuid5 values checked against RFC 4122's algorithm as
# Python's uuid module computes it)
println(repr(Base.UUID(0x2ed6657de927568b95e12665a8aea6a2)))   # Base does not export UUID
using UUIDs, Random
u = UUID("2ed6657d-e927-568b-95e1-2665a8aea6a2")
println(u, " ", repr(u), " ", uuid_version(u), " ", typeof(u), " ", UInt128(u) == u.value)
println(uuid5(UUIDs.namespace_dns, "www.example.com") == u, " ", uuid5(UUIDs.namespace_url, "https://julialang.org"))
r = uuid4()
println(uuid_version(r), " ", length(string(r)), " ", string(r)[20] in "89ab", " ", r != uuid4())
t = uuid1()
println(uuid_version(t), " ", string(t)[20] in "89ab")
println(uuid4(MersenneTwister(1)) == uuid4(MersenneTwister(1)), " ", uuid_version(uuid4(Xoshiro(3))))
println(UUID(UInt128(1)), " ", UUID("2ED6657D-E927-568B-95E1-2665A8AEA6A2") == u, " ", isless(UUID(1), UUID(2)), " ", hash(u) == hash(UUID(u.value)))
println(Dict(u => 1)[UUID(string(u))], " ", tryparse(UUID, "nope"), " ", parse(UUID, string(u)) == u)
println(UUID((0x0000000100000002, 0x0000000300000004)) == UUID((0x00000001, 0x00000002, 0x00000003, 0x00000004)))
try
    UUID("2ed6657d-e927-568b")
catch e
    println(sprint(showerror, e))
end
println(RandomDevice(), " ", 0 <= rand(RandomDevice()) < 1, " ", rand(RandomDevice(), 1:6) in 1:6)
