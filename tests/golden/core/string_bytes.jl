# String literals with bytes that are not UTF-8 (\x and octal escapes): the bytes themselves, as
# Julia keeps them; valid sequences written as escapes are their characters.
s = "\xff\xfe"
println(length(s), " ", ncodeunits(s), " ", codeunits(s), " ", isvalid(s))
println("\xc3\xa9" == "é", " ", "\303\251" == "é", " ", ncodeunits("\377"), " ", codeunits("a\x80\x41"))
t = "a\xffb"
println(length(t), " ", collect(t), " ", repr(t[2]), " ", isvalid(t[2]), " ", isvalid('a'))
show("\xffab\xe2\x88"); println()
println(repr("x\x80"), " ", repr("é\$\"\n"), " ", codeunits(string('a', "\xff")), " ", codeunits(t[2] * "z"))
io = IOBuffer()
print(io, "\xff", t[2], 'é')
println(codeunits(String(take!(io))))
println(sizeof("\xff" * "\xfe"), " ", "\xff" == "\xff", " ", "\xff" < "\xfe", " ", hash("\xff") == hash(String([0xff])), " ", String([0xff]) == "\xff")
println(repr(String(UInt8[0x61, 0xff, 0x62])), " ", escape_string("\x01\xff"))
