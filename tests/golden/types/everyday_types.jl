# Everyday type code: inner constructors, user keys in Dicts, iterators, value-parameter types, dispatch and method reflection.
struct Interval
    lo::Float64
    hi::Float64
    function Interval(lo, hi)
        lo <= hi || throw(ArgumentError("lo must be <= hi, got $lo > $hi"))
        new(lo, hi)
    end
end
Interval(x) = Interval(x, x)
Base.:+(a::Interval, b::Interval) = Interval(a.lo + b.lo, a.hi + b.hi)
Base.in(x::Real, i::Interval) = i.lo <= x <= i.hi
Base.show(io::IO, i::Interval) = print(io, "[", i.lo, ", ", i.hi, "]")
println(Interval(1, 2) + Interval(3), " ", 2.5 in Interval(2, 3), " ", [Interval(0, 1)])
try
    Interval(3, 1)
catch e
    println(e)
end
struct Key
    a::Int
    b::String
end
d = Dict(Key(1, "x") => 10)
println(d[Key(1, "x")], " ", haskey(d, Key(1, "y")), " ", Key(1, "x") == Key(1, "x"), " ", hash(Key(1, "x")) == hash(Key(1, "x")))
mutable struct MKey
    a::Int
end
Base.:(==)(x::MKey, y::MKey) = x.a == y.a
Base.hash(x::MKey, h::UInt) = hash(x.a, h)
dm = Dict(MKey(1) => "one")
println(get(dm, MKey(1), "missing"), " ", MKey(2) in keys(dm), " ", unique([MKey(1), MKey(1)]) |> length)
struct Fib
    n::Int
end
Base.iterate(f::Fib, st = (0, 1, 0)) = st[3] >= f.n ? nothing : (st[1], (st[2], st[1] + st[2], st[3] + 1))
Base.length(f::Fib) = f.n
Base.eltype(::Type{Fib}) = Int
println(collect(Fib(10)), " ", sum(Fib(10)), " ", [x^2 for x in Fib(5)], " ", first(Fib(3)), " ", maximum(Fib(7)))
for (i, x) in enumerate(Fib(3))
    print(i, ":", x, " ")
end
println()
struct Temp{U}
    v::Float64
end
celsius(x) = Temp{:C}(x)
Base.show(io::IO, t::Temp{U}) where {U} = print(io, t.v, "°", U)
println(celsius(21.5), " ", typeof(celsius(1)), " ", Temp{:F}(70))
abstract type Vehicle end
wheels(::Vehicle) = 4
struct Bike <: Vehicle end
struct Car <: Vehicle end
wheels(::Bike) = 2
describe(v::Vehicle) = "$(nameof(typeof(v))) has $(wheels(v)) wheels"
println(describe.([Bike(), Car()]))
println(methods(wheels) |> length, " ", hasmethod(wheels, (Bike,)), " ", applicable(wheels, 1), " ", which(wheels, (Car,)).name, " ", which(wheels, (Bike,)).line, " ", which(wheels, (Bike,)).nargs)
f(x::Int) = "int"; f(x::Float64) = "float"; f(x::Number) = "number"; f(x) = "any"
println(f(1), f(1.0), f(1//2), f("s"), " ", invoke(f, Tuple{Number}, 1))
g(x::T, y::T) where {T} = "same $T"; g(x, y) = "different"
println(g(1, 2), " ", g(1, 2.0), " ", g("a", "b"))
h(xs::Vector{<:Real}) = sum(xs); h(xs::Vector) = "generic"
println(h([1, 2]), " ", h([1.5]), " ", h(["a"]), " ", h(Any[1]))
