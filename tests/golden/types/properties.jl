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
# one field-access site seeing several struct types (the field at different positions), reads and stores
struct A1; x::Int; end
struct B1; y::Int; x::Int; end
getx(p) = p.x
function alternate(n)
    s = 0
    a = A1(1); b = B1(0, 2)
    for i in 1:n
        s += getx(isodd(i) ? a : b)
    end
    s
end
println(alternate(200_000), " ", alternate(7))
mutable struct MA; x::Int; end
mutable struct MB; y::Int; x::Float64; end
function setall(n)
    a = MA(0); b = MB(0, 0.0)
    for i in 1:n
        p = isodd(i) ? a : b
        p.x = i
    end
    (a.x, b.x)
end
println(setall(1000), " ", setall(100_001))
