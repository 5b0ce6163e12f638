# Byte-indexed strings: ASCII characters are read directly, others decode; the errors and
# edge cases stay Julia's (StringIndexError inside a character, BoundsError outside)
s = "aé∀x z"
println([s[i] for i in eachindex(s)], " ", collect(s), " ", length(s), " ", ncodeunits(s))
println(nextind(s, 0), " ", nextind(s, 1), " ", nextind(s, 2), " ", nextind(s, 4), " ", nextind(s, 7), " ", nextind(s, ncodeunits(s)))
for bad in (() -> s[3], () -> s[0], () -> s[ncodeunits(s) + 1], () -> nextind(s, -1), () -> nextind(s, ncodeunits(s) + 1))
    try
        bad()
    catch e
        println(typeof(e))
    end
end
println([isspace(c) for c in "a \t\n\u00a0\u2003x"], " ", isdigit('7'), isletter('é'), isletter('Q'), isuppercase('É'), islowercase('z'), isascii('é'))
println(Char(65), " ", Int('é'), " ", Char(0x263a), " ", 'a' == 'a', 'a' == 'b', " ", 'é' == 'é', " ", count(==(' '), "a b c"))
println(split("α β  γ"), " ", findnext(isspace, "ab cd", 1), " ", findnext(isspace, "abc", 1))
