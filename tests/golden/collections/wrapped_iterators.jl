# Generators, filters and enumerations around a user-defined iterator: a for loop (and the
# reductions and collect, through Iterators.rest) calls iterate on the inner iterator and applies
# the wrappers itself (docs/internals.md). Values, order, counts, skips and errors as through
# the wrappers' own iterate.
struct Countdown
    n::Int
end
Base.iterate(c::Countdown, s = c.n) = s <= 0 ? nothing : (s, s - 1)
Base.length(c::Countdown) = c.n
struct Words
    s::String
end
function Base.iterate(w::Words, i = 1)
    i > ncodeunits(w.s) && return nothing
    j = something(findnext(' ', w.s, i), ncodeunits(w.s) + 1)
    (SubString(w.s, i, j - 1), j + 1)
end
Base.IteratorSize(::Type{Words}) = Base.SizeUnknown()

function show_loop(itr)
    out = []
    for x in itr
        push!(out, x)
    end
    println(out)
end
show_loop(x^2 for x in Countdown(4))
show_loop(Iterators.filter(isodd, Countdown(7)))
show_loop(enumerate(Countdown(3)))
show_loop((i, uppercase(w)) for (i, w) in enumerate(Words("ab cd ef")))
show_loop(enumerate(x for x in Countdown(6) if iseven(x)))
show_loop(x + 1 for x in Iterators.filter(x -> x > 2, Countdown(5)))
show_loop(Iterators.filter(t -> isodd(t[1]), enumerate(Words("a b c d"))))
show_loop(length(w) for w in Words("one three fifteen"))
show_loop(x for x in Countdown(0))

# reductions and collect go on from the first element (Iterators.rest around the wrappers)
println(sum(x^2 for x in Countdown(4)), " ", sum(Iterators.filter(iseven, Countdown(9))), " ", maximum(length(w) for w in Words("a bbb cc")))
println([x / 2 for x in Countdown(3)], " ", [w for w in Words("x yy") if length(w) > 1], " ", collect(Iterators.rest((x * 10 for x in Countdown(5)), 3)))
println(collect(Iterators.filter(iseven, Countdown(6))), " ", typeof([length(w) for w in Words("ab c")]), " ", count(w -> length(w) == 1, Words("a bb c")))

# break, continue, and one loop seeing wrapped and plain iterables of several shapes
function mixed(itrs)
    total = 0
    for itr in itrs
        for x in itr
            x == 3 && continue
            x > 50 && break
            total += x
        end
    end
    total
end
println(mixed([Countdown(5), (2x for x in Countdown(4)), Iterators.filter(isodd, Countdown(9)), enumerate(Countdown(2)) |> e -> (i * x for (i, x) in e), Countdown(100)]))

# a predicate that does not return a Bool
try
    for x in Iterators.filter(x -> x, Countdown(2))
        println(x)
    end
catch e
    println(typeof(e), ": ", sprint(showerror, e))
end

# hot: compiled, the same answers
function hot()
    t = 0
    for k in 1:3000
        for (i, x) in enumerate(Countdown(k % 9))
            t += i * x
        end
        t += sum(x^2 for x in Countdown(k % 5 + 1)) + length([x for x in Countdown(k % 4) if isodd(x)])
    end
    t
end
println(hot())
