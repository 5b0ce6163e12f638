# IOBuffer(v::Vector{UInt8}) works on v itself, as in Julia 1.10 (base/iobuffer.jl): no copy.
# Keywords follow open's rules: write = true alone truncates (size 0) and is not readable;
# read = true, write = true keeps the contents and writes from the start; append = true writes at
# the end. A write past v's end makes v longer; take! of a writable buffer returns v itself.
v = Vector{UInt8}("hello")
io = IOBuffer(v)
println(read(io, String))
v[1] = UInt8('j')            # the read-only buffer sees the change
seekstart(io)
println(read(io, String))
try
    write(io, "x")
catch e
    println(e)
end
println(String(take!(io)), " ", String(copy(v)))   # read-only: take! copies

w = Vector{UInt8}("abcdef")
io = IOBuffer(w; write = true)
println(io.size, " ", position(io), " ", iswritable(io), " ", isreadable(io))
write(io, "XY")
println(String(copy(w)), " ", length(w))
write(io, "12345")
println(String(copy(w)), " ", length(w))
try
    read(io, UInt8)
catch e
    println(e)
end
t = take!(io)
println(t === w, " ", String(copy(t)), " ", io.size)
write(io, "zz")
println(String(copy(w)), " ", String(take!(io)))

u = Vector{UInt8}("abc")
io = IOBuffer(u; read = true, write = true)
write(io, "Z")
println(String(copy(u)), " ", read(io, String), " ", io.data === u)

a = Vector{UInt8}("ab")
io = IOBuffer(a; append = true)
write(io, "cd")
println(String(copy(a)), " ", isreadable(io), " ", io.size)

tr = Vector{UInt8}("abc")
io = IOBuffer(tr; read = true, write = true)
truncate(io, 5)
println(tr)
truncate(io, 1)
println(tr, " ", io.size)

m = zeros(UInt8, 2)
io = IOBuffer(m; write = true, maxsize = 4)
println(write(io, "abcdef"), " ", m)

p = Vector{UInt8}("pq")
pb = PipeBuffer(p)
write(pb, "r")
println(String(copy(p)), " ", read(pb, String))

# a vector that is not a Vector{UInt8} is copied in
c = codeunits("xyz")
io = IOBuffer(c)
println(read(io, String))
