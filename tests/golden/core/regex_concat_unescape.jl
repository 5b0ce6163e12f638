# Regex concatenation as Julia's `*`: shared flags stay flags, others wrap their part; strings
# and chars match literally. unescape_string keeping chosen escapes.
println(r"a"i * r"b")
println(r"a"i * r"b"i)
r = r"a|b" * "c|d"
println(r, " ", match(r, "ac") === nothing, " ", match(r, "ac|d").match)
println(match(r"Hello|Good bye" * ' ' * "world", "Hello world").match)
println(r"ab"^2, " ", occursin(r"ab"^2, "xabab"), " ", occursin(r"ab"^2, "xab"))
println(*(r"x"), " ", "a" * "b", " ", 'x' * "y")
println(occursin(r"A"i * "b", "ab"), " ", occursin(r"A"i * "b", "aB"))
println(repr(unescape_string("a\\tb\\x41\\u00e9")))
println(repr(unescape_string("a\\tb\\nc", ['t'])))
println(repr(unescape_string("\\\$x \\n", "\$")))
