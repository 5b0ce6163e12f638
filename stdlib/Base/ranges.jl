# Ranges are AbstractVectors: 1:5, 1:2:9, 10:-3:1.
size(r::AbstractRange) = (length(r),)
eltype(::UnitRange{T}) where T = T

# Ranges of integer types other than Int64 are plain structs (Int64 ranges are Java objects).
(:)(a::T, b::T) where {T<:Integer} = _new_struct(UnitRange{T}, a, b < a ? a - one(a) : b)
(:)(a::Integer, b::Integer) = (:)(promote(a, b)...)
length(r::UnitRange) = Int64(r.stop) - Int64(r.start) + 1
# as Julia: the length of a range of a type at least as wide as Int is of that type
length(r::UnitRange{T}) where {T<:Union{Int128, UInt128, UInt64}} = isempty(r) ? zero(T) : r.stop - r.start + one(T)
function getindex(r::UnitRange, i::Integer)
    1 <= i <= length(r) || throw(BoundsError(r, i))
    r.start + oftype(r.start, i - 1)
end
eltype(::StepRange{T}) where {T} = T
isempty(r::AbstractRange) = length(r) == 0
isempty(r::AbstractUnitRange) = first(r) > last(r)
function getindex(r::AbstractUnitRange{<:Integer}, s::AbstractUnitRange{<:Integer})
    isempty(s) && return first(r):(first(r) - 1)
    (1 <= first(s) && last(s) <= length(r)) || throw(BoundsError(r, s))
    (first(r) + first(s) - 1):(first(r) + last(s) - 1)
end
function getindex(r::AbstractRange, s::AbstractRange)
    isempty(s) && return collect(r)[s]
    (1 <= first(s) && 1 <= last(s) && first(s) <= length(r) && last(s) <= length(r)) || throw(BoundsError(r, s))
    (r[first(s)]):(step(r) * step(s)):(r[last(s)])
end
function collect(r::AbstractRange)
    n = length(r)
    out = _new_array(eltype(r), (n,))
    for i in 1:n
        out[i] = r[i]
    end
    out
end
copy(r::AbstractRange) = r
reverse(r::AbstractUnitRange{<:Integer}) = last(r):-1:first(r)
reverse(r::StepRange) = last(r):-step(r):first(r)
# as Julia's: l*first + step*l*(l-1)/2 with the halving done first, so no step overflows when
# the sum itself does not (sum(1:3037000500))
function sum(r::AbstractRange{<:Real})
    l = length(r)
    l * first(r) + (iseven(l) ? (step(r) * div(l, 2)) * (l - 1) : (step(r) * l) * div(l - 1, 2))
end
maximum(r::AbstractUnitRange{<:Integer}) = isempty(r) ? throw(ArgumentError("range must be non-empty")) : last(r)
minimum(r::AbstractUnitRange{<:Integer}) = isempty(r) ? throw(ArgumentError("range must be non-empty")) : first(r)
range(start; stop = nothing, length = nothing, step = nothing) = _range(start, step, stop, length)
range(start, stop; length = nothing, step = nothing) = _range(start, step, stop, length)
range(start, stop, length::Integer) = _range(start, nothing, stop, length)
range(; start = nothing, stop = nothing, length = nothing, step = nothing) = _range(start, step, stop, length)
# Julia's choices: start:stop or start:step:stop when no length is given; from a length, a
# unit or step range (integers stay integers, floats make a TwicePrecision StepRangeLen);
# start, stop and a length make a float range (range_start_stop_length).
function _range(start, step, stop, len)
    if len === nothing
        (start === nothing || stop === nothing) && throw(ArgumentError("range needs at least two of start, stop and length (or step)"))
        return step === nothing ? (start:stop) : (start:step:stop)
    end
    len < 0 && start !== nothing && stop !== nothing && step === nothing &&
        throw(ArgumentError(string("range(", float(start), ", stop=", float(stop), ", length=", len, "): negative length")))
    len < 0 && throw(ArgumentError("length cannot be negative, got $len"))
    if start === nothing
        stop === nothing && throw(ArgumentError("range needs start or stop with a length"))
        start = stop - (len - 1) * (step === nothing ? one(stop) : step)
        return step === nothing ? (start:stop) : (start:step:stop)
    end
    if stop === nothing
        step === nothing && start isa Integer && return start:start + len - 1
        st = step === nothing ? oftype(start, 1) : step
        if start isa AbstractFloat || st isa AbstractFloat
            a, s = promote(float(start), float(st))
            a isa IEEEFloat && return _range_step_length(a, s, Int64(len))
        end
        return start:st:start + (len - 1) * st
    end
    step === nothing || throw(ArgumentError("too many arguments specified; try passing only one of `stop` or `length`"))
    _range_start_stop_length(start, stop, len)
end
_range_start_stop_length(a, b, len) = _range_start_stop_length(promote(a, b)..., len)
_range_start_stop_length(a::T, b::T, len) where {T<:Integer} = _linspace(Float64, a, b, Int64(len), 1)
_range_start_stop_length(a::T, b::T, len) where {T<:IEEEFloat} = _linspace_float(a, b, Int64(len))
function _range_start_stop_length(a::T, b::T, len) where {T}
    x, y = float(a), float(b)
    len == 1 && x == y && return x:one(x):y
    x:(y - x) / (len - 1):y
end

# ---- Float ranges as Julia's twiceprecision.jl: TwicePrecision numbers -------------------------

"""
    Base.TwicePrecision{T}(hi, lo)

A number kept as the unevaluated sum `hi + lo` of two `T`s, `lo` holding the bits that do not
fit in `hi`: about twice the precision of `T`. Float ranges (`StepRangeLen`) keep their
reference element and step as these, so that `(0.1:0.1:0.5)[3] == 0.3`.
"""
struct TwicePrecision{T}
    hi::T
    lo::T
end
TwicePrecision{T}(x::T) where {T} = TwicePrecision{T}(x, zero(T))
TwicePrecision{T}(x::Number) where {T} = TwicePrecision{T}(T(x), zero(T))
# an integer split into two exactly (a Float64 holds only 53 bits of an Int64)
function TwicePrecision{T}(i::Integer) where {T<:AbstractFloat}
    hi = _truncbits(T(i), cld(precision(T), 2))
    lo = T(i - oftype(i, hi))
    TwicePrecision{T}(_canonicalize2(hi, lo)...)
end
TwicePrecision(x::Number) = TwicePrecision{typeof(x)}(x)
# the ratio n/d of two integers
TwicePrecision{T}(nd::Tuple{Integer,Integer}) where {T<:Union{Float16, Float32}} = TwicePrecision{T}(nd[1] / nd[2])
TwicePrecision{T}(nd::Tuple{Any,Any}) where {T} = TwicePrecision{T}(nd[1]) / nd[2]
TwicePrecision{T}(nd::Tuple{Any,Any}, nb::Integer) where {T} = _twiceprecision(TwicePrecision{T}(nd), nb)

