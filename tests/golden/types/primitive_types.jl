# `primitive type` declarations: values made by reinterpret, shown by their bits, used in dispatch
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end

"A 24-bit signed integer stored in three bytes."
primitive type Int24 <: Signed 24 end
primitive type Tag32 32 end
primitive type Wide256 256 end

println(sizeof(Int24), " ", sizeof(Tag32), " ", sizeof(Wide256))
println(isprimitivetype(Int24), " ", isbitstype(Tag32), " ", isstructtype(Tag32), " ", isconcretetype(Int24))
println(Int24 <: Signed, " ", supertype(Int24), " ", supertype(Tag32))
println(fieldcount(Tag32), " ", fieldnames(Tag32))
println(@doc Int24)

tag = reinterpret(Tag32, 0x0000002a)
show(tag); println()
println(tag, " ", typeof(tag), " ", isbits(tag), " ", sizeof(tag))
println(bitstring(tag))
println(reinterpret(UInt32, tag), " ", reinterpret(Int32, reinterpret(Tag32, -1 % Int32)))
println(reinterpret(Float32, reinterpret(Tag32, 0x3fc00000)))
println(reinterpret(Tag32, 'A'), " ", reinterpret(Char, reinterpret(Tag32, 'A')))

# identity and hashing go by the bits
other = reinterpret(Tag32, Int32(42))
println(tag === other, " ", tag == other, " ", isequal(tag, other), " ", hash(tag) == hash(other))
counts = Dict{Tag32,Int}()
for u in (0x01, 0x02, 0x01, 0x01)
    k = reinterpret(Tag32, UInt32(u))
    counts[k] = get(counts, k, 0) + 1
end
println(counts[reinterpret(Tag32, 0x00000001)], " ", length(counts))

# arithmetic written by the program with Core.Intrinsics, as Julia programs do
Int24(x::Int32) = Core.Intrinsics.trunc_int(Int24, x)
Int24(x::Int64) = Int24(Int32(x))
Base.Int32(x::Int24) = Core.Intrinsics.sext_int(Int32, x)
Base.:+(a::Int24, b::Int24) = Core.Intrinsics.add_int(a, b)
Base.:-(a::Int24) = Core.Intrinsics.neg_int(a)
Base.:<(a::Int24, b::Int24) = Core.Intrinsics.slt_int(a, b)
Base.show(io::IO, x::Int24) = print(io, "Int24(", Int32(x), ")")
a = Int24(8_000_000)
b = Int24(1_000_000)
println(a, " ", b, " ", a + b, " ", -b, " ", b < a, " ", a + b < a)
println(sum([a, b, -b]), " ", maximum([b, a, -a]))
println(bitstring(Int24(-2)))

# a struct holding one: its layout aligns the 3-byte field to 4
struct Sample
    level::Int24
    channel::Int8
end
println(sizeof(Sample), " ", isbitstype(Sample), " ", Sample(Int24(5), Int8(2)))

# the intrinsics on Base's own types
I = Core.Intrinsics
println(I.ctpop_int(0xf0), " ", I.ctlz_int(Int8(1)), " ", I.cttz_int(0x0100))
println(I.ashr_int(Int8(-8), 1), " ", I.lshr_int(Int8(-8), 1), " ", I.shl_int(0x01, 9), " ", I.shl_int(0x01, 3))
println(I.zext_int(UInt16, Int8(-1)), " ", I.bswap_int(0x1234) === 0x3412, " ", I.sdiv_int(Int8(-7), Int8(2)), " ", I.urem_int(0xff, 0x10))
println(I.ult_int(Int8(-1), Int8(1)), " ", I.slt_int(Int8(-1), Int8(1)), " ", Base.bitcast(UInt32, 1.0f0) === 0x3f800000)

# errors, as Julia's
t(() -> reinterpret(Tag32, 1))
t(() -> reinterpret(Int64, "x"))
t(() -> reinterpret(String, 1))
t(() -> Tag32(1))
t(() -> I.add_int(Int32(1), 1))
t(() -> I.sext_int(Int8, 1))
t(() -> I.udiv_int(1, 0))
t(() -> @eval primitive type Odd 7 end)
t(() -> @eval primitive type Tag32 64 end)
t(() -> @eval function f() primitive type Inner 8 end end)
println(:(primitive type P <: Unsigned 8 end))
