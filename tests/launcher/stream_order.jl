# Run by bin/test with stdout and stderr into one file: stdout is buffered there (not a
# terminal), and its bytes must still come before whatever stderr or an error prints later.
println("one")
print(stderr, "two\n")
println("three")
flush(stdout)
println(stderr, "four")
print("five ")
line = readline()           # reading stdin flushes stdout first
println(stderr, "six ", repr(line))
for k in 1:3
    println(k)
end
@warn "seven"
error("eight")