# clearing the low nb bits of the significand: small multiples of the result are exact
_truncbits(x::Float64, nb) = reinterpret(Float64, reinterpret(UInt64, x) & (typemax(UInt64) << nb))
_truncbits(x::Float32, nb) = reinterpret(Float32, reinterpret(UInt32, x) & (typemax(UInt32) << nb))
_truncbits(x::Float16, nb) = reinterpret(Float16, reinterpret(UInt16, x) & (typemax(UInt16) << nb))
_truncbits(x, nb) = x
function _twiceprecision(val::T, nb::Integer) where {T<:IEEEFloat}
    hi = _truncbits(val, nb)
    TwicePrecision{T}(hi, val - hi)
end
function _twiceprecision(val::TwicePrecision{T}, nb::Integer) where {T<:IEEEFloat}
    hi = _truncbits(val.hi, nb)
    TwicePrecision{T}(hi, (val.hi - hi) + val.lo)
end
_twiceprecision(val, nb::Integer) = val
# (Dekker's error-free sums and products)
function _canonicalize2(big, little)
    h = big + little
    h, (big - h) + little
end
_add12(x::T, y::T) where {T} = abs(y) > abs(x) ? _canonicalize2(y, x) : _canonicalize2(x, y)
_add12(x, y) = _add12(promote(x, y)...)
function _mul12(x::T, y::T) where {T<:AbstractFloat}
    h = x * y
    (iszero(h) | !isfinite(h)) ? (h, h) : _canonicalize2(h, fma(x, y, -h))
end
_mul12(x, y) = (p = x * y; (p, zero(p)))
# bits of a step whose multiples by up to len (from offset) stay exact
_ceillog2(x::Integer) = x <= 1 ? 0 : 8 * sizeof(x) - leading_zeros(x - one(x))
_nbitslen(len, offset) = len < 2 ? 0 : _ceillog2(max(offset - 1, len - offset)) + 1
_nbitslen(::Type{T}, len, offset) where {T<:IEEEFloat} = min(cld(precision(T), 2), _nbitslen(len, offset))
_nbitslen(::Type, len, offset) = 0

eltype(::Type{TwicePrecision{T}}) where {T} = T
Float64(x::TwicePrecision) = Float64(x.hi + x.lo)
Float32(x::TwicePrecision) = Float32(x.hi + x.lo)
Float16(x::TwicePrecision) = Float16(x.hi + x.lo)
BigFloat(x::TwicePrecision) = BigFloat(x.hi) + BigFloat(x.lo)
convert(::Type{TwicePrecision{T}}, x::TwicePrecision{T}) where {T} = x
convert(::Type{TwicePrecision{T}}, x::TwicePrecision) where {T} = TwicePrecision{T}(convert(T, x.hi), convert(T, x.lo))
convert(::Type{TwicePrecision{T}}, x::Number) where {T} = TwicePrecision{T}(x)
big(x::TwicePrecision) = big(x.hi) + big(x.lo)
-(x::TwicePrecision) = TwicePrecision(-x.hi, -x.lo)
zero(::Type{TwicePrecision{T}}) where {T} = TwicePrecision{T}(zero(T), zero(T))
function +(x::TwicePrecision, y::Number)
    s_hi, s_lo = _add12(x.hi, y)
    TwicePrecision(_canonicalize2(s_hi, s_lo + x.lo)...)
end
+(x::Number, y::TwicePrecision) = y + x
function +(x::TwicePrecision{T}, y::TwicePrecision{T}) where {T}
    r = x.hi + y.hi
    s = abs(x.hi) > abs(y.hi) ? (((x.hi - r) + y.hi) + y.lo) + x.lo : (((y.hi - r) + x.hi) + x.lo) + y.lo
    TwicePrecision(_canonicalize2(r, s)...)
end
-(x::TwicePrecision, y::TwicePrecision) = x + (-y)
-(x::TwicePrecision, y::Number) = x + (-y)
-(x::Number, y::TwicePrecision) = x + (-y)
function *(x::TwicePrecision, v::Number)
    v == 0 && return TwicePrecision(x.hi * v, x.lo * v)
    x * TwicePrecision(oftype(x.hi * v, v))
end
function *(x::TwicePrecision{T}, v::Integer) where {T<:IEEEFloat}
    v == 0 && return TwicePrecision(x.hi * v, x.lo * v)
    u = _truncbits(x.hi, _ceillog2(abs(v)))
    TwicePrecision(_canonicalize2(u * v, ((x.hi - u) + x.lo) * v)...)
end
*(v::Number, x::TwicePrecision) = x * v
function *(x::TwicePrecision{T}, y::TwicePrecision{T}) where {T}
    zh, zl = _mul12(x.hi, y.hi)
    (iszero(zh) | !isfinite(zh)) && return TwicePrecision{T}(zh, zh)
    TwicePrecision{T}(_canonicalize2(zh, (x.hi * y.lo + x.lo * y.hi) + zl)...)
end
/(x::TwicePrecision, v::Number) = x / TwicePrecision(oftype(x.hi / v, v))
function /(x::TwicePrecision, y::TwicePrecision)
    hi = x.hi / y.hi
    uh, ul = _mul12(hi, y.hi)
    lo = ((((x.hi - uh) - ul) + x.lo) - hi * y.lo) / y.hi
    (iszero(hi) | !isfinite(hi)) && return TwicePrecision(hi, hi)
    TwicePrecision(_canonicalize2(hi, lo)...)
end
<(x::TwicePrecision{T}, y::TwicePrecision{T}) where {T} = x.hi < y.hi || ((x.hi == y.hi) & (x.lo < y.lo))

# ---- StepRangeLen: ref (the element at index offset), step, len ---------------------------------

"""
    StepRangeLen{T,R,S,L}(ref::R, step::S, len, offset = 1)
    StepRangeLen(ref, step, len, offset = 1)

A range of `len` elements of type `T`, element `offset` being `ref` and element `i` being
`ref + (i - offset) * step`. Float ranges such as `0:0.1:1` are `StepRangeLen`s whose `ref` and
`step` are `Base.TwicePrecision` numbers, which makes their elements the expected decimals.
"""
struct StepRangeLen{T,R,S,L<:Integer} <: AbstractRange{T}
    ref::R
    step::S
    len::L
    offset::L
    function StepRangeLen{T,R,S,L}(ref::R, step::S, len::Integer, offset::Integer = 1) where {T,R,S,L}
        T <: Integer && !isinteger(ref + step) && throw(ArgumentError("StepRangeLen{<:Integer} cannot have non-integer step"))
        n = convert(L, len)
        n >= zero(n) || throw(ArgumentError("length cannot be negative, got $n"))
        o = convert(L, offset)
        oneunit(n) <= o <= max(oneunit(n), n) || throw(ArgumentError("StepRangeLen: offset must be in [1,$n], got $o"))
        new(ref, step, n, o)
    end
end
StepRangeLen{T,R,S}(ref, step, len::Integer, offset::Integer = 1) where {T,R,S} =
    StepRangeLen{T,R,S,promote_type(Int64, typeof(len))}(ref, step, len, offset)
StepRangeLen{T}(ref, step, len::Integer, offset::Integer = 1) where {T} =
    StepRangeLen{T,typeof(ref),typeof(step),promote_type(Int64, typeof(len))}(ref, step, len, offset)
