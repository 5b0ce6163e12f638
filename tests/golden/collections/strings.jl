# Strings: searching, splitting, trimming, padding, parsing.
s = "Hello, World"
println(uppercase(s), " ", lowercase(s), " ", length(s), " ", s[1:5], " ", s[end])
println(split("a,b,,c", ","), " ", split("  a  b "), " ", split("a,b,c", ",", limit = 2))
println(join(["x", "y", "z"], "-"), " ", join([1, 2, 3], ", ", " and "), " ", repeat("ab", 2))
println(strip("  pad  "), "|", lstrip("  pad"), "|", rstrip("pad  "), "|", strip("xxaxx", 'x'), "|")
println(startswith(s, "Hell"), " ", endswith(s, "ld"), " ", occursin("lo, W", s), " ", occursin('z', s))
println(findfirst("o", s), " ", findlast('o', s), " ", findnext('o', s, 6), " ", findfirst(isuppercase, s))
println(replace("one two two", "two" => "2"), " ", replace("aaa", "a" => "b", count = 2), " ", reverse("abc"))
println(lpad("7", 3, '0'), " ", rpad("ab", 5, "-="), "|", lpad(12, 5), "|", chop("hello"), " ", chomp("line\n"))
println(parse(Int, "-42"), " ", parse(Float64, "1e3"), " ", tryparse(Int, "x"), " ", parse(Int, "ff", base = 16))
println(string(10, base = 2), " ", string(7, pad = 3), " ", titlecase("hello big world"), " ", uppercasefirst("julia"))
t = "aβc"
println(length(t), " ", ncodeunits(t), " ", collect(t), " ", nextind(t, 2), " ", prevind(t, 4), " ", isvalid(t, 3))
try
    t[3]
catch e
    println(typeof(e))
end
sub = split("key=value", "=")[2]
println(sub, " ", typeof(sub), " ", sub == "value", " ", length(sub), " ", uppercase(sub))
println(isdigit('5'), " ", isletter('x'), " ", isspace(' '), " ", 'a' < 'b', " ", 'c' - 'a', " ", 'a' + 2)
println(first("abc", 2), " ", last("abc", 2), " ", "ab" < "b", " ", cmp("a", "b"), " ", "x" ^ 3)
println(isvalid(String(UInt8[0xff])), " ", isvalid(String(UInt8[0xed, 0xa0, 0x80])), " ", isvalid(String(UInt8[0xc0, 0x80])), " ", isvalid("héllo😀"), " ", isvalid(SubString("abc", 1, 2)), " ", isvalid("abc", 2))
# repeat copies bytes: one byte, several, multi-byte characters, zero times, a SubString, a Char
println(repeat("-", 5), " ", repeat("ab", 3), " ", repeat("é", 2), " [", repeat("xy", 0), "] ",
        repeat(SubString("hello", 2, 3), 2), " ", repeat('z', 3), " ", "na"^4, " ", ncodeunits(repeat("abc", 1000)))
try
    repeat("ab", -2)
catch e
    println(e)
end
# string(xs...) of Strings and Ints is built in compiled code: signs, zero, the extremes, UTF-8
for k in (0, 7, -7, 10, -10, 123456789, typemax(Int), typemin(Int))
    print("[$k]", string("é", k, ""), " ")
end
println(string(), "|", string("a", 1, 'c', 2.5, :s), "|", "$(1)$(-2)$(30)")
