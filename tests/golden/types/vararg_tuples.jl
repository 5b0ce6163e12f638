# Vararg and NTuple in tuple types; invoke's argument check; how symbols show.
println(Tuple{Int, Vararg{Int}})
println(Tuple{Vararg{Int, 3}} === Tuple{Int, Int, Int})
println(NTuple{3, Int}, " ", NTuple{4, Int}, " ", typeof((1, 2, 3, 4)), " ", typeof((1, 2.0, 3, 4)))
println((1, 2, 3) isa NTuple{3, Int}, " ", (1, 2) isa NTuple{3, Int}, " ", (1, 2.0) isa Tuple{Vararg{Int}})
println((1, 2, 3) isa Tuple{Int, Vararg{Int}}, " ", () isa Tuple{Int, Vararg{Int}}, " ", () isa Tuple{Vararg{Int}})
println(Tuple{Int, Int} <: Tuple{Vararg{Integer}}, " ", Tuple{Vararg{Int}} <: Tuple{Vararg{Integer}}, " ",
        Tuple{Vararg{Integer}} <: Tuple{Vararg{Int}})
println(Tuple{Int, Vararg{Int}} <: Tuple{Vararg{Int}}, " ", Tuple{Vararg{Int}} <: Tuple{Int, Vararg{Int}})
println((1, 2) isa NTuple, " ", (1, 2.0) isa NTuple, " ", () isa NTuple)
println(Vararg, " ", Vararg{Int}, " ", Vararg{Int, 2}, " ", Tuple{Vararg{Any}})

# N and T of NTuple{N, T} bind in dispatch
count_of(t::NTuple{N, Int}) where {N} = N
count_of(t::Tuple) = "mixed"
println(count_of((1, 2, 3)), " ", count_of(()), " ", count_of((1, "a")))
joined(t::Tuple{Vararg{String}}) = join(t, "+")
println(joined(("a", "b", "c")))
first_rest(t::Tuple{T, Vararg{T}}) where {T} = (T, length(t))
println(first_rest((1.5, 2.5)), " ", first_rest(('a',)))

println(eltype((1, 2.0)), " ", eltype((1, 2)), " ", eltype(Tuple{}), " ", eltype(NTuple{3, Float64}), " ",
        eltype(Tuple{Int, Vararg{Int8}}))

# invoke picks the method for the given types, and checks the arguments against them
kind(x::Integer) = "integer"
kind(x::Int) = "int"
count_args(xs::Integer...) = length(xs)
count_args(xs::Int...) = -length(xs)
println(kind(1), " ", invoke(kind, Tuple{Integer}, 1), " ", invoke(count_args, Tuple{Vararg{Integer}}, 1, 2, 3), " ", count_args(1, 2))
for args in ((), (1.5,), (1, 2))
    try
        invoke(kind, Tuple{Integer}, args...)
    catch e
        println(e)
        showerror(stdout, e); println()
    end
end

println(repr(Symbol("a b")), " ", repr(:+), " ", repr(:abc), " ", repr(Symbol("")), " ", repr(:x!), " ", repr(:≤), " ", repr(:(==)))
println([:a, Symbol("1x")], " ", (:(=>), :end))
