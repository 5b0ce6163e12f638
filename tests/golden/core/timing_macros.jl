# @timed, @allocated and @time's line format (the measured numbers vary: only their shape is printed)
r = @timed sum(1:10)
println(r.value, " ", keys(r), " ", r.time >= 0, " ", r.bytes >= 0, " ", r.gctime >= 0)
b = @allocated zeros(10^6)
println(b >= 8 * 10^6)
Base._print_time(0.0000123)
Base._print_time(12.5)
y = 0
t = @elapsed for i in 1:10; global y += i; end
println(y, " ", t >= 0)
