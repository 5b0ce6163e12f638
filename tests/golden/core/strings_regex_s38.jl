# Strings, Chars and Regex found different from Julia 1.10 in session 38: PCRE group names with
# underscores, literal braces and brackets, properties and octal escapes; ENDANCHORED endswith; empty
# matches after a match in replace; Char conversions and display; SubString checks and views.
using Printf
println(match(r"(?<first_name>\w+) (?<last>\w+)", "John Smith"))
println(replace("John Smith", r"(?<first_name>\w+) (?<last>\w+)" => s"\g<last>, \g<first_name>"))
println(match(r"(?P<a_b>x)(?P=a_b)", "xx"), " ", match(r"(?'q_1'y)\k'q_1'", "yy"), " ", match(r"(?<Zed>z)\k<Zed>", "zz")[:Zed])
println(match(r"{(\w+)}", "Hello {name}!"), match(r"a{", "a{"), match(r"x{1,", "x{1,"), match(r"a{2}", "aaa"), match(r"a{1,}", "aaa"))
println(endswith("foo.tar.gz", r"\.(tar|tar\.gz)"), endswith("abc", r"b|bc"), endswith("abc", r"b.*?"), endswith("abc", r"x"))
println(chopsuffix("foo.tar.gz", r"\.(tar|tar\.gz)"))
println(replace("axxb", r"x*" => "-"), " ", replace("abc", r"b*" => "-"), " ", replace("ab", r"a|" => "X"), " ", replace("abc", "" => "-"))
println(match(r"[[]", "["), match(r"[a[]+", "a[a"), match(r"[a&&b]+", "a&b"))
println(match(r"(\d+) [ ] (\w+)"x, "12 ab"), match(r"[#]"x, "#"))
println(match(r"\p{L&}+", "abcé1"), match(r"\p{Xan}+", "ab12_"), match(r"\p{Xwd}+", "ab12_-"), match(r"[\p{Any}]", "q"))
println(match(r"\0", "a\0b"), match(r"\101", "ZA"), match(r"(a)\1", "aa"), match(r"\x41", "A"))
println(collect(eachmatch(r"x*", "axxb")))
try; "ab" in "abc"; catch e; println(sprint(showerror, e)); end
println(SubString{String}["a"], push!(SubString{String}[], "x"))
s = "aé😀"
println(view(s, 1:2), " ", typeof(view(s, 1:2)), " ", typeof(@views s[1:2]))
println(convert(UInt8, 'a'), " ", convert(Int, 'a'), " ", Float64('a'), " ", Int32('b'), " ", UInt8('c'))
println(repr(typemax(Char)), " ", eltype(Char), " ", repr(typemin(Char)))
for c in (Char(0xd800), Char(0x110000), reinterpret(Char, 0xc0800000), reinterpret(Char, 0xff000000), 'a', 'é')
    show(stdout, MIME"text/plain"(), c); println()
end
println(try Bool('a') catch e; sprint(showerror, e) end)
println(parse(Float64, "0x1.8"), " ", parse(Float32, "0x1p-2"), " ", tryparse(Float64, "0x"), " ", 0x1.8p0)
io = IOBuffer(); replace(io, "abc", "b" => "X"); println(String(take!(io)))
try; Printf.Format(""); catch e; println(sprint(showerror, e)); end
println(Printf.format(Printf.format"%d-%s", 3, "x"))
println(typeof(@views "héllo"[1:4]))
