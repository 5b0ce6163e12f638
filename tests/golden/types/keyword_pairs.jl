# key => value pairs among a call's keywords (and in named tuple syntax), as Julia's lowering merges them
f(; kw...) = kw
println(f(; :a => 1))
k = :x
println(f(; k => 1, :y => 2.5))
g(; a = 0, b = 0) = (a, b)
println(g(; :b => 3), " ", g(; (:a => 1), b = 2))
println((; :a => 1, :b => "s"))
