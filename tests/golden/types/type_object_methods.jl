# Methods defined on a type object: (::Type{T})(x) = ..., and `function $T(x)` from @eval loops
struct Meters
    v::Float64
end
(::Type{Float64})(m::Meters) = m.v
println(Float64(Meters(2.5)))
struct Celsius
    t::Int
end
for T in (Int32, Int64)
    @eval function $T(c::Celsius)
        $T(c.t + 273)
    end
    @eval Base.convert(::Type{$T}, c::Celsius) = $T(c)
end
println(Int32(Celsius(20)), " ", typeof(Int32(Celsius(20))))
println(Int64(Celsius(-273)))
x::Int64 = Celsius(1)
println(x)
try
    Int16(Celsius(1))
catch e
    println(typeof(e))
end
