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
