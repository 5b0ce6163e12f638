# Base._return_type (what an empty comprehension's element type comes from) must contain the type
# of every value the call can return: checked over many Base functions and argument types.
struct Pt
    x::Int
    y::Float64
end
function thrice(x)
    s = zero(x)
    for i in 1:3
        s += x
    end
    s
end
function reassigned(x)
    y = x
    y = "s"
    y
end
function guarded_sqrt(x)
    try
        sqrt(x)
    catch
        0
    end
end
scale(x; by = 2) = x * by
# loops with break, continue, return and try inside; a loop whose local keeps changing type
function collatz_steps(n)
    steps = 0
    x = n
    while true
        x == 1 && break
        x = iseven(x) ? x ÷ 2 : 3x + 1
        steps += 1
        steps > 100 && return "long"
    end
    steps
end
function first_odd_index(x)
    for (i, y) in enumerate((x, x + 1, 2x))
        isodd(y) && return i
    end
    nothing
end
function try_loop(x)
    acc = x
    for i in 1:3
        try
            acc = i == 2 ? error("e") : acc + i
        catch
            acc = "caught"
            continue
        end
        acc = acc isa String ? length(acc) : acc
    end
    acc
end
function nesting_loop(x)
    r = x
    for i in 1:4
        iseven(i) && continue
        r = (r, i)
    end
    r
end
# conditions narrow a local
function narrowed(x)
    y = x isa Number && x > 1 ? x : nothing
    y === nothing && return 0
    y + 1
end
function reassigned_in_branch(x)
    y = x isa Number ? x : nothing
    if y !== nothing
        y = "changed"
        return y
    end
    y
end
function loop_reassign(x)
    y = x
    while y isa Number
        y = string(y)
    end
    y
end
fact(n) = n <= 1 ? 1 : n * fact(n - 1)
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
until_above_five(n) = n > 5 ? "s" : until_above_five(n + 1)
samples = Any[Int8(3), Int16(-4), Int32(5), 7, -2, 0, UInt8(9), UInt16(10), UInt32(12), UInt64(11), Int128(13), UInt128(14),
              Float16(1.5), 2.5f0, 3.25, -0.5, true, false, 'x', "ab", big(3), 2//3, 1 + 2im, 1.5 + 0.5im, [1, 2], [1.0],
              (1, "a"), 1:3, 2:2:8, nothing, :s, Pt(1, 2.0), 1 => "a", Int8[1, 2]]
unary = Any[-, abs, sqrt, string, float, Int, Float64, round, floor, isodd, iseven, one, zero, typeof, length, first, last,
            iszero, isnan, inv, sign, x -> x + 1, x -> 2x, x -> x / 2, x -> x^2, x -> x^3, x -> x^-1, x -> (x, x),
            x -> x > 1 ? x : nothing, x -> x == 0 ? error("zero") : x, x -> x.x, x -> x[1], x -> x => x, identity,
            thrice, reassigned, collatz_steps, first_odd_index, try_loop, nesting_loop, narrowed, reassigned_in_branch, loop_reassign, fact, fib, until_above_five, guarded_sqrt, scale, x -> scale(x; by = 1.5), x -> round(x, digits = 2),
            x -> sum([x, x]; init = 0), x -> string(x; base = 2), x -> x === nothing, x -> x isa Number, uppercase, reverse, sum, Float32,
            x -> x isa Integer ? x : 0.0, x -> Int8(x), x -> convert(Float64, x), x -> round(Int, x), x -> x % 3, x -> div(x, 2)]
binary = Any[+, -, *, /, ^, ==, <, <=, div, rem, mod, min, max, =>, (a, b) -> (a, b), (a, b) -> a > b ? a : b, isequal, ===]
checked = 0
unsound = 0
precise = 0   # inferred as a concrete type: the check is not passed by answering Any
function check(f, args...)
    y = try
        f(args...)
    catch
        return 0
    end
    T = Base._return_type(f, map(typeof, args)...)
    isconcretetype(T) && (global precise += 1)
    if !(typeof(y) <: T)
        global unsound += 1
        println("unsound: ", f, " ", map(typeof, args), " inferred ", T, " got ", typeof(y))
    end
    1
end
for f in unary, x in samples
    global checked += check(f, x)
end
for f in binary, x in samples, y in samples
    global checked += check(f, x, y)
end
println(checked, " calls checked, ", unsound, " unsound, ", precise, " inferred as a concrete type")
