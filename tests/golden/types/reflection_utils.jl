# InteractiveUtils (subtypes, supertypes, @which), isbits, hasmethod with a tuple of types
using InteractiveUtils
abstract type Animal end
struct Dog <: Animal; name::String; end
struct Cat <: Animal; name::String; end
struct Box{T} <: Animal; x::T; end
println(subtypes(Animal), " ", supertypes(Int8), " ", subtypes(Signed))
f(x::Int) = 1
f(x) = 2
println(which(f, (Int,)) === @which(f(2)), " ", hasmethod(f, (Float64,)), " ", hasmethod(f, Tuple{Int}), " ", Core.Typeof(Int), " ", Core.Typeof(1))
struct A; x::Int; y::Float64; end
struct B; s::String; end
mutable struct C; x::Int; end
println(isbits(1), " ", isbitstype(Int), " ", isbits(A(1, 2.0)), " ", isbits(B("a")), " ", isbits(C(1)), " ", isbits((1, 2.0)), " ", isbits(nothing), " ", isbits("s"), " ", isbits([1]), " ", isbits(1//2), " ", isbits(1 + 2im), " ", isbits(:a), " ", isbitstype(Real))
# objectid agrees with ===: by content for immutable values, by identity for mutable ones
mutable struct MC; x::Int; end
println(objectid(A(1, 2.0)) == objectid(A(1, 2.0)), " ", objectid(MC(1)) == objectid(MC(1)), " ", objectid((1, "a")) == objectid((1, "a")), " ", objectid(1.0) == objectid(1), " ", objectid("ab") == objectid("a" * "b"))
