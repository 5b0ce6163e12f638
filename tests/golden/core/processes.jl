# Processes started without waiting: run(cmd; wait = false), wait, kill, process_running; open(cmd)
# to read or write a command as an IO; an IO type of its own needs only write(io, ::UInt8)
# (println(p) would print to the process: a Process is an IO, as in Julia)
p = open(`cat`, "w")   # runs until its input ends
println(process_running(p), " ", process_exited(p), " ", p.exitcode == typemin(Int))
println(stdout, p)
close(p)
wait(p)
println(process_running(p), " ", process_exited(p), " ", p.exitcode, " ", success(p))
println(stdout, p)
q = run(`sleep 10`; wait = false)
kill(q)
wait(q)
println(stdout, q, " ", q.termsignal, " ", success(q), " ", q.exitcode)
println(read(`echo hello`, String))
open(`tr a-z A-Z`, "r+") do io
    println(io, "via tr")
    closewrite(io)
    print(read(io, String))
end
s = open(`printf 'a\nb\nc\n'`) do io
    readlines(io)
end
println(s)
for l in eachline(open(`printf 'x\ny\n'`))
    println("line: ", l)
end
p = open(`cat`, "w")
println(p, "written to cat")
close(p)
wait(p)
println(success(p))
try
    open(io -> read(io, String), `false`)
catch e
    println(e isa ProcessFailedException)
end
r = run(`echo out`; wait = false)
wait(r)
println(stdout, r)
try
    run(`nonexistent_cmd_xyz`; wait = false)
catch e
    println(stdout, e)
end
p = run(`sh -c "exit 3"`; wait = false)
println(stdout, success(p), " ", p.exitcode, " ", p)
# a user's IO needs only write(io, ::UInt8)
struct Upper <: IO
    buf::IOBuffer
end
Base.write(u::Upper, b::UInt8) = write(u.buf, UInt8(uppercase(Char(b))))
u = Upper(IOBuffer())
print(u, "abc", 1.5, 'x')
println(u, [1, 2])
show(u, "q")
println(stdout, String(take!(u.buf)))
