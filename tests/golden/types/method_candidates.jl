# MethodError candidate lists as Julia 1.10 prints them: !Matched parameters, ranking by matching arguments, at most three.
struct Point{T}
    x::T
    y::T
end
f(x::Float64, y::Float64) = 2x + y
f(x::Number, y::String) = 1
g(x::Int, ys::String...) = 1
h(x; a = 1, b = 2) = x
# this file's path differs per checkout
report(e) = println(replace(sprint(showerror, e), (@__FILE__) => "FILE"))
try Point(1, 2.5) catch e; report(e) end
try f(2.0, 3) catch e; report(e) end
try f("2.0", "3.0") catch e; report(e) end
try g(1, 2) catch e; report(e) end
try g("a") catch e; report(e) end
try h() catch e; report(e) end
# five candidates: the three with the most matching arguments, then "..."
many(a::Int, b::Int, c::String) = 1
many(a::Int, b::String, c::String) = 2
many(a::String, b::Int, c::Int) = 3
many(a::Int, bs::Float64...) = 4
many(a::Float64, b::Int, c::Int) = 5
try many(1, 2, 3) catch e; report(e) end
try f(1) catch e; report(e) end
# parameters past the arguments: each "!Matched", a vararg too unless it comes right after them
threeplus(a, b, c, xs...) = 1
try threeplus(1) catch e; report(e) end
twoplus(a::Int, xs::Int...) = 1
try twoplus() catch e; report(e) end
