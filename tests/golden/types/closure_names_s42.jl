# Names of anonymous functions and closures as Julia 1.10's lowering makes them from the
# module's counter: an anonymous function is #N when expanded, its closure type #N#M when
# the statement is closure-converted; do blocks and generators count as anonymous functions,
# a function with keywords takes a number for its body, a local function's type is #name#M.
f = x -> x + 1
println(typeof(f))
println(f, " ", string(f), " ", nameof(f), " ", nameof(typeof(f)))
show(f); println()
show(stdout, MIME"text/plain"(), f); println()
println(Base.typename(typeof(f)))

g(v) = map(x -> x * 2, v)                  # #3, type #3#4
h(v) = map(v) do x                         # #5; the inner lambda #6; types #7, #8
    typeof(y -> y)
end
println(g([1, 2]), " ", h([1]))

squares = [i^2 for i in 1:3]               # a comprehension's generator: #9, #9#10
kw(; k = 1) = k                            # its keyword body: #11
println(typeof(z -> z))                    # #12, #12#13

function outer()
    inner(x) = x + 1
    inner
end
i = outer()
println(typeof(i))
println(i)
show(i); println()
show(stdout, MIME"text/plain"(), i); println()

shown(x) = replace(sprint(show, x), string(@__DIR__, "/") => "")   # (the test's folder cut from paths)
println(shown(methods(f)))
println(shown(methods(i)))

module Sub
    const anon = x -> x
end
println(typeof(Sub.anon), " ", Sub.anon)
