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
