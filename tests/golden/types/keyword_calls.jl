# Calls with keywords as Julia 1.10 makes them: only methods declaring keywords take such a call
# (Core.kwcall), and a keyword no method takes is a MethodError of kwcall, shown as f(...; k::T).
report(e) = println(replace(sprint(showerror, e), (@__FILE__) => "FILE"))
f(x::Int, y; z = 0) = "kw $z"
f(x::Int, y::Int) = "positional"
println(f(1, 1; z = 5), " | ", f(1, 1), " | ", f(1, 1; ()...), " | ", f(1, 2; Dict(:z => 7)...))
println(f(1, 2; [:z => 3]...), " | ", Core.kwcall((z = 2,), f, 1, 2), " | ", NamedTuple())
try f(1, 1; zz = 0) catch e; report(e); println(e isa MethodError, " ", e.f === Core.kwcall) end
foo(; bar = 1) = bar
try foo(; bars = 2) catch e; report(e) end
# a method without keywords, compiled before the first call with keywords
g(x) = x + 1
s = 0
for i in 1:200_000
    global s += g(i)
end
println(s)
try g(1; a = 1, b = 2) catch e; report(e) end
h(x::String; kws...) = length(kws)
h(x::Int; k) = k
try h(1.5; a = 1) catch e; report(e) end
println(h("a"; q = 1, r = 2), " ", h(1; k = 9))
