# Ranges are AbstractVectors: 1:5, 1:2:9, 10:-3:1.
size(r::AbstractRange) = (length(r),)
eltype(::UnitRange{T}) where T = T

# Ranges of integer types other than Int64 are plain structs (Int64 ranges are Java objects).
(:)(a::T, b::T) where {T<:Integer} = _new_struct(UnitRange{T}, a, b < a ? a - one(a) : b)
(:)(a::Integer, b::Integer) = (:)(promote(a, b)...)
length(r::UnitRange) = Int64(r.stop) - Int64(r.start) + 1
function getindex(r::UnitRange, i::Integer)
    1 <= i <= length(r) || throw(BoundsError(r, i))
    r.start + oftype(r.start, i - 1)
end
eltype(r::StepRange) = Int64
isempty(r::AbstractRange) = length(r) == 0
function getindex(r::UnitRange, s::UnitRange)
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
reverse(r::UnitRange) = last(r):-1:first(r)
reverse(r::StepRange) = last(r):-step(r):first(r)
==(a::AbstractRange, b::AbstractRange) = (isempty(a) && isempty(b)) || (length(a) == length(b) && first(a) == first(b) && step(a) == step(b))
sum(r::UnitRange) = isempty(r) ? 0 : div((first(r) + last(r)) * length(r), 2)
maximum(r::UnitRange) = isempty(r) ? throw(ArgumentError("range must be non-empty")) : last(r)
minimum(r::UnitRange) = isempty(r) ? throw(ArgumentError("range must be non-empty")) : first(r)
range(start; stop = nothing, length = nothing, step = nothing) = _range(start, step, stop, length)
range(start, stop; length = nothing, step = nothing) = _range(start, step, stop, length)
function _range(start, step, stop, len)
    if len === nothing
        return step === nothing ? (start:stop) : (start:step:stop)
    end
    if stop === nothing
        stop = start + (len - 1) * (step === nothing ? 1 : step)
    end
    if start isa Integer && stop isa Integer && (len == 1 || rem(stop - start, len - 1) == 0)
        return start:(len == 1 ? 1 : div(stop - start, len - 1)):stop
    end
    [start + (stop - start) * (i - 1) / (len - 1) for i in 1:len]
end
