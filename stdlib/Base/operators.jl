# Comparison, logic and mixed-type arithmetic.

"""
    x != y

Not equal: `!(x == y)`.
"""
!=(x, y) = !(x == y)
!==(x, y) = !(x === y)
>(x, y) = y < x
>=(x, y) = y <= x
≠(x, y) = !(x == y)
const ≡ = ===
≢(x, y) = !(x === y)
≤(x, y) = x <= y
≥(x, y) = x >= y
==(x, y) = x === y
isequal(x, y) = x == y
isless(x::Real, y::Real) = x < y
# a type with an order defines isless; <, >, <= and >= follow (as in Julia)
<(x, y) = isless(x, y)
<=(x, y) = (x < y) | (x == y)
# !f is the function x -> !f(x)
!(f::Function) = ComposedFunction(!, f)   # (ComposedFunction: below; the call resolves it at run time)
identity(x) = x
# calls f in the newest world: every call already sees every method defined before it runs
invokelatest(f, args...; kwargs...) = f(args...; kwargs...)
(>:)(a, b) = b <: a

# x.f and x.f = v: a type may define its own properties by adding methods to these (field access
# nodes call them then); Base's are the fields themselves.
"""
    getproperty(x, name::Symbol)

`x.name`. Define a method for your type to give it computed properties.
"""
getproperty(x, f::Symbol) = getfield(x, f)
"""
    setproperty!(x, name::Symbol, v)

`x.name = v`. Define a method for your type to intercept assignments.
"""
setproperty!(x, f::Symbol, v) = setfield!(x, f, v)
propertynames(x) = fieldnames(typeof(x))
hasproperty(x, s::Symbol) = s in propertynames(x)
hasfield(T::Type, name::Symbol) = name in fieldnames(T)

# Arguments of different numeric types are promoted to a common type first. Each operator
# has its own body, without tuples or a shared helper, so that compiled code keeps the
# promoted values unboxed and each call target sees few argument types. When promotion
# changes neither argument there is no method for the pair: MethodError.
function _promoted(f, x, y)
    p = promote(x, y)
    if typeof(p[1]) === typeof(x) && typeof(p[2]) === typeof(y)
        throw(MethodError(f, (x, y)))
    end
    f(p[1], p[2])
end
# Promotion left both arguments as they were: for one type, Julia's no_op_err ("+ not defined
# for T"; == is ===, <= is == or <), for two, its sametype_error
_no_promotion(opname, x, y) = typeof(x) === typeof(y) ? error(opname, " not defined for ", typeof(x)) : _sametype_error((x, y))
function _sametype_error(input)
    error("promotion of types ", join(map_tuple(x -> string(typeof(x)), input), ", ", " and "), " failed to change any arguments")
end
function +(x::Number, y::Number)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && _no_promotion("+", x, y)
    a + b
end
function -(x::Number, y::Number)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && _no_promotion("-", x, y)
    a - b
end
function *(x::Number, y::Number)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && _no_promotion("*", x, y)
    a * b
end
function /(x::Number, y::Number)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && _no_promotion("/", x, y)
    a / b
end
function ^(x::Number, y::Number)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && _no_promotion("^", x, y)
    a ^ b
end
function ==(x::Number, y::Number)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && return typeof(x) === typeof(y) ? x === y : _sametype_error((x, y))
    a == b
