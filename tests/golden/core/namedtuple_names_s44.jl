# A named tuple whose field name is no identifier shows it as var"..." (Julia 1.10's
# show(::IO, ::NamedTuple) writes names through show_sym) (session 44)
nt = NamedTuple{(Symbol("a b"), :c)}((1, 2))
println(nt)
show(stdout, NamedTuple{(Symbol("x\"y"),)}(("s",))); println()
println((; Symbol("1st") => 1.5, :ok => true))
println((a = 1, b = "x"), " ", (; :+ => 1), " ", NamedTuple())
println(repr((var"my field" = [1, 2],)))
