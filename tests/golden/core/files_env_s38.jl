# Files, ENV and paths found different from Julia 1.10 in session 38: open flags, append position,
# ENV reaching child processes, lstat after cd, TMPDIR, file-level read/write forms, path edge cases.
cd(mktempdir())
write("f.txt", "hello world")
f = open("f.txt"; read=true, write=true); println(repr(read(f, String))); close(f)
open("f.txt"; write=true, truncate=false) do f; write(f, "J"); end
println(read("f.txt", String))
f = open("f.txt"; create=true); println((isreadable(f), iswritable(f))); close(f)
println(read("f.txt", String))
try; open("missing_zz.txt"; read=true, write=true); catch e; println(sprint(showerror, e)); end
write("t.txt","l1\nl2\nl3"); f=open("t.txt","a"); println(position(f)); close(f)
f = open("t.txt","a+"); println(repr(read(f, String))); write(f, "\nl4"); close(f); println(repr(read("t.txt", String)))
try; write(open("t.txt"), "x"); catch e; println(sprint(showerror, e)); end
try; open("t.txt", "x"); catch e; println(sprint(showerror, e)); end
ENV["WY"] = "2"; print(read(`sh -c 'echo "[$WY]"'`, String))
withenv("WX"=>"1") do; print(read(`sh -c 'echo "[$WX]"'`, String)); end
cd(mktempdir()) do
    write("x.txt","hello")
    println(lstat("x.txt").size, " ", isfile(lstat("x.txt")))
end
ENV["TMPDIR"] = "/tmp/"
println(tempdir())
rm("f.txt"); rm("t.txt")
d = mktempdir(; cleanup = false)
cd(d) do
    write("b.txt", "a", "b", 1)
    println(filesize("b.txt"), " ", read("b.txt", 2), " ", read("b.txt", UInt8))
    f = open("b.txt"); println(filesize(f), " ", position(f)); close(f)
    println(readdir(; sort = false) |> sort)
    mkdir("sub"; mode = 0o700); println(isdir("sub"), " ", string(filemode("sub") & 0o777, base = 8))
    symlink("nowhere", "broken"); rm("broken"; force = true); println(islink("broken"))
end
rm(d; recursive = true)
println(dirname("a//b"), " ", splitdir("/x//y"), " ", normpath("../.."), " ", normpath("a/../../.."), " ", normpath("a", "..", "b"))
println(joinpath(["a", "b"]), " ", abspath("/a", "b"), " ", dirname("/a"), " ", dirname("//a"), " ", basename("a/"), " ", dirname("a/"))
println(tempname("/tmp/q")[1:7])
ENV["ZZQ"] = "1"; println(pop!(ENV, "ZZQ"), " ", haskey(ENV, "ZZQ"), " ", haskey(ENV, :ZZQ))
let t = pwd(); cd(dirname(t)); rm(t; recursive = true); println(ispath(t)); end
