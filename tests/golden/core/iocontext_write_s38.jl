# Reading through an IOContext, its properties by index, and write of symbols, views, ranges and Refs.
c = IOContext(IOBuffer("ab\ncd"), :limit => true)
println(readline(c), " ", eof(c), " ", read(c, String), " ", eof(c), " ", isopen(c))
println(c[:limit], " ", keys(c))
try; c[:nope]; catch e; println(sprint(showerror, e)); end
io = IOBuffer()
println(write(io, :sym), " ", write(io, view(UInt8[1,2,3], 1:2)), " ", write(io, 1:3), " ", write(io, Ref(Int32(1))))
println(length(take!(io)))
c = IOContext(IOBuffer("abcdefghij"))
println(read(c, UInt8), " ", read(c, Char), " ", read(c, Int32), " ", read(c, 2))
