try; read(pipeline(`yes`, `head -n 3`), String); catch e; showerror(stdout, e); end
println(read(pipeline(ignorestatus(`yes`), `head -n 3`), String))
run(pipeline(`echo hello world`, `tr a-z A-Z`, `tr A-E 1-5`))
println(read(pipeline(`printf 'b\na\nc\n'`, `sort`), String))
r = run(pipeline(`sh -c 'echo to-err >&2; echo out'`, stderr = devnull)); println(typeof(r), " ", r.exitcode)
run(pipeline(pipeline(`sh -c "echo e1 >&2; echo o1"`, `cat`), stderr = devnull)) |> println
println(success(pipeline(`true`, `false`)), " ", success(pipeline(`true`, `true`)))
try; run(pipeline(`false`, `true`)); catch e; showerror(stdout, e); end
try; run(pipeline(`echo x`, `nonexistent_cmd_xyz`)); catch e; showerror(stdout, e); println(); end
f = tempname(); run(pipeline(`echo abc`, `tr a-c x-z`, f)); println(read(f, String)); rm(f)
println(read(pipeline(IOBuffer("z\ny\n"), `sort`), String))
io = IOBuffer(); run(pipeline(`echo abc`, `tr a-c x-z`, io)); println(String(take!(io)))
