# Files and streams: open/close with do blocks, lines, bytes, stdin-like buffers, the file system.
path = tempname()
shown(e) = replace(sprint(showerror, e), path => "PATH")
open(path, "w") do io
    println(io, "line one")
    write(io, "line two\n")
    print(io, 3, ' ', 4.5)
end
println(repr(read(path, String)))
println(readlines(path))
for l in eachline(path)
    println(uppercase(l))
end
open(path, "a") do io
    print(io, "\nlast")
end
println(isfile(path), " ", isdir(path), " ", ispath(path), " ", filesize(path), " ", length(readlines(path)))
io = open(path)
println(readline(io), " | ", repr(readline(io; keep = true)), " ", eof(io))
println(repr(read(io, String)))
println(eof(io), " ", repr(readline(io)))
close(io)
println(isopen(io))
println(readlines(path; keep = true))
lines = String[]
open(path) do f
    while !eof(f)
        push!(lines, readline(f))
    end
end
println(lines)
println(write(path, "abc"), " ", read(path, String), " ", read(path) == UInt8[0x61, 0x62, 0x63])
io = open(path)
println(read(io, UInt8), " ", read(io, UInt8), " ", read(io, UInt8))
try
    read(io, UInt8)
catch e
    println(e)
end
close(io)
rm(path)
println(isfile(path), " ", ispath(path))
# a missing file's size is 0, as Julia's stat of a missing path is all zeros
println(filesize(path))
for bad in (() -> open(path), () -> rm(path))
    try
        bad()
    catch e
        println(typeof(e), ": ", shown(e))
    end
end
rm(path; force = true)

dir = path * "_dir"
mkdir(dir)
write(joinpath(dir, "b.txt"), "B")
write(joinpath(dir, "a.txt"), "A")
println(readdir(dir), " ", isdir(dir), " ", read(joinpath(dir, "a.txt"), String))
try
    mkdir(dir)
catch e
    println(replace(shown(e), dir => "DIR"))
end
mkpath(joinpath(dir, "x", "y"))
println(isdir(joinpath(dir, "x", "y")))
rm(dir; recursive = true)
println(isdir(dir))

println(basename("/a/b/c.txt"), " ", dirname("/a/b/c.txt"), " ", splitext("/a/b/c.txt"), " ", joinpath("a", "b", "c.jl"), " ",
        repr(dirname("x")), " ", isabspath("/x"), " ", joinpath("a", "/abs"))
println(readlines(IOBuffer("first\nsecond\r\nthird")), " ", collect(eachline(IOBuffer("p\nq\n"))), " ", readline(IOBuffer("")) == "")
printstyled("styled\n"; color = :red, bold = true)
println(countlines(IOBuffer("x\ny\nlast")), " ", countlines(IOBuffer("")))
