# if/elseif/else, loops, break/continue, short-circuit, ternary, begin, let.
function classify(n)
    if n < 0
        "negative"
    elseif n == 0
        "zero"
    else
        "positive"
    end
end
println(classify(-5), " ", classify(0), " ", classify(7))
total = 0
for i in 1:10
    i % 2 == 0 && continue
    i > 7 && break
    global total += i
end
println(total)
n = 0
while true
    global n += 1
    n >= 5 && break
end
println(n)
println(3 > 2 ? "big" : "small", " ", false || (1 < 2), " ", true && false)
s = 0
for x in 10:-3:1
    global s += x
end
println(s)
for i in 1:2, j in 1:3
    j == 2 && continue
    print((i, j), " ")
end
println()
for i in 1:3, j in 1:3
    i * j == 4 && break
    print(i * j, " ")
end
println()
for (a, b) in [(1, 2), (3, 4)]
    print(a + b, " ")
end
println()
for c in "héllo"
    print(c, '.')
end
println()
for x in (1, "two", 3.0)
    print(x, ";")
end
println()
z = begin
    q = 10
    q + 1
end
println(z)
y = let a = 2, b = a + 1
    a * b
end
println(y)
k = 3
r = if k > 2
    "yes"
end
println(r, " ", (if k > 5; "no"; end) === nothing)
function sumto(n)
    acc = 0
    i = 1
    while i <= n
        acc += i
        i += 1
    end
    acc
end
println(sumto(100))
function firstbig(xs)
    for x in xs
        x > 2 && return x
    end
    return nothing
end
println(firstbig([1, 5, 3]), " ", firstbig([1, 2]) === nothing)
