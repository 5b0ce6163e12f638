# Julia 1.10 scope rules: hard function scope, soft loop scope, global/local, closures by reference.
x = 1
function setx()
    x = 2          # a new local: function bodies are hard scopes
    x
end
println(setx(), " ", x)
function setglobal()
    global x = 3
end
setglobal()
println(x)
for i in 1:3
    local t = i * 2
    global x += t
end
println(x)
function shadow()
    for i in 1:3
        inner = i
    end
    isdefined_inner = try
        inner
        true
    catch
        false
    end
    isdefined_inner
end
println(shadow())
function accumulate_outer()
    acc = 0
    for i in 1:4
        acc += i     # assigns the function's local acc
    end
    acc
end
println(accumulate_outer())
function loopvar_is_fresh()
    i = 0
    for i in 1:3
    end
    i
end
println(loopvar_is_fresh())
let a = 1
    let a = 2
        println(a)
    end
    println(a)
end
y = 10
let
    y = 20      # let is a hard scope: a new local
    println(y)
end
println(y)
function counter_pair()
    n = 0
    incr() = (n += 1)
    get() = n
    (incr, get)
end
inc, get = counter_pair()
inc(); inc(); inc()
println(get())
function capture_later()
    f = () -> v
    v = 5
    f()
end
println(capture_later())
function undefined_local()
    try
        u
        u = 1
    catch e
        println(sprint(showerror, e))
    end
end
undefined_local()
function f()
  println(@isdefined(y))
  y = 1
  println(@isdefined(y))
end
f()
println(@isdefined(zzz), " ", @isdefined(println))
