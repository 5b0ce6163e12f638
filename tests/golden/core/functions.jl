# Function definitions, methods, dispatch, keywords, varargs, splatting, closures, do-blocks.
function add(a, b)
    return a + b
end
sq(x) = x * x
println(add(2, 3), " ", sq(4), " ", sq(1.5))
describe(x::Int64) = "an Int64"
describe(x::Float64) = "a Float64"
describe(x::Number) = "some number"
describe(x) = "something else"
println(describe(1), ", ", describe(2.0), ", ", describe(true), ", ", describe("s"))
combine(a::Int64, b::Int64) = "int-int"
combine(a::Int64, b) = "int-any"
combine(a, b::Int64) = "any-int"
println(combine(1, 2), " ", combine(1, "x"), " ", combine("x", 2))
greet(name; greeting = "Hello", punct = "!") = string(greeting, ", ", name, punct)
println(greet("Ann"), " ", greet("Bob"; greeting = "Hi"), " ", greet("Cy", punct = "?"))
kw = (greeting = "Yo",)
println(greet("Di"; kw...))
scale(x, factor = 2, offset = factor + 1) = x * factor + offset
println(scale(1), " ", scale(1, 10), " ", scale(1, 10, 0))
count_args(xs...) = length(xs)
println(count_args(), " ", count_args(1, 2, 3), " ", count_args([1, 2]...), " ", count_args((1, 2, 3)...))
first_and_rest(x, rest...) = (x, rest)
println(first_and_rest(1, 2, 3))
opts(; kws...) = length(kws)
println(opts(), " ", opts(a = 1, b = 2))
inc = x -> x + 1
println(inc(41), " ", map(x -> x * 2, [1, 2, 3]), " ", (() -> "thunk")())
addxy = (x, y) -> x + y
println(addxy(2, 3))
res = map([1, 2, 3]) do v
    v * 10
end
println(res)
function make_counter()
    count = 0
    () -> (count += 1)
end
c1 = make_counter()
c2 = make_counter()
c1(); c1()
println(c1(), " ", c2())
function adders()
    fs = []
    for i in 1:3
        push!(fs, x -> x + i)
    end
    fs
end
println([f(10) for f in adders()])
function outer()
    y = 1
    function inner(x)
        y += x
    end
    inner(5)
    inner(10)
    y
end
println(outer())
compose = sq ∘ inc
println(compose(3), " ", 3 |> sq)
fact(n) = n <= 1 ? 1 : n * fact(n - 1)
println(fact(20))
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
println(fib(25))
describe(x::String) = "a String"
println(describe("s"))
function early(x)
    if x > 0
        return "positive"
    end
    "non-positive"
end
println(early(1), " ", early(-1))
