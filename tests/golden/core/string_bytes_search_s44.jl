# String(v) of a byte vector takes its bytes (v is left empty); searching a string for a string
v = UInt8['h' % UInt8, 'é' % UInt8, 0x6c]
println(v, " ", 'a' % Int8, " ", '\u3b1' % UInt8)
v = Vector{UInt8}("héllo")
s = String(v)
println(repr(s), " ", length(v), " ", isempty(v))
w = copy(codeunits("abc"))
println(String(w), " ", length(w))
io = IOBuffer()
for i in 1:5
    print(io, i, ",")
end
println(String(take!(io)), " ", position(io))
r = reinterpret(UInt8, [0x6968])     # a vector whose store is not a byte array
println(String(collect(r)))
println(findnext("ab", "xxabab", 1), " ", findnext("ab", "xxabab", 4), " ", findnext("ab", "xxabab", 6))
println(findnext("", "abc", 2), " ", findnext("", "abc", 4), " ", findfirst("abc", "ab"))
println(findfirst("é", "aéé"), " ", findnext("é", "aéé", 3), " ", findlast("é", "aéé"))
println(findnext("aab", "aaaab", 1), " ", occursin("ll", "hello"), " ", occursin("", ""))
println(split("a--b----c--", "--"), " ", split("x", "--"), " ", split("", ","))
println(split("1,2,,3", ","; keepempty = false), " ", split("a b  c", " "; limit = 2))
println(replace("a.b.c", "." => "::"), " ", count("aa", "aaaa"), " ", startswith("hello", "he"))
println(uppercase("abcXYZ09_é"), " ", lowercase("ABC xyz[@`{"), " ", uppercase("straße"), " ", repr(lowercase("")), " ", uppercase(SubString("hello", 2, 4)), " ", lowercase("ÀB"))
