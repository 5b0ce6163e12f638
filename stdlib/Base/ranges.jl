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
==(a::AbstractRange, b::AbstractRange) = (isempty(a) && isempty(b)) || (length(a) == length(b) && first(a) == first(b) && step(a) == step(b))
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
# unit or step range (integers stay integers); start, stop and a length make a float range.
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
        step === nothing && return start isa Integer ? (start:start + len - 1) : (start:oftype(start, 1):start + (len - 1))
        return start:step:start + (len - 1) * step
    end
    step === nothing || throw(ArgumentError("too many arguments specified; try passing only one of `stop` or `length`"))
    a = float(start)
    b = float(stop)
    len == 1 && a == b && return a:one(a):b
    if a isa Float64 && b isa Float64 && len >= 2
        # as Julia's _linspace: rational endpoints give exact elements, element i being
        # ((len - i) * a + (i - 1) * b) / (len - 1), correctly rounded (range(-1, 1, length = 4))
        an, ad = _rat(a)
        bn, bd = _rat(b)
        if ad != 0 && bd != 0 && an / ad == a && bn / bd == b
            den = lcm(Int128(ad), Int128(bd))
            sn = Int128(an) * div(den, ad)
            en = Int128(bn) * div(den, bd)
            return _exact_range(sn * (len - 1), en - sn, Int128(len - 1) * den, Int64(len), a, (b - a) / (len - 1))
        end
    end
    return a:(b - a) / (len - 1):b
end

"""
    StepRangeLen

A range of floats such as `0:0.1:1`. Like Julia, its elements are the decimal values one
expects (`(0:0.1:1)[4] == 0.3`): when start, step and stop are decimals, element `i` is computed
as the correctly rounded quotient `(n0 + (i - 1) * nstep) / den` of exact integers.
"""
struct StepRangeLen{T} <: AbstractRange{T}
    start::T
    step::T
    len::Int64
    num0::Int64
    numstep::Int64
    den::Int64
end

# (:)(a::Float64, s::Float64, b::Float64) is a builtin (runtime/FloatRange.java, shared with the
# counted `for` loop over a float range): it finds the power of ten turning start, step and stop
# into integers and the length; _float_range_element computes element i.
# Mixed endpoints are promoted first, as in Julia (0:0.1:1 is a Float64 range).
(:)(a::Real, s::Real, b::Real) = _colon(promote(a, s, b)...)
_colon(a::Int64, s::Int64, b::Int64) = (:)(a, s, b)
_colon(a::T, s::T, b::T) where {T<:AbstractFloat} = (:)(Float64(a), Float64(s), Float64(b))
# a Float32 (Float16) range has that element type: the elements of the Float64 range of the
# shortest decimals that print as a, s and b (0.1f0 is 0.1), rounded
_shortest_decimal(x) = parse(Float64, string(x))
function _colon(a::T, s::T, b::T) where {T<:Union{Float16, Float32}}
    r = (:)(_shortest_decimal(a), _shortest_decimal(s), _shortest_decimal(b))
    StepRangeLen{T}(a, s, r.len, r.num0, r.numstep, r.den)
end
function getindex(r::StepRangeLen{T}, i::Integer) where {T<:Union{Float16, Float32}}
    1 <= i <= r.len || throw(BoundsError(r, i))
    r.den == 0 && return r.start + (i - 1) * r.step   # (not from decimals: StepRangeLen(a, s, n))
    T(_float_range_element(r.num0, r.numstep, r.den, _shortest_decimal(r.start), _shortest_decimal(r.step), Int64(i)))
end
(:)(a::AbstractFloat, b::Real) = _colon(promote(a, one(a), b)...)
(:)(a::Real, b::AbstractFloat) = _colon(promote(a, one(b), b)...)
(:)(a::AbstractFloat, b::AbstractFloat) = _colon(promote(a, one(a), b)...)

length(r::StepRangeLen) = r.len
function getindex(r::StepRangeLen{Float64}, i::Integer)
    1 <= i <= r.len || throw(BoundsError(r, i))
    _float_range_element(r.num0, r.numstep, r.den, r.start, r.step, Int64(i))
end
# other element types (BigFloat): start + (i - 1) * step, as Julia's StepRangeLen without TwicePrecision
function getindex(r::StepRangeLen, i::Integer)
    1 <= i <= r.len || throw(BoundsError(r, i))
    r.start + (i - 1) * r.step
