# Promotion is dispatch: Base's rules for the primitive types, and rules users add for theirs.
types = (Bool, Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Int128, UInt128, Float16, Float32, Float64)
for T in types
    print(T, ":")
    for S in types
        print(" ", promote_type(T, S))
    end
    println()
end
println(promote(1, 2.5f0), " ", promote(Int8(1), UInt16(2), 3.0), " ", typeof(promote(true, 0x01)))
println(UInt8(200) + Int8(1), " ", typeof(UInt8(200) + Int8(1)), " ", Int16(-1) < UInt16(1), " ", UInt32(1) == Int8(1))
println(-1 < typemax(UInt128), " ", -1 == typemax(UInt64), " ", typemax(UInt64) > -1, " ", Int8(-1) <= 0x00)
println(div(-7, UInt8(2)), " ", rem(-7, UInt8(2)), " ", mod(-7, UInt8(2)), " ", fld(-7, UInt8(2)), " ", cld(-7, UInt8(2)))
println(Float16(0.5) + 1, " ", typeof(Float16(0.5) * 2.0f0), " ", 1.5 + true, " ", typeof(Int8(2) ^ 2.0f0), " ", Int8(7) / Int8(2))
println(max(Int8(3), 2.5), " ", min(UInt8(3), -1), " ", 0x10 * 0x10, " ", typeof(0x10 * 16))

struct Meters <: Real
    v::Float64
end
Base.promote_rule(::Type{Meters}, ::Type{<:Real}) = Meters
Base.convert(::Type{Meters}, x::Union{Integer, AbstractFloat}) = Meters(Float64(x))
Base.:+(a::Meters, b::Meters) = Meters(a.v + b.v)
Base.:<(a::Meters, b::Meters) = a.v < b.v
println(promote_type(Meters, Int8), " ", promote_type(Float32, Meters))
println(Meters(1.5) + 2, " ", Int8(1) + Meters(0.25), " ", Meters(1) < 2, " ", Meters(3) < 2.5f0)
