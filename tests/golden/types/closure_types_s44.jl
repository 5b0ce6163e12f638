# A closure's type has a parameter for each captured variable Julia's lowering does not box
# (julia-syntax.scm: closure-convert, is-var-boxed?, lambda-optimize-vars!); a boxed one is a
# Core.Box field. typeof/show give the parameters, print the function's name, methods the type
# name without parameters (the method is defined on it), stack frames and MethodErrors the
# called object's type.
here(s) = replace(s, string(@__DIR__, "/") => "")
c0 = () -> 0
c1 = let n = 3; y -> y * n; end
c2 = let a = 1, b = 2.5; x -> x + a + b; end
for c in (c0, c1, c2)
    println(typeof(c), " | ", fieldnames(typeof(c)), " ", fieldtypes(typeof(c)))
    show(c); println()
    print(c); println()
    println(c)
    show(stdout, MIME"text/plain"(), c); println()
    display(c)
    println(here(sprint(show, methods(c))))
end
println(typeof(c1) == typeof(let n = 4; y -> y * n; end), " ", isconcretetype(typeof(c1)), " ", typeof(c1).parameters)
println(c1.n, " ", getfield(c2, :b), " ", nfields(c2), " ", c1 isa Function)
mk(x) = () -> x
println(typeof(mk(1)), " ", typeof(mk(1.0)), " ", typeof(mk("s")), " ", typeof(mk(1)) == typeof(mk(2)))
# boxed: assigned after the closure is made, or assigned twice
function boxed()
    z = 1
    z = 2
    () -> z
end
println(typeof(boxed()), " ", fieldtypes(typeof(boxed())))
show(boxed()); println()
function late()
    g = () -> w
    w = 1
    g
end
println(typeof(late()))
function mixed(a)
    b = a + 1
    c = 0
    if a > 0
        c = 1
    end
    () -> (a, b, c)
end
println(typeof(mixed(1)), " ", fieldtypes(typeof(mixed(1))))
show(mixed(1)); println()
# assigned once in a loop body before the capture: not boxed
function inloop(n)
    fs = []
    for i in 1:n
        a = i * 0.5
        push!(fs, x -> x + a)
    end
    fs
end
println(typeof.(inloop(2)))
# nested closures
outer(a) = b -> (c -> a + b + c)
o = outer(1)
println(typeof(o), " ", typeof(o(2.0)))
show(o(2.0)); println()
# a local function that calls itself is boxed (it captures its own name before it is assigned)
function rec()
    inner(n) = n <= 0 ? 0 : inner(n - 1)
    inner
end
println(typeof(rec()), " ", fieldtypes(typeof(rec())))
show(stdout, MIME"text/plain"(), rec()); println()
# in a module: the module's path (the type's name is not visible from Main)
module M
    mk(k) = x -> x + k
end
m = M.mk(1)
println(typeof(m))
show(m); println()
println(m)
# MethodErrors and stack frames
shown_err(e) = println(replace(sprint(showerror, e), r"@ Main \S*/" => "@ Main "))
try c1(1, 2) catch e; shown_err(e) end
try c2() catch e; shown_err(e) end
try c0(1) catch e; shown_err(e) end
bad = let k = 2; x -> error("bad $(x * k)"); end
try
    bad(3)
catch e
    println(here(sprint(showerror, e, catch_backtrace())))
end