StepRangeLen(ref, step, len::Integer, offset::Integer = 1) =
    StepRangeLen{typeof(ref + zero(step)),typeof(ref),typeof(step),promote_type(Int64, typeof(len))}(ref, step, len, offset)
StepRangeLen(ref::Int64, step::Int64, len::Int64, offset::Int64 = 1) = StepRangeLen{Int64,Int64,Int64,Int64}(ref, step, len, offset)
StepRangeLen(ref::TwicePrecision{T}, step::TwicePrecision{T}, len::Integer, offset::Integer = 1) where {T} =
    StepRangeLen{T,TwicePrecision{T},TwicePrecision{T},promote_type(Int64, typeof(len))}(ref, step, len, offset)
StepRangeLen{T}(ref::TwicePrecision{T}, step::TwicePrecision{T}, len::Integer, offset::Integer = 1) where {T} =
    StepRangeLen{T,TwicePrecision{T},TwicePrecision{T},promote_type(Int64, typeof(len))}(ref, step, len, offset)

# conversions: StepRangeLen{Float64}(1:3) is a TwicePrecision range, as Julia's _convertSRL
StepRangeLen{T}(r::AbstractRange) where {T} = T === Float64 ? _as_float_srl(r) : StepRangeLen(T(first(r)), T(step(r)), length(r))
StepRangeLen(r::AbstractRange) = StepRangeLen{eltype(r)}(r)

# (:)(a::Float64, s::Float64, b::Float64) is a builtin (runtime/FloatRange.java, shared with the
# counted `for` loop over a float range); _colon_float is the same for Float32 and Float16.
# Mixed endpoints are promoted first, as in Julia (0:0.1:1 is a Float64 range).
(:)(a::Real, s::Real, b::Real) = _colon(promote(a, s, b)...)
_colon(a::Int64, s::Int64, b::Int64) = (:)(a, s, b)
_colon(a::Float64, s::Float64, b::Float64) = (:)(a, s, b)
_colon(a::T, s::T, b::T) where {T<:Union{Float16, Float32}} = _colon_float(a, s, b)
(:)(a::AbstractFloat, b::Real) = _colon(promote(a, one(a), b)...)
(:)(a::Real, b::AbstractFloat) = _colon(promote(a, one(b), b)...)
(:)(a::AbstractFloat, b::AbstractFloat) = _colon(promote(a, one(a), b)...)

_maxintfloat_int(::Type{Float64}) = 9007199254740992
_maxintfloat_int(::Type{Float32}) = 16777216
_maxintfloat_int(::Type{Float16}) = 2048
_isbetween(a, x, b) = a <= x <= b || b <= x <= a
_lcm_unchecked(a, b) = a * div(b, gcd(a, b))
# Julia's rat(x): a continued-fraction convergent n/d of x, its terms bounded by the largest
# integer of the next narrower float type
function _rat_float(x::T) where {T<:IEEEFloat}
    y = x
    a = d = 1
    b = c = 0
    m = T === Float64 ? 16777216 : 2048
    while abs(y) <= m
        f = trunc(Int64, y)
        y -= f
        a, c = f * a + c, a
        b, d = f * b + d, b
        max(abs(a), abs(b)) <= m || return c, d
        T(a) / T(b) == x && break
        y = inv(y)
    end
    return a, b
end
_ratof(x::Float64) = _rat(x)
_ratof(x::IEEEFloat) = _rat_float(x)

# a range from exact rationals: start_n/den, step by step_n/den (Julia's floatrange)
function _floatrange(::Type{T}, start_n::Integer, step_n::Integer, len::Integer, den::Integer) where {T}
    if len < 2 || step_n == 0
        return _steprangelen_hp(T, (start_n, den), (step_n, den), 0, Int64(len), 1)
    end
    imin = clamp(round(Int64, -start_n / step_n + 1), 1, Int64(len))   # the element of least magnitude
    ref_n = start_n + (imin - 1) * step_n
    _steprangelen_hp(T, (ref_n, den), (step_n, den), _nbitslen(T, len, imin), Int64(len), imin)
end
# Float64 ranges keep TwicePrecision numbers; Float32 and Float16 ones Float64s
_steprangelen_hp(::Type{Float64}, ref::Tuple{Integer,Integer}, step::Tuple{Integer,Integer}, nb, len, offset) =
    StepRangeLen(TwicePrecision{Float64}(ref), TwicePrecision{Float64}(step, nb), Int64(len), offset)
_steprangelen_hp(::Type{T}, ref::Tuple{Integer,Integer}, step::Tuple{Integer,Integer}, nb, len, offset) where {T<:IEEEFloat} =
    StepRangeLen{T}(ref[1] / ref[2], step[1] / step[2], Int64(len), offset)
_asF64(x::AbstractFloat) = Float64(x)
_asF64(x::Tuple) = Float64(x[1]) + Float64(x[2])
_tp64(x::AbstractFloat) = TwicePrecision{Float64}(x)
_tp64(x::Tuple) = TwicePrecision{Float64}(x[1], x[2])
_steprangelen_hp(::Type{Float64}, ref, step, nb, len, offset) =
    StepRangeLen(_tp64(ref), _twiceprecision(_tp64(step), nb), Int64(len), offset)
_steprangelen_hp(::Type{T}, ref, step, nb, len, offset) where {T<:IEEEFloat} =
    StepRangeLen{T}(_asF64(ref), _asF64(step), Int64(len), offset)

# start:step:stop of IEEE floats (Julia's (:) in twiceprecision.jl)
function _colon_float(start::T, step::T, stop::T) where {T<:IEEEFloat}
    step == 0 && throw(ArgumentError("range step cannot be zero"))
    step_n, step_d = _ratof(step)
    if step_d != 0 && T(step_n / step_d) == step
        start_n, start_d = _ratof(start)
        stop_n, stop_d = _ratof(stop)
        if start_d != 0 && stop_d != 0 && T(start_n / start_d) == start && T(stop_n / stop_d) == stop
            den = _lcm_unchecked(start_d, step_d)
            m = _maxintfloat_int(T)
            if den != 0 && abs(start * den) <= m && abs(step * den) <= m && rem(den, start_d) == 0 && rem(den, step_d) == 0
                start_n = round(Int64, start * den)
                step_n = round(Int64, step * den)
                len = max(0, div(den * stop_n - stop_d * start_n + step_n * stop_d, step_n * stop_d))
                if _isbetween(start, start + (len - 1) * step, stop + step / 2) && !_isbetween(start, start + len * step, stop)
                    return _floatrange(T, start_n, step_n, len, den)
                end
            end
        end
    end
    lf = (stop - start) / step
    if lf < 0
        len = 0
    elseif lf == 0
        len = 1
    else
        len = round(Int64, lf) + 1
        stop2 = start + (len - 1) * step
        len -= (start < stop < stop2) + (start > stop > stop2)
    end
    _steprangelen_hp(T, start, step, 0, len, 1)
end

