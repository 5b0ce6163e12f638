# character ranges, substring search (findall, count), code units
r = 'a':'e'
println(r, " ", collect(r), " ", String(collect(r)), " ", length(r), " ", 'c' in r, " ", r[2], " ", [c for c in 'x':'z'], " ", codeunits("ab"), " ", Vector{UInt8}("hi"), " ", join('a':'c'))
for c in 'a':'c'; print(uppercase(c)); end; println()
println(count("l", "Hello"), " ", findall("o", "Hello, World"), " ", findall("aa", "aaaa"), " ", findall("aa", "aaaa"; overlap = true), " ", count(r"\d", "a1b22"), " ", findall(r"\d+", "a1b22"), " ", count("x", ""))
# positions of characters are code unit indices (é takes two)
println(findall(Char(0x6c), "héllo"), " ", findall(isletter, "a1b"), " ", findall(Char(0x6f), "Hello, World"), " ", collect(pairs("hé")), " ", findfirst(isequal(Char(0x6c)), "héllo"))
s = "aé∀b"
println(filter(isascii, s), " ", s[2:4], " ", s[1:2])
try s[3:end] catch e; println(sprint(showerror, e)) end
try s[1:3] catch e; println(sprint(showerror, e)) end
# split as Julia's _split: an empty match where a piece starts is skipped (split("abc", "")), multibyte pieces and delimiters
println(split("abc", ""), " ", split("a,b,,c", ","), " ", split("a,b,,c", ","; keepempty=false), " ", split("aébéc", "é"), " ", split("x  y", " "), " ", split("  a b  "))
println(split("a1b22c", r"\d+"), " ", split("abc", r""), " ", split("a,b,c", ","; limit=2), " ", split("", ","), " ", split(",a,", ","), " ", split("aXbXc", ('X', 'Y')), " ", split("héllo", isequal('l')))
println(split("aébéc", "éb"), " ", split("a--b", "--"), " ", split("abc", "abc"), " ", replace("aébéc", "é" => "E"), " ", split("a b", ' '; limit = 5))
println(split("éx", "x"), " ", split("aé,b", ","), " ", length(split("aé,b", ",")[1]), " ", split("€1€2", "1"), " ", rsplit("a,b,c", ","; limit = 2))
# uppercase/lowercase map each character (ß stays one), transcode between UTF-8, UTF-16 and String
println(uppercase("straße"), " ", lowercase("İSTANBUL"), " ", uppercase("ﬁne"), " ", lowercase("ÀÉÎ"), " ", uppercase('ß'), " ", titlecase("straße"), " ", uppercasefirst("ßa"), " ", length(lowercase("İ")))
println(transcode(UInt8, "hé"), " ", transcode(UInt16, "a😀"), " ", transcode(String, UInt16[0x0061, 0xd83d, 0xde00]), " ", transcode(String, UInt8[0x68, 0x69]), " ", transcode(UInt16, UInt8[0xc3, 0xa9]))
