# The numeric tower on top of the Java intrinsics: promotion, type traits, conversions,
# integer and float functions, checked arithmetic, text forms (string with base/pad,
# bitstring, parse). Arithmetic on two values of one primitive type is a Java intrinsic
# registered per type; everything mixed goes through promote, as in Julia's Base.

const BitSigned = Union{Int8, Int16, Int32, Int64, Int128}
# (Julia's: what can be called like a function, for signatures)
const Callable = Union{Function, Type}
const BitUnsigned = Union{UInt8, UInt16, UInt32, UInt64, UInt128}
const BitInteger = Union{BitSigned, BitUnsigned}
const BitSigned64 = Union{Int8, Int16, Int32, Int64}
const BitUnsigned64 = Union{UInt8, UInt16, UInt32, UInt64}
const BitInteger64 = Union{BitSigned64, BitUnsigned64}
const IEEEFloat = Union{Float16, Float32, Float64}

## promotion (base/promotion.jl) ##

"""
    promote_rule(type1, type2)

The type `promote` should convert values of `type1` and `type2` to. Define methods on it for
new types; only one argument order is needed.
"""
promote_rule(::Type, ::Type) = Bottom
# nothing among values of another type: [nothing, 1] is a Vector{Union{Nothing, Int64}} (Julia's some.jl)
promote_rule(::Type{Nothing}, ::Type{T}) where {T} = Union{T, Nothing}
_nonnothingtype(::Type{T}) where {T} = typesplit(T, Nothing)
function promote_rule(::Type{T}, ::Type{S}) where {T>:Nothing, S}
    R = _nonnothingtype(T)
    R >: T && return Any
    Union{promote_type(R, S), Nothing}
end

"""
    promote_type(type1, type2)

The type both arguments convert to without loss (as far as possible), from `promote_rule`.
"""
const Bottom = Union{}
promote_typeof(x...) = promote_type(map_tuple(typeof, x)...)
promote_type() = Bottom
promote_type(T) = T
# Written without static parameters: T and S are constants where this is hot, so the
# comparisons fold and each promote_rule call dispatches on constant Type{...} arguments.
function promote_type(T::Type, S::Type)
    T === S && return T
    T === Bottom && return S
    S === Bottom && return T
    # Usually only one order has a rule; the other gives Union{}.
    a = promote_rule(T, S)
    b = promote_rule(S, T)
    a === Bottom && return b === Bottom ? typejoin(T, S) : b
    b === Bottom && return a
    # (two rules may build the same union separately: Union{Missing, Nothing} both ways)
    a === b || a == b ? a : promote_type(a, b)
end
promote_type(T, S, U, Vs...) = promote_type(promote_type(T, S), U, Vs...)

"""
    promote_typejoin(T, S)

A type containing both `T` and `S`: their `typejoin`, or a small `Union` with `Nothing` or
`Missing` (what `collect` widens an element type to).
"""
function promote_typejoin(T::Type, S::Type)
    T === S && return T
    if T === Nothing || T === Missing
        return S === Nothing || S === Missing ? Union{T, S} : isconcretetype(S) || S === Bottom ? Union{S, T} : Any
    elseif S === Nothing || S === Missing
        return isconcretetype(T) || T === Bottom ? Union{T, S} : Any
    end
    typejoin(T, S)
end

"""
    promote(xs...)

Convert all arguments to a common type (see `promote_type`) and return them as a tuple.
"""
promote() = ()
promote(x) = (x,)
# (values of one type stay as they are; values of several types that promotion leaves unchanged
# are Julia's "promotion of types ... failed to change any arguments")
function promote(x, y)
    typeof(x) === typeof(y) && return (x, y)
    T = promote_type(typeof(x), typeof(y))
    p = (convert(T, x), convert(T, y))
    # (element by element: typeof of a whole tuple builds a tuple type on every call)
    typeof(p[1]) === typeof(x) && typeof(p[2]) === typeof(y) && _sametype_error((x, y))
    p
end
function promote(x, y, z)
    T = promote_type(typeof(x), typeof(y), typeof(z))
    p = (convert(T, x), convert(T, y), convert(T, z))
    typeof(p[1]) === typeof(x) && typeof(p[2]) === typeof(y) && typeof(p[3]) === typeof(z) &&
        !(typeof(x) === typeof(y) === typeof(z)) && _sametype_error((x, y, z))
    p
end
_promote_fold(T) = T
_promote_fold(T, w, ws...) = _promote_fold(promote_type(T, typeof(w)), ws...)
function promote(x, y, z, ws...)
    T = _promote_fold(promote_type(typeof(x), typeof(y), typeof(z)), ws...)
    (convert(T, x), convert(T, y), convert(T, z), map_tuple(w -> convert(T, w), ws)...)
end

# Integers (base/int.jl): the larger size wins; at equal size Unsigned wins.
promote_rule(::Type{Int16}, ::Type{<:Union{Int8, UInt8}}) = Int16
promote_rule(::Type{Int32}, ::Type{<:Union{Int8, Int16, UInt8, UInt16}}) = Int32
promote_rule(::Type{Int64}, ::Type{<:Union{Int8, Int16, Int32, UInt8, UInt16, UInt32}}) = Int64
promote_rule(::Type{Int128}, ::Type{<:Union{BitSigned64, BitUnsigned64}}) = Int128
promote_rule(::Type{UInt8}, ::Type{Int8}) = UInt8
promote_rule(::Type{UInt16}, ::Type{<:Union{Int8, Int16, UInt8}}) = UInt16
promote_rule(::Type{UInt32}, ::Type{<:Union{Int8, Int16, Int32, UInt8, UInt16}}) = UInt32
promote_rule(::Type{UInt64}, ::Type{<:Union{BitSigned64, UInt8, UInt16, UInt32}}) = UInt64
promote_rule(::Type{UInt128}, ::Type{<:Union{BitSigned, BitUnsigned64}}) = UInt128
# Bool yields to any number.
promote_rule(::Type{Bool}, T::Type{<:Number}) = T
# Floats (base/float.jl): any float with any integer gives the float.
promote_rule(::Type{Float32}, ::Type{Float16}) = Float32
promote_rule(::Type{Float64}, ::Type{Float16}) = Float64
promote_rule(::Type{Float64}, ::Type{Float32}) = Float64
promote_rule(T::Type{<:AbstractFloat}, ::Type{<:Integer}) = T

## conversion ##

