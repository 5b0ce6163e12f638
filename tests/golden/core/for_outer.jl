# for outer i in ...: the loop assigns the enclosing local, which keeps its last value after the loop
function fo()
    n = 0
    for outer n in 1:3
    end
    n
end
function firstbig(v)
    i = 0
    for outer i in eachindex(v)
        v[i] > 10 && break
    end
    i
end
println(fo(), " ", firstbig([1, 20, 3]), " ", firstbig([1, 2]))
