# redirect_stdout/redirect_stderr/redirect_stdio to devnull, an IOBuffer or a file, for a block or from then on
println("before")
redirect_stdout(devnull) do
    println("hidden")
end
buf = IOBuffer()
redirect_stdout(buf) do
    println("captured ", 42)
    print(stdout, "x")
end
println("after: ", repr(String(take!(buf))))
path = tempname()
open(path, "w") do io
    redirect_stdout(io) do
        println("into a file")
    end
end
println(read(path, String))
e = IOBuffer()
redirect_stdio(stdout = devnull, stderr = e) do
    println("gone"); println(stderr, "err text")
end
println(String(take!(e)))
try redirect_stdout(42) catch ex; println(typeof(ex)) end
redirect_stdout(devnull)
println("not shown")
redirect_stdout(stdout)
println("visible again")
redirect_stderr(stdout)
try redirect_stdout(stderr) catch err; println(err) end
