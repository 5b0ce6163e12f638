# Loops long enough to be compiled on the stack (on-stack replacement), in every form that
# leaves the loop or its frame another way: break, continue, return, an exception caught
# outside, a value whose type changes mid-loop, @goto, closures and keyword arguments read
# inside, and locals read after the loop. EngineTest also runs this file with every loop
# compiled after 1,024 counted iterations (an activation's first 16,384 are not counted, so
# each loop here runs 20,000) and expects this same output (OsrLoop copies the frame in and out).
const N = 20_000

function breaks(n)
    s = 0
    for i in 1:n
        i > n - 3 && break
        iseven(i) && continue
        s += i
    end
    s
end
println("break/continue: ", breaks(N))

function returns_mid_loop(n)
    k = 0
    while true
        k += 1
        k == n && return (k, :returned)
    end
end
println("return: ", returns_mid_loop(N))

function caught_outside(n)
    count = 0
    last = 0
    try
        for i in 1:n
            count += 1
            last = i
            i == n - 5 && error("stop at $i")
        end
    catch e
        println("caught: ", e.msg, " after ", count, " iterations, last = ", last)
    end
    count + last
end
println("exception: ", caught_outside(N))

function caught_inside(n)
    failures = 0
    for i in 1:n
        try
            i % 1000 == 0 && throw(DomainError(i))
        catch
            failures += 1
        end
    end
    failures
end
println("try in loop: ", caught_inside(N))

function changes_type(n)
    x = 0
    for i in 1:n
        x = i == n ÷ 2 ? x + 0.5 : x + 1
    end
    (x, typeof(x))
end
println("type change: ", changes_type(N))

function grows_to_big(n)
    x = 1
    for i in 1:n
        x = x < 2^62 ? 2x : big(x) + i
    end
    (typeof(x), x % 1000)
end
println("Int to BigInt: ", grows_to_big(N))

function goto_loop(n)
    i = 0
    s = 0
    @label top
    i += 1
    s += i % 7
    i < n && @goto top
    s
end
println("@goto: ", goto_loop(N))

function closures(n)
    fs = Function[]
    for i in 1:n
        i % 5000 == 0 && push!(fs, () -> i)
    end
    [f() for f in fs]
end
println("closures: ", closures(N))

function captured_counter(n)
    total = 0
    add = k -> (total += k)
    for i in 1:n
        add(i % 3)
    end
    total
end
println("captured: ", captured_counter(N))

function with_keywords(n; step = 2, offset = 1)
    s = 0
    i = offset
    while i <= n
        s += i
        i += step
    end
    s
end
println("keywords: ", with_keywords(3N; step = 3))

struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s = c.n) = s <= 0 ? nothing : (s, s - 1)
function user_iterators(n)
    a = 0
    for x in Countdown(n)
        a += x
    end
    b = 0
    for (i, x) in enumerate(Countdown(n))
        b += i * x % 7
    end
    c = sum(x * x for x in Countdown(n) if isodd(x))
    (a, b, c)
end
println("iterate: ", user_iterators(N))

function collections(n)
    d = Dict(i => i * i for i in 1:n)
    s = 0
    for (k, v) in d
        s += v - k
    end
    str = repeat("aé", n ÷ 2)
    chars = 0
    for c in str
        c == 'é' && (chars += 1)
    end
    z = 0
    for (x, y) in zip(1:n, n:-1:1)
        z += x * y % 11
    end
    (s, chars, z)
end
println("collections: ", collections(N))

function nested(n)
    found = (0, 0)
    for i in 1:n
        done = false
        for j in 1:10
            if i * j == 3 * n
                found = (i, j)
                done = true
                break
            end
        end
        done && break
    end
    found
end
println("nested: ", nested(N))

function after_loop(n)
    v = Float64[]
    acc = 0.0
    i = 0
    while i < n
        i += 1
        acc += 1 / i
        i % 4000 == 0 && push!(v, round(acc, digits = 6))
    end
    (i, round(acc, digits = 6), v)
end
println("after: ", after_loop(N))

function in_task(n)
    t = Threads.@spawn begin
        s = 0
        for i in 1:n
            s += i % 13
        end
        s
    end
    fetch(t)
end
println("task: ", in_task(N))

total = 0
for i in 1:N
    global total += i % 9
end
println("top level: ", total)
