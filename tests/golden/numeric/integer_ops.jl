# Integer arithmetic in every width: wraparound, division family, shifts, bit operations.
function attempt(f)
    try
        println(repr(f()))
    catch e
        println(sprint(showerror, e))
    end
end
for T in (Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128)
    println(T, " ", sizeof(T), " ", typemin(T), " ", typemax(T), " ", typemax(T) + one(T) == typemin(T))
end
println(Int16(-7) ÷ Int16(2), " ", rem(Int16(-7), Int16(2)), " ", mod(Int16(-7), Int16(2)), " ", fld(Int16(-7), Int16(2)), " ", cld(Int16(-7), Int16(2)))
println(UInt32(7) ÷ UInt32(2), " ", cld(UInt32(7), UInt32(2)), " ", mod(UInt8(7), UInt8(3)))
println(divrem(Int8(-7), Int8(3)), " ", fldmod(Int8(-7), Int8(3)))
attempt(() -> div(typemin(Int8), Int8(-1)))
attempt(() -> rem(typemin(Int32), Int32(-1)))
attempt(() -> mod(typemin(Int128), Int128(-1)))
attempt(() -> fld(UInt16(1), UInt16(0)))
attempt(() -> Int128(1) ÷ Int128(0))
println(Int8(1) << 7, " ", Int8(1) << 8, " ", Int8(-8) >> 1, " ", Int8(-8) >>> 1, " ", UInt8(0x80) >> 7)
println(1 << -1, " ", 8 >> -2, " ", UInt16(1) << UInt8(15), " ", Int32(1) << 40)
println(count_ones(0xf0), " ", leading_zeros(UInt16(1)), " ", trailing_zeros(Int32(8)), " ", count_zeros(Int8(0)))
println(repr(bitreverse(0x01)), " ", repr(bswap(0x0102)), " ", repr(bswap(Int32(1))))
println(repr(~0x0f), " ", Int16(0x0ff0) & Int16(0x00ff), " ", UInt8(1) | UInt8(2), " ", xor(Int8(5), Int8(3)), " ", Int8(5) ⊻ Int8(1))
println(Int8(3)^5, " ", typeof(Int8(3)^5), " ", UInt8(2)^8, " ", Int128(3)^80, " ", 2^62, " ", (-2)^63)
negative = -1
attempt(() -> 2^negative)
println(gcd(12, 18), " ", lcm(4, 6), " ", gcd(Int8(-4), Int8(6)), " ", gcd(0x0c, 0x12))
println(abs(Int8(-5)), " ", abs(typemin(Int8)), " ", sign(Int16(-3)), " ", sign(0x05), " ", flipsign(Int32(5), -1), " ", copysign(3, -2.0))
println(isodd(Int8(3)), " ", iseven(UInt64(4)), " ", iszero(0x00), " ", isone(Int128(1)), " ", zero(UInt16), " ", one(Int8))
println(widen(Int8), " ", widen(UInt32), " ", widemul(typemax(Int64), typemax(Int64)), " ", typeof(widemul(Int8(100), Int8(100))))
attempt(() -> Base.checked_add(typemax(Int64), 1))
attempt(() -> Base.checked_mul(UInt8(16), UInt8(16)))
attempt(() -> Base.checked_abs(typemin(Int16)))
attempt(() -> Base.checked_neg(UInt8(1)))
attempt(() -> Base.checked_sub(Int128(0), typemin(Int128)))
println(Base.checked_add(Int8(100), Int8(27)), " ", Base.checked_mul(-3, 4), " ", Base.Checked.checked_sub(UInt8(5), UInt8(5)))
println(divrem(-7, 2, RoundDown), " ", divrem(7, 2, RoundUp), " ", divrem(-7.5, 2, RoundNearest), " ", divrem(Int8(7), Int8(2), RoundToZero))
