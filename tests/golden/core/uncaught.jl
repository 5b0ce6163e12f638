# An uncaught error: ERROR plus the message and a stack trace on stderr, exit status 1.
println("before")
f(x::Int8) = x
g(x) = f(x)
g(1)
println("after")