end
iterate(r::StepRangeLen, i = 1) = i > r.len ? nothing : (r[i], i + 1)
first(r::StepRangeLen) = r[1]
last(r::StepRangeLen) = r[r.len]
step(r::StepRangeLen) = r.step
eltype(::StepRangeLen{T}) where T = T
isempty(r::StepRangeLen) = r.len == 0
collect(r::StepRangeLen) = [r[i] for i in 1:r.len]
function show(io::IO, r::StepRangeLen)
    # (as Julia's "ugly temporary printing": 0:0:0 would not read back)
    iszero(r.step) && return print(io, "StepRangeLen(", repr(r.start), ", ", repr(r.step), ", ", repr(r.len), ")")
    show(io, r.start)
    print(io, ':')
    show(io, r.step)
    print(io, ':')
    show(io, r.len == 0 ? r.start - r.step : last(r))
end

# ---- Arithmetic on float ranges gives ranges, as Julia's (range.jl, twiceprecision.jl) ----------
# A StepRangeLen{Float64} whose elements are exact quotients num/den stays exact: shifting,
# scaling, slicing and reversing compute the new integers (den need not be a power of ten, the
# element is the correctly rounded quotient), so (0:0.1:1) .+ 1 has the elements of 1.0:0.1:2.0
# and (0:0.1:1) * 3 steps by 0.3. When the integers would not stay exact (|n| < 4e15, as the
# builtin's), the range falls back to start + (i - 1) * step.
function _exact_range(num0::Int128, numstep::Int128, den::Int128, len::Int64, start::Float64, step::Float64)
    if den < 0
        num0, numstep, den = -num0, -numstep, -den
    end
    g = gcd(gcd(num0, numstep), den)
    if g > 1
        num0, numstep, den = div(num0, g), div(numstep, g), div(den, g)
    end
    numlast = num0 + Int128(max(len - 1, 0)) * numstep
    if den > 0 && numstep != 0 && max(abs(num0), abs(numlast), den) < Int128(4_000_000_000_000_000)
        return StepRangeLen{Float64}(Float64(num0) / Float64(den), Float64(numstep) / Float64(den), len,
                                     Int64(num0), Int64(numstep), Int64(den))
    end
    StepRangeLen{Float64}(start, step, len, 0, 0, 0)
end
# x as an integer over a power of ten (n, d), or (0, 0) when it is not a short decimal
function _decimal_parts(x::Float64)
    isfinite(x) || return (Int128(0), Int128(0))
    d = 1
    for k in 0:15
        n = round(x * d)
        abs(n) < 4.0e15 && n / d == x && return (Int128(n), Int128(d))
        d *= 10
    end
    (Int128(0), Int128(0))
end
_approximate_range(start, step, len) = StepRangeLen{Float64}(Float64(start), Float64(step), len, 0, 0, 0)
# StepRangeLen(ref, step, len, offset = 1): `len` elements, element `offset` being `ref`; as
# Julia's, without its extended precision: element i is start + (i - 1) * step, rounded
function StepRangeLen(ref::Real, step::Real, len::Integer, offset::Integer = 1)
    len >= 0 || throw(ArgumentError(string("length cannot be negative, got ", len)))
    start, step = promote(ref - (offset - 1) * step, step)
    StepRangeLen{typeof(start)}(start, step, Int64(len), 0, 0, 0)
end
function _shift_range(r::StepRangeLen{Float64}, x::Real, sign::Int64)
    start = sign * first(r) + x
    xn, xd = _decimal_parts(Float64(x))
    (r.den > 0 && xd > 0 && Float64(x) == x) || return _approximate_range(start, sign * r.step, r.len)
    den = Int128(r.den) * xd
    _exact_range(sign * r.num0 * xd + xn * r.den, sign * r.numstep * xd, den, r.len, start, sign * r.step)
end
function _scale_range(r::StepRangeLen{Float64}, xn::Int128, xd::Int128, start, step)
    r.den > 0 && xd != 0 || return _approximate_range(start, step, r.len)
    _exact_range(r.num0 * xn, r.numstep * xn, r.den * xd, r.len, Float64(start), Float64(step))
