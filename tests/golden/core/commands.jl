# External commands: `...` literals (words, quoting, interpolation), run, read, success,
# pipeline, failures (ProcessFailedException, IOError), setenv and dir
c = `echo hi there`
println(c)
run(c)
x = "a b"
files = ["f1", "f2"]
c2 = `echo $x "q r" 'z $x' pre$files $(1 + 2)`
println(c2, " ", c2.exec)
run(c2)
s = read(`echo abc`, String)
println(repr(s), " ", readchomp(`printf "x\ny\n"`))
println(success(`true`), " ", success(`false`))
p = run(`true`)
println(stdout, p, " ", p.exitcode)   # (println(p, ...) would write to p: a Process is an IO)
try
    run(`false`)
catch e
    showerror(stdout, e)
end
try
    run(`nosuchcommand_xyz arg`)
catch e
    showerror(stdout, e); println()
end
println(run(ignorestatus(`false`)).exitcode)
println(read(pipeline(`echo hello world`, `tr a-z A-Z`), String))
io = IOBuffer()
run(pipeline(`echo into buffer`; stdout = io))
println(repr(String(take!(io))))
println(readlines(`printf "1\n2\n3"`))
println(read(setenv(`sh -c 'echo $FOO'`, "FOO" => "bar"), String))
println(read(Cmd(`pwd`; dir = "/tmp"), String))
println(`ls '*.txt'`, " ", `a "b c" d\ e`, " ", `"it's"`)
try
    eval(Meta.parse("`ls *.txt`"))
catch e
    println(occursin("special characters \"#{}()[]<>|&*?~;\" must be quoted in commands", sprint(showerror, e)))
end
# output into a file, appended; stdin from a file
mktempdir() do d
    f = joinpath(d, "out.txt")
    run(pipeline(`echo one`; stdout = f))
    run(pipeline(`echo two`; stdout = f, append = true))
    print(read(f, String))
    println(read(pipeline(f, `wc -l`), String) |> strip)
end
