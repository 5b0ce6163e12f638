# Timer (wait, callback with interval, close), timedwait, task_local_storage, Threads.SpinLock
t0 = time(); wait(Timer(0.05)); println(time() - t0 >= 0.04)
n = Threads.Atomic{Int}(0)
tm = Timer(_ -> Threads.atomic_add!(n, 1), 0.01; interval = 0.01)
# (until it has fired three times, not a fixed sleep: on a slow host 0.2 s gave fewer)
deadline = time() + 10
while n[] < 3 && time() < deadline
    sleep(0.01)
end
close(tm); k = n[]; sleep(0.05)
println(k >= 3, " ", n[] <= k + 1, " ", isopen(tm))
println(timedwait(() -> true, 1.0), " ", timedwait(() -> false, 0.05; pollint = 0.01))
task_local_storage(:k, 1); println(task_local_storage(:k), " ", fetch(@async (task_local_storage(:k, 2); task_local_storage(:k))), " ", task_local_storage(:k))
l = Threads.SpinLock(); lock(l); println(islocked(l)); unlock(l)