end
function _scale_range(r::StepRangeLen{Float64}, x::Real)
    xn, xd = _decimal_parts(Float64(x))
    Float64(x) == x || (xd = Int128(0))
    _scale_range(r, xn, xd, first(r) * x, r.step * x)
end
function _divide_range(r::StepRangeLen{Float64}, x::Real)
    xn, xd = _decimal_parts(Float64(x))
    (Float64(x) == x && xn != 0) || (xd = Int128(0))
    _scale_range(r, xd, xn, first(r) / x, r.step / x)
end
-(r::StepRangeLen{Float64}) = _shift_range(r, 0.0, -1)
# the sum of its exact elements, correctly rounded (sum(0.1:0.1:0.3) == 0.6, as Julia's)
function sum(r::StepRangeLen{Float64})
    n = Int128(r.len)
    total = n * r.num0 + div(n * (n - 1), 2) * r.numstep
    r.den > 0 && abs(total) < Int128(2)^53 && return Float64(total) / Float64(r.den)
    r.len == 0 ? 0.0 : r.len * first(r) + r.step * (div(n * (n - 1), 2))
end
*(x::Real, r::StepRangeLen{Float64}) = _scale_range(r, x)
*(r::StepRangeLen{Float64}, x::Real) = _scale_range(r, x)
/(r::StepRangeLen{Float64}, x::Real) = _divide_range(r, x)
function getindex(r::StepRangeLen{Float64}, s::AbstractRange{<:Integer})
    isempty(s) || (1 <= first(s) <= r.len && 1 <= last(s) <= r.len) || throw(BoundsError(r, s))
    start = isempty(s) ? first(r) : r[first(s)]
    r.den > 0 || return _approximate_range(start, r.step * step(s), length(s))
    _exact_range(Int128(r.num0) + Int128(first(s) - 1) * r.numstep, Int128(r.numstep) * step(s), Int128(r.den),
                 length(s), start, r.step * step(s))
end
function reverse(r::StepRangeLen{Float64})
    r.len == 0 && return r
    r.den > 0 || return _approximate_range(last(r), -r.step, r.len)
    _exact_range(Int128(r.num0) + Int128(r.len - 1) * r.numstep, -Int128(r.numstep), Int128(r.den), r.len, last(r), -r.step)
end
function _add_ranges(a::AbstractRange, b::AbstractRange, sign::Int64)
    _check_range_lengths(a, b)
    (a isa StepRangeLen{Float64} && a.den > 0) || (a = float(first(a)):float(step(a)):float(last(a)))
    (b isa StepRangeLen{Float64} && b.den > 0) || (b = float(first(b)):float(step(b)):float(last(b)))
    start, by = first(a) + sign * first(b), a.step + sign * b.step
    (a.den > 0 && b.den > 0) || return _approximate_range(start, by, a.len)
    _exact_range(Int128(a.num0) * b.den + sign * Int128(b.num0) * a.den, Int128(a.numstep) * b.den + sign * Int128(b.numstep) * a.den,
                 Int128(a.den) * b.den, a.len, start, by)
end
+(a::StepRangeLen{Float64}, b::AbstractRange{<:Real}) = _add_ranges(a, b, 1)
+(a::AbstractRange{<:Real}, b::StepRangeLen{Float64}) = _add_ranges(a, b, 1)
+(a::StepRangeLen{Float64}, b::StepRangeLen{Float64}) = _add_ranges(a, b, 1)
-(a::StepRangeLen{Float64}, b::AbstractRange{<:Real}) = _add_ranges(a, b, -1)
-(a::AbstractRange{<:Real}, b::StepRangeLen{Float64}) = _add_ranges(a, b, -1)
-(a::StepRangeLen{Float64}, b::StepRangeLen{Float64}) = _add_ranges(a, b, -1)
_check_range_lengths(a, b) = length(a) == length(b) ||
    throw(DimensionMismatch(string("argument dimensions must match: length of r1 is ", length(a), ", length of r2 is ", length(b))))
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
function show(io::IO, ::MIME"text/plain", r::LinRange)
    print(io, length(r), "-element ", typeof(r))
    isempty(r) && return
    print(io, ":\n ")
    for i in 1:length(r)
        i > 1 && print(io, ", ")
        show(io, r[i])
    end
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
