# x^n for a user's Number type is power_by_squaring with its own *, as Julia's intfuncs.jl
struct Mod7 <: Number
    v::Int
end
Base.:*(a::Mod7, b::Mod7) = Mod7(mod(a.v * b.v, 7))
Base.one(::Mod7) = Mod7(1)
p = 5
println(Mod7(3)^3, " ", Mod7(3)^2, " ", Mod7(3)^p, " ", Mod7(3)^Int8(4), " ", Mod7(3)^0, " ", Mod7(3)^big(6))
try Mod7(3)^-1 catch e; println(typeof(e), ": ", e.msg) end
struct Tropical <: Real
    x::Float64
end
Base.:*(a::Tropical, b::Tropical) = Tropical(a.x + b.x)
println(Tropical(1.5)^4, " ", Base.power_by_squaring(Tropical(2.0), 3))
println(Base.literal_pow(^, 2, Val(3)), " ", Base.literal_pow(^, 2.0, Val(-1)))
# the other integer types as exponents of Base's numbers
println(2.0^Int8(3), " ", (1//2)^Int8(-2), " ", (1 + 2im)^Int16(2), " ", big(2)^Int8(3), " ", π^Int8(2), " ", 2^big(3))
println((1 + 2im)^(1//2), " ", (1.0 + 2im)^true, " ", (2 + 0im)^UInt8(3))
# LinearAlgebra's I knows its element type; time_ns is a UInt64, as Julia's
using LinearAlgebra
println(eltype(I), " ", eltype(2.0I), " ", eltype(typeof(I)), " ", typeof(time_ns()))
t0 = time_ns(); t1 = time_ns()
println(t1 >= t0, " ", typeof((t1 - t0) / 1e9))