# (Julia writes the first as convert(::Type{T}, x::T) where {T} = x. These avoid static
# parameters, which are recomputed per call, and that Julia signature is reported ambiguous
# with the Number one by our specificity.)
convert(T::Type, x) = x isa T ? x : _convert_union(T, x)
# A tuple to a tuple type, element by element (Julia's convert(::Type{T}, ::Tuple) where T<:Tuple);
# a length the type does not allow is a MethodError
convert(T::Type{<:Tuple}, x::Tuple) = x isa T ? x : _convert_tuple(T, x)
function _convert_tuple(T, x)
    T isa DataType || throw(MethodError(convert, (T, x)))
    ps = T.parameters
    np = length(ps)
    vararg = np > 0 && ps[np] isa TypeofVararg
    (vararg ? length(x) >= np - 1 : length(x) == np) || throw(MethodError(convert, (T, x)))
    ntuple(i -> convert(vararg && i >= np ? ps[np].T : ps[i], x[i]), length(x))
end
# Union{Nothing, T} and Union{Missing, T} take what converts to T (Julia's convert methods for
# T>:Nothing and T>:Missing), so that [1, 2.0, missing] is a Vector{Union{Missing, Float64}}
function _convert_union(T, x)
    if T isa Union
        R = _nonnothingtype(T)
        R === T && (R = nonmissingtype(T))
        R !== T && R !== Union{} && return convert(R, x)
    end
    throw(MethodError(convert, (T, x)))
end
convert(T::Type{<:Number}, x::Number) = x isa T ? x : T(x)
oftype(x, y) = convert(typeof(x), y)
float(x::AbstractFloat) = x
float(x::Integer) = Float64(x)
float(x::Bool) = Float64(x)
float(T::Type{<:AbstractFloat}) = T
float(::Type{<:Integer}) = Float64
# any other value: through AbstractFloat, which a program extends for its own number types
float(x) = AbstractFloat(x)
float(::Type{T}) where {T<:Number} = typeof(float(zero(T)))
Bool(x::Bool) = x
Integer(x::Integer) = x
Integer(x::AbstractFloat) = Int(x)
Signed(x::Signed) = x
Unsigned(x::Unsigned) = x
Signed(x::Unsigned) = signed(x)
Unsigned(x::Signed) = unsigned(x)
Signed(x::Union{Bool, AbstractFloat}) = Int(x)
Unsigned(x::Union{Bool, AbstractFloat}) = UInt(x)
AbstractFloat(x::AbstractFloat) = x
AbstractFloat(x::Integer) = float(x)
convert(::Type{Integer}, x::Integer) = x
convert(::Type{Integer}, x::Real) = Int(x)
convert(::Type{Signed}, x::Real) = Signed(x)
convert(::Type{Unsigned}, x::Real) = Unsigned(x)
convert(::Type{AbstractFloat}, x::Real) = float(x)

# Characters convert to and from their code points.
Int8(c::Char) = Int8(Int64(c))
Int16(c::Char) = Int16(Int64(c))
Int32(c::Char) = Int32(Int64(c))
Int128(c::Char) = Int128(Int64(c))
UInt8(c::Char) = UInt8(Int64(c))
UInt16(c::Char) = UInt16(Int64(c))
UInt32(c::Char) = UInt32(Int64(c))
UInt64(c::Char) = UInt64(Int64(c))
UInt128(c::Char) = UInt128(Int64(c))
struct CodePointError{T<:Integer} <: Exception
    code::T
end
# as Julia's Char(::UInt32): every value below 0x200000 has a (maybe invalid) UTF-8-style encoding
Char(u::UInt32) = u < 0x00200000 ? _char_of_code(Int64(u)) : throw(CodePointError(u))
Char(x::Int64) = 0 <= x < 0x00200000 ? _char_of_code(x) : Char(UInt32(x))
Char(x::Number) = Char(UInt32(x))
convert(::Type{Char}, x::Integer) = Char(x)

# Julia's bitcast: the same bytes as another primitive type (a program's `primitive type` too)
reinterpret(::Type{T}, x) where {T} = _bitcast(T, x)

signed(x::Signed) = x
signed(x::UInt8) = reinterpret(Int8, x)
signed(x::UInt16) = reinterpret(Int16, x)
signed(x::UInt32) = reinterpret(Int32, x)
signed(x::UInt64) = reinterpret(Int64, x)
signed(x::UInt128) = reinterpret(Int128, x)
signed(x::Bool) = Int(x)
unsigned(x::Unsigned) = x
unsigned(x::Int8) = reinterpret(UInt8, x)
unsigned(x::Int16) = reinterpret(UInt16, x)
unsigned(x::Int32) = reinterpret(UInt32, x)
unsigned(x::Int64) = reinterpret(UInt64, x)
unsigned(x::Int128) = reinterpret(UInt128, x)
unsigned(x::Bool) = UInt(x)
signed(::Type{T}) where {T<:Signed} = T
signed(::Type{UInt8}) = Int8
signed(::Type{UInt16}) = Int16
signed(::Type{UInt32}) = Int32
signed(::Type{UInt64}) = Int64
signed(::Type{UInt128}) = Int128
unsigned(::Type{T}) where {T<:Unsigned} = T
unsigned(::Type{Int8}) = UInt8
unsigned(::Type{Int16}) = UInt16
unsigned(::Type{Int32}) = UInt32
unsigned(::Type{Int64}) = UInt64
unsigned(::Type{Int128}) = UInt128

## type traits ##

typemin(::Type{Bool}) = false
typemax(::Type{Bool}) = true
typemin(::Type{Int8}) = Int8(-128)
typemax(::Type{Int8}) = Int8(127)
typemin(::Type{Int16}) = Int16(-32768)
typemax(::Type{Int16}) = Int16(32767)
typemin(::Type{Int32}) = Int32(-2147483648)
typemax(::Type{Int32}) = Int32(2147483647)
typemin(::Type{Int64}) = -9223372036854775807 - 1
typemax(::Type{Int64}) = 9223372036854775807
typemin(::Type{Int128}) = Int128(1) << 127
typemax(::Type{Int128}) = ~(Int128(1) << 127)
typemin(::Type{UInt8}) = 0x00
typemax(::Type{UInt8}) = 0xff
typemin(::Type{UInt16}) = 0x0000
typemax(::Type{UInt16}) = 0xffff
typemin(::Type{UInt32}) = 0x00000000
typemax(::Type{UInt32}) = 0xffffffff
typemin(::Type{UInt64}) = 0x0000000000000000
typemax(::Type{UInt64}) = 0xffffffffffffffff
typemin(::Type{UInt128}) = UInt128(0)
typemax(::Type{UInt128}) = ~UInt128(0)
typemin(::Type{Float16}) = -Inf16
typemax(::Type{Float16}) = Inf16
typemin(::Type{Float32}) = -Inf32
typemax(::Type{Float32}) = Inf32
typemin(::Type{Float64}) = -Inf
typemax(::Type{Float64}) = Inf
typemin(x::Real) = typemin(typeof(x))
typemax(x::Real) = typemax(typeof(x))

