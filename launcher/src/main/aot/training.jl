# Training run for the fast-start AOT cache (bin/jl --fast-start): exercises the start-up path
# and common first steps (printing, numbers, arrays, strings, dicts, errors) so that the JVM
# records the classes they load and the methods they run.
greet(name) = "Hello, $name!"
println(greet("world"))
xs = [1, 2, 3]
push!(xs, 4)
println(sum(xs), " ", xs, " ", Int8(3) + Int8(4), " ", 1.5 * 2, " ", 0x0f)
d = Dict("a" => 1)
d["b"] = 2
println(length(d), " ", string(3.25), " ", repr([1.0 2.0; 3.0 4.0]))
try
    Int8(1000)
catch e
    showerror(devnull, e)
end
for i in 1:10
    i % 5 == 0 && print(i, " ")
end
println()
