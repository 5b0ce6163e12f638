# cd (with a function), cp and mv (force), walkdir both ways, chmod/filemode/uperm, mktemp, realpath
d = mktempdir()
cd(d) do
    println(pwd() == realpath(d))
    mkpath("a/b")
    write("a/x.txt", "hello")
    write("a/b/y.txt", "world")
    println(read(`cat a/x.txt`, String))
    cp("a", "c")
    println(sort(readdir("c")), " ", read("c/b/y.txt", String))
    try cp("a", "c") catch e; println(e) end
    cp("a/x.txt", "c/x.txt"; force = true)
    mv("c", "e")
    println(isdir("c"), " ", isdir("e"))
    for (root, dirs, files) in walkdir("a")
        println(root, " ", dirs, " ", files)
    end
    println([r for (r, _, _) in walkdir("a"; topdown = false)])
    chmod("a/x.txt", 0o640)
    println(string(filemode("a/x.txt") & 0o777; base = 8), " ", uperm("a/x.txt"))
    mktemp(".") do p, io
        write(io, "tmp"); flush(io)
        println(read(p, String))
    end
end
println(pwd() != d)
rm(d; recursive = true)