sizeof(::Type{Bool}) = 1
sizeof(::Type{Int8}) = 1
sizeof(::Type{UInt8}) = 1
sizeof(::Type{Int16}) = 2
sizeof(::Type{UInt16}) = 2
sizeof(::Type{Float16}) = 2
sizeof(::Type{Int32}) = 4
sizeof(::Type{UInt32}) = 4
sizeof(::Type{Float32}) = 4
sizeof(::Type{Int64}) = 8
sizeof(::Type{UInt64}) = 8
sizeof(::Type{Float64}) = 8
sizeof(::Type{Int128}) = 16
sizeof(::Type{UInt128}) = 16
sizeof(::Type{Char}) = 4
sizeof(x::Number) = sizeof(typeof(x))
sizeof(x::Char) = 4
# an array's elements: their own size when stored inline (isbits ones), a pointer's otherwise
sizeof(a::Array) = length(a) * (isbitstype(eltype(a)) ? sizeof(eltype(a)) : 8)
"""
    sizeof(T::DataType)
    sizeof(x)

The bytes a value of the concrete type `T` takes as Julia lays it out on x86-64: each field at
an offset aligned to its own alignment (isbits fields inline, others as 8-byte pointers), the
whole rounded up to its largest alignment (`sizeof(Pair{Int8, Int64}) == 16`).
"""
function sizeof(T::DataType)
    isabstracttype(T) && throw(ErrorException(string("Abstract type ", T, " does not have a definite size.")))
    isconcretetype(T) || throw(ErrorException(string("Argument is an incomplete ", T, " type and does not have a definite size.")))
    (T <: Array || T === String || T === Symbol) && throw(ErrorException(string("type ", nameof(T), " does not have a definite size.")))
    isprimitivetype(T) && return _primitive_size(T)   # a program's `primitive type T 24 end`
    _struct_layout(T)[1]
end
sizeof(x) = isstructtype(typeof(x)) || isprimitivetype(typeof(x)) || x isa Tuple || x isa Complex ? sizeof(typeof(x)) : throw(MethodError(sizeof, (x,)))
sizeof(T::Union{UnionAll, Union}) = throw(ErrorException(string("Argument is an incomplete ", T, " type and does not have a definite size.")))
# (size, alignment) of a struct type
function _struct_layout(T)
    offset = 0
    align = 1
    for ft in fieldtypes(T)
        s, a = _field_layout(ft)
        offset = cld(offset, a) * a + s
        align = max(align, a)
    end
    (cld(offset, align) * align, align)
end
# a primitive type aligns to the power of two at or above its size (jl_new_primitivetype), 16 at most
_field_layout(ft) = !isbitstype(ft) ? (8, 8) : isprimitivetype(ft) ? (sizeof(ft), min(nextpow(2, sizeof(ft)), 16)) : _struct_layout(ft)
# the byte offset of each field in that layout
function _field_offsets(T)
    offsets = Int[]
    offset = 0
    for ft in fieldtypes(T)
        s, a = _field_layout(ft)
        offset = cld(offset, a) * a
        push!(offsets, offset)
        offset += s
    end
    offsets
end
"""
    fieldoffset(T, i)

The byte offset of field `i` of type `T` from the start of its data, as Julia lays it out on
x86-64 (each field aligned to its own alignment): `fieldoffset(ComplexF64, 2) == 0x08`.
"""
fieldoffset(T::DataType, i::Integer) = UInt64(_field_offsets(T)[i])

zero(T::Type{<:Number}) = convert(T, 0)
one(T::Type{<:Number}) = convert(T, 1)
zero(::Type{Bool}) = false
one(::Type{Bool}) = true
zero(x::Number) = zero(typeof(x))
one(x::Number) = one(typeof(x))
oneunit(x) = one(x)
oneunit(T::Type) = one(T)

widen(::Type{Int8}) = Int16
widen(::Type{Int16}) = Int32
widen(::Type{Int32}) = Int64
widen(::Type{Int64}) = Int128
widen(::Type{UInt8}) = UInt16
widen(::Type{UInt16}) = UInt32
widen(::Type{UInt32}) = UInt64
widen(::Type{UInt64}) = UInt128
widen(::Type{Bool}) = Int64
widen(::Type{Float16}) = Float32
widen(::Type{Float32}) = Float64
widen(x::Number) = convert(widen(typeof(x)), x)
widemul(x::Number, y::Number) = widen(x) * widen(y)

## floating-point constants and traits ##

const Inf64 = 1.0 / 0.0
const NaN64 = NaN
const Inf32 = Float32(Inf64)
const NaN32 = reinterpret(Float32, 0x7fc00000)
const Inf16 = Float16(Inf64)
const NaN16 = reinterpret(Float16, 0x7e00)

floatmax(::Type{Float16}) = reinterpret(Float16, 0x7bff)
floatmax(::Type{Float32}) = reinterpret(Float32, 0x7f7fffff)
floatmax(::Type{Float64}) = reinterpret(Float64, 0x7fefffffffffffff)
floatmin(::Type{Float16}) = reinterpret(Float16, 0x0400)
floatmin(::Type{Float32}) = reinterpret(Float32, 0x00800000)
floatmin(::Type{Float64}) = reinterpret(Float64, 0x0010000000000000)
eps(::Type{Float16}) = reinterpret(Float16, 0x1400)
eps(::Type{Float32}) = reinterpret(Float32, 0x34000000)
eps(::Type{Float64}) = reinterpret(Float64, 0x3cb0000000000000)
floatmax(x::AbstractFloat) = floatmax(typeof(x))
floatmin(x::AbstractFloat) = floatmin(typeof(x))
floatmax() = floatmax(Float64)
floatmin() = floatmin(Float64)
eps() = eps(Float64)
# The distance to the next float of larger magnitude (Julia's eps(x)).
function eps(x::AbstractFloat)
    isfinite(x) || return oftype(x, NaN)
    a = abs(x)
    a == floatmax(x) ? a - prevfloat(a) : nextfloat(a) - a
end
nextfloat(x::AbstractFloat, n::Integer) = n < 0 ? prevfloat(x, -n) : (for i in 1:n; x = nextfloat(x); end; x)
prevfloat(x::AbstractFloat, n::Integer) = n < 0 ? nextfloat(x, -n) : (for i in 1:n; x = prevfloat(x); end; x)

isnan(x::Real) = false
isinf(x::Real) = false
isfinite(x::Real) = true
isinteger(x::Integer) = true
isinteger(x::AbstractFloat) = isfinite(x) & (trunc(x) == x)
signbit(x::Signed) = x < 0
signbit(x::Unsigned) = false
signbit(x::Bool) = false

## integer functions ##

