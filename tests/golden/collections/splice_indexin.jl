# splice! with ranges and replacements, indexin, zero of an array, Bool ÷ Bool (all were MethodErrors or missing)
a = [1, 2, 3, 4, 5]
println(splice!(a, 2), " ", a)
println(splice!(a, 2, [8, 9]), " ", a)
println(splice!(a, 1:2), " ", a)
println(splice!(a, 2:1, [7, 7]), " ", a)
println(splice!(a, 1:2, 0x05), " ", a)
show(stdout, MIME"text/plain"(), indexin([1, 2, 9], [2, 1, 1])); println()
println(indexin("abc", collect("cab")))
println(zero([1.5 2; 3 4]), " ", zero(Int8[1, 2]), " ", zero(Bool[1]))
println(true ÷ true, " ", false % true, " ", mod(true, true), " ", fld(true, true), " ", cld(false, true))
try; true ÷ false; catch e; println(e); end
