# a field an inner constructor's new left unset: shown as #undef, isdefined false, reading it an UndefRefError (show crashed)
struct B{T}
    value::T
    other
    B{T}(x) where T = new{T}(x)
end
b = B{Int}(5)
println(b)
println(isdefined(b, 1), " ", isdefined(b, 2), " ", isdefined(b, :value), " ", isdefined(b, :other), " ", isdefined(b, 3), " ", isdefined((1, 2), 2), " ", isdefined((a = 1,), :a), " ", isdefined(Main, :b))
try; b.other; catch e; println(e); end
try; getfield(b, 2); catch e; println(e); end
mutable struct Node; val::Int; next::Node; Node(v) = new(v); end
n = Node(1); println(n, " ", isdefined(n, :next)); n.next = n; println(isdefined(n, :next))