# range(a; step, length) of IEEE floats
function _range_step_length(a::T, st::T, len::Int64) where {T<:IEEEFloat}
    start_n, start_d = _ratof(a)
    step_n, step_d = _ratof(st)
    if start_d != 0 && step_d != 0 && T(start_n / start_d) == a && T(step_n / step_d) == st
        den = _lcm_unchecked(start_d, step_d)
        m = _maxintfloat_int(T)
        if abs(den * a) <= m && abs(den * st) <= m && rem(den, start_d) == 0 && rem(den, step_d) == 0
            return _floatrange(T, round(Int64, den * a), round(Int64, den * st), len, den)
        end
    end
    _steprangelen_hp(T, a, st, 0, len, 1)
end

# range(a, b; length) of IEEE floats (Julia's LinRange-like StepRangeLen)
function _linspace_float(start::T, stop::T, len::Int64) where {T<:IEEEFloat}
    len < 2 && return _linspace1(T, start, stop, len)
    start == stop && return _steprangelen_hp(T, start, zero(T), 0, len, 1)
    start_n, start_d = _ratof(start)
    stop_n, stop_d = _ratof(stop)
    if start_d != 0 && stop_d != 0
        den = _lcm_unchecked(start_d, stop_d)
        m = _maxintfloat_int(T)
        if den != 0 && abs(den * start) <= m && abs(den * stop) <= m
            start_n = round(Int64, den * start)
            stop_n = round(Int64, den * stop)
            if T(start_n / den) == start && T(stop_n / den) == stop
                return _linspace(T, start_n, stop_n, len, den)
            end
        end
    end
    (isfinite(start) && isfinite(stop)) || throw(ArgumentError("start and stop must be finite, got $start and $stop"))
    # the index of the element nearest zero is the reference
    Δ, Δfac = stop - start, 1
    if !isfinite(Δ)
        Δ, Δfac = stop / len - start / len, len
    end
    tmin = -(start / Δ) / Δfac
    imin = round(Int64, tmin * (len - 1) + 1)
    if 1 < imin < len
        t = (imin - 1) / (len - 1)
        ref = T((1 - t) * start + t * stop)
        step = imin - 1 < len - imin ? (ref - start) / (imin - 1) : (stop - ref) / (len - imin)
    elseif imin <= 1
        imin = 1
        ref = start
        step = (Δ / (len - 1)) * Δfac
    else
        imin = len
        ref = stop
        step = (Δ / (len - 1)) * Δfac
    end
    if len == 2 && !isfinite(step)
        return _steprangelen_hp(T, start, (-start, stop), 0, 2, 1)
    end
    m, k = prevfloat(floatmax(T)), max(imin - 1, len - imin)
    step_hi_pre = clamp(step, max(-(m + ref) / k, (-m + ref) / k), min((m - ref) / k, (m + ref) / k))
    step_hi = _truncbits(step_hi_pre, _nbitslen(T, len, imin))
    x1_hi, x1_lo = _add12((1 - imin) * step_hi, ref)
    x2_hi, x2_lo = _add12((len - imin) * step_hi, ref)
    a, b = (start - x1_hi) - x1_lo, (stop - x2_hi) - x2_lo
    step_lo = (b - a) / (len - 1)
    ref_lo = a - (1 - imin) * step_lo
    _steprangelen_hp(T, (ref, ref_lo), (step_hi, step_lo), 0, len, imin)
end
# start_n/den to stop_n/den in len steps, computed from the integers
function _linspace(::Type{T}, start_n::Integer, stop_n::Integer, len::Integer, den::Integer) where {T<:IEEEFloat}
    len < 2 && return _linspace1(T, start_n / den, stop_n / den, len)
    start_n == stop_n && return _steprangelen_hp(T, (start_n, den), (zero(start_n), den), 0, len, 1)
    tmin = -start_n / (Float64(stop_n) - Float64(start_n))
    imin = clamp(round(Int64, tmin * (len - 1) + 1), 1, Int64(len))
    ref_denom = Int128(len - 1) * den
    ref = (Int128(len - imin) * start_n + Int128(imin - 1) * stop_n, ref_denom)
    step_full = (Int128(stop_n) - Int128(start_n), ref_denom)
    _steprangelen_hp(T, ref, step_full, _nbitslen(T, len, imin), Int64(len), imin)
end
function _linspace1(::Type{T}, start, stop, len::Integer) where {T<:IEEEFloat}
    len >= 0 || throw(ArgumentError("range($start, stop=$stop, length=$len): negative length"))
    len == 1 && start != stop && throw(ArgumentError("range($start, stop=$stop, length=$len): endpoints differ"))
    T === Float64 && return StepRangeLen(TwicePrecision(Float64(start), 0.0), TwicePrecision(Float64(start), -Float64(stop)), len, 1)
    StepRangeLen{T}(Float64(start), Float64(start) - Float64(stop), len, 1)
end

length(r::StepRangeLen) = r.len
_nbitslen(r::StepRangeLen) = _nbitslen(eltype(r), length(r), r.offset)
isempty(r::StepRangeLen) = r.len == 0
eltype(::StepRangeLen{T}) where {T} = T
first(r::StepRangeLen) = unsafe_getindex(r, 1)
last(r::StepRangeLen) = unsafe_getindex(r, r.len)
step(r::StepRangeLen) = r.step
step(r::StepRangeLen{T}) where {T<:AbstractFloat} = T(r.step)
_step_hp(r::StepRangeLen) = r.step
_step_hp(r::AbstractRange) = step(r)
function getindex(r::StepRangeLen, i::Integer)
    1 <= i <= r.len || throw(BoundsError(r, i))
    unsafe_getindex(r, i)
end
unsafe_getindex(r::StepRangeLen{T}, i::Integer) where {T} = T(r.ref + (i - r.offset) * r.step)
unsafe_getindex(r::StepRangeLen{Float64,TwicePrecision{Float64},TwicePrecision{Float64},Int64}, i::Integer) =
    _float_range_element(r.ref.hi, r.ref.lo, r.step.hi, r.step.lo, r.offset, Int64(i))
function unsafe_getindex(r::StepRangeLen{T,<:TwicePrecision,<:TwicePrecision}, i::Integer) where {T}
    u = i - r.offset
    shift_hi, shift_lo = u * r.step.hi, u * r.step.lo
    x_hi, x_lo = _add12(r.ref.hi, shift_hi)
    T(x_hi + (x_lo + (shift_lo + r.ref.lo)))
end
_getindex_hiprec(r::StepRangeLen, i::Integer) = r.ref + (i - r.offset) * r.step
function _getindex_hiprec(r::StepRangeLen{<:Any,<:TwicePrecision,<:TwicePrecision}, i::Integer)
    u = i - r.offset
    shift_hi, shift_lo = u * r.step.hi, u * r.step.lo
    x_hi, x_lo = _add12(r.ref.hi, shift_hi)
    x_hi, x_lo = _add12(x_hi, x_lo + (shift_lo + r.ref.lo))
    TwicePrecision(x_hi, x_lo)
end
function iterate(r::StepRangeLen, i::Integer = 0)
    i += 1
    i > r.len && return nothing
    (unsafe_getindex(r, i), i)
