# Dict lookups compiled into the caller (Int64, String, Char, Symbol keys): growth, deletion, counts
d = Dict{Int,Int}()
for i in 1:100_000; d[i] = i; end
println(length(d), " ", d[77], " ", get(d, -1, 0), " ", haskey(d, 100_000))
for i in 1:2:100_000; delete!(d, i); end
println(length(d), " ", sum(keys(d)))
s = Dict{String,Int}(); for w in split("a b a c b a"); s[w] = get(s, w, 0) + 1; end; println(sort(collect(s)))
c = Dict{Char,Int}(); for ch in "hello"; c[ch] = get(c, ch, 0) + 1; end; println(c[(Char(108))])
m = Dict{Symbol,Int}(:a => 1); m[:b] = 2; println(m[:b], " ", length(m))
