# Bytes that are not UTF-8 form malformed Chars by Julia's rule: a lead byte takes the
# continuation bytes after it (as many as its length allows), any other byte is a Char alone.
s = "a\xe2\x82b"
println(length(s), " ", ncodeunits(s), " ", collect(s))
println(repr(s[2]), " ", isvalid(s[2]), " ", Base.ismalformed(s[2]), " ", nextind(s, 2), " ", isvalid(s, 3))
t = "\x80\x80z"
println(length(t), " ", collect(t), " ", isvalid(t, 2), " ", thisind(t, 2))
c = '\xe2\x82'
println(repr(c), " ", c == s[2], " ", codeunits(string(c, 'b')), " ", string(c) * "b" == s[2:end])
println(sort(['z', '\xff', 'a', 'é']))
println(String(collect(s)) == s, " ", repr(reverse(s)), " ", codeunits(reverse("\xc3\xa9\xff")))
try
    codepoint(c)
catch e
    println(e isa Base.InvalidCharError)
end
println(isascii('\xff'), " ", Base.ismalformed('\xc0\x80'), " ", isvalid('\xc0\x80'), " ", Base.ismalformed('\xff'))
println(hash('\xe2\x82') == hash(s[2]), " ", length("\xf0\x9f\x98"), " ", collect("\xf0\x9f\x98!"))
println(codeunits(uppercase("a\xffb")), " ", codeunits(string('\xff')), " ", repr("\xe2\x82\xac\xe2\x82"))
