# IOBuffer as Julia's GenericIOBuffer: one byte store read and written at a position;
# seek/skip/mark/reset, keyword constructors, PipeBuffer, maxsize, truncate, binary read/write
io = IOBuffer()
show(io); println()
write(io, "abc")
show(stdout, io); println()
display(io)
r = IOBuffer("xyz")
show(stdout, r); println()
println(iswritable(r), isreadable(r))
try write(r, "q") catch e; println(e) end
w = IOBuffer(read=false)
try read(w, UInt8) catch e; println(e) end
println(write(w, "hi"), " ", w.size, " ", w.ptr)
p = PipeBuffer()
write(p, "one\ntwo\n")
println(readline(p)); println(bytesavailable(p))
try seek(p, 0) catch e; println(e) end
println(String(take!(p)))
m = IOBuffer(maxsize=4)
println(write(m, "abcdef"))
println(String(take!(m)))
b = IOBuffer("hello world")
println(mark(b)); skip(b, 6); println(read(b, String)); println(reset(b)); println(read(b, 5) |> String)
try reset(b) catch e; println(e) end
println(unmark(b), ismarked(b))
t = IOBuffer(); write(t, "abcdef"); truncate(t, 3); println(String(take!(t)))
t = IOBuffer(); write(t, "ab"); truncate(t, 4); println(take!(t))
try truncate(t, -1) catch e; println(e) end
c = IOBuffer(); write(c, "x"); close(c); println(isopen(c))
try write(c, "y") catch e; println(e) end
d = IOBuffer(UInt8[0x61,0x62,0x63]; write=true)
println(isreadable(d), iswritable(d), " ", d.size)
e = IOBuffer(UInt8[0x61,0x62,0x63]; read=true, write=true)
seekend(e); write(e, "d"); seekstart(e); println(read(e, String))
f = IOBuffer(; append=true); write(f, "12"); println(position(f)); println(read(f, String))
println(write(IOBuffer(), Int32(1), 2.0, 'c', "s"))
g = IOBuffer(); write(g, 0x01020304); write(g, true); write(g, Int8(-1)); write(g, Float32(0.5)); write(g, UInt128(1) << 100)
seekstart(g)
println(read(g, UInt32), " ", read(g, Bool), " ", read(g, Int8), " ", read(g, Float32), " ", read(g, UInt128))
try read(g, Int16) catch e; println(e) end
h = IOBuffer("abcdef"); a = zeros(UInt8, 4); read!(h, a); println(a); println(readbytes!(h, a)); println(a)
println(readavailable(IOBuffer("zz")))
io = IOBuffer(); print(io, "line1\nline2"); seekstart(io); println(readlines(io))
io = IOBuffer("αβγ"); println(read(io, Char), read(io, Char)); println(position(io))
seek(io, 100); println(position(io)); seek(io, -5); println(position(io))
skip(io, -100); println(position(io)); skip(io, 3); println(position(io))
x = IOBuffer("abc"); read(x, UInt8); println(String(take!(x))); println(position(x))
