# The REPL's display of a named function's type says what it is (Julia's show of a Type as
# text/plain); anonymous functions, Colon and other types show as themselves
h = x -> 2x
display(typeof(sum))
display(typeof(+))
display(typeof(h) == typeof(h))
display(typeof(:))
display(Int)
println(repr(MIME"text/plain"(), typeof(println)))
show(IOContext(stdout, :compact => true), MIME"text/plain"(), typeof(sum)); println()
println([typeof(sum)])