end
collect(r::StepRangeLen) = [unsafe_getindex(r, i) for i in 1:r.len]
function show(io::IO, r::StepRangeLen)
    if step(r) != 0
        print(io, repr(first(r)), ':', repr(step(r)), ':', repr(last(r)))
    else
        # (as Julia's "ugly temporary printing": 0:0:0 would not read back)
        print(io, "StepRangeLen(", repr(first(r)), ", ", repr(step(r)), ", ", repr(length(r)), ")")
    end
end

# ---- Arithmetic on StepRangeLen keeps a StepRangeLen (Julia's range.jl, twiceprecision.jl) -----
-(r::StepRangeLen{T,R,S,L}) where {T,R,S,L} = StepRangeLen{T,R,S,L}(-r.ref, -r.step, r.len, r.offset)
*(x::Real, r::StepRangeLen{<:Real,<:TwicePrecision}) =
    StepRangeLen(x * r.ref, _twiceprecision(x * r.step, _nbitslen(r)), length(r), r.offset)
*(r::StepRangeLen{<:Real,<:TwicePrecision}, x::Real) = x * r
/(r::StepRangeLen{<:Real,<:TwicePrecision}, x::Real) =
    StepRangeLen(r.ref / x, _twiceprecision(r.step / x, _nbitslen(r)), length(r), r.offset)
*(x::Real, r::StepRangeLen{T}) where {T} = StepRangeLen{typeof(x * T(r.ref))}(x * r.ref, x * r.step, length(r), r.offset)
*(r::StepRangeLen{T}, x::Real) where {T} = StepRangeLen{typeof(T(r.ref) * x)}(r.ref * x, r.step * x, length(r), r.offset)
/(r::StepRangeLen{T}, x::Real) where {T} = StepRangeLen{typeof(T(r.ref) / x)}(r.ref / x, r.step / x, length(r), r.offset)
# the broadcast forms (r .+ x, x .- r, r .* x, r ./ x: Julia's broadcasted methods)
_srl_plus(r::StepRangeLen{T}, x::Number) where {T} = StepRangeLen{typeof(T(r.ref) + x)}(r.ref + x, r.step, length(r), r.offset)
_srl_plus(x::Number, r::StepRangeLen{T}) where {T} = StepRangeLen{typeof(x + T(r.ref))}(x + r.ref, r.step, length(r), r.offset)
_srl_minus(r::StepRangeLen{T}, x::Number) where {T} = StepRangeLen{typeof(T(r.ref) - x)}(r.ref - x, r.step, length(r), r.offset)
_srl_minus(x::Number, r::StepRangeLen{T}) where {T} = StepRangeLen{typeof(x - T(r.ref))}(x - r.ref, -r.step, length(r), r.offset)
_srl_times(x::Number, r::StepRangeLen{T}) where {T} = StepRangeLen{typeof(x * T(r.ref))}(x * r.ref, x * r.step, length(r), r.offset)
_srl_times(r::StepRangeLen{T}, x::Number) where {T} = StepRangeLen{typeof(T(r.ref) * x)}(r.ref * x, r.step * x, length(r), r.offset)
_srl_div(r::StepRangeLen{T}, x::Number) where {T} = StepRangeLen{typeof(T(r.ref) / x)}(r.ref / x, r.step / x, length(r), r.offset)
# sum(1:n) as a product of two integers
_sumpair(n::Integer) = iseven(n) ? (n + 1, n >> 1) : (n, (n + 1) >> 1)
function sum(r::StepRangeLen{<:Real})
    l = length(r)
    np, nn = l - r.offset, r.offset - 1
    sp, sn = _sumpair(np), _sumpair(nn)
    Δn = Int128(sp[1]) * Int128(sp[2]) - Int128(sn[1]) * Int128(sn[2])
    convert(eltype(r), r.step * Δn + r.ref * l)
end
function sum(r::StepRangeLen{<:Real,<:TwicePrecision,<:TwicePrecision})
    l = length(r)
    # the steps from both sides of the reference element, each a product of two integers
    np, nn = l - r.offset, r.offset - 1
    sp, sn = _sumpair(np), _sumpair(nn)
    tp = (r.step * sp[1]) * sp[2]
    tn = (r.step * sn[1]) * sn[2]
    s_hi, s_lo = _add12(tp.hi, -tn.hi)
    s_lo += tp.lo - tn.lo
    ref = r.ref * l
    sm_hi, sm_lo = _add12(s_hi, ref.hi)
    _add12(sm_hi, sm_lo + ref.lo)[1]
end
function _check_range_index(r, s)
    isempty(s) || (1 <= first(s) <= length(r) && 1 <= last(s) <= length(r)) || throw(BoundsError(r, s))
end
function getindex(r::StepRangeLen{T}, s::OrdinalRange{<:Integer}) where {T}
    _check_range_index(r, s)
    len = length(s)
    sstep = step(s)
    offset = Int64(max(min(1 + round(Int64, (r.offset - first(s)) / sstep), len), 1))
    ref = _getindex_hiprec(r, first(s) + (offset - 1) * sstep)
    StepRangeLen{T}(ref, r.step * sstep, len, offset)
end
function getindex(r::StepRangeLen{T,<:TwicePrecision,<:TwicePrecision}, s::OrdinalRange{<:Integer}) where {T}
    _check_range_index(r, s)
    len = length(s)
    sstep = step(s)
    soffset = clamp(1 + round(Int64, (r.offset - first(s)) / sstep), 1, len)
    ioffset = first(s) + (soffset - 1) * sstep
    newstep = sstep == 1 || len < 2 ? r.step : _twiceprecision(r.step * sstep, _nbitslen(T, len, soffset))
    ref = ioffset == r.offset ? r.ref : r.ref + (ioffset - r.offset) * r.step
    StepRangeLen(ref, newstep, len, max(1, soffset))
end
function reverse(r::StepRangeLen)
    # (an empty range keeps its offset: any would do)
    offset = isempty(r) ? r.offset : length(r) - r.offset + 1
    typeof(r)(r.ref, -r.step, length(r), offset)
end
_check_range_lengths(a, b) = length(a) == length(b) ||
    throw(DimensionMismatch(string("argument dimensions must match: length of r1 is ", length(a), ", length of r2 is ", length(b))))
+(r1::StepRangeLen{T,R}, r2::StepRangeLen{T,R}) where {T, R<:TwicePrecision} = _add_tp_ranges(r1, r2)
function _add_tp_ranges(r1::StepRangeLen{T}, r2::StepRangeLen{T}) where {T}
    len = length(r1)
    len == length(r2) || throw(DimensionMismatch("argument dimensions must match"))
    if r1.offset == r2.offset
        imid = r1.offset
        ref = r1.ref + r2.ref
    else
        imid = round(Int64, (r1.offset + r2.offset) / 2)
        ref = _getindex_hiprec(r1, imid) + _getindex_hiprec(r2, imid)
    end
    st = _twiceprecision(r1.step + r2.step, _nbitslen(T, len, imid))
    StepRangeLen{T,typeof(ref),typeof(st)}(ref, st, len, imid)
