# A Dict{SubString{String}} is probed on its keys' bytes in place (the runtime's table): the same
# slots, order and answers as a Dict{String} of the same words, for String and SubString keys.
text = "the cat and the dog and the bird saw the cat"
words = split(text)
counts = Dict{SubString{String},Int}()
for w in words
    counts[w] = get(counts, w, 0) + 1
end
println(typeof(counts), " ", length(counts))
println(sort(collect(counts); by = first))
strcounts = Dict{String,Int}()
for w in words
    strcounts[String(w)] = get(strcounts, String(w), 0) + 1
end
# same hashes, so the same iteration order as the Dict{String}
println(String.(collect(keys(counts))) == collect(keys(strcounts)))
println(counts["the"], " ", counts[SubString("xthe", 2)], " ", haskey(counts, "cow"), " ", get(counts, "cow", -1))
println(haskey(counts, SubString("cat and", 1, 3)), " ", haskey(counts, SubString("cat and", 1, 2)))
# a key equal by bytes but from another parent string replaces the value, keeps one entry
counts[SubString("a cat", 3)] = 100
println(counts["cat"], " ", length(counts))
delete!(counts, "dog")
println(haskey(counts, "dog"), " ", length(counts))
println(get!(counts, SubString("new word", 1, 3), 7), " ", counts["new"])
# growth: many keys, each found again, from both kinds of key
big = Dict{SubString{String},Int}()
many = split(join(["k$i" for i in 1:5000], " "))
for (i, w) in enumerate(many)
    big[w] = i
end
println(length(big), " ", all(big[w] == i for (i, w) in enumerate(many)), " ", all(big["k$i"] == i for i in 1:5000))
println(sum(values(big)), " ", haskey(big, "k5001"), " ", haskey(big, "k0"))
# the empty SubString and non-ASCII keys
u = Dict{SubString{String},Int}(SubString("", 1, 0) => 0, SubString("héllo wörld", 1, 6) => 1)
println(u[""], " ", u["héllo"], " ", haskey(u, "héll"))
try
    counts["zebra"]
catch e
    println(e)
end
