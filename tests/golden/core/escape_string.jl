# escape_string as Julia's: the quote escaped by default in the string form (not in the IO form),
# `esc` and `keep`, \0 written \x00 before an octal digit, non-printable Unicode (format
# characters, separators, private use) as \u escapes, in full before a hex digit; a Char is a
# collection of itself (`c in '\n'`); repr and show escape what isprint rejects
println(escape_string("a\tb\"c\$d\\e"), " ", escape_string("x", "x"), " ", escape_string("q\"", ""))
println(escape_string("aaa\nbbb"), " ", escape_string("aaa\nbbb"; keep = '\n'))
println(escape_string("\xfe\xff"), " ", escape_string(string('\u2135', '\0')), " ", escape_string(string('\u2135', '\0', '0')))
println(escape_string("\x01\x7f\u200b1\U1F600"), " ", escape_string("\u200bz"), " ", escape_string("é\u0300a"))
io = IOBuffer(); escape_string(io, "q\"\n"); println(String(take!(io)))
println('a' in 'a', " ", 'a' in 'b', " ", length('x'))
println(isprint('\u200b'), " ", isprint('\u2028'), " ", isprint('\u00ad'), " ", isprint('\ue000'), " ", isprint('a'), " ", isprint('😀'), " ", isprint(' '))
println(repr("a\u200bb"), " ", repr("\u85x"), " ", repr('\u200b'), " ", repr('\u85'), " ", repr("\ue000"), " ", repr("é😀"))