end
function +(r1::StepRangeLen, r2::StepRangeLen)
    _check_range_lengths(r1, r2)
    StepRangeLen(first(r1) + first(r2), step(r1) + step(r2), length(r1))
end
-(r1::StepRangeLen, r2::StepRangeLen) = r1 + (-r2)
# a float range and another range: the other as a float range first (Julia promotes the two)
_as_float_srl(r::StepRangeLen{Float64,TwicePrecision{Float64},TwicePrecision{Float64}}) = r
_as_float_srl(r::AbstractRange{<:Integer}) =
    StepRangeLen(TwicePrecision{Float64}(first(r)), TwicePrecision{Float64}(step(r)), length(r))
_as_float_srl(r::AbstractRange) = _srl_convert64(r)
function _srl_convert64(r::AbstractRange)
    f, s = Float64(first(r)), Float64(step(r))
    fn, fd = _rat(f)
    sn, sd = _rat(s)
    if fd != 0 && sd != 0 && fn / fd == f && sn / sd == s
        den = _lcm_unchecked(fd, sd)
        if den != 0 && abs(f * den) <= 9007199254740992 && abs(s * den) <= 9007199254740992 && rem(den, fd) == 0 && rem(den, sd) == 0
            return _floatrange(Float64, round(Int64, f * den), round(Int64, s * den), length(r), den)
        end
    end
    StepRangeLen(TwicePrecision{Float64}(f), TwicePrecision{Float64}(s), length(r))
end
const _FloatSRL = StepRangeLen{Float64,TwicePrecision{Float64},TwicePrecision{Float64},Int64}
+(a::_FloatSRL, b::_FloatSRL) = _add_tp_ranges(a, b)
-(a::_FloatSRL, b::_FloatSRL) = _add_tp_ranges(a, -b)
+(a::_FloatSRL, b::AbstractRange{<:Real}) = a + _as_float_srl(b)
+(a::AbstractRange{<:Real}, b::_FloatSRL) = _as_float_srl(a) + b
-(a::_FloatSRL, b::AbstractRange{<:Real}) = a - _as_float_srl(b)
-(a::AbstractRange{<:Real}, b::_FloatSRL) = _as_float_srl(a) - b
# integer ranges of one length add to a StepRangeLen (Julia 1.10's: (1:3) - (1:3) is StepRangeLen(0, 0, 3))
function +(a::AbstractRange{<:Integer}, b::AbstractRange{<:Integer})
    _check_range_lengths(a, b)
    StepRangeLen(first(a) + first(b), step(a) + step(b), length(a))
end
function -(a::AbstractRange{<:Integer}, b::AbstractRange{<:Integer})
    _check_range_lengths(a, b)
    StepRangeLen(first(a) - first(b), step(a) - step(b), length(a))
end

"""
    LinRange(start, stop, len)

`len` evenly spaced points from `start` to `stop`, both included. Unlike `range(start, stop;
length = len)` it has no step to round: element `i` is `(1 - t) * start + t * stop` with
`t = (i - 1) / (len - 1)`.
"""
struct LinRange{T,L<:Integer} <: AbstractRange{T}
    start::T
    stop::T
    len::L
    lendiv::L
end
function LinRange{T}(start, stop, len::Integer) where {T}
    a = convert(T, start)
    b = convert(T, stop)
    # (Julia's words, with the converted endpoints: "range(1.0, stop=10.0, length=-1): negative length")
    len >= 0 || throw(ArgumentError(string("range(", a, ", stop=", b, ", length=", len, "): negative length")))
    len == 1 && a != b && throw(ArgumentError(string("range(", a, ", stop=", b, ", length=", len, "): endpoints differ")))
    LinRange{T,Int64}(a, b, Int64(len), max(Int64(len) - 1, 1))
end
LinRange(start, stop, len::Integer) = LinRange{float(promote_type(typeof(start), typeof(stop)))}(start, stop, len)
length(r::LinRange) = r.len
size(r::LinRange) = (r.len,)
isempty(r::LinRange) = r.len == 0
first(r::LinRange) = r.start
last(r::LinRange) = r.stop
step(r::LinRange) = (r.stop - r.start) / r.lendiv
eltype(::LinRange{T}) where {T} = T
function getindex(r::LinRange{T}, i::Integer) where {T}
    1 <= i <= r.len || throw(BoundsError(r, i))
    t = (i - 1) / r.lendiv
    convert(T, (1 - t) * r.start + t * r.stop)
end
iterate(r::LinRange, i = 1) = i > r.len ? nothing : (r[i], i + 1)
collect(r::LinRange) = [r[i] for i in 1:r.len]
function show(io::IO, r::LinRange{T}) where {T}
    print(io, "LinRange{")
    show(io, T)
    print(io, "}(")
    show(io, first(r))
    print(io, ", ")
    show(io, last(r))
    print(io, ", ")
    show(io, length(r))
    print(io, ")")
end
# LinRange arithmetic keeps a LinRange (Julia's range.jl): its ends move, its length stays
-(r::LinRange) = LinRange(-r.start, -r.stop, r.len)
*(x::Real, r::LinRange) = LinRange(x * r.start, x * r.stop, r.len)
*(r::LinRange, x::Real) = LinRange(r.start * x, r.stop * x, r.len)
/(r::LinRange, x::Real) = LinRange(r.start / x, r.stop / x, r.len)
reverse(r::LinRange) = LinRange(r.stop, r.start, r.len)
function getindex(r::LinRange, s::AbstractRange{<:Integer})
    isempty(s) || (1 <= first(s) <= r.len && 1 <= last(s) <= r.len) || throw(BoundsError(r, s))
    isempty(s) ? LinRange(r.start, r.start, 0) : LinRange(r[first(s)], r[last(s)], length(s))
end
function +(a::LinRange{T}, b::LinRange{T}) where {T}
    _check_range_lengths(a, b)
    LinRange{T}(a.start + b.start, a.stop + b.stop, a.len)
end
# a LinRange and an integer range: a LinRange (Julia promotes the integer range to one)
+(a::LinRange, b::OrdinalRange) = (_check_range_lengths(a, b); LinRange(a.start + first(b), a.stop + last(b), a.len))
+(a::OrdinalRange, b::LinRange) = (_check_range_lengths(a, b); LinRange(first(a) + b.start, last(a) + b.stop, b.len))
-(a::LinRange, b::OrdinalRange) = (_check_range_lengths(a, b); LinRange(a.start - first(b), a.stop - last(b), a.len))
-(a::OrdinalRange, b::LinRange) = (_check_range_lengths(a, b); LinRange(first(a) - b.start, last(a) - b.stop, b.len))
function -(a::LinRange{T}, b::LinRange{T}) where {T}
    _check_range_lengths(a, b)
    LinRange{T}(a.start - b.start, a.stop - b.stop, a.len)
end
# As Julia's: an empty one as written; else its summary, then its elements on one line, compact
# and fitted to the screen's width (even without :limit) with ", …, " between the two ends
function show(io::IO, ::MIME"text/plain", r::LinRange)
    isempty(r) && return show(io, r)
    summary(io, r)
    println(io, ":")
    _print_range(io, r)
