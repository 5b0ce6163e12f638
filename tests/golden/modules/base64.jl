# The Base64 standard library: RFC 4648's test vectors, streams, lenient decoding, errors
using Base64
for s in ("", "f", "fo", "foo", "foob", "fooba", "foobar")
    e = base64encode(s)
    println(repr(s), " => ", repr(e), " => ", repr(String(base64decode(e))))
end
println(base64encode(print, 1 // 3), " ", base64encode(1), " ", base64encode(UInt8[0xff, 0xfe]), " ", base64encode("a", 'b', 0x63))
println(base64encode(show, "q"), " ", base64encode(show, 0.1 + 0.2; context = :compact => true))
# without padding, and with line breaks and spaces skipped
println(String(base64decode("aGVsbG8")), " ", String(base64decode("aGVs\nbG8h ")), " ", String(base64decode("Zm9v\r\nYmFy")))
display(base64decode("SGVsbG8h"))
for bad in ("A", "A===", "AAAA=", "A=AA", "AA=A", "AA=", "AAA", "Zg=")
    try
        println(bad, " => ", base64decode(bad))
    catch e
        println(bad, " => ", e)
    end
end
io = IOBuffer(); p = Base64EncodePipe(io); write(p, "Hello!"); close(p); println(String(take!(io)))
io = IOBuffer(); p = Base64EncodePipe(io); print(p, "pi = ", 3.14); close(p); s = String(take!(io)); println(s, " ", String(base64decode(s)))
io = IOBuffer(); write(io, "SGVsbG8h"); seekstart(io); d = Base64DecodePipe(io)
println(read(d, UInt8), " ", read(d, 2), " ", eof(d), " ", String(read(d)), " ", eof(d))
println(stringmime("text/plain", [1, 2]), " | ", stringmime(MIME("text/plain"), 1.5))
data = UInt8[(i * 37 + 11) % 256 for i in 1:1000]
println(base64decode(base64encode(data)) == data, " ", length(base64encode(zeros(UInt8, 3000))), " ", typeof(Base64DecodePipe(IOBuffer())))
