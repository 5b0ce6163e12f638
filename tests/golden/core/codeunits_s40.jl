# codeunits, b"..." literals and string keys, as Julia 1.10 has them
c = codeunits("abc")
println(typeof(c))
display(c)
println(c)
show(c); println()
println(summary(c))
display(codeunits(""))
println(c isa DenseVector{UInt8}, " ", c isa AbstractVector{UInt8}, " ", c isa Vector)
println(length(c), " ", size(c), " ", sizeof(c), " ", eltype(c), " ", ndims(c), " ", axes(c))
println(c[1], " ", c[end], " ", c[begin], " ", c[2:3], " ", typeof(c[2:3]), " ", c[[1, 3]])
try
    c[1] = 0x00
catch e
    println(typeof(e))
    showerror(stdout, e); println()
end
try
    c[4]
catch e
    println(typeof(e))
end

b = b"a\x01é\n"
println(typeof(b))
display(b)
println(b == UInt8[0x61, 0x01, 0xc3, 0xa9, 0x0a])
f() = b"xyz"
println(f() === f(), " ", String(f()))

println(String(codeunits("xyz")), " ", String(codeunits("xyz")) === "xyz")
v = Vector{UInt8}(codeunits("héllo"))
println(v, " ", typeof(v))
println(Vector{UInt8}("hi"), " ", Array{UInt8}("hi"), " ", transcode(UInt8, "ab"))
println(collect(c), " ", typeof(collect(c)))
println(copy(c), " ", typeof(copy(c)))
println(similar(c) isa Vector{UInt8})
println(c == UInt8[0x61, 0x62, 0x63], " ", UInt8[0x61, 0x62, 0x63] == c, " ", c == b"abc", " ", c == b"abd")
println(isequal(c, [0x61, 0x62, 0x63]), " ", hash(c) == hash(UInt8[0x61, 0x62, 0x63]))
println(sum(c), " ", maximum(c), " ", minimum(c), " ", count(>(0x61), c))
println(findfirst(==(0x62), c), " ", findall(>(0x61), c), " ", findfirst(==(0x7a), c))
println(c .+ 1, " ", c .+ 0x01, " ", typeof(c .+ 0x01), " ", c .== 0x62)
println(map(x -> x + 1, c), " ", [x for x in c], " ", reverse(c), " ", sort(b"cab"))
w = view(c, 2:3)
println(w, " ", typeof(w), " ", sum(w))
println(reinterpret(Int8, b"\xff\x01"))
println(first(c), " ", last(c), " ", keys(c), " ", eachindex(c))
io = IOBuffer(); write(io, c); write(io, b"!"); println(String(take!(io)))
println(bytes2hex(codeunits("ab")), " ", hex2bytes(b"0aff"))
cs = codeunits(SubString("hello", 2, 4))
println(typeof(cs), " ", cs, " ", String(copy(cs)))
println(Base.CodeUnits("q"))

function sumbytes(s)
    t = 0
    for x in codeunits(s)
        t += x
    end
    t
end
function sumidx(s)
    t = 0
    u = codeunits(s)
    for i in 1:length(u)
        t += u[i]
    end
    t
end
s = repeat("abcdé", 1000)
println(sumbytes(s), " ", sumidx(s), " ", sum(codeunits(s)), " ", sumbytes(""))
println(isascii("abc"), " ", isascii("é"))

# keys / eachindex of a string: Base.EachStringIndex
s = "aéb"
k = keys(s)
println(typeof(k), " ", typeof(eachindex(s)))
println(k)
display(k)
println(collect(k), " ", length(k), " ", first(k), " ", last(k), " ", eltype(k), " ", Base.IteratorSize(k))
println(collect(Iterators.reverse(k)))
println([i for i in eachindex(s)], " ", map(i -> s[i], eachindex(s)))
for (i, ch) in pairs(s)
    print(i, ch, " ")
end
println()
println(collect(pairs(s)))
println(isempty(keys("")), " ", collect(keys("")))
println(keys(SubString("xéy", 2)))
println(k isa AbstractVector)

# IOContext is parametric on the stream it wraps
io = IOContext(IOBuffer(), :a => 1)
println(typeof(io), " ", typeof(IOContext(io, :b => 2)))
println(io isa IOContext, " ", io isa IOContext{IOBuffer}, " ", IOContext{IOBuffer} <: IO)
print(io, "hi", 1); show(io, [1, 2]); println(String(take!(io.io)))
println(get(io, :a, 0), " ", haskey(io, :a), " ", io[:a])
