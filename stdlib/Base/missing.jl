# Missing values, as Julia's missing.jl defines them: `missing` propagates through arithmetic,
# comparison and math functions, and logic follows three-valued rules (`false & missing` is
# `false`, `true & missing` is `missing`).

"""
    Missing

The type of `missing`, the value of a datum that is not there.
"""
struct Missing end

"""
    missing

The singleton instance of `Missing`: an unknown value.
"""
const missing = Missing()
# Vector{Union{Missing, T}}(missing, n): filled with missing
_construct_array(T, N, v::Missing, d::Int...) = fill!(_construct_array(T, N, undef, d...), v)
_construct_array(T, N, v::Missing, d::Tuple) = _construct_array(T, N, v, d...)

show(io::IO, ::Missing) = print(io, "missing")
ismissing(x) = x === missing
isunordered(::Missing) = true

"""
    coalesce(x...)

The first argument that is not `missing` (`missing` if all are).
"""
coalesce() = missing
coalesce(x::Missing, xs...) = coalesce(xs...)
coalesce(x, xs...) = x
"""
    @coalesce(x, y...)

`coalesce(x, y...)` evaluating its arguments only as far as the first that is not `missing`.
"""
macro coalesce(args...)
    ex = :missing
    for arg in reverse(args)
        v = gensym("val")
        ex = :(($v = $(esc(arg))) === missing ? $ex : $v)
    end
    ex
end

promote_rule(::Type{Missing}, ::Type{T}) where {T} = Union{Missing, T}
# a type that allows missing with another: missing, or the promotion of the rest with it (as
# Julia's missing.jl, with the third method for a type allowing both nothing and missing)
function promote_rule(::Type{T}, ::Type{S}) where {T>:Missing, S}
    R = nonmissingtype(T)
    R >: T && return Any
    Union{promote_type(R, S), Missing}
end
function promote_rule(::Type{T}, ::Type{S}) where {T>:Union{Nothing, Missing}, S}
    R = _nonnothingtype(T)
    R >: T && return Any
    T = R
    R = nonmissingtype(T)
    R >: T && return Any
    Union{promote_type(R, S), Nothing, Missing}
end
nonmissingtype(::Type{T}) where {T} = typesplit(T, Missing)
convert(::Type{Union{Missing, T}}, x::Missing) where {T} = x
zero(::Type{Missing}) = missing
one(::Type{Missing}) = missing
oneunit(::Type{Missing}) = missing
# of a type that admits missing: the non-missing part's (zero(Union{Missing, Int}) == 0);
# Any has no zero (Julia's MethodError, not an endless recursion)
zero(::Type{Union{T, Missing}}) where {T} = T === Any ? throw(MethodError(zero, (Any,))) : zero(T)
one(::Type{Union{T, Missing}}) where {T} = T === Any ? throw(MethodError(one, (Any,))) : one(T)
oneunit(::Type{Union{T, Missing}}) where {T} = T === Any ? throw(MethodError(oneunit, (Any,))) : oneunit(T)

# arithmetic and math functions propagate
-(::Missing) = missing
+(::Missing) = missing
!(::Missing) = missing
~(::Missing) = missing
abs(::Missing) = missing
abs2(::Missing) = missing
sign(::Missing) = missing
sqrt(::Missing) = missing
cbrt(::Missing) = missing
exp(::Missing) = missing
log(::Missing) = missing
log2(::Missing) = missing
log10(::Missing) = missing
sin(::Missing) = missing
cos(::Missing) = missing
tan(::Missing) = missing
atan(::Missing) = missing
round(::Missing; kws...) = missing
floor(::Missing) = missing
ceil(::Missing) = missing
trunc(::Missing) = missing
isnan(::Missing) = missing
isinf(::Missing) = missing
isfinite(::Missing) = missing
iszero(::Missing) = missing
isone(::Missing) = missing
iseven(::Missing) = missing
isodd(::Missing) = missing
float(::Missing) = missing
string(::Missing) = "missing"

+(::Missing, ::Missing) = missing
+(::Missing, ::Number) = missing
+(::Number, ::Missing) = missing
-(::Missing, ::Missing) = missing
-(::Missing, ::Number) = missing
-(::Number, ::Missing) = missing
*(::Missing, ::Missing) = missing
*(::Missing, ::Number) = missing
*(::Number, ::Missing) = missing
/(::Missing, ::Missing) = missing
/(::Missing, ::Number) = missing
/(::Number, ::Missing) = missing
^(::Missing, ::Missing) = missing
^(::Missing, ::Number) = missing
^(::Number, ::Missing) = missing
div(::Missing, ::Missing) = missing
div(::Missing, ::Number) = missing
div(::Number, ::Missing) = missing
rem(::Missing, ::Missing) = missing
rem(::Missing, ::Number) = missing
rem(::Number, ::Missing) = missing
mod(::Missing, ::Missing) = missing
mod(::Missing, ::Number) = missing
mod(::Number, ::Missing) = missing
min(::Missing, ::Missing) = missing
min(::Missing, ::Any) = missing
min(::Any, ::Missing) = missing
max(::Missing, ::Missing) = missing
max(::Missing, ::Any) = missing
max(::Any, ::Missing) = missing

# comparison: unknown, except in the total orders of isequal and isless (missing is largest)
==(::Missing, ::Missing) = missing
==(::Missing, ::Any) = missing
==(::Any, ::Missing) = missing
<(::Missing, ::Missing) = missing
<(::Missing, ::Any) = missing
<(::Any, ::Missing) = missing
<=(::Missing, ::Missing) = missing
<=(::Missing, ::Any) = missing
<=(::Any, ::Missing) = missing
isequal(::Missing, ::Missing) = true
isequal(::Missing, ::Any) = false
isequal(::Any, ::Missing) = false
isless(::Missing, ::Missing) = false
isless(::Missing, ::Any) = false
isless(::Any, ::Missing) = true
hash(::Missing, h::UInt) = hash(:missing, h)

# three-valued logic
(&)(::Missing, ::Missing) = missing
(&)(a::Missing, b::Bool) = b ? missing : false
(&)(b::Bool, a::Missing) = b ? missing : false
(|)(::Missing, ::Missing) = missing
(|)(a::Missing, b::Bool) = b ? true : missing
(|)(b::Bool, a::Missing) = b ? true : missing
xor(::Missing, ::Missing) = missing
xor(::Missing, ::Bool) = missing
xor(::Bool, ::Missing) = missing

"""
    skipmissing(itr)

An iterator over the elements of `itr` that are not `missing`.
"""
struct SkipMissing{T}
    x::T
end
skipmissing(itr) = SkipMissing(itr)
IteratorSize(::Type{<:SkipMissing}) = SizeUnknown()
function iterate(s::SkipMissing, state...)
    y = iterate(s.x, state...)
    while y !== nothing && y[1] === missing
        y = iterate(s.x, y[2])
    end
    y
end
eltype(s::SkipMissing) = nonmissingtype(eltype(s.x))
show(io::IO, s::SkipMissing) = (print(io, "skipmissing("); show(io, s.x); print(io, ")"))
