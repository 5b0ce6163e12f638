# readuntil with a byte or a vector delimiter (Julia's io.jl generic readuntil), readline of a
# lone "\r" at the end (only "\n" and "\r\n" end a line), EachLine's type parameter
println(readuntil(IOBuffer("a b"), UInt8(' ')))
println(readuntil(IOBuffer("a b"), UInt8(' '), keep=true))
println(readuntil(IOBuffer("abc"), UInt8('z')))
println(String(readuntil(IOBuffer("a\0b"), 0x00)))
println(readuntil(IOBuffer("abcd"), b"bc"), " ", readuntil(IOBuffer("abcd"), b"bc", keep=true), " ", readuntil(IOBuffer("abcd"), b"zz"))
println(readuntil(IOBuffer("abcd"), [0x63]))
io = IOBuffer("k=v;x=y")
println(String(readuntil(io, UInt8(';'))), " ", read(io, String))
println(repr(readline(IOBuffer("a\r"))), " ", repr(readline(IOBuffer("a\r\n"))), " ", repr(readline(IOBuffer("a\r"), keep=true)))
println(readlines(IOBuffer("x\ry\r")), " ", readlines(IOBuffer("x\r\ny\r\n")), " ", collect(eachline(IOBuffer("p\rq\r\nr"))))
println(typeof(eachline(IOBuffer("a"))), " ", collect(eachline(IOBuffer("a\nb"))))
println(eltype(eachline(IOBuffer("a"))), " ", Base.IteratorSize(eachline(IOBuffer("a"))))
