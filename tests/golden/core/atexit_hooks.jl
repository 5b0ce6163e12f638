# atexit: hooks run when the program ends, the last registered first; one taking an argument
# gets the exit code; exit(n) runs them too (with n) and ends with that status.
atexit(() -> println("registered first, runs last"))
atexit(code -> println("exit code ", code))
atexit(() -> println("registered last, runs first"))
println("main done")
exit(3)
