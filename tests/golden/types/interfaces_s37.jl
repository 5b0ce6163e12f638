# Julia's interfaces for a program's own types (session 37): what Base does with them
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end

# an AbstractArray with its own show: used inside containers too
struct Span <: AbstractVector{Int}
    n::Int
end
Base.size(s::Span) = (s.n,)
Base.getindex(s::Span, i::Int) = 10i
Base.show(io::IO, s::Span) = print(io, "Span(", s.n, ")")
println([Span(2), Span(3)])
println(Span(2) => 1, " ", (Span(1), 2), " ", Dict(:a => Span(2)))
println(Any[Span(1), [1, 2]])
display(Span(2))
# its own summary is what display and errors use
Base.summary(io::IO, s::Span) = print(io, "Span of ", s.n)
println(summary(Span(3)))
display(Span(3))
t(() -> throw(BoundsError(Span(3), 7)))

# an empty AbstractMatrix of a program's type prints its summary
struct Grid <: AbstractMatrix{Float64}
    r::Int
    c::Int
end
Base.size(g::Grid) = (g.r, g.c)
Base.getindex(g::Grid, i::Int, j::Int) = Float64(i * j)
println(Grid(0, 3))
println(Grid(2, 2))
println(Matrix{Int}(undef, 0, 2))

# an AbstractDict from get, iterate and length
struct Registry{K, V} <: AbstractDict{K, V}
    d::Dict{K, V}
end
Base.length(r::Registry) = length(r.d)
Base.iterate(r::Registry, s...) = iterate(r.d, s...)
Base.get(r::Registry, k, default) = get(r.d, k, default)
reg = Registry(Dict("a" => 1, "b" => 2))
println(reg["a"], " ", haskey(reg, "b"), " ", haskey(reg, "z"), " ", get(() -> 0, reg, "z"))
println(reg == Dict("a" => 1, "b" => 2), " ", reg == Dict("a" => 1), " ", isequal(reg, reg.d))
println(("a" => 1) in reg, " ", ("a" => 2) in reg, " ", pairs(reg) === reg, " ", isempty(reg))
println(sort(collect(copy(reg))), " ", typeof(empty(reg)))
println(sort(collect(merge(reg, Dict("c" => 3.5)))), " ", typeof(merge(reg, Dict("c" => 3.5))))
println(filter(p -> p.second > 1, reg))
t(() -> reg["zz"])

# an AbstractSet's eltype is its parameter
struct Evens <: AbstractSet{Int}
    upto::Int
end
Base.iterate(e::Evens, i = 2) = i > e.upto ? nothing : (i, i + 2)
Base.length(e::Evens) = e.upto ÷ 2
Base.in(x, e::Evens) = iseven(x) && 2 <= x <= e.upto
println(eltype(Evens(6)), " ", collect(Evens(6)), " ", 4 in Evens(6), " ", sort(collect(union(Evens(4), [7]))))

# in is three-valued with missing; clamp works for any ordered type
println(missing in [1, missing], " ", 2 in [1, missing], " ", 1 in [1, missing], " ", 3 in (1, 2))
struct Version
    major::Int
end
Base.isless(a::Version, b::Version) = a.major < b.major
println(clamp(Version(9), Version(1), Version(5)), " ", clamp(Version(0), Version(1), Version(5)), " ", clamp(Version(3), Version(1), Version(5)))

# a program's AbstractString from ncodeunits, codeunit, isvalid and iterate
struct Shout <: AbstractString
    s::String
end
Base.ncodeunits(u::Shout) = ncodeunits(u.s)
Base.codeunit(u::Shout) = UInt8
Base.codeunit(u::Shout, i::Integer) = codeunit(u.s, i)
Base.isvalid(u::Shout, i::Integer) = isvalid(u.s, i)
function Base.iterate(u::Shout, i::Int = 1)
    i > ncodeunits(u) && return nothing
    c, j = iterate(u.s, i)
    uppercase(c), j
end
u = Shout("héllo")
println(u, " ", length(u), " ", String(u), " ", u == "HÉLLO", " ", u[1], " ", u[2], " ", repr(u), " ", sizeof(u))
println(string(u, "!"), " ", u * "?", " ", startswith(u, "HÉ"), " ", occursin("LL", u), " ", reverse(u), " ", lastindex(u))
t(() -> u[3])

# keys of a program's collection are its indices (eachindex, findfirst, findall, pairs)
struct Poly
    c::Vector{Int}
end
Base.keys(p::Poly) = 0:length(p.c)-1
Base.getindex(p::Poly, i::Int) = p.c[i+1]
Base.iterate(p::Poly, s...) = iterate(p.c, s...)
Base.length(p::Poly) = length(p.c)
p = Poly([5, 0, 3])
println(eachindex(p), " ", findfirst(==(3), p), " ", findall(iszero, p), " ", collect(pairs(p)))
println(findfirst(iseven, (1, 2, 3)), " ", findall(isodd, (1, 2, 3)), " ", findfirst(x -> x > 1, (x for x in 1:3)))

# supertype of a parametric type: no `where` around a supertype that does not use the variable
struct Holder{T}
    x::T
end
abstract type Shape end
struct Rect{T<:Real} <: Shape
    w::T
end
println(supertype(Holder), " ", supertype(Rect), " ", supertype(Vector))
# tuple types of one length intersect element by element
println(typeintersect(Tuple{Int, Any}, Tuple{Any, String}), " ", typeintersect(Tuple{Integer, Real}, Tuple{Signed, Float64}), " ",
        typeintersect(Tuple{Int, Any}, Tuple{String, Any}), " ", typeintersect(Tuple{Int}, Tuple{Any, Any}))