end
# Julia's print_range: the range as a one-row matrix, columns aligned as print_matrix's
function _print_range(io::IO, r::AbstractRange, pre = " ", sep = ", ", post = "", hdots = ", \u2026, ")
    screenwidth = displaysize(io)[2] - length(pre) - length(post)
    haskey(io, :compact) || (io = IOContext(io, :compact => true))
    sepsize = length(sep)
    n = length(r)
    half = div(div(screenwidth, 1 + sepsize), 2)
    cols = n <= div(screenwidth, 1 + sepsize) ? collect(1:n) : vcat(collect(1:half+1), collect(n-half:n))
    m = length(cols)
    vals = [r[i] for i in cols]
    strs = [_sprint_with(io, show, v) for v in vals]
    aligns = [_alignment(vals[k], strs[k]) for k in 1:m]
    # the columns, in this order, that fit in `width`
    function fit(order, width)
        a = Tuple{Int,Int}[]
        for k in order
            push!(a, aligns[k])
            if length(a) > 1 && sum(map(sum, a)) + sepsize * length(a) >= width
                pop!(a)
                break
            end
        end
        if 1 < length(a) < m
            while sum(map(sum, a)) + sepsize * length(a) >= width
                pop!(a)
            end
        end
        a
    end
    function row(A, ks)
        for (i, k) in enumerate(ks)
            i > length(A) && break
            a = aligns[k]
            print(io, " "^(A[i][1] - a[1]), strs[k], k == m ? "" : " "^(A[i][2] - a[2]))
            i < length(A) && print(io, sep)
        end
    end
    A = fit(1:m, screenwidth)
    print(io, pre)
    if n <= length(A)
        row(A, 1:m)
    else
        c = div(screenwidth - length(hdots) + 1, 2) + 1
        right = reverse(fit(m:-1:1, c))
        c = screenwidth - sum(map(sum, right)) - (length(right) - 1) * sepsize - length(hdots)
        left = fit(1:m, c)
        row(left, 1:length(left))
        print(io, hdots)
        row(right, m-length(right)+1:m)
    end
    print(io, post)
end

# ---- StepRange{T, S} of other element types: Int8(1):Int8(2):Int8(9), 'a':2:'z' -------------
# (StepRange{Int64, Int64} is a Java object, runtime/JlStepRange.) As Julia's range.jl: the stop
# kept is the last element (steprange_last), an empty range stops one step before its start.
function _steprange_last(start, step, stop)
    z = zero(step)
    step == z && throw(ArgumentError("step cannot be zero"))
    stop == start && return stop
    if (step > z) != (stop > start)
        return start isa Integer ? (step > z ? start - oneunit(stop - start) : start + oneunit(stop - start)) : start - step
    end
    absdiff, absstep = stop > start ? (stop - start, step) : (start - stop, -step)
    remain = convert(typeof(absdiff), absdiff % absstep)
    stop > start ? stop - remain : stop + remain
end
function StepRange{T,S}(start, step, stop) where {T,S}
    a = convert(T, start)
    s = convert(S, step)
    _new_struct(StepRange{T,S}, a, s, convert(T, _steprange_last(a, s, convert(T, stop))))
end
StepRange(start::T, step::S, stop::T) where {T,S} = StepRange{T,S}(start, step, stop)
StepRange(start::Int64, step::Int64, stop::Int64) = start:step:stop
StepRange{Int64,Int64}(start, step, stop) = Int64(start):Int64(step):Int64(stop)
# Julia's element type: what start + step gives (Int8(1):2:Int8(9) has Int64 elements)
function (:)(a::T, s::Integer, b::T) where {T<:Integer}
    E = typeof(a + zero(s))
    StepRange{E,typeof(s)}(a, s, b)
end
(:)(a::Char, s::Integer, b::Char) = StepRange{Char,typeof(s)}(a, s, b)
(:)(a::Char, b::Char) = StepRange{Char,Int64}(a, 1, b)
_colon(a::T, s::T, b::T) where {T<:Integer} = StepRange{T,T}(a, s, b)
first(r::StepRange) = r.start
last(r::StepRange) = r.stop
step(r::StepRange) = r.step
isempty(r::StepRange) = (r.start != r.stop) & ((r.step > zero(r.step)) != (r.stop > r.start))
# lengths as Julia's: Int for elements narrower than Int (and Char), else the element type
function length(r::StepRange)
    isempty(r) && return 0
    div(Int64(r.stop) - Int64(r.start), Int64(r.step)) + 1
end
function length(r::StepRange{T}) where {T<:Union{UInt64, Int128, UInt128, BigInt}}
    isempty(r) && return zero(T)
    T(div(big(r.stop) - big(r.start), big(r.step))) + one(T)
end
"""
    Base.checked_length(r)

`length(r)`, except that a count too large for the result type (as in
`typemin(Int):typemax(Int)`, whose `length` wraps around to 0) throws an `OverflowError`
instead. Collections other than integer ranges have their `length`.
"""
checked_length(r) = length(r)
# the distance from first to last in steps, by checked arithmetic; for steps other than
# ±1 the distance is divided as an unsigned number, which cannot overflow (as Julia's range.jl)
function checked_length(r::OrdinalRange{T}) where {T<:Union{Int64, UInt64, Int128, UInt128}}
    isempty(r) && return zero(T)
    s = step(r)
    a, b = first(r), last(r)
    n = if s > 1
        convert(T, div(unsigned(b - a), s))
    elseif s < -1
        convert(T, div(unsigned(a - b), -s))
    elseif s > 0
        div(checked_sub(b, a), s)
    else
        div(checked_sub(a, b), -s)
    end
    checked_add(convert(T, n), one(T))
end
# other element types: the same by their own checked arithmetic (none for Char: a MethodError,
# as in Julia); narrower integers count in Int, which cannot overflow
function checked_length(r::OrdinalRange)
    isempty(r) && return length(r)
    s = step(r)
    a, b = first(r), last(r)
    d = s < zero(s) ? div(checked_sub(a, b), -s) : div(checked_sub(b, a), s)
    Integer(checked_add(d, oneunit(d)))
end
checked_length(r::OrdinalRange{<:Union{Int8, UInt8, Int16, UInt16, Int32, UInt32}}) = length(r)
function getindex(r::StepRange{T}, i::Integer) where {T}
    1 <= i <= length(r) || throw(BoundsError(r, i))
    convert(T, r.start + (i - 1) * r.step)
end
iterate(r::StepRange) = isempty(r) ? nothing : (r.start, r.start)
iterate(r::StepRange{T}, x) where {T} = x == r.stop ? nothing : (y = convert(T, x + r.step); (y, y))
in(c::Char, r::StepRange{Char}) = !isempty(r) && (r.step > 0 ? r.start <= c <= r.stop : r.stop <= c <= r.start) &&
    rem(c - r.start, r.step) == 0

