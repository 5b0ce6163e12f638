# Constructors of parametric types: inner with new{T}, outer Name{T}(...), partially applied types, Ref{T}.
struct Box{T}
    value::T
    Box{T}(x) where T = new{T}(x)
end
b = Box{Int}(5)
println(b, " ", typeof(b))
println(Box{Float64}(2), " ", Box{String}("s").value)
Box(x::T) where T = Box{T}(x)
println(Box(1.5))
struct Pair2{A,B}
    a::A
    b::B
end
Pair2{A}(a::A) where A = Pair2{A,Nothing}(a, nothing)
println(Pair2{Int}(3))
r = Ref{Any}(nothing)
println(r[] === nothing)
r2 = Ref{Int}(4)
println(r2[] + 1)
# one construction site seeing several parameter types (each cached), and one type application
# site applied to several parameters (its cache goes generic)
struct Pt{T<:Real}
    x::T
    y::T
end
mk(a, b) = Pt(a, b)
println([mk(1, 2), mk(1.5, 2.5), mk(Int8(1), Int8(2)), mk(true, false), mk(0x01, 0x02)])
app(T, a) = Pt{T}(a, a)
println(app(Int64, 1), " ", app(Float64, 1), " ", app(Int8, 3), " ", typeof(app(Float32, 2)))
try mk(1, 2.5) catch e; println(typeof(e)) end
# a parameter's bound naming an earlier parameter inside a UnionAll (AbstractVector{<:T})
struct BoundedWrap{T, S<:AbstractVector{<:T}}
    x::S
end
println(BoundedWrap{Real, Vector{Int}}([1]), " ", BoundedWrap{Int, Vector{Int}}([2]).x)
try BoundedWrap{Int, Vector{Float64}}([1.0]) catch e; println(e) end
try BoundedWrap{Int, Vector{Float64}}([1.0]) catch e; showerror(stdout, e); println() end
# a bare new(...) in an inner constructor A{T}(...) means new{T}(...), as in Julia
struct Ratio{T<:Integer}
    num::T
    den::T
    function Ratio{T}(n::Integer, d::Integer) where {T<:Integer}
        g = gcd(n, d)
        new(div(n, g), div(d, g))
    end
end
Ratio(n::T, d::T) where {T<:Integer} = Ratio{T}(n, d)
println(Ratio(6, 4), " ", Ratio{Int8}(6, 4), " ", typeof(Ratio{Int8}(6, 4)))
struct Node{T}
    parent::Node{T}
    value::T
    Node{T}() where {T} = new()
    Node{T}(v) where {T} = new(new(), v)
end
n = Node{Int}(7)
println(n.value, " ", isdefined(n, :parent), " ", isdefined(n.parent, :parent))
# an error inside such a constructor names it with its parameters
struct Checked{T}
    x::T
    Checked{T}(x) where {T} = x < 0 ? throw(DomainError(x, "negative")) : new(x)
end
println(Checked{Float64}(2))
try
    Checked{Float64}(-1)
catch e
    println(sprint(showerror, e), "\n", replace(string(stacktrace(catch_backtrace())[1]), (@__FILE__) => "FILE"))
end
