# The BroadcastStyle/Broadcasted interface (Julia manual, "Customizing broadcasting"), with the
# manual's ArrayAndChar: results keep the type and its char; Base's style rules and lazy forms.
struct ArrayAndChar{T,N} <: AbstractArray{T,N}
    data::Array{T,N}
    char::Char
end
Base.size(A::ArrayAndChar) = size(A.data)
Base.getindex(A::ArrayAndChar{T,N}, inds::Vararg{Int,N}) where {T,N} = A.data[inds...]
Base.setindex!(A::ArrayAndChar{T,N}, val, inds::Vararg{Int,N}) where {T,N} = A.data[inds...] = val
Base.showarg(io::IO, A::ArrayAndChar, toplevel) = print(io, typeof(A), " with char '", A.char, "'")
Base.BroadcastStyle(::Type{<:ArrayAndChar}) = Broadcast.ArrayStyle{ArrayAndChar}()
function Base.similar(bc::Broadcast.Broadcasted{Broadcast.ArrayStyle{ArrayAndChar}}, ::Type{ElType}) where ElType
    A = find_aac(bc)
    ArrayAndChar(similar(Array{ElType}, axes(bc)), A.char)
end
find_aac(bc::Base.Broadcast.Broadcasted) = find_aac(bc.args)
find_aac(args::Tuple) = find_aac(find_aac(args[1]), Base.tail(args))
find_aac(x) = x
find_aac(::Tuple{}) = nothing
find_aac(a::ArrayAndChar, rest) = a
find_aac(::Any, rest) = find_aac(rest)

a = ArrayAndChar([1 2; 3 4], 'x')
display(a)
println()
display(a .+ 1)
println()
display(2 .* a)
println()
display(a .+ [1 2; 3 4])
println()
display(sin.(a) .> 0)
println()
println(Broadcast.BroadcastStyle(typeof(a)))
println(Broadcast.combine_styles([1], [1 2; 3 4]))
println(Broadcast.result_style(Broadcast.DefaultArrayStyle{0}(), Broadcast.DefaultArrayStyle{3}()))
bc = Broadcast.broadcasted(+, [1, 2], 1)
println(bc)
println(Broadcast.materialize(bc))
bc2 = Broadcast.instantiate(bc)
println(bc2, " ", axes(bc2), " ", size(bc2), " ", bc2[2], " ", collect(bc2))
nested = Broadcast.broadcasted(*, Broadcast.broadcasted(+, [1, 2], 1), [10, 20])
println(Broadcast.materialize(nested))
b = similar(a)
b .= a .* 10
display(b)
println()
# a style with a dimension parameter and a binary rule against another style
struct Lazy{T,N} <: AbstractArray{T,N}
    data::Array{T,N}
end
Base.size(A::Lazy) = size(A.data)
Base.getindex(A::Lazy, i::Int...) = A.data[i...]
struct LazyStyle{N} <: Broadcast.AbstractArrayStyle{N} end
LazyStyle{M}(::Val{N}) where {M,N} = LazyStyle{N}()
Base.BroadcastStyle(::Type{<:Lazy{T,N}}) where {T,N} = LazyStyle{N}()
Base.copy(bc::Broadcast.Broadcasted{<:LazyStyle}) = ("lazy", size(bc), collect(bc))
println(Lazy([1, 2]) .+ 1)
println(Lazy([1, 2]) .+ [1 2; 3 4])
println(Broadcast.result_style(LazyStyle{1}(), Broadcast.DefaultArrayStyle{2}()))
println(Broadcast.result_style(LazyStyle{1}(), Broadcast.ArrayStyle{ArrayAndChar}()))
println(typeof(Lazy([1]) .+ ArrayAndChar([1], 'c')))
# an array type with no style of its own broadcasts into an Array
struct Plain <: AbstractVector{Float64}
    n::Int
end
Base.size(p::Plain) = (p.n,)
Base.getindex(p::Plain, i::Int) = i / 2
println(summary(Plain(3) .* 2), " ", Plain(3) .* 2, " ", Broadcast.BroadcastStyle(Plain))