"""
    Base.OneTo(n)

The range `1:n` that arrays have as axes (`axes([7, 8, 9]) == (Base.OneTo(3),)`, also what
`eachindex` of a vector gives). It has the elements of `1:n` (`OneTo(n) ==
1:n`), with its own type, whose first element is known to be 1.
"""
OneTo(n::Int64) = _oneto(n)   # runtime/JlOneTo: a Java range for every fast path of 1:n
OneTo(n::T) where {T<:Integer} = _new_struct(OneTo{T}, max(zero(n), n))   # other element types: structs
OneTo{T}(n::Integer) where {T<:Integer} = OneTo(T(n))
OneTo(r::OneTo) = r
function OneTo(r::AbstractRange{T}) where {T<:Integer}
    isempty(r) || (first(r) == 1 && step(r) == 1) ||
        throw(ArgumentError(string("first element must be 1, got ", first(r))))
    OneTo(isempty(r) ? zero(T) : last(r))
end
OneTo{T}(r::AbstractRange) where {T<:Integer} = OneTo(T(length(r)))
first(r::OneTo{T}) where {T} = one(T)
last(r::OneTo) = r.stop
step(r::OneTo{T}) where {T} = one(T)
length(r::OneTo) = Int64(r.stop)
eltype(::OneTo{T}) where {T} = T
isempty(r::OneTo) = r.stop < 1
iterate(r::OneTo) = r.stop < 1 ? nothing : (one(r.stop), one(r.stop))
iterate(r::OneTo, i) = i == r.stop ? nothing : (i + one(i), i + one(i))
function getindex(r::OneTo{T}, i::Integer) where {T<:Integer}   # (OneTo{Int64}: a builtin)
    1 <= i <= r.stop || throw(BoundsError(r, i))
    T(i)
end
function getindex(r::OneTo{T}, s::OneTo{<:Integer}) where {T<:Integer}
    s.stop <= r.stop || throw(BoundsError(r, s))
    OneTo(T(s.stop))
end
in(x::Integer, r::OneTo{<:Integer}) = 1 <= x <= r.stop
show(io::IO, r::OneTo) = print(io, "Base.OneTo(", r.stop, ")")
# as 1:n for hashing and isequal (Julia hashes ranges by their elements' first, step and last)
hash(r::OneTo, h::UInt) = hash(1:Int64(r.stop), h)
# the axes of arrays stand for their sizes where Julia takes dimensions: similar(A, axes(B)), zeros(axes(A))
const _OneToDims = Tuple{OneTo, Vararg{OneTo}}
similar(a::AbstractArray, T::Type, d::_OneToDims) = similar(a, T, map(length, d))
# similar(Array{T}, dims), similar(BitArray, axes): a new array of that type (Julia's similar(::Type{A}, shape))
similar(::Type{A}, dims::Tuple{Vararg{Int}}) where {A<:AbstractArray} = A(undef, dims)
similar(::Type{A}, dims::Int...) where {A<:AbstractArray} = similar(A, dims)
similar(::Type{A}, d::_OneToDims) where {A<:AbstractArray} = similar(A, map(length, d))
zeros(T::Type, d::_OneToDims) = zeros(T, map(length, d))
zeros(T::Type{<:Union{BitInteger64, IEEEFloat}}, d::_OneToDims) = zeros(T, map(length, d))
ones(T::Type, d::_OneToDims) = ones(T, map(length, d))
fill(v, d::_OneToDims) = fill(v, map(length, d))
reshape(a::AbstractArray, d::_OneToDims) = reshape(a, map(length, d))

# the range types called by name: UnitRange(1, 3) is 1:3, StepRange(1, 2, 9) is 1:2:9
UnitRange(start::Integer, stop::Integer) = start:stop
UnitRange(r::AbstractUnitRange{<:Integer}) = first(r):last(r)   # UnitRange(Base.OneTo(3)) is 1:3
UnitRange{T}(start::Integer, stop::Integer) where {T<:Integer} = T(start):T(stop)

# ---- intersect of ranges: a range, as Julia's range.jl ---------------------------------------
intersect(r::AbstractUnitRange{<:Integer}, s::AbstractUnitRange{<:Integer}) = max(first(r), first(s)):min(last(r), last(s))
intersect(r::OneTo, s::OneTo) = OneTo(min(r.stop, s.stop))
# stepped ranges: the points both hit form a range stepping by lcm of the steps (in r's direction)
function intersect(r::Union{StepRange{<:Integer}, AbstractUnitRange{<:Integer}}, s::Union{StepRange{<:Integer}, AbstractUnitRange{<:Integer}})
    step(r) < 0 && return reverse(intersect(reverse(r), s))
    step(s) < 0 && return intersect(r, reverse(s))
    a = lcm(step(r), step(s))
    g, x, _ = gcdx(step(r), step(s))
    rem(first(r) - first(s), g) == 0 || return first(r):a:(first(r) - a)   # never aligned: empty
    b = first(r) - x * div(first(r) - first(s), g) * step(r)
    # the common points are b + k*a: from the first at or after both starts to the last within both
    lo = max(first(r) + mod(b - first(r), a), first(s) + mod(b - first(s), a))
    hi = min(last(r) - mod(last(r) - b, a), last(s) - mod(last(s) - b, a))
    lo:a:hi
end

# range equality as range.jl's methods: ranges of one type (and integer-like ranges) by their
# ends and step, unit ranges by their ends, float ranges of one type by first, length and last,
# any other pair element by element; a one-element range equals one with the same element
==(r::OrdinalRange, s::OrdinalRange) = _same_ends_and_step(r, s)
function _same_ends_and_step(r, s)
    isempty(r) && return isempty(s)
    _has_length_one(r) && return _has_length_one(s) & (first(r) == first(s))
    (first(r) == first(s)) & (step(r) == step(s)) & (last(r) == last(s))
end
==(r::AbstractUnitRange, s::AbstractUnitRange) = (isempty(r) & isempty(s)) | ((first(r) == first(s)) & (last(r) == last(s)))
==(r::Base.OneTo, s::Base.OneTo) = last(r) == last(s)
==(r::T, s::T) where {T<:Union{StepRangeLen,LinRange}} = _same_first_length_last(r, s)
_same_first_length_last(r, s) = (isempty(r) & isempty(s)) | ((first(r) == first(s)) & (length(r) == length(s)) & (last(r) == last(s)))
# (two StepRangeLens of one type match this and the method above; ours would call that
# ambiguous, so the one above is taken for them here: which Julia picks was not checked)
==(r::Union{StepRange{T},StepRangeLen{T,T}}, s::Union{StepRange{T},StepRangeLen{T,T}}) where {T} = _same_ends_and_step(r, s)
==(r::StepRangeLen{T,T}, s::StepRangeLen{T,T}) where {T} =
    typeof(r) === typeof(s) ? _same_first_length_last(r, s) : _same_ends_and_step(r, s)
_has_length_one(r::OrdinalRange) = first(r) == last(r)
_has_length_one(r::AbstractRange) = isone(length(r))
function ==(r::AbstractRange, s::AbstractRange)
    # (Julia's method for two ranges of one type, folded in here: ours would find it ambiguous
    # with the StepRange one, which Julia's specificity prefers)
    typeof(r) === typeof(s) && return _same_ends_and_step(r, s)
    n = length(r)
    n == length(s) || return false
    iszero(n) && return true
    for (x, y) in zip(r, s)
        x == y || return false
    end
    true
end
