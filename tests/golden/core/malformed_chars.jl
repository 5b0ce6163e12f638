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

# Char(u) for any u < 0x200000 (surrogates, beyond U+10FFFF) encodes UTF-8-style, as Julia's
for c in (Char(0xd800), Char(0xdfff), Char(0x110000), Char(0x1fffff))
    str = string(c)
    println(repr(c), " ", codeunits(str), " ", isvalid(c), " ", length(str), " ", str[1] == c, " ", repr(str))
end
println(collect("a\xed\xa0\x80b"), " ", "\xed\xa0\x80" == string(Char(0xd800)))
io = IOBuffer(); print(io, Char(0xd800), '\xff'); println(take!(io))
println(Char(65.0), Char(Int8(66)), Char(UInt16(0x43)))
for x in (0x200000, -1, 2^40, 0.5)
    try Char(x) catch e; println(sprint(showerror, e)) end
end
