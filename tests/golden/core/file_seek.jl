# Files are seekable as Julia's IOStream: position, seek, seekstart, seekend, skip, mark/reset,
# one position for reading and writing (r+), appending writes with reading (a+)
path = tempname()
open(path, "w") do io
    write(io, "hello\nworld\n")
    println(position(io))
end
open(path) do io
    println(readline(io), " ", position(io))
    seekstart(io)
    println(read(io, String) |> repr)
    seek(io, 6)
    println(read(io, 5) |> String, " ", position(io))
    skip(io, -5)
    println(readline(io))
    println(eof(io))
    seekend(io); println(position(io), " ", eof(io))
    seek(io, 2); mark(io); read(io, 2); println(reset(io), " ", position(io), " ", ismarked(io))
end
open(path, "r+") do io
    seek(io, 6)
    write(io, "WORLD")
    seekstart(io)
    println(read(io, String) |> repr)
end
open(path, "a+") do io
    println(readline(io))
    write(io, "more\n")
    seekstart(io)
    println(readlines(io))
end
open(path, "a") do io
    write(io, "x")
end
println(read(path, String) |> repr)
println(countlines(path), " ", filesize(path))
io = open(path)
println(peek(io, UInt8), " ", read(io, Char), " ", position(io))
close(io)
rm(path)
