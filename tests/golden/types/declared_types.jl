# Type declarations on variables: `x::T = v` and `local x::T` make every assignment to x in its
# scope convert to T (convert(T, v)::T); `f()::T` converts the result; fields and array elements
# convert as they are stored; a global declared at top level keeps its type.
function accumulate_f32(n)
    acc::Float32 = 0
    for i in 1:n
        acc += i / 2          # a Float64 each time, stored as Float32
    end
    acc
end
println(accumulate_f32(4), " ", typeof(accumulate_f32(4)))

function declared_before_use()
    local a::Int8, b = 1, 2
    a = 100
    (a, b, typeof(a))
end
println(declared_before_use())

function declared_later()
    x = 1                     # the declaration below covers this assignment too
    y = x
    x::Float64 = 2
    (y, x)
end
println(declared_later())

function destructured()
    (p::Float64, q) = (1, 2)
    p, q
end
println(destructured())

function overflowing()
    small::Int8 = 5
    small = 300
end
try
    overflowing()
catch e
    println(e)
end

function not_convertible()
    s::String = "a"
    s = 1
end
try
    not_convertible()
catch e
    println(sprint(showerror, e))
end

half(x)::Float32 = x / 2
println(half(3), " ", typeof(half(3)))
count_up(n)::Int8 = n + 1
try
    count_up(127)
catch e
    println(e)
end

# a loop-carried typed local stays its type in compiled code
function sum_as_float(n)
    s::Float64 = 0
    for i in 1:n
        s += i
    end
    s
end
println(sum_as_float(100_000), " ", typeof(sum_as_float(10)))

struct Point
    x::Float64
    y::Int
end
println(Point(1, 2.0))
for bad in ((1, 2.5), ("a", 2))
    try
        Point(bad...)
    catch e
        println(sprint(showerror, e))
    end
end
mutable struct Counter
    n::Int16
end
c = Counter(1)
c.n = 2.0
println(c.n, " ", typeof(c.n))
try
    c.n = 40000
catch e
    println(e)
end

v = zeros(3)
v[1] = 2
push!(v, 1 // 2)
println(v)
m = zeros(Int, 2, 2)
m[1, 2] = 3.0
println(m)
try
    v[2] = "s"
catch e
    println(sprint(showerror, e))
end

# typed globals (top level only)
total::Int = 5
total = 2.0
println(total, " ", typeof(total))
try
    global total = 2.5
catch e
    println(e)
end
global ratio::Float32
ratio = 1
println(ratio, " ", typeof(ratio))
total::Int = 7                 # the same type again is allowed
println(total)
untyped = 1
try
    global untyped::Float64
catch e
    println(sprint(showerror, e))
end
for bad in ("function f() global g::Int = 1 end", "function f() x::Int = 1; x::Int = 2 end")
    try
        eval(Meta.parse(bad))
    catch e
        println(sprint(showerror, e))
    end
end