abs(x::Unsigned) = x
abs(x::Signed) = flipsign(x, x)
abs(x::Bool) = x
flipsign(x::T, y::T) where {T<:Signed} = y < zero(y) ? -x : x
flipsign(x::Signed, y::Real) = signbit(y) ? -x : x
# (Julia's number.jl fallbacks: an unsigned x flips too, flipsign(0x03, -1) == 0xfd; Bool becomes Int)
flipsign(x::Real, y::Real) = ifelse(signbit(y), -x, +x)
flipsign(x::AbstractFloat, y::Real) = signbit(y) ? -x : x
copysign(x::Signed, y::Real) = signbit(x) != signbit(y) ? -x : x
copysign(x::Real, y::Real) = ifelse(signbit(x) != signbit(y), -x, +x)
copysign(x::AbstractFloat, y::Real) = copysign(x, convert(typeof(x), y))
sign(x::Unsigned) = x == zero(x) ? x : one(x)
sign(x::AbstractFloat) = x == 0 ? x : isnan(x) ? x : copysign(one(x), x)
abs2(x::Number) = x * x

# Signed/unsigned pairs compare by value, not by promoting to the unsigned type.
==(x::BitSigned, y::BitUnsigned) = (x >= zero(x)) & (unsigned(x) == y)
==(x::BitUnsigned, y::BitSigned) = (y >= zero(y)) & (x == unsigned(y))
<(x::BitSigned, y::BitUnsigned) = (x < zero(x)) | (unsigned(x) < y)
<(x::BitUnsigned, y::BitSigned) = (y >= zero(y)) & (x < unsigned(y))
<=(x::BitSigned, y::BitUnsigned) = (x < zero(x)) | (unsigned(x) <= y)
<=(x::BitUnsigned, y::BitSigned) = (y >= zero(y)) & (x <= unsigned(y))

# Bool ÷ Bool stays Bool (Julia's bool.jl)
div(x::Bool, y::Bool) = y ? x : throw(DivideError())
rem(x::Bool, y::Bool) = y ? false : throw(DivideError())
mod(x::Bool, y::Bool) = rem(x, y)
fld(x::Bool, y::Bool) = div(x, y)
cld(x::Bool, y::Bool) = div(x, y)
div(x::Signed, y::Unsigned) = flipsign(signed(div(unsigned(abs(x)), y)), x)
div(x::Unsigned, y::Signed) = unsigned(flipsign(signed(div(x, unsigned(abs(y)))), y))
rem(x::Signed, y::Unsigned) = flipsign(signed(rem(unsigned(abs(x)), y)), x)
rem(x::Unsigned, y::Signed) = rem(x, unsigned(abs(y)))
fld(x::Signed, y::Unsigned) = div(x, y) - (signbit(x) & (rem(x, y) != 0))
fld(x::Unsigned, y::Signed) = div(x, y) - (signbit(y) & (rem(x, y) != 0))
cld(x::Signed, y::Unsigned) = div(x, y) + (!signbit(x) & (rem(x, y) != 0))
cld(x::Unsigned, y::Signed) = div(x, y) + (!signbit(y) & (rem(x, y) != 0))
mod(x::Signed, y::Unsigned) = rem(y + unsigned(rem(x, y)), y)
mod(x::Unsigned, y::Signed) = rem(y + signed(rem(x, y)), y)

# Shift counts of any integer type; the intrinsics take Int64 counts.
function _shift_count(c::Integer)
    c > 1000 ? 1000 : c < -1000 ? -1000 : Int64(c)
end
<<(x::BitInteger, c::Integer) = x << _shift_count(c)
>>(x::BitInteger, c::Integer) = x >> _shift_count(c)
>>>(x::BitInteger, c::Integer) = x >>> _shift_count(c)
<<(x::Bool, c::Integer) = Int64(x) << c
>>(x::Bool, c::Integer) = Int64(x) >> c
>>>(x::Bool, c::Integer) = Int64(x) >>> c

(&)(x::Integer, y::Integer) = _promoted(&, x, y)
(|)(x::Integer, y::Integer) = _promoted(|, x, y)
xor(x::Integer, y::Integer) = _promoted(xor, x, y)
⊻(x::Integer, y::Integer) = xor(x, y)
count_zeros(x::Integer) = count_ones(~x)
leading_ones(x::Integer) = leading_zeros(~x)
trailing_ones(x::Integer) = trailing_zeros(~x)
count_ones(x::Bool) = Int64(x)
ispow2(x::Integer) = x > 0 && count_ones(x) == 1
ispow2(x::AbstractFloat) = !iszero(x) && frexp(x)[1] == 0.5
ispow2(x::Number) = isreal(x) && ispow2(real(x))
# the bits of x rotated left by k (right for negative k), as Julia's bitrotate
bitrotate(x::T, k::Integer) where {T<:BitInteger} = (x << ((8 * sizeof(T) - 1) & k)) | (x >>> ((8 * sizeof(T) - 1) & -k))
top_set_bit(x::Integer) = 8 * sizeof(x) - leading_zeros(x)

# (hardware numbers and the other Base numbers have x^p for an Int64 p; any other number type,
# as a user's, is Julia's power_by_squaring with its own *)
^(x::Number, p::Integer) = p isa Int64 ? power_by_squaring(x, p) : x ^ Int64(p)
^(x::Bool, p::Bool) = x | !p
# false is a strong zero (Julia's bool.jl): false * NaN == 0.0, false * -Inf == -0.0, false + -0.0 == -0.0
*(x::Bool, y::T) where {T<:AbstractFloat} = ifelse(x, y, copysign(zero(y), y))
*(y::AbstractFloat, x::Bool) = x * y
+(x::Bool, y::T) where {T<:AbstractFloat} = ifelse(x, oneunit(y) + y, y)
+(y::AbstractFloat, x::Bool) = x + y
inv(x::Number) = one(x) / x
# x^p for a literal integer p is _literal_pow(^, x, p), as Julia's literal_pow(^, x, Val(p)): for
# hardware numbers (and their Complex and Rational) x^2 is x*x, x^3 is x*x*x, x^-1 is inv(x) (so
# 2^-1 == 0.5) and x^-2 is inv(x)^2; anything else, and any other ^, is the call itself
const _HWReal = Union{Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float32, Float64}
# (a float: x^p, but x^-1 is inv(x); another number: x^-n is inv(x)^n, so big(2)^-1 == 0.5)
function _literal_pow(f, x, p)
    f === (^) || return f(x, p)
    x isa AbstractFloat && return p == -1 ? inv(x) : x^p
    p < 0 && x isa Number ? inv(x)^(-p) : x^p
end
_literal_pow(::typeof(^), x::_HWReal, p::Int) = _hw_literal_pow(x, p)
function _hw_literal_pow(x, p::Int)
    p == 0 && return one(x)
    p == 1 && return x
    p == 2 && return x * x
    p == 3 && return x * x * x
    p == -1 && return inv(x)
    p == -2 && return (i = inv(x); i * i)
    # (Julia's: an integer to another negative literal power is Float64(x)^p, so 2^-3 == 0.125)
    p < 0 && x isa Integer && return Float64(x)^p
    x^p
