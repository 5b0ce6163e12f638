# Script arguments, the program's name and exit codes.
println(length(ARGS), " ", join(ARGS, "|"))
println(basename(PROGRAM_FILE))
exit(3)
println("not reached")
