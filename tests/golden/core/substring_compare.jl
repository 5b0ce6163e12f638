# Strings and SubStrings compared, hashed and searched at their ends without copying
s = "hello world"
a = SubString(s, 1, 5)
b = SubString(s, 7, 11)
println(a == "hello", " ", "hello" == a, " ", a == b, " ", b == "world", " ", a == "hell", " ", a == "hello!")
println(a == SubString("xhello", 2, 6), " ", isequal(a, "hello"), " ", isequal("world", b), " ", a != "hello")
println(hash(a) == hash("hello"), " ", hash(b, UInt(7)) == hash("world", UInt(7)), " ", hash(SubString(s, 3, 2)) == hash(""))
println(hash(SubString("ab" ^ 20, 3, 40)) == hash("ab" ^ 19))   # longer than a hash block
println(startswith(s, "hell"), " ", startswith(s, "world"), " ", startswith(a, "he"), " ", startswith("he", a))
println(startswith(s, ""), " ", startswith("", "a"), " ", startswith(b, SubString("wxyz", 1, 1)))
println(endswith(s, "world"), " ", endswith(s, "hello"), " ", endswith(b, "ld"), " ", endswith(a, "ld"))
println(endswith(s, ""), " ", endswith("d", "world"), " ", endswith(a, SubString(s, 4, 5)))
println(startswith("héllo", "hé"), " ", endswith("naïve", "ïve"), " ", "ï" == SubString("naïve", 3, 3))
# split words as keys of a Dict{String}
counts = Dict{String,Int}()
for w in split("the cat and the hat and the bat")
    counts[w] = get(counts, w, 0) + 1
end
println(sort(collect(counts)))
println(haskey(counts, SubString("xthe", 2, 4)), " ", counts[SubString("hats", 1, 3)], " ", typeof(first(keys(counts))))
# length and prevind by characters
println(length("héllo"), " ", length("abc"), " ", length(""), " ", length("a\xffb"), " ", length("日本語"))
println(prevind("héllo", 4), " ", prevind("abc", 1), " ", prevind("abc", 4), " ", prevind("日本", 7), " ", prevind("日本", 4))
try
    prevind("abc", 5)
catch e
    println(typeof(e))
end
