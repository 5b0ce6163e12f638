# text/plain displays of enum types, IdDicts and the pairs of named tuples (keyword arguments) and arrays
@enum Color red green blue
display(Color)
show(stdout, MIME"text/plain"(), red); println()
d = IdDict{Any,Int}(1 => 2)
display(d)
println(d)
p = pairs((a=1, b=2))
display(p)
println(p)
display(pairs([10, 20]))
f(; kw...) = (display(kw); println(kw))
f(x = 1, y = "s")
