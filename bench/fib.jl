# Recursive calls with Int64 arithmetic.
include("harness.jl")
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
measure("fib", () -> fib(27))
