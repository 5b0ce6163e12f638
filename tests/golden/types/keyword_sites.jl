# Keyword calls from several call sites to one method: each site passes its names in its own
# order (a method caches where each of its keywords is per site's names), and a site passing an
# unknown keyword is still rejected after other sites were accepted.
area(; width = 1, height = 2, scale = 1) = width * height * scale
function many(n)
    s = 0
    for i in 1:n
        s += area(width = i)
        s += area(height = i, width = 2)
        s += area(scale = 2, width = 1, height = i)
        s += area()
    end
    s
end
println(many(1000))
println((a = 1, b = "x"), " ", (; a = 1, b = 2).b)
kws = (height = 10,)
println(area(; kws...), " ", area(; width = 3, kws...), " ", area(; kws..., height = 5))
for bad in (() -> area(depth = 1), () -> area(width = 1, depth = 2))
    try
        bad()
    catch e
        println(first(split(sprint(showerror, e), "\n")))
    end
end
println(area(width = 2, height = 3))