end
_literal_pow(::typeof(^), x::Float16, p::Int) = Float16(_literal_pow(^, Float32(x), p))
literal_pow(f, x, ::Val{p}) where {p} = _literal_pow(f, x, p)
/(x::Integer, y::Integer) = float(x) / float(y)
muladd(x::Number, y::Number, z::Number) = x * y + z
fma(x::Number, y::Number, z::Number) = fma(promote(x, y, z)...)
# exact types (integers, rationals) need no fused rounding; floats have their own methods
fma(x::T, y::T, z::T) where {T<:Number} = x * y + z
muladd(x::T, y::T, z::T) where {T<:Integer} = x * y + z

function gcd(a::T, b::T) where {T<:Integer}
    a0 = a
    b0 = b
    while b != zero(b)
        t = b
        b = rem(a, b)
        a = t
    end
    # (a gcd of typemin with a non-zero value: Julia's __throw_gcd_overflow)
    a isa BitSigned && a == typemin(T) && !iszero(a0) && !iszero(b0) &&
        throw(OverflowError(string("gcd(", a0, ", ", b0, ") overflows")))
    checked_abs(a)
end
gcd(a::Integer, b::Integer) = gcd(promote(a, b)...)
gcd(a::Integer) = checked_abs(a)
gcd(a::Integer, b::Integer, c::Integer, ds::Integer...) = gcd(gcd(a, b), c, ds...)
gcd(a::AbstractArray{<:Integer}) = reduce(gcd, a; init = zero(eltype(a)))
lcm(a::AbstractArray{<:Integer}) = reduce(lcm, a; init = one(eltype(a)))
function lcm(a::T, b::T) where {T<:Integer}
    a == zero(a) && return a
    checked_abs(checked_mul(a, div(b, gcd(b, a))))
end
lcm(a::Integer, b::Integer) = lcm(promote(a, b)...)
lcm(a::Integer, b::Integer, c::Integer, ds::Integer...) = lcm(lcm(a, b), c, ds...)

divrem(x::Real, y::Real) = (div(x, y), rem(x, y))
fldmod(x::Real, y::Real) = (fld(x, y), mod(x, y))
"""
    fld1(x, y)

Flooring division that goes with `mod1`: `fld1(x, y) == fld(x - mod1(x, y), y) + 1`.
"""
fld1(x::T, y::T) where {T<:Real} = (m = mod1(x, y); fld(x - m, y) + one(T))
fld1(x::Real, y::Real) = fld1(promote(x, y)...)
fldmod1(x, y) = (fld1(x, y), mod1(x, y))

## rounding ##

# a singleton type per mode, its name the type parameter (Julia's RoundingMode{T}): methods can
# dispatch on ::RoundingMode{:Up}; _rounding_name gives the Symbol back
struct RoundingMode{T} end
_rounding_name(::RoundingMode{T}) where {T} = T
const RoundNearest = RoundingMode{:Nearest}()
const RoundToZero = RoundingMode{:ToZero}()
const RoundUp = RoundingMode{:Up}()
const RoundDown = RoundingMode{:Down}()
const RoundNearestTiesAway = RoundingMode{:NearestTiesAway}()
const RoundNearestTiesUp = RoundingMode{:NearestTiesUp}()
const RoundFromZero = RoundingMode{:FromZero}()

# T(x, r) for a float type T: x converted to T, rounded in the direction r when it falls between
# two floats (Julia's _convert_rounding: the nearest float, then one step if it lies on the wrong side)
(::Type{T})(x::Real, r::RoundingMode) where {T<:AbstractFloat} = _convert_rounding(T, x, r)::T
_convert_rounding(::Type{T}, x::Real, ::RoundingMode{:Nearest}) where {T<:AbstractFloat} = convert(T, x)::T
function _convert_rounding(::Type{T}, x::Real, ::RoundingMode{:Down}) where {T<:AbstractFloat}
    y = convert(T, x)::T
    y > x ? prevfloat(y) : y
end
function _convert_rounding(::Type{T}, x::Real, ::RoundingMode{:Up}) where {T<:AbstractFloat}
    y = convert(T, x)::T
    y < x ? nextfloat(y) : y
end
function _convert_rounding(::Type{T}, x::Real, ::RoundingMode{:ToZero}) where {T<:AbstractFloat}
    y = convert(T, x)::T
    x > 0 ? (y > x ? prevfloat(y) : y) : (y < x ? nextfloat(y) : y)
end
function _convert_rounding(::Type{T}, x::Real, ::RoundingMode{:FromZero}) where {T<:AbstractFloat}
    y = convert(T, x)::T
    x < 0 ? (y > x ? prevfloat(y) : y) : (y < x ? nextfloat(y) : y)
end

# div(x, y, r): the quotient rounded as r says (ToZero is div, Down fld, Up cld)
function div(x::Integer, y::Integer, r::RoundingMode)
    n = _rounding_name(r)
    n === :ToZero && return div(x, y)
    n === :Down && return fld(x, y)
    n === :Up && return cld(x, y)
    n === :FromZero && return signbit(x) == signbit(y) ? cld(x, y) : fld(x, y)
    q, m = fldmod(x, y)             # x == q*y + m, m between 0 and y
    t = 2 * m
    above = y > 0 ? t > y : t < y   # beyond the half-way point
    t == y || return above ? q + one(q) : q
    n === :Nearest && return isodd(q) ? q + one(q) : q
    n === :NearestTiesUp && return q + one(q)
    n === :NearestTiesAway && return q >= 0 ? q + one(q) : q
    throw(ArgumentError(string("div: unsupported rounding mode ", n)))
end
function div(x::Real, y::Real, r::RoundingMode)
    n = _rounding_name(r)
    n === :ToZero && return div(x, y)
    n === :Down && return fld(x, y)
    n === :Up && return cld(x, y)
    round(x / y, r)
end
# rem(x, y, r): the remainder after div(x, y, r), x - y * div(x, y, r), exactly
function rem(x::Real, y::Real, r::RoundingMode)
    n = _rounding_name(r)
    n === :ToZero && return rem(x, y)
    n === :Down && return mod(x, y)
    n === :Up && return mod(x, -y)
    if n === :Nearest && (x isa AbstractFloat || y isa AbstractFloat)
        T = promote_type(typeof(x), typeof(y))
        # (the remainder of two floats is exact in any wider format)
        return T(_ieee_remainder(Float64(x), Float64(y)))
    end
    x - y * div(x, y, r)
end
# the quotient rounded by r and the remainder that goes with it: divrem(-7, 2, RoundDown) == (-4, 1)
divrem(x::Real, y::Real, r::RoundingMode) = (div(x, y, r), rem(x, y, r))

