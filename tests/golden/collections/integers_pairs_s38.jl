# Sizes and positions of any Integer type (Julia converts them to Int), and vectors of pairs aligned on =>.
i = Int32(2)
for (name, f) in [("insert!", () -> insert!([1,2,3], i, 9)), ("deleteat!", () -> deleteat!([1,2,3], i)),
        ("splice!", () -> splice!([1,2,3], i)), ("popat!", () -> popat!([1,2,3], i)),
        ("deleteat range", () -> deleteat!([1,2,3], Int32(1):Int32(2))), ("resize!", () -> resize!([1,2,3], i)),
        ("zeros", () -> zeros(i)), ("ones", () -> ones(i)), ("trues", () -> trues(i)), ("fill", () -> fill(0, i)),
        ("fill big", () -> fill(1.0, big(2))), ("similar", () -> similar([1], i)), ("undef", () -> Vector{Int}(undef, i)),
        ("ntuple", () -> ntuple(identity, i)), ("tuple idx", () -> (1,2,3)[i]), ("tuple u8", () -> (1,2,3)[UInt8(1)]),
        ("sizehint", () -> sizehint!(Int[], i)), ("zeros2", () -> zeros(Int, i, UInt8(2))), ("rand", () -> length(rand(i))),
        ("reshape", () -> reshape(1:4, Int32(2), Int32(2))), ("Matrix undef", () -> size(Matrix{Float64}(undef, i, i))),
        ("range", () -> collect(range(1, 2; length = i))), ("repeat", () -> repeat([1], i)), ("string rep", () -> "a"^i),
        ("bitvec", () -> falses(i, i)), ("first", () -> first([1,2,3], i)), ("circshift", () -> circshift([1,2,3], i))]
    try
        println(name, " => ", f())
    catch e
        println(name, " !! ", first(split(sprint(showerror, e), '\n')))
    end
end
display([1=>"a", 22=>"bb"])
display(sort(collect(Dict("x"=>1, "long"=>22))))
display(Any[1=>2, "k"=>3.5, 3])
println("ab"^3, 'x'^2, "ab"^Int8(2))
