# array literals of arrays promote as Julia's vect (promote_rule of Arrays: el_same), typejoin
println([[1], ["a"]])
println([[1], [2.0]], " ", typeof([[1], [2.0]]))
println([[1], [2.0, 3]], " ", [[1], [1//2]])
println([[1 2], [3.0 4]])
println([[1], [2]], " ", typeof([[1, 2], 3:4]))
println([1:2, [3.0]])
println([1:2, 1:2:5])
println(promote_type(Vector{Int}, Vector{Float64}), " ", promote_type(Vector{Int}, Matrix{Float64}), " ", promote_type(Vector{Int}, Vector{String}))
println(typejoin(UnitRange{Int64}, Vector{Float64}), " ", typejoin(Vector{Int}, Vector{Float64}), " ", typejoin(Int, Float64), " ", typejoin(Int, String))
println(typejoin(UnitRange{Int}, StepRange{Int,Int}), " ", typejoin(Vector{Int}, Matrix{Int}), " ", typejoin(Tuple{Int}, Tuple{Float64}), " ", typejoin(Int8, UInt8))
println(typejoin(Dict{Int,Int}, Dict{Int,String}), " ", typejoin(Float32, Float64), " ", typejoin(Missing, Int))
println(eltype(Vector{Int}), " ", eltype(Vector), " ", eltype(Matrix{String}), " ", eltype(UnitRange{Int}), " ", eltype(BitVector), " ", eltype(AbstractVector{Float32}))
println(typeof([["a"], [("b", false)], ["c", 1]]), " ", promote_type(Vector, Vector{Any}))

# tuples of different lengths join with a Vararg (Julia's typejoin)
println(typejoin(Tuple{Symbol}, Tuple{Symbol, Symbol}), " ", typejoin(Tuple{}, Tuple{Int, Float64}), " ",
        typejoin(Tuple{Int, String}, Tuple{Float64}))
println([(1,), (1, 2)], " ", [(1, "a"), (2, "b", :c)])
println([fieldnames(T) for T in (Complex, Pair, Rational)], " ", eltype([ntuple(identity, n) for n in 0:3]))
for (a, b) in ((Int, Nothing), (Missing, Float64), (Real, Nothing), (Nothing, Nothing), (Tuple{Int}, Tuple{Int, Int}))
    print(Base.promote_typejoin(a, b), "; ")
end
println()
