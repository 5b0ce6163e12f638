# Regular expressions: r"..." literals, match, eachmatch, replace with s"...", split, findall.
r = r"(\d+)-(\d+)"
println(r, " ", typeof(r), " ", r isa AbstractPattern)
m = match(r, "tel 12-345 ok")
println(m)
println(m.match, " ", m.captures, " ", m.offset, " ", m.offsets, " ", m[1], " ", m[2])
println(match(r"x", "abc") === nothing, " ", occursin(r"^a.c$", "abc"), " ", occursin(r"B"i, "abc"))
n = match(r"(?<year>\d{4})-(?<month>\d\d)", "on 2024-05-17")
println(n, " ", n[:year], " ", n["month"], " ", keys(n))
println([m.match for m in eachmatch(r"\w+", "the quick  brown")])
println(collect(eachmatch(r"a.", "aaaa"; overlap = true)))
println(findfirst(r"o+", "foo boo"), " ", findnext(r"o+", "foo boo", 4), " ", findall(r"o", "foo boo"), " ", count(r"o", "foo boo"))
println(replace("a1b22c333", r"\d+" => "#"), " ", replace("John Smith", r"(\w+) (\w+)" => s"\2, \1"), " ", replace("abc", r"b" => uppercase))
println(split("a1b22c333d", r"\d+"), " ", split("a, b,c", r",\s*"))
println(startswith("hello", r"he+"), " ", endswith("hello", r"l+o"), " ", startswith("hello", r"el"))
println(match(r"é(.)", "café crème").captures, " ", match(r"(è)", "café crème").offset)
println(match(r"(a)|(b)", "b"))
println(raw"a\d\n", " ", length(raw"\\"))
for (i, cap) in enumerate(match(r"(\w)(\w)", "xy"))
    print(i, cap, " ")
end
println()
try
    Regex("(")
catch e
    showerror(stdout, e); println()
end
println(Regex("a+", "i"), " ", occursin(Regex("A+", "i"), "xaay"))
# compiled once per literal, usable in loops
words = ["apple", "Banana", "cherry", "date"]
println(filter(w -> occursin(r"^[a-c]"i, w), words))
println(replace("2024-05-17", r"(\d+)-(\d+)-(\d+)" => s"\3.\2.\1"), " ", replace("aaa", r"a" => "b"; count = 2))
println(replace("x=1, y=22", r"(?<k>\w)=(?<v>\d+)" => s"\g<v>:\g<k>"), " ", replace("a.b", r"\." => s"\\"))
println(match(r"(\d+)", "abc 42 def", 6), " ", match(r"\d", "a1b2", 3).offset)
println([2:2, 3:4], " ", typeof(r"a"), " ", r"a" == r"a", " ", r"a" == r"a"i)
