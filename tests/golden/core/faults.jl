# Runtime faults become Julia exceptions the program can catch; the program goes on.
for thunk in (() -> zeros(2^40), () -> zeros(-1), () -> 1 ÷ 0, () -> [1][2], () -> nothing + 1,
              () -> undefined_thing, () -> (x -> x)(1, 2), () -> "a" * 1)
    try
        thunk()
    catch e
        println(typeof(e))
    end
end
deep(n) = n == 0 ? 0 : 1 + deep(n - 1)
println(deep(10000))
inf(n) = inf(n + 1) + 1
try
    inf(0)
catch e
    println(typeof(e))
end
println(deep(100))
