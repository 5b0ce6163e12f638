# Numbers, strings and linear algebra found wrong in session 36's sweeps, as Julia 1.10 answers them
t(f) = try println(f()) catch e; println("ERROR: ", first(split(sprint(showerror, e), '\n'))) end
# 1.10 sorts vectors only (tuples from 1.12)
t(() -> sort((3, 1, 2)))
t(() -> [1 2; 3 4] \ [1, 2, 3])
t(() -> [1 0; 3 4] \ [1, 2])
# zero/one/oneunit of a type that admits missing
t(() -> (zero(Union{Missing, Int}), one(Union{Missing, Float64}), oneunit(Union{Missing, Int8}), zero(Missing)))
# length(s, i, j) counts the characters starting at i..j; j may be mid-character
t(() -> (length("é", 1, 2), length("aéb", 1, 3), length("aéb", 2, 2), length("abc", 1, 0), length("aéb", 3, 4)))
t(() -> length("ab", 1, 5))
# parse messages quote the whole input, whitespace included
t(() -> parse(Int, " 12a "))
t(() -> parse(Int, " 1 2 "))
t(() -> parse(Int8, " 1000 "))
