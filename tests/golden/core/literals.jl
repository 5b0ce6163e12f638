# Literal values and their types.
println(1, " ", typeof(1))
println(1_000_000)
println(9223372036854775807, " ", typeof(9223372036854775807))
println(typeof(9223372036854775808))
println(1.5, " ", typeof(1.5))
println(1e3, " ", 2.5e-3, " ", 1.0e6, " ", 100000.0, " ", 0.0001, " ", 1.0e-5)
println(.5, " ", 1., " ", -0.0)
println(typeof(1f0), " ", typeof(0x1), " ", typeof(0x123), " ", typeof(0x12345), " ", typeof(0x0001))
println(typeof(0b101), " ", typeof(0o17))
println(true, " ", false, " ", typeof(true))
println('a', " ", typeof('a'), " ", '\n' == '\n')
println("tab\there", " ", "quote\"", " ", "dollar\$")
println(repr("a\nb"), " ", repr('x'), " ", repr(:sym))
println(nothing === nothing, " ", typeof(nothing))
println(:abc, " ", typeof(:abc))
x = 7
println("x is $x and twice is $(2x)")
println("""
    triple
      quoted
    """)
println(2x + 3(x - 1))
