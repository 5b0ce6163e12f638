# position, peek and read(io, Char) on IOBuffers
io = IOBuffer()
print(io, "héllo", 12)
println(position(io))
r = IOBuffer("abc\ndéf\xe2\x82\x80z")
println(position(r))
readline(r)
println(position(r), " ", peek(r), " ", position(r))
println(repr(read(r, Char)), " ", repr(read(r, Char)), " ", position(r))
println(repr(read(r, Char)), " ", repr(read(r, Char)), " ", repr(read(r, Char)), " ", eof(r))
try
    read(r, Char)
catch e
    println(e)
end
try
    peek(r)
catch e
    println(e)
end
take!(io)
println(position(io))
