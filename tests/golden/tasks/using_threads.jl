# using Base.Threads brings in Julia's exported names (nthreads, @spawn, Atomic, atomic_add!, SpinLock...)
using Base.Threads
println(nthreads() >= 1, " ", threadid() >= 1, " ", threadpool())
a = Atomic{Int}(0)
@threads for i in 1:100
    atomic_add!(a, i)
end
println(a[])
t = @spawn 20 + 1
println(fetch(t))
l = SpinLock()
lock(l); unlock(l)
println(atomic_cas!(a, 5050, 1), " ", a[])
