# where-variables in callable structs, defaults, calls of types; unbound ones are undefined
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
struct Pt{T}
    x::T
end
(p::Pt{T})(y) where {T} = T
(p::Pt{T})(y, z) where {T} = T(y + z)
t(() -> (Pt(1.0)(2), Pt(1)(2.0, 3.0)))
struct Acc{T}
    v::Vector{T}
end
(a::Acc{T})(x::T) where {T} = (push!(a.v, x); a)
acc = Acc(Int[]); acc(1); acc(2)
t(() -> acc.v)
t(() -> acc(1.5))
struct Poly{T}
    c::Vector{T}
end
(p::Poly)(x) = sum(p.c[i] * x^(i - 1) for i in eachindex(p.c))
t(() -> Poly([1, 2, 3])(2))

f3(x::T, n = one(T)) where {T} = x + n
t(() -> (f3(2.5), f3(2, 5)))
h(a::Vector{T}, n = length(a), z::T = zero(T)) where {T} = (n, z)
t(() -> (h([1.5, 2.5]), h([1, 2], 7)))

struct Baz{T}
    x::T
end
(::Type{Baz})(a, b) = Baz(a + b)
t(() -> Baz(1, 2))
struct Bar{T}
    x::T
end
(::Type{Bar{T}})(s::Symbol) where {T} = Bar{T}(T(length(string(s))))
t(() -> Bar{Int}(:abc))
t(() -> Bar{Float64}(:ab))

g(x::Union{T,Nothing}) where {T} = T
t(() -> g(1))
t(() -> g(nothing))
k(x::Union{T,Nothing}) where {T} = @isdefined(T) ? T : "none"
t(() -> [k(i == 2 ? nothing : 1.5) for i in 1:3])
