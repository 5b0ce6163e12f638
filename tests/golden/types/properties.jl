# Properties: getproperty/setproperty! methods give a type computed properties and intercept assignments; setfield!; a compiled field read sees a getproperty defined later.
struct Polar
    r::Float64
    θ::Float64
end
function Base.getproperty(p::Polar, s::Symbol)
    s === :x && return getfield(p, :r) * cos(getfield(p, :θ))
    s === :y && return getfield(p, :r) * sin(getfield(p, :θ))
    getfield(p, s)
end
Base.propertynames(::Polar) = (:r, :θ, :x, :y)
p = Polar(2.0, 0.0)
println(p.x, " ", p.y, " ", p.r, " ", propertynames(p), " ", hasproperty(p, :x), " ", getproperty(p, :x))
mutable struct Logged
    v::Int
    log::Vector{String}
end
function Base.setproperty!(l::Logged, s::Symbol, x)
    s === :v && push!(getfield(l, :log), "v = $x")
    setfield!(l, s, x)
end
l = Logged(0, String[])
for i in 1:3
    l.v = i
end
println(l.v, " ", l.log)
mutable struct Plain; a::Int; end
q = Plain(1); q.a = 2; setfield!(q, :a, 3); println(q.a, " ", getproperty(q, :a))
f(p) = p.x
println(f(Polar(1.0, pi)))
try setfield!(Polar(1.0, 2.0), :r, 3.0) catch e; println(e) end
# a site compiled as a plain field read sees a getproperty method defined later
struct Late; x::Int; end
getx(v) = v.x
s = 0
for i in 1:200_000
    global s += getx(Late(i))
end
Base.getproperty(v::Late, n::Symbol) = n === :x ? -getfield(v, :x) : getfield(v, n)
println(s, " ", getx(Late(5)))
