# A SubString's characters and indices are its own (read in the parent string, no copy).
w = split("héllo wörld ab")[2]
println(w, " ", typeof(w), " ", collect(w), " ", w[1], " ", w[2], " ", w[4], " ", length(w), " ", [c for c in w])
for (i, label) in ((3, "inside a character"), (20, "past the end"), (0, "before the start"))
    try
        w[i]
    catch e
        println(label, ": ", sprint(showerror, e))
    end
end
println(w[2:4], " ", typeof(w[2:4]), " ", first(w), " ", last(w), " ", reverse(w))
for c in SubString("abc", 2, 1)
    println("never: ", c)
end
n = 0
for c in SubString("xyz-stop-more", 2)
    c == '-' && continue
    c == 'p' && break
    global n += 1
end
println(n)
m = SubString("a\xe2\x82b\xffc", 2)
println(collect(m), " ", length(m), " ", repr(m))
function count_vowels(words)
    k = 0
    for word in words, c in word
        k += c in "aeiouö"
    end
    k
end
println(count_vowels(split("héllo wörld, these are words ")))
println("ab" * SubString("xcdx", 2, 3), " ", SubString("ab", 1, 1) == "a", " ", codeunit(SubString("abc", 2), 1))
# length counted in the parent's bytes: ASCII, multi-byte, empty, and a slice of a longer string
println(length(SubString("hello world", 7)), " ", length(SubString("héllo wörld", 2, 8)), " ",
        length(SubString("abc", 2, 1)), " ", sum(length, split("ab cdé fgh ij")))
