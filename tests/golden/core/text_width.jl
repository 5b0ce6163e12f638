# textwidth counts terminal columns (wide East Asian characters and emoji 2, combining marks 0),
# and lpad/rpad and Dict display pad by it; s[end] and findlast find a last multi-byte character
println(textwidth("😀"), " ", textwidth("日本語"), " ", textwidth("café"), " ", textwidth("e\u0301"), " ", textwidth('\t'), " ", textwidth("ｈｉ"), " ", textwidth("⚡"))
println(rpad("日本", 6, "."), "|", lpad("é", 3), "|", lpad(7, 3, "0"), "|", rpad("ab", 5, "xy"), "|")
display(Dict("日本" => 1, "a" => 2))   # a script shows each entry as it is
show(IOContext(stdout, :limit => true), MIME"text/plain"(), Dict("日本" => 1, "a" => 2)); println()   # the REPL aligns the keys
s = "Hello, Wörld! 😀"
println("café"[end], " ", s[end], " ", lastindex(s), " ", findlast('o', s), " ", findlast(isletter, s), " ", SubString("xé", 1)[end])
println(chop("naïve café"), "|", chop("naïve café"; head = 1, tail = 2), "|", chop("é"), "|", chop("abc"; tail = 0))
