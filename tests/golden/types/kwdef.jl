# Base.@kwdef: defaults (which may use earlier fields), required keywords, mutable and parametric structs.
Base.@kwdef struct Opts
    a::Int = 1
    b::String = "x"
    c = a + 1
end
println(Opts(), " ", Opts(a = 5), " ", Opts(b = "y", a = 2))
@kwdef mutable struct Req
    url::String
    retries::Int = 3
end
r = Req(url = "http://x"); r.retries += 1; println(r)
try Req() catch e; println(typeof(e)) end
Base.@kwdef struct P2{T<:Real}
    x::T = 0
    y::T = 0
end
println(P2(), " ", P2(x = 1.5, y = 2.5), " ", P2{Float64}(x = 1), " ", Opts(1, "z", 3))

# const fields of a mutable @kwdef struct stay fields, with their defaults as keywords
Base.@kwdef mutable struct Acc
    bal::Float64 = 0.0
    const owner::String = "me"
end
a = Acc()
println(fieldnames(Acc), a, " ", Acc(owner = "you", bal = 2.0))
try a.owner = "x" catch e; println(sprint(showerror, e)) end
Base.@kwdef mutable struct K4
    n::Int = 0
    const id::Symbol
end
println(K4(id = :z))
