# Training run for the JIT mode's AOT cache (bin/jl): the start-up path as in training.jl, then
# hot code, so that the cache also holds the Graal compiler's classes, loaded and linked, and
# the JVM's profiles of the compiler's own methods (the first compilations then start sooner).
include("training.jl")
struct TrainingPoint
    x::Float64
    y::Float64
end
norm2(p::TrainingPoint) = p.x * p.x + p.y * p.y
fib_training(n) = n < 2 ? n : fib_training(n - 1) + fib_training(n - 2)
function hot_training(n)
    s = 0.0
    v = zeros(100)
    for i in 1:n
        p = TrainingPoint(i * 0.5, 1.0)
        s += norm2(p) / (1 + i % 7)
        v[1 + i % 100] += s
    end
    s + sum(v)
end
t0 = time_ns()
while time_ns() - t0 < 2_500_000_000
    hot_training(100_000)
    fib_training(20)
end
