# reinterpret(T, A): a view of the bytes of A as T elements (Base.ReinterpretArray)
a = Int16[1, 256]
r = reinterpret(UInt8, a)
println(r, " ", typeof(r), " ", size(r), " ", length(r))
display(r)
r[2] = 0x7f; println(a)
b = reinterpret(Int32, UInt8[1, 0, 0, 0, 2, 0, 0, 0]); println(b, " ", sum(b))
b[2] = -1; println(parent(b))
f = reinterpret(Float64, [0x3ff0000000000000, 0x4000000000000000]); println(f)
u = reinterpret(UInt64, [1.5, -0.0]); println(u)
m = reinterpret(UInt16, UInt8[1 2; 3 4; 5 6; 7 8]); println(size(m), " ", m, " ", m[2, 1], " ", m[1, 2])
println(reinterpret(Int8, [0xff, 0x01]), " ", reinterpret(Bool, UInt8[1, 0]), " ", reinterpret(UInt8, [true, false]))
println(reinterpret(Int64, [1, 2]) === nothing, " ", reinterpret(Int64, Int64[5]) isa Vector)
try reinterpret(Int32, UInt8[1, 2, 3]) catch e; println(e) end
try reinterpret(String, [1]) catch e; println(e) end
println(collect(reinterpret(UInt32, Float32[1.0, 2.0])))
println(summary(reinterpret(UInt8, Int16[1])))
println(reinterpret(UInt8, reinterpret(UInt16, UInt8[1, 2, 3, 4])))
println(sum(reinterpret(UInt8, [0x0102])), " ", reinterpret(Float16, UInt16[0x3c00]), " ", reinterpret(UInt64, Int128[-1]))
println(reinterpret(Int128, UInt64[0xffffffffffffffff, 0x7fffffffffffffff]), " ", reinterpret(UInt8, Int16[1, 2]) .+ 0x01)
x = zeros(UInt8, 4); v = reinterpret(UInt32, x); v[1] = 0x11223344; println(x)
for c in ('a', 'é', '€', '😀', '\0')
    bits = reinterpret(UInt32, c)
    println(repr(c), " ", repr(bits), " ", reinterpret(Char, bits) == c)
end
m = reinterpret(Char, 0xc3000000); println(repr(m), " ", isvalid(m), " ", repr(reinterpret(UInt32, m)))
println(reinterpret(Char, UInt32[0x61000000, 0xe282ac00]), " ", reinterpret(UInt32, ['a']))
# bits types that are not primitive: Complex, tuples, structs (through their bytes, Julia's layout)
z = [1.0+2.0im, 3.0-4.0im]
f = reinterpret(Float64, z); println(f, " ", size(f))
f[2] = 20.0; println(z)
c = reinterpret(ComplexF64, [1.0, 2.0, 3.0, 4.0]); println(c, " ", typeof(c))
c[1] = 5 + 6im; println(parent(c))
t = reinterpret(Tuple{Int32, Int32}, Int64[1 + (2 << 32)]); println(t)
println(reinterpret(UInt8, [Int16(1) + 0im]))
println(reinterpret(ComplexF32, UInt8[0, 0, 128, 63, 0, 0, 0, 64]))
println(reinterpret(NTuple{2, UInt8}, UInt16[0x0201, 0x0403]))
struct P; a::Int8; b::Int64; c::Int16; end
println([fieldoffset(P, i) for i in 1:3], " ", sizeof(P), " ", fieldoffset(ComplexF32, 2))
q = reinterpret(P, UInt8[0xff; zeros(UInt8, 7); 7; zeros(UInt8, 7); 0x2c; 0x01; zeros(UInt8, 30)]); println(q[1], " ", q[2])
try q[2] = P(1, 2, 3) catch e; println(sprint(showerror, e)) end
w = reinterpret(UInt8, [P(1, 2, 3)]); w[1] = 0x05; println(length(w), " ", parent(w)[1]); try w[1] catch e; println(sprint(showerror, e)) end
println(reinterpret(Tuple{Int8, Int8}, Int16[0x0201])[1], " ", reinterpret(NTuple{2, Float32}, ComplexF32[1 + 2im])[1])
# reinterpret(reshape, T, A): a channel dimension added or consumed
A = [1 2; 3 4]
c = reinterpret(reshape, Complex{Int}, A); display(c); println(typeof(c))
a = [(1, 2, 3), (4, 5, 6)]
m = reinterpret(reshape, Int, a); display(m); m[2, 2] = 50; println(a)
println(reinterpret(reshape, UInt8, UInt16[0x0201, 0x0403]), " ", size(reinterpret(reshape, Int64, [1.0, 2.0])))
try reinterpret(reshape, Complex{Int}, [1 2 3; 4 5 6; 7 8 9]) catch e; println(sprint(showerror, e)) end
try reinterpret(reshape, Int32, [(Int16(1), Int16(2), Int16(3))]) catch e; println(sprint(showerror, e)) end
println(reinterpret(reshape, Float64, [1.0, 2.0]) isa Vector{Float64})
v = reinterpret(reshape, ComplexF64, [1.0, 2.0]); println(size(v), " ", v[])
