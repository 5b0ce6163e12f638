# A regression stress test: keyword methods first called from several tasks at once. The node
# that checks keyword names grew its cache with a race (read twice, indexed out of bounds: an
# internal error in about half the runs of this program).
bad = Threads.Atomic{Int}(0)
for round in 1:300
    f = @eval function $(Symbol("kwf", round))(; a = 0, b = 0, c = 0, d = 0)
        a + b + c + d
    end
    @sync for t in 1:8
        Threads.@spawn begin
            s = t % 4 == 0 ? f(a = 1) : t % 4 == 1 ? f(b = 1) : t % 4 == 2 ? f(c = 1, d = 1) : f(d = 1, a = 1)
            s in (1, 2) || Threads.atomic_add!(bad, 1)
        end
    end
end
println("bad: ", bad[])
