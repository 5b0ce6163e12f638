# Julia 1.10's show of where-types: several variables in one `where {...}`, wildcard
# parameters as <:T and >:T, a lower bound as T>:S, a where-type bound in parentheses,
# values as type parameters as show writes them
println(Tuple{T, S} where {T, S})
println(Tuple{T, S} where {T<:Integer, S<:T})
println(Dict{K, V} where {K<:Real, V})
println(Dict{K, Int} where K)
println(Ref{>:Int})
println(Ref{T} where T >: Int)
println(Pair{<:Real, <:AbstractString})
println(Vector{<:Vector{<:Real}})
println(AbstractVector{T} where T<:Real)
println(Pair{T, T} where T<:Real)
println(TypeVar(:S, AbstractVector{<:Int}))
println(TypeVar(:S, Int, Real))
println(TypeVar(:S, Int, Any))
println(Val{'c'})
println(Val{UInt8(1)})
println(Val{:a})
println(Val{(1, 'x')})
println(typeof(Vararg))
f(x::Ref{>:Int}) = 1
f(x::Dict{K, V}) where {K, V<:K} = 2
for s in sort([string(m.sig) for m in methods(f)])
    println(s)
end