# irrationals round as their Float64
round(x::AbstractIrrational; kws...) = round(Float64(x); kws...)
round(x::AbstractIrrational, r::RoundingMode; kws...) = round(Float64(x), r; kws...)
round(::Type{T}, x::AbstractIrrational) where {T<:Integer} = round(T, Float64(x))
floor(x::AbstractIrrational; kws...) = floor(Float64(x); kws...)
ceil(x::AbstractIrrational; kws...) = ceil(Float64(x); kws...)
trunc(x::AbstractIrrational; kws...) = trunc(Float64(x); kws...)
floor(::Type{T}, x::AbstractIrrational) where {T<:Integer} = floor(T, Float64(x))
ceil(::Type{T}, x::AbstractIrrational) where {T<:Integer} = ceil(T, Float64(x))
trunc(::Type{T}, x::AbstractIrrational) where {T<:Integer} = trunc(T, Float64(x))

# to digits, an integer rounds as a float (Julia 1.10: round(43241, digits = -2) == 43200.0)
round(x::Integer, r::RoundingMode = RoundNearest; digits = nothing, sigdigits = nothing, base = 10) =
    digits === nothing && sigdigits === nothing ? x : round(float(x), r; digits = digits, sigdigits = sigdigits, base = base)
trunc(x::Integer; digits = nothing, sigdigits = nothing, base = 10) = round(x, RoundToZero; digits = digits, sigdigits = sigdigits, base = base)
floor(x::Integer; digits = nothing, sigdigits = nothing, base = 10) = round(x, RoundDown; digits = digits, sigdigits = sigdigits, base = base)
ceil(x::Integer; digits = nothing, sigdigits = nothing, base = 10) = round(x, RoundUp; digits = digits, sigdigits = sigdigits, base = base)

function _round_mode(x::AbstractFloat, r::RoundingMode)
    n = _rounding_name(r)
    n === :Nearest ? _round_even(x) : n === :ToZero ? trunc(x) : n === :Up ? ceil(x) : n === :Down ? floor(x) :
        n === :FromZero ? (signbit(x) ? floor(x) : ceil(x)) :
        n === :NearestTiesAway ? (abs(x - trunc(x)) == oftype(x, 0.5) ? trunc(x) + copysign(one(x), x) : _round_even(x)) :
        (abs(x - trunc(x)) == oftype(x, 0.5) ? ceil(x) : _round_even(x))
end
round(::Type{T}, x::AbstractFloat, r::RoundingMode) where {T<:Integer} = trunc(T, _round_mode(x, r))
# to the abstract Integer: an Int of the rounded value (Julia's round(Integer, 2.7) == 3)
round(::Type{Integer}, x::AbstractFloat, r::RoundingMode) = round(Int, x, r)
round(::Type{Integer}, x::Float16) = round(Int, x)
round(::Type{Integer}, x::Float32) = round(Int, x)
round(::Type{Integer}, x::Float64) = round(Int, x)
floor(::Type{Integer}, x::Float16) = floor(Int, x)
floor(::Type{Integer}, x::Float32) = floor(Int, x)
floor(::Type{Integer}, x::Float64) = floor(Int, x)
ceil(::Type{Integer}, x::Float16) = ceil(Int, x)
ceil(::Type{Integer}, x::Float32) = ceil(Int, x)
ceil(::Type{Integer}, x::Float64) = ceil(Int, x)
trunc(::Type{Integer}, x::Float16) = trunc(Int, x)
trunc(::Type{Integer}, x::Float32) = trunc(Int, x)
trunc(::Type{Integer}, x::Float64) = trunc(Int, x)

# round(x; digits, sigdigits, base) as Julia's _round_digits: scale, round, unscale.
function round(x::AbstractFloat, r::RoundingMode = RoundNearest; digits = nothing, sigdigits = nothing, base = 10)
    digits === nothing || sigdigits === nothing || throw(ArgumentError("`round` cannot use both `digits` and `sigdigits` arguments."))
    if digits === nothing
        sigdigits === nothing && return _round_mode(x, r)
        x == 0 && return x
        isfinite(x) || return x
        # (log10 for base 10, exact at powers of ten: round(1e300, sigdigits = 2) == 1.0e300)
        digits = sigdigits - 1 - Int64(floor(base == 10 ? log10(abs(x)) : log(base, abs(x))))
    end
    isfinite(x) || return x
    if digits >= 0
        sc = convert(typeof(x), base)^digits
        y = _round_mode(x * sc, r) / sc
    else
        isc = convert(typeof(x), base)^(-digits)
        y = _round_mode(x / isc, r) * isc
    end
    isfinite(y) ? y : x
end
# floor, ceil and trunc to digits: round in that direction (Julia's floor(x; digits) etc.)
floor(x::AbstractFloat; digits = nothing, sigdigits = nothing, base = 10) = round(x, RoundDown; digits = digits, sigdigits = sigdigits, base = base)
ceil(x::AbstractFloat; digits = nothing, sigdigits = nothing, base = 10) = round(x, RoundUp; digits = digits, sigdigits = sigdigits, base = base)
trunc(x::AbstractFloat; digits = nothing, sigdigits = nothing, base = 10) = round(x, RoundToZero; digits = digits, sigdigits = sigdigits, base = base)
# as Julia's: in the promoted type (log(10, 2f0) is a Float32)
log(b::T, x::T) where {T<:Number} = log(x) / log(b)
log(b::Number, x::Number) = log(promote(b, x)...)

## checked arithmetic (Base.Checked) ##

_throw_overflow(op, x, y) = throw(OverflowError(string(x, " ", op, " ", y, " overflowed for type ", typeof(x))))

function checked_add(x::T, y::T) where {T<:Signed}
    r = x + y
    ((x ⊻ r) & (y ⊻ r)) < zero(T) && _throw_overflow(:+, x, y)
    r
end
function checked_add(x::T, y::T) where {T<:Unsigned}
    r = x + y
    r < x && _throw_overflow(:+, x, y)
    r
end
function checked_sub(x::T, y::T) where {T<:Signed}
    r = x - y
    ((x ⊻ y) & (x ⊻ r)) < zero(T) && _throw_overflow(:-, x, y)
    r
end
function checked_sub(x::T, y::T) where {T<:Unsigned}
    x < y && _throw_overflow(:-, x, y)
    x - y
end
function checked_mul(x::T, y::T) where {T<:Signed}
    r = x * y
    overflow = y == -one(T) ? x == typemin(T) : (y != zero(T) && div(r, y) != x)
    overflow && _throw_overflow(:*, x, y)
    r
end
function checked_mul(x::T, y::T) where {T<:Unsigned}
    r = x * y
    (y != zero(T) && div(r, y) != x) && _throw_overflow(:*, x, y)
    r
