# An atexit hook that throws is reported on stderr; the others still run, and the program's
# status stays 0 when it ends normally.
atexit(() -> println("still runs"))
atexit(() -> error("hook failure"))
println("main done")
