# The smallest TruffleJL program: bin/jl examples/hello.jl
greet(name) = "Hello, $name!"
println(greet("world"))