end
checked_add(x::Bool, y::Bool) = Int64(x) + Int64(y)
checked_sub(x::Bool, y::Bool) = Int64(x) - Int64(y)
checked_mul(x::Bool, y::Bool) = x & y
checked_add(x::Integer, y::Integer) = checked_add(promote(x, y)...)
checked_sub(x::Integer, y::Integer) = checked_sub(promote(x, y)...)
checked_mul(x::Integer, y::Integer) = checked_mul(promote(x, y)...)
checked_add(x::Integer) = x
checked_add(a, b, c, xs...) = checked_add(checked_add(a, b), c, xs...)
checked_mul(a, b, c, xs...) = checked_mul(checked_mul(a, b), c, xs...)
checked_div(x::Integer, y::Integer) = div(x, y)
checked_rem(x::Integer, y::Integer) = rem(x, y)
checked_fld(x::Integer, y::Integer) = fld(x, y)
checked_mod(x::Integer, y::Integer) = mod(x, y)
checked_cld(x::Integer, y::Integer) = cld(x, y)
checked_neg(x::T) where {T<:Integer} = checked_sub(zero(T), x)
function checked_abs(x::T) where {T<:Signed}
    x == typemin(T) && throw(OverflowError(string("checked arithmetic: cannot compute |x| for x = ", x, "::", T)))
    abs(x)
end
checked_abs(x::Integer) = abs(x)
function checked_pow(x::Integer, p::Integer)
    p < 0 && return x ^ p
    r = one(x)
    for i in 1:p
        r = checked_mul(r, x)
    end
    r
end
add_with_overflow(x::T, y::T) where {T<:Integer} = (x + y, (try checked_add(x, y); false catch; true end))
sub_with_overflow(x::T, y::T) where {T<:Integer} = (x - y, (try checked_sub(x, y); false catch; true end))
mul_with_overflow(x::T, y::T) where {T<:Integer} = (x * y, (try checked_mul(x, y); false catch; true end))

function checked_length end   # (its methods are in ranges.jl)
module Checked
import ..Base: checked_add, checked_sub, checked_mul, checked_div, checked_rem, checked_fld, checked_mod,
               checked_cld, checked_neg, checked_abs, checked_pow, checked_length, add_with_overflow, sub_with_overflow,
               mul_with_overflow
export checked_add, checked_sub, checked_mul, checked_div, checked_rem, checked_fld, checked_mod,
       checked_cld, checked_neg, checked_abs, checked_pow, checked_length
end

## float comparison in the total order of isless/isequal ##

isless(x::T, y::T) where {T<:AbstractFloat} =
    isnan(x) ? false : isnan(y) ? true : (x < y) | ((x == y) & signbit(x) & !signbit(y))
isless(x::AbstractFloat, y::AbstractFloat) = isless(promote(x, y)...)
isequal(x::T, y::T) where {T<:AbstractFloat} = (isnan(x) & isnan(y)) | ((x == y) & (signbit(x) == signbit(y)))
# exact, as ==: isequal(2^53 + 1, 2.0^53) is false (promoting would round the integer)
isequal(x::AbstractFloat, y::AbstractFloat) = (isnan(x) & isnan(y)) | ((x == y) & (signbit(x) == signbit(y)))
isequal(x::AbstractFloat, y::Real) = (isnan(x) & isnan(y)) | ((x == y) & (signbit(x) == signbit(y)))
isequal(x::Real, y::AbstractFloat) = (isnan(x) & isnan(y)) | ((x == y) & (signbit(x) == signbit(y)))

## text forms ##

"""
    string(n::Integer; base::Integer = 10, pad::Integer = 1)

`n` in the given base, left-padded with zeros to at least `pad` digits.
"""
string(n::Integer; base::Integer = 10, pad::Integer = 1) = _int_string(n, Int64(base), Int64(pad))
string(b::Bool) = b ? "true" : "false"

"""
    bitstring(x)

The literal bit representation of a primitive number, most significant bit first.
"""
bitstring(x::Number) = isprimitivetype(typeof(x)) ? _bitstring(x) : throw(ArgumentError(string(typeof(x), " not a primitive type")))
bitstring(x) = isprimitivetype(typeof(x)) ? _bitstring(x) : throw(ArgumentError(string(typeof(x), " not a primitive type")))
# a Char's bits are its UTF-8 bytes, first byte most significant (Julia's reinterpret(UInt32, c))
function bitstring(c::Char)
    u = UInt32(0)
    k = 24
    for b in codeunits(string(c))
        u |= UInt32(b) << k
        k -= 8
    end
    bitstring(u)
end

# (unsigned: abs(typemin(Int)) is negative)
# (zero has no digits: ndigits(0, pad = 0) == 0, as Julia's ndigits0z)
function ndigits(x::Integer; base::Integer = 10, pad::Integer = 1)
    (base == -1 || base == 0 || base == 1) && throw(DomainError(base, "The base must not be in `[-1, 0, 1]`."))
    base < -1 && return max(pad, _ndigits_negative_base(x, base))
    # (division truncates toward zero whatever the signs: |x|'s digits without abs, which
    # overflows at typemin; counted, not printed to a string: 60 -> 10 ns)
    n = 0
    while !iszero(x)
        x = div(x, base)
        n += 1
    end
    max(pad, n)
end
# (Julia's ndigits0znb: digits in a negative base)
function _ndigits_negative_base(x::Integer, b::Integer)
    d = 0
    if x isa Unsigned
        d += x != 0
        x = -signed(fld(x, -b))
    end
    while x != 0
        x = cld(x, b)
        d += 1
    end
    d
end
# the digits' type is the base's, their sign the number's (Julia's digits(typeof(base), n; ...))
digits(n::Integer; base::Integer = 10, pad::Integer = 1) = digits(typeof(base), n; base = base, pad = pad)
digits(::Type{T}, n::Integer; base::Integer = 10, pad::Integer = 1) where {T<:Integer} = _digits(T, n, base, pad)
function _digits(::Type{T}, n::Integer, base, pad) where {T<:Integer}
    2 <= abs(base) || throw(DomainError(base, "The base must not be in `[-1, 0, 1]`."))
    v = T[]
    while n != 0 || length(v) < pad
        push!(v, T(rem(n, base)))
        n = div(n, base)
    end
    v
end

"""
    parse(T, s; base = 10)

The number of type `T` that `s` spells; ArgumentError for a malformed string, OverflowError
for an integer out of `T`'s range.
"""
parse(::Type{T}, s::AbstractString; base = nothing) where {T<:Integer} = _parse_int(T, String(s), base === nothing ? 0 : Int64(base), true)
tryparse(::Type{T}, s::AbstractString; base = nothing) where {T<:Integer} = _parse_int(T, String(s), base === nothing ? 0 : Int64(base), false)
parse(::Type{T}, s::AbstractString) where {T<:AbstractFloat} = _parse_float(T, String(s), true)
tryparse(::Type{T}, s::AbstractString) where {T<:AbstractFloat} = _parse_float(T, String(s), false)
parse(::Type{Bool}, s::AbstractString) = _parse_bool(String(s), true)
tryparse(::Type{Bool}, s::AbstractString) = _parse_bool(String(s), false)
# One character is one digit (Julia's letters: A-Z are 10-35; a-z too up to base 36, then 36-61).
function parse(::Type{T}, c::AbstractChar; base::Integer = 10) where {T<:Integer}
    2 <= base <= 62 || throw(ArgumentError("invalid base: base must be 2 ≤ base ≤ 62, got $base"))
    d = '0' <= c <= '9' ? c - '0' :
        'A' <= c <= 'Z' ? c - 'A' + 10 :
        'a' <= c <= 'z' ? c - 'a' + (base <= 36 ? 10 : 36) : throw(ArgumentError("invalid digit: $(repr(c))"))
    d < base || throw(ArgumentError("invalid base $base digit $(repr(c))"))
    convert(T, d)