end
function <(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && _no_promotion("<", x, y)
    a < b
end
function <=(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && return typeof(x) === typeof(y) ? (x == y) | (x < y) : _sametype_error((x, y))
    a <= b
end
function div(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && throw(MethodError(div, (x, y)))
    div(a, b)
end
function rem(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && throw(MethodError(rem, (x, y)))
    rem(a, b)
end
function mod(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && throw(MethodError(mod, (x, y)))
    mod(a, b)
end
function fld(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && throw(MethodError(fld, (x, y)))
    fld(a, b)
end
function cld(x::Real, y::Real)
    T = promote_type(typeof(x), typeof(y))
    a = convert(T, x)
    b = convert(T, y)
    (typeof(a) === typeof(x)) & (typeof(b) === typeof(y)) && throw(MethodError(cld, (x, y)))
    cld(a, b)
end

# Bool arithmetic is Int arithmetic.
+(x::Bool, y::Bool) = Int64(x) + Int64(y)
-(x::Bool, y::Bool) = Int64(x) - Int64(y)
*(x::Bool, y::Bool) = x & y
-(x::Bool) = -Int64(x)
+(x::Bool) = Int64(x)   # (Julia's bool.jl: unary plus of a Bool is an Int)
+(x::Number) = x
*(x::Number) = x

# a * b * c and a + b + c parse as one call with several arguments; the three- and
# four-operand forms are Java methods (FastBuiltins.FoldLeft: (a + b) + c, embedded where called),
# more specific than these (Julia's own signatures, which its MethodErrors list).
+(a, b, c, xs...) = +(+(+(a, b), c), xs...)
*(a, b, c, xs...) = *(*(*(a, b), c), xs...)

iszero(x) = x == zero(x)
isone(x) = x == one(x)
isodd(n::Integer) = rem(n, 2) != 0
iseven(n::Integer) = rem(n, 2) == 0
# (Julia 1.7's: a real that is an odd or even integer, isodd(3.0))
isodd(n::Real) = isinteger(n) && !iszero(rem(Integer(n), 2))
iseven(n::Real) = isinteger(n) && iszero(rem(Integer(n), 2))
abs(x::Real) = x < zero(x) ? -x : x
sign(x::Real) = x > zero(x) ? one(x) : x < zero(x) ? -one(x) : x
min(x, y) = isless(y, x) ? y : x
max(x, y) = isless(y, x) ? x : y
# Mixed numeric types compare and return in their promoted type: max(1.5, 2) == 2.0.
function min(x::Real, y::Real)
    p = promote(x, y)
    _min(p[1], p[2])
end
function max(x::Real, y::Real)
    p = promote(x, y)
    _max(p[1], p[2])
end
_min(x, y) = y < x ? y : x
_max(x, y) = y < x ? x : y
# floats: NaN wins, and -0.0 is less than 0.0 (Julia's math.jl)
_min(x::T, y::T) where {T<:AbstractFloat} = isnan(x) || ~isnan(y) && _fless(x, y) ? x : y
_max(x::T, y::T) where {T<:AbstractFloat} = isnan(x) || ~isnan(y) && _fless(y, x) ? x : y
_fless(x, y) = (x < y) | (signbit(x) > signbit(y))
min(a, b, c, xs...) = min(min(a, b), c, xs...)
max(a, b, c, xs...) = max(max(a, b), c, xs...)
sqrt(x::Real) = sqrt(float(x))
cmp(x, y) = isless(x, y) ? -1 : isless(y, x) ? 1 : 0
xor(x::Bool, y::Bool) = x ⊻ y

const Inf = 1.0 / 0.0
# Julia's NaN has the sign bit clear (0.0 / 0.0 on x86 gives the one with it set)
const NaN = reinterpret(Float64, 0x7ff8000000000000)
"""
    AbstractIrrational, Irrational{sym}

An irrational constant: `π` (`pi`), `ℯ`, and `MathConstants.γ`, `φ`, `catalan`. It prints as
its symbol (`π`, and `π = 3.1415926535897...` on its own in the REPL) and computes as the
nearest `Float64` (`Float32` or `Float16` beside those types), as in Julia. Being irrational, it
equals no float (`pi == 3.141592653589793` is false) and compares with floats exactly.
"""
abstract type AbstractIrrational <: Real end
struct Irrational{sym} <: AbstractIrrational end
const π = Irrational{:π}()
const pi = π
const ℯ = Irrational{:ℯ}()
# (nearest Float64, the Float64 just below the exact value, the one just above)
_irrational_bounds(::Irrational{:π}) = (3.141592653589793, 3.141592653589793, 3.1415926535897936)
_irrational_bounds(::Irrational{:ℯ}) = (2.718281828459045, 2.718281828459045, 2.7182818284590455)
_irrational_bounds(::Irrational{:γ}) = (0.5772156649015329, 0.5772156649015328, 0.5772156649015329)
_irrational_bounds(::Irrational{:φ}) = (1.618033988749895, 1.6180339887498947, 1.618033988749895)
_irrational_bounds(::Irrational{:catalan}) = (0.915965594177219, 0.915965594177219, 0.9159655941772191)
Float64(::Irrational{:π}) = 3.141592653589793
Float64(::Irrational{:ℯ}) = 2.718281828459045
Float64(x::AbstractIrrational) = _irrational_bounds(x)[1]
Float32(x::AbstractIrrational) = Float32(Float64(x))   # the correctly rounded Float32 for these five
Float16(x::AbstractIrrational) = Float16(Float32(x))
AbstractFloat(x::AbstractIrrational) = Float64(x)
float(x::AbstractIrrational) = Float64(x)
float(::Type{<:AbstractIrrational}) = Float64
promote_rule(::Type{<:AbstractIrrational}, ::Type{Float16}) = Float16
promote_rule(::Type{<:AbstractIrrational}, ::Type{Float32}) = Float32
promote_rule(::Type{<:AbstractIrrational}, ::Type{<:AbstractIrrational}) = Float64
promote_rule(::Type{<:AbstractIrrational}, ::Type{T}) where {T<:Real} = promote_type(Float64, T)
+(x::AbstractIrrational, y::AbstractIrrational) = Float64(x) + Float64(y)
-(x::AbstractIrrational, y::AbstractIrrational) = Float64(x) - Float64(y)
*(x::AbstractIrrational, y::AbstractIrrational) = Float64(x) * Float64(y)
/(x::AbstractIrrational, y::AbstractIrrational) = Float64(x) / Float64(y)
^(x::AbstractIrrational, y::AbstractIrrational) = Float64(x) ^ Float64(y)
-(x::AbstractIrrational) = -Float64(x)
# beside the common concrete types, directly (not through promote_type), so that compiled code
# sees a constant: pi * r * r costs what 3.141592653589793 * r * r does
+(x::AbstractIrrational, y::Float64) = +(Float64(x), y)
+(x::Float64, y::AbstractIrrational) = +(x, Float64(y))
+(x::AbstractIrrational, y::Float32) = +(Float32(x), y)
+(x::Float32, y::AbstractIrrational) = +(x, Float32(y))
+(x::AbstractIrrational, y::Int64) = +(Float64(x), Float64(y))
+(x::Int64, y::AbstractIrrational) = +(Float64(x), Float64(y))
-(x::AbstractIrrational, y::Float64) = -(Float64(x), y)
-(x::Float64, y::AbstractIrrational) = -(x, Float64(y))
-(x::AbstractIrrational, y::Float32) = -(Float32(x), y)
-(x::Float32, y::AbstractIrrational) = -(x, Float32(y))
-(x::AbstractIrrational, y::Int64) = -(Float64(x), Float64(y))
-(x::Int64, y::AbstractIrrational) = -(Float64(x), Float64(y))
*(x::AbstractIrrational, y::Float64) = *(Float64(x), y)
*(x::Float64, y::AbstractIrrational) = *(x, Float64(y))
*(x::AbstractIrrational, y::Float32) = *(Float32(x), y)
*(x::Float32, y::AbstractIrrational) = *(x, Float32(y))
*(x::AbstractIrrational, y::Int64) = *(Float64(x), Float64(y))
*(x::Int64, y::AbstractIrrational) = *(Float64(x), Float64(y))
/(x::AbstractIrrational, y::Float64) = /(Float64(x), y)
/(x::Float64, y::AbstractIrrational) = /(x, Float64(y))
/(x::AbstractIrrational, y::Float32) = /(Float32(x), y)
/(x::Float32, y::AbstractIrrational) = /(x, Float32(y))
/(x::AbstractIrrational, y::Int64) = /(Float64(x), Float64(y))
/(x::Int64, y::AbstractIrrational) = /(Float64(x), Float64(y))
^(x::AbstractIrrational, p::Integer) = Float64(x) ^ p
^(x::AbstractIrrational, y::AbstractFloat) = Float64(x) ^ y
^(::Irrational{:ℯ}, x::Number) = exp(x)
^(::Irrational{:ℯ}, x::Integer) = exp(x)
^(::Irrational{:ℯ}, x::AbstractFloat) = exp(x)
^(::Irrational{:ℯ}, x::AbstractIrrational) = exp(x)
_literal_pow(::typeof(^), ::Irrational{:ℯ}, p::Int) = exp(p)
# (1, not 1.0: log(x) / log(ℯ) keeps x's type, as Julia's)
log(::Irrational{:ℯ}) = 1
log(::Irrational{:ℯ}, x::Number) = log(x)
==(::Irrational{s}, ::Irrational{s}) where {s} = true
==(::AbstractIrrational, ::AbstractIrrational) = false
==(::AbstractIrrational, ::Real) = false
==(::Real, ::AbstractIrrational) = false
<(x::AbstractIrrational, y::AbstractIrrational) = Float64(x) < Float64(y)
<=(x::AbstractIrrational, y::AbstractIrrational) = x == y || x < y
<(x::AbstractIrrational, y::AbstractFloat) = _irrational_bounds(x)[3] <= y
<(x::AbstractFloat, y::AbstractIrrational) = x <= _irrational_bounds(y)[2]
<=(x::AbstractIrrational, y::AbstractFloat) = x < y
<=(x::AbstractFloat, y::AbstractIrrational) = x < y
isinteger(::AbstractIrrational) = false
iszero(::AbstractIrrational) = false
isone(::AbstractIrrational) = false
zero(::AbstractIrrational) = false
zero(::Type{<:AbstractIrrational}) = false
one(::AbstractIrrational) = true
one(::Type{<:AbstractIrrational}) = true
sign(x::AbstractIrrational) = ifelse(x < zero(x), -1.0, 1.0)
hash(x::Irrational, h::UInt) = 3 * objectid(x) - h

# Function composition and piping.
|>(x, f) = f(x)
"""
    f ∘ g
    ComposedFunction(outer, inner)

The composition of `f` and `g`: `(f ∘ g)(x...) == f(g(x...))`, a `ComposedFunction` whose
`outer` is `f` and `inner` is `g`, shown as written (`sqrt ∘ abs`).
"""
struct ComposedFunction{O,I} <: Function
    outer::O
    inner::I
end
(c::ComposedFunction)(xs...; kws...) = c.outer(c.inner(xs...; kws...))
(c::ComposedFunction)(x) = c.outer(c.inner(x))   # the common call, without splatting (filter(!iseven, v))
∘(f) = f
∘(f, g) = ComposedFunction(f, g)
∘(f, g, h, more...) = ∘(f ∘ g, h, more...)
function show(io::IO, c::ComposedFunction)
    c.outer isa ComposedFunction ? show(io, c.outer) : _show_composed(io, c.outer)
    print(io, " ∘ ")
    _show_composed(io, c.inner)
end
_show_composed(io::IO, f) = f isa Function && isoperator(nameof(f)) ? (print(io, "("); show(io, f); print(io, ")")) : show(io, f)
_show_composed(io::IO, c::ComposedFunction) = (print(io, "("); show(io, c); print(io, ")"))
# !f is (!) ∘ f, shown as written; !!f is f again (Julia's)
show(io::IO, c::ComposedFunction{typeof(!)}) = (print(io, "!"); _show_composed(io, c.inner))
!(c::ComposedFunction{typeof(!)}) = c.inner

"""
    nand(x, y)    (also x ⊼ y)
    nor(x, y)     (also x ⊽ y)

Not-and and not-or, bitwise for integers.
"""
nand(x, y) = ~(x & y)
nor(x, y) = ~(x | y)
const ⊼ = nand
const ⊽ = nor

"""
    Returns(value)

A function that takes any arguments and returns `value`.
"""
struct Returns{V} <: Function
    value::V
end
(r::Returns)(xs...; kws...) = r.value

struct Pair{A,B}
    first::A
    second::B
end
=>(a, b) = Pair(a, b)
# (Julia's pair.jl: a pair converts element by element, into a wider Dict's or vector's pair type)
promote_rule(::Type{Pair{A1,B1}}, ::Type{Pair{A2,B2}}) where {A1,B1,A2,B2} = Pair{promote_type(A1, A2), promote_type(B1, B2)}
convert(::Type{Pair{A,B}}, p::Pair) where {A,B} = p isa Pair{A,B} ? p : Pair{A,B}(convert(A, p.first), convert(B, p.second))

"""
    Ref(x)

A mutable container holding one value: `r[]` reads it, `r[] = v` replaces it.
"""
abstract type Ref{T} end
mutable struct RefValue{T} <: Ref{T}
    x::T
    RefValue{T}() where {T} = new()      # Ref{T}(): not yet assigned
    RefValue{T}(x) where {T} = new(x)
end
RefValue(x::T) where {T} = RefValue{T}(x)
Ref(x) = RefValue(x)
Ref{T}(x) where T = RefValue{T}(x)
Ref{T}() where T = RefValue{T}()
isassigned(r::RefValue) = isdefined(r, :x)
getindex(r::RefValue) = r.x
function setindex!(r::RefValue, v)
    r.x = v
    r
end

"""
    Some{T}(value)

Wraps a value to tell "a value that is `nothing`" (`Some(nothing)`) from "no value" (`nothing`).
"""
struct Some{T}
    value::T
end
"""
    something(x...)

The first argument that is not `nothing`, unwrapping `Some`; an error if all are `nothing`.
"""
something() = throw(ArgumentError("No value arguments present"))
something(x::Nothing, y...) = something(y...)
something(x::Some, y...) = x.value
something(x, y...) = x
# `T` without `Nothing` (Julia's Base.nonnothingtype, as nonmissingtype)
nonnothingtype(::Type{T}) where {T} = T
nonnothingtype(::Type{Union{Nothing, T}}) where {T} = T
nonnothingtype(::Type{Nothing}) = Union{}
TypeVar(name::Symbol) = _new_typevar(name, Union{}, Any)
TypeVar(name::Symbol, ub) = _new_typevar(name, Union{}, ub)
TypeVar(name::Symbol, lb, ub) = _new_typevar(name, lb, ub)
UnionAll(v::TypeVar, body) = _new_unionall(v, body)
# the body of a UnionAll under all its variables: Array{T, 1} for Vector
unwrap_unionall(t) = t isa UnionAll ? unwrap_unionall(t.body) : t
"""
    @something(x, y...)

`something(x, y...)` evaluating its arguments only as far as the first that is not `nothing`.
"""
macro something(args...)
    ex = :(throw(ArgumentError("No value arguments present")))
    for arg in reverse(args)
        v = gensym("val")
        ex = :(($v = $(esc(arg))) === nothing ? $ex : something($v))
    end
    ex
end
show(io::IO, s::Some) = (print(io, "Some("); show(io, s.value); print(io, ")"))
isnothing(x) = x === nothing

"""
    ifelse(condition::Bool, x, y)

`x` if `condition` is true, else `y`; both are evaluated (unlike `condition ? x : y`).
"""
ifelse(c::Bool, x, y) = c ? x : y
ifelse(c, x, y) = throw(TypeError(:ifelse, "", Bool, c))
# what a .&& b and a .|| b broadcast (Julia's andand and oror)
_andand(a, b) = a && b
_oror(a, b) = a || b

"""
    minmax(x, y)

`(min(x, y), max(x, y))`.
"""
# a non-type where a type belongs: Julia's builtins throw a TypeError
isa(x, t) = throw(TypeError(:isa, "", Type, t))
typeassert(x, t) = throw(TypeError(:typeassert, "", Type, t))
(<:)(a, b) = throw(TypeError(:<:, "", Type, a isa Type ? b : a))
minmax(x, y) = isless(y, x) ? (y, x) : (x, y)
# one real: itself (Julia's promotion.jl)
min(x::Real) = x
max(x::Real) = x
minmax(x::Real) = (x, x)
minmax(x::Real, y::Real) = (min(x, y), max(x, y))

fieldtypes(T::Type) = map_tuple(s -> fieldtype(T, s), fieldnames(T))
"""
    ismutable(v)

Whether `v` is an instance of a mutable type (a `mutable struct`, an array, a dictionary).
"""
ismutable(x) = ismutabletype(typeof(x))
# deprecated in Julia 1.7 (without a warning by default): !ismutable(x)
isimmutable(x) = !ismutable(x)

"""
    isbitstype(T)

Whether values of `T` are plain data: a primitive number or `Char`, or an immutable struct or
tuple made only of such (no references to mutable or variable-size objects).
"""
function isbitstype(T)
    T isa DataType || return false
    T in (Bool, Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128, Float16, Float32, Float64, Char) && return true
    isprimitivetype(T) && return true
    T <: Tuple && return isconcretetype(T) && all(isbitstype, T.parameters)
    isconcretetype(T) && !ismutabletype(T) || return false
    T <: Union{AbstractString, Symbol, AbstractArray, AbstractDict, AbstractSet, Module, BigInt, Expr} && return false
    return all(isbitstype, fieldtypes(T))
end
"""
    isbits(x)

Whether `x` is an instance of an [`isbitstype`](@ref) type.
"""
isbits(x) = isbitstype(typeof(x))

"""
    eval([m::Module,] expr)

Evaluates `expr` as a top-level statement of module `m` (the current module when omitted);
`@eval expr` does so with `\$(...)` interpolated into `expr`.
"""
eval(x) = eval(__current_module__(), x)
"""
    getglobal(m::Module, name::Symbol)
    setglobal!(m::Module, name::Symbol, x)

The global `name` of module `m`, read or assigned (as `m.name` and `m.name = x`).
"""
getglobal(m::Module, s::Symbol) = getproperty(m, s)
setglobal!(m::Module, s::Symbol, x) = setproperty!(m, s, x)
"""
    macroexpand(m::Module, ex; recursive = true)

The code the macro calls in `ex` stand for, expanded as they would be in module `m` (only the
outermost call unless `recursive`), as `@macroexpand` gives it.
"""
macroexpand(m::Module, ex; recursive::Bool = true) =
    eval(m, Expr(:macrocall, recursive ? Symbol("@macroexpand") : Symbol("@macroexpand1"), LineNumberNode(0, :none), ex))

"""
    esc(e)

In a macro's result: `e` is the caller's code, left as written. The rest of an expansion is
hygienic: the variables it assigns are renamed to fresh names, and its other names refer to the
macro's own module.
"""
esc(e) = Expr(:escape, e)

const _gensym_count = Ref(0)
"""
    gensym([tag])

A new symbol no program text can spell, for a macro's temporary variables.
"""
gensym() = (_gensym_count[] += 1; Symbol(string("##", _gensym_count[])))
gensym(tag) = (_gensym_count[] += 1; Symbol(string("##", tag, "#", _gensym_count[])))

"""
    Val(c)

A value of type `Val{c}`: carries `c` in its type, so that methods can dispatch on it
(`f(::Val{true})`).
"""
struct Val{x} end
Val(x) = Val{x}()

# hasmethod and which take the argument types as a Tuple type or as a tuple of types
hasmethod(f, t::Tuple) = hasmethod(f, Tuple{t...})
hasmethod(f, t::Tuple, kwnames::Tuple) = hasmethod(f, Tuple{t...}, kwnames)
which(f, t::Tuple) = which(f, Tuple{t...})
"""
    functionloc(f, types)
    functionloc(m::Method)

The file and line where the method `f(::types...)` is defined.
"""
functionloc(m::Method) = (string(m.file), m.line)
functionloc(f, types) = functionloc(which(f, types))
function functionloc(f)
    ms = methods(f)
    length(ms) == 1 || error("function has multiple methods; please specify a type signature")
    functionloc(ms[1])
end
"""
    fieldname(T, i)

The name of field `i` of type `T`.
"""
fieldname(T::Type, i::Integer) = fieldnames(T)[i]
"""
    @invoke f(x::T, y)

`invoke(f, Tuple{T, Core.Typeof(y)}, x, y)`: calls the method of `f` for the declared types,
not the arguments' own (an argument without `::T` keeps its own type).
"""
macro invoke(ex)
    (ex isa Expr && ex.head === :call) || throw(ArgumentError("@invoke expects a call, as in `@invoke f(x::T)`"))
    args = ex.args[2:end]
    temps = [gensym("arg") for _ in args]
    binds = [:($t = $(esc(a isa Expr && a.head === :(::) ? a.args[1] : a))) for (t, a) in zip(temps, args)]
    types = [a isa Expr && a.head === :(::) ? esc(a.args[2]) : :(Core.Typeof($t)) for (t, a) in zip(temps, args)]
    :(let $(binds...); invoke($(esc(ex.args[1])), Tuple{$(types...)}, $(temps...)) end)
end
"""
    @invokelatest f(args...)

`invokelatest(f, args...)`.
"""
macro invokelatest(ex)
    (ex isa Expr && ex.head === :call) || throw(ArgumentError("@invokelatest expects a call"))
    :(invokelatest($(map(esc, ex.args)...)))
end
"""
    fullname(m::Module)

The module's path as symbols: `fullname(Base.Iterators) == (:Base, :Iterators)`.
"""
fullname(m::Module) = (p = parentmodule(m); p === m ? (nameof(m),) : (fullname(p)..., nameof(m)))

"""
    parentmodule(m::Method)

The module whose code defined the method `m` (its `module` field).
"""
parentmodule(m::Method) = m.module

"""
    parentmodule(f, types)

The module defining the first method of `f` that `types` (a tuple of argument types) selects;
an error when no method of `f` applies to them.
"""
function parentmodule(f, types)
    ms = methods(f, types)
    isempty(ms) && error("no matching methods")
    return parentmodule(first(ms))
end

"""
    names(m::Module; all = false, imported = false)

The names `m` exports (and its own name), sorted; with `all = true` every name it binds, the
ones it does not export and hidden ones (`#...`) too.
"""
names(m::Module; all::Bool = false, imported::Bool = false) = all ? _all_names(m) : _exported_names(m)
# the root module (a package's, Base, Main) of m: Base for Base.Iterators, Main for Main.M.Sub
function moduleroot(m::Module)
    while true
        p = parentmodule(m)
        p === m && return m
        m = p
    end
end
pathof(m::Module) = nothing   # (no module here comes from a package directory)
# as Julia's: right for assignments, pairs, arrows, control flow and ^; none for comparisons and + * ++
function operator_associativity(s::Symbol)
    p = operator_precedence(s)
    if p in (operator_precedence(:(-->)), operator_precedence(:(=)), operator_precedence(:(&&)), operator_precedence(:(=>)),
             operator_precedence(:^)) || s === :<|
        return :right
    elseif p in (0, operator_precedence(:>)) || s in (:+, :++, :*)
        return :none
    end
    :left
end
# The type a value dispatches as: Type{T} for a type T, else typeof(x)
Core.Typeof(x) = x isa Type ? Type{x} : typeof(x)
# whether t is a Vararg{T, N} (the last parameter of a tuple type of no fixed length)
isvarargtype(t) = t isa Core.TypeofVararg

"""
    Base.Fix1(f, x), Base.Fix2(f, x)

`f` with its first (`Fix1`) or second (`Fix2`) argument fixed to `x`: `Base.Fix2(-, 1)(5) == 4`.
"""
struct Fix1{F,T} <: Function
    f::F
    x::T
end
(f::Fix1)(y) = f.f(f.x, y)
struct Fix2{F,T} <: Function
    f::F
    x::T
end
(f::Fix2)(y) = f.f(y, f.x)

"""
    splat(f)

`f` taking its arguments as one collection: `map(splat(+), [(1, 2), (3, 4)]) == [3, 7]`.
"""
splat(f) = Splat(f)
struct Splat{F} <: Function
    f::F
end
(s::Splat)(args) = s.f(args...)
show(io::IO, s::Splat) = (print(io, "splat("); show(io, s.f); print(io, ")"))
# Nothing is a builtin type: its default constructor, as Julia's struct Nothing end has
Nothing() = nothing
