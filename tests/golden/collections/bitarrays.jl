# BitArray: packed storage, word-at-a-time logic, search and growth.
b = falses(70)
b[1] = true
b[64] = true
b[65] = true
b[70] = true
println(count(b), " ", findall(b), " ", findfirst(b), " ", findlast(b))
println(findnext(b, 2), " ", findfirst(!, trues(3)), " ", any(falses(3)), " ", all(trues(130)))
c = .!b
println(count(c), " ", typeof(c), " ", c[1], " ", c[2])
println(count(b .| c), " ", count(b .& c), " ", count(b .⊻ trues(70)))
v = BitVector([true, false, true])
println(v, " ", v == [true, false, true], " ", length(v))
push!(v, true)
println(pop!(v), " ", pop!(v), " ", v)
println(reverse(BitVector([true, true, false])))
m = trues(2, 3)
m[2, 2] = false
println(typeof(m), " ", size(m), " ", count(m), " ", m)
x = [1, 5, 2, 8]
mask = x .> 2
println(mask, " ", x[mask], " ", sum(mask))
x[mask] .= 0
println(x)
try
    falses(3)[4]
catch e
    println(sprint(showerror, e))
end