end
# "true"/"false" (around spaces) or a number that is 0 or 1, as Julia's
function _parse_bool(s, raise)
    if isempty(s)
        raise && throw(ArgumentError("input string is empty"))
        return nothing
    end
    if isnumeric(s[1])
        v = tryparse(UInt8, s)
        (v == 1 || v == 0) && return v == 1
    end
    t = strip(s)
    t == "true" && return true
    t == "false" && return false
    raise || return nothing
    isempty(t) && throw(ArgumentError("input string only contains whitespace"))
    throw(ArgumentError(string("invalid Bool representation: ", repr(s))))
end
function parse(::Type{Number}, s::AbstractString)
    r = tryparse(Int64, s)
    r === nothing || return r
    parse(Float64, s)
end


"""
    clamp(x, lo, hi)

`x` limited to the range `lo..hi`, in the promoted type of the three arguments.
"""
# the nearest value of an integer type: clamp(300, UInt8) == 0xff
# (Julia 1.10's: any x, compared without promotion, then convert(T, x): clamp(2.5, Int) is an InexactError)
function clamp(x, ::Type{T}) where {T<:Integer}
    lo = typemin(T)
    hi = typemax(T)
    return (x > hi) ? hi : (x < lo) ? lo : convert(T, x)
end
# i wrapped into the range r: mod(7, 1:3) == 1
mod(i::Integer, r::AbstractUnitRange{<:Integer}) = mod(i - first(r), length(r)) + first(r)
# (any ordered values, as Julia 1.10's clamp(x::X, lo::L, hi::H) where {X,L,H})
function clamp(x, lo, hi)
    T = promote_type(typeof(x), typeof(lo), typeof(hi))
    x > hi ? convert(T, hi) : x < lo ? convert(T, lo) : convert(T, x)
end

# ---- approximate equality ------------------------------------------------------------------

_rtoldefault(::Type{T}) where {T<:AbstractFloat} = sqrt(eps(T))
_rtoldefault(::Type) = 0
_rtoldefault(x, y, atol) = atol > 0 ? 0 : max(_rtoldefault(typeof(x)), _rtoldefault(typeof(y)))
"""
    isapprox(x, y; atol = 0, rtol = atol > 0 ? 0 : √eps, nans = false) -> Bool
    x ≈ y

Inexact equality: `norm(x - y) <= max(atol, rtol * max(norm(x), norm(y)))`. The default `rtol`
is the square root of the `eps` of the wider float type of `x` and `y` (0 for integers); with
`atol > 0` it is 0.
Arrays compare with the Euclidean norm.
"""
function isapprox(x::Number, y::Number; atol::Real = 0, rtol::Real = _rtoldefault(x, y, atol), nans::Bool = false,
                  norm::Function = abs)
    x == y || (isfinite(x) && isfinite(y) && norm(x - y) <= max(atol, rtol * max(norm(x), norm(y)))) || (nans && isnan(x) && isnan(y))
end
function isapprox(x::AbstractArray, y::AbstractArray; atol::Real = 0,
                  rtol::Real = _rtoldefault(_first_or_zero(x), _first_or_zero(y), atol), nans::Bool = false,
                  norm::Function = _norm2)
    _same_shape(x, y)
    d = norm(x .- y)
    isfinite(d) ? (iszero(rtol) ? d <= atol : d <= max(atol, rtol * max(norm(x), norm(y)))) :
        all(((a, b),) -> isapprox(a, b; atol = atol, rtol = rtol, nans = nans), zip(x, y))
end
# (Julia's names for the default rtol: Base.rtoldefault(Float64) == sqrt(eps()))
rtoldefault(::Type{T}) where {T} = _rtoldefault(T)
rtoldefault(x, y, atol::Real) = _rtoldefault(x, y, atol)
# isapprox(y; kws...): the function x -> isapprox(x, y; kws...), as Julia's (since 1.5)
isapprox(y; kws...) = x -> isapprox(x, y; kws...)
_first_or_zero(x) = isempty(x) ? zero(eltype(x)) : first(x)
_norm2(x) = sqrt(sum(v -> abs2(float(v)), x; init = 0.0))
const ≈ = isapprox

"""
    int128"..."
    uint128"..."

An `Int128` (`UInt128`) literal too large for the 64-bit ones.
"""
macro int128_str(s)
    parse(Int128, s)
end
macro uint128_str(s)
    parse(UInt128, s)
end

# C's types on Linux x86-64, for code written against Julia's C interface
const Cchar = Int8
const Cuchar = UInt8
const Cshort = Int16
const Cushort = UInt16
const Cint = Int32
const Cuint = UInt32
const Clong = Int64
const Culong = UInt64
const Clonglong = Int64
const Culonglong = UInt64
const Cintmax_t = Int64
const Cuintmax_t = UInt64
const Csize_t = UInt64
const Cssize_t = Int64
const Cptrdiff_t = Int64
const Cwchar_t = Int32
const Cfloat = Float32
const Cdouble = Float64

"""
    isunordered(x)

Whether `x` is unordered with respect to every value (`NaN`, `missing`): then `x < y` is false for all `y`.
"""
isunordered(x) = false
isunordered(x::AbstractFloat) = isnan(x)
≉(x, y; kws...) = !isapprox(x, y; kws...)

# A number is a 0-dimensional container of itself (Julia's number.jl): it iterates once.
size(x::Number) = ()
size(x::Number, d::Integer) = d < 1 ? throw(BoundsError()) : 1
length(x::Number) = 1
copy(x::Number) = x   # (code that treats numbers as collections copies them too)
ndims(x::Number) = 0
ndims(::Type{<:Number}) = 0

# typejoin of any number of types (Julia's: typejoin() is Union{}, typejoin(T) is T)
typejoin() = Bottom
typejoin(T) = T
typejoin(T, S, U, Vs...) = typejoin(T, typejoin(S, U, Vs...))

# the rounding mode of floating-point arithmetic (always round-to-nearest here; Julia's default)
rounding(::Type{<:AbstractFloat}) = RoundNearest
