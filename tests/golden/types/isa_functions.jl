# `isa` with Function, unions and tuple types: answered per type (or tuple shape) of the value, for functions,
# closures and the other kinds of value a loop may meet.
struct CallMe end
(c::CallMe)(x) = x + 1
make_adder(k) = x -> x + k
values_seen = (1, 'a', 2.0, isspace, make_adder(1), make_adder(2), +, Int, CallMe(), "s", [1], (1, 2), nothing)
for v in values_seen
    println(rpad(repr(v isa Function ? typeof(v) <: Function : v), 12), v isa Function, " ", v isa Union{Char, Function}, " ",
            v isa Union{Function, Nothing}, " ", v isa Base.Callable)
end
function count_kinds(vs, n)
    f = 0
    u = 0
    for i in 1:n
        v = vs[i % length(vs) + 1]
        v isa Function && (f += 1)
        v isa Union{Char, Function} && (u += 1)
    end
    (f, u)
end
println(count_kinds(values_seen, 13_000), " ", count_kinds(values_seen, 1_300_000))

# tuples: answered per shape (their elements' classes and types), not by computing their type
tuples = ((1, 2), (1, 2.0), (a = 1,), (1, (2, 3)), 1, "x", (a = 1, b = 'c'))
for v in tuples
    println(rpad(repr(v), 20), v isa Tuple, " ", v isa Tuple{Int, Int}, " ", v isa Tuple{Int, Real}, " ", v isa NamedTuple, " ",
            v isa Tuple{Int, Tuple{Int, Int}}, " ", v isa Union{Tuple, Int}, " ", v isa NamedTuple{(:a,)})
end
function count_tuples(vs, n)
    a = 0
    b = 0
    for i in 1:n
        v = vs[i % length(vs) + 1]
        v isa Tuple && (a += 1)
        v isa Tuple{Int, Int} && (b += 1)
    end
    (a, b)
end
println(count_tuples(tuples, 7_000), " ", count_tuples(tuples, 700_000))
