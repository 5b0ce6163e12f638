# Functions of strings applied to SubStrings (what split returns), string escapes, and arrays of
# three and more dimensions printed and displayed as Julia does; cumsum/cumprod/accumulate dims.
w = split("12 3.5 true abc hello-world  x")
println(parse(Int, w[1]), " ", parse(Float64, w[2]), " ", parse(Bool, w[3]), " ", tryparse(Int, w[4]), " ", parse(Int32, w[1]), " ", parse(BigInt, w[1]))
s = w[5]
println(count("l", s), " ", findall("o", s), " ", nextind(s, 1), " ", prevind(s, 3), " ", prevind(s, 1), " ", thisind(s, 3), " ", isvalid(s, 2), " ", repeat(s, 2))
println(isascii(s), " ", ascii(s), " ", rsplit(s, "-"), " ", rsplit("a-b-c", "-", limit = 2), " ", chopprefix(s, "he"), " ", chopsuffix(s, "ld"), " ", chopprefix(s, "x"))
u = SubString("αβγδ", 3)
println(u, " ", nextind(u, 1), " ", collect(u), " ", length(u), " ", thisind(u, 2), " ", isvalid(u, 2))
println(escape_string("a\tb\"\$\\"), " ", escape_string("q\"", "\""), " ", unescape_string("a\\tb\\x41\\u00e9\\101\\\$x\\\\"), " ", repr(unescape_string("\\n")))
try
    ascii("aé")
catch e
    println(sprint(showerror, e))
end
io = IOBuffer()
write(io, UInt8(65))
write(io, 'é')
println(String(take!(io)))
x = reshape(1:8, 2, 2, 2)
println(collect(x), " ", reshape(1:16, 2, 2, 2, 2), " ", reshape(1:4, 2, 1, 2), " ", reshape(1:4, 1, 2, 2), " ", zeros(1, 1, 1), " ", reshape(1:4, 2, 2, 1))
display(collect(x))
display(zeros(Int, 1, 2, 1, 2))
A = [1 2; 3 4]
println(cumsum(A, dims = 1), " ", cumsum(A, dims = 2), " ", cumprod(A, dims = 1), " ", cumsum([1, 2, 3], dims = 1), " ", accumulate(max, [3 1; 2 5], dims = 2), " ", cumsum(Int8[100, 100], dims = 1), " ", cumsum(x, dims = 3))
println(accumulate(+, [1 2; 3 4]), " ", accumulate(*, [1, 2, 3, 4]), " ", accumulate(+, 1:4))
for (str, i) in (("αβ", 2), ("aβ", 3), ("aβ\n", 3))
    try
        str[i]
    catch e
        println(sprint(showerror, e))
    end
end
