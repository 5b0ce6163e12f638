# Base methods found missing by checking everyday programs (session 30)
println(startswith("abc", ['a', 'x']), " ", endswith("abc", ('c',)), " ", "abcde"[[1, 3]], " ", "abc"[[true, false, true]], " ", sprint(join, ["a", "b", "c"], ", ", " & "))
println(nextind("αβγ", 1, 2), " ", prevind("αβγ", 7, 2), " ", gcd([12, 18, 24]), " ", lcm([2, 3, 4]), " ", gcd(Int[]))
println(floor(BigInt, 2.7), " ", ceil(BigInt, 2.1), " ", trunc(BigInt, 1e20), " ", round(BigInt, 2.5), " ", count_ones(big(255)), " ", typeof(floor(BigInt, 2.5f0)))
println(big(2)^-1, " ", Int128(2)^-2, " ", (2//3)^-1, " ", 2^-1, " ", 2.0^-2, " ", 8^(1//3), " ", (1//4)^(1//2))
println(deleteat!([1, 2, 3, 4], [true, false, true, false]), " ", pushfirst!([1], 2, 3), " ", last((1, 2, 3), 2), " ", last([1, 2, 3], 2))
c = Threads.Condition()
println(lock(() -> 42, c))
for f in (() -> first([1, 2], -1), () -> last([1, 2], -1), () -> floor(BigInt, Inf))
    try
        f()
    catch e
        println(sprint(showerror, e))
    end
end
# sort's keywords in the searches; sort of a vector along dims = 1; map over a named tuple; ntuple(f, Val(n)); titlecase's keywords
println(searchsortedfirst([30, 20, 10], 25, rev = true), " ", searchsortedlast([30, 20, 10], 20, rev = true), " ", searchsorted([1, 2, 2, 3], 2), " ", searchsortedfirst(["aa", "b", "ccc"], "xx", by = length))
println(sort([2, 1]; dims = 1), " ", sortperm([3, 1, 2]; alg = MergeSort), " ", map(x -> 2x, (a = 1, b = 2)), " ", ntuple(i -> i^2, Val(3)))
println(titlecase("the QUICK brown"; strict = false), " ", titlecase("a_b c"; wordsep = c -> c == '_'), " ", titlecase("hello WORLD"))
