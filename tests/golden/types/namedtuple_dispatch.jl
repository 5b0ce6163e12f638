# a NamedTuple argument is matched by its names and its values' types (compiled dispatch guards)
nt_kind(nt::NamedTuple{(:a, :b)}) = "ab"
nt_kind(nt::NamedTuple{(:a,), Tuple{Int}}) = "a::Int"
nt_kind(nt::NamedTuple) = "other"
println([nt_kind(x) for x in ((a = 1, b = 2), (b = 1, a = 2), (a = 1,), (a = 1.0,), (a = "x", b = (1, 2)), NamedTuple())])
# the same site meeting many shapes, and a NamedTuple passed through a function
describe(nt) = string(keys(nt), " ", nt_kind(nt))
for nt in ((a = 1, b = 2), (a = 1,), (x = 1,), (a = 2,), (a = 1, b = "s"))
    println(describe(nt))
end
