"""
    Statistics

Basic statistics, as Julia's standard library: `mean`, `median`, `middle`, `var`, `std`,
`varm`, `stdm`, `cov`, `cor`, `quantile` (and the in-place `median!`, `quantile!`).
`dims` is supported by `mean`, `var` and `std` (any dimensions) and by `median` (matrices).
"""
module Statistics

export mean, mean!, median, median!, middle, var, varm, std, stdm, cov, cor, quantile, quantile!

# ---- mean ----

"""
    mean(itr)
    mean(f, itr)
    mean(A::AbstractArray; dims)

The arithmetic mean of a collection (of `f` applied to its elements), or of an array along
`dims`. An empty collection gives `NaN`.
"""
mean(itr) = mean(identity, itr)
function mean(f, itr)
    y = iterate(itr)
    y === nothing && return NaN
    value, state = y
    total = f(value) / 1
    count = 1
    y = iterate(itr, state)
    while y !== nothing
        value, state = y
        total += f(value)
        count += 1
        y = iterate(itr, state)
    end
    return total / count
end
mean(f, A::AbstractArray; dims = :) = dims === (:) ? _mean_all(f, A) : _mean_dims(f, A, dims)
mean(A::AbstractArray; dims = :) = mean(identity, A; dims = dims)
function mean(r::AbstractRange)
    isempty(r) && return zero(eltype(r)) / 0
    return first(r) / 2 + last(r) / 2
end
"""
    mean!(r, A)

The means of `A` over the dimensions where `r` has size 1, stored in `r`.
"""
function mean!(r::AbstractArray, A::AbstractArray)
    sum!(r, A)
    r .*= max(1, length(r)) // length(A)
    r
end
# (each value divided by 1 first, as Julia's _mean_promote: integers add up as floats, where
# mean([typemax(Int), typemax(Int)]) overflowed)
function _mean_all(f, A)
    isempty(A) && return NaN
    return sum(x -> f(x) / 1, A) / length(A)
end
function _mean_dims(f, A, dims)
    n = prod(size(A, d) for d in unique(dims))
    return sum(map(x -> f(x) / 1, A); dims = dims) ./ n
end

# ---- variance and standard deviation ----

"""
    var(itr; corrected::Bool = true, mean = nothing)
    var(A::AbstractArray; corrected = true, mean = nothing, dims)

The sample variance: the sum of squared deviations from the mean, divided by `n - 1`
(`n` when `corrected = false`). A known `mean` may be given.
"""
function var(itr; corrected::Bool = true, mean = nothing)
    y = iterate(itr)
    y === nothing && return NaN
    value, state = y
    count = 1
    y = iterate(itr, state)
    if mean === nothing
        # Welford's update: one pass, no cancellation from a large mean
        M = value / 1
        S = zero(abs2(M))
        while y !== nothing
            value, state = y
            y = iterate(itr, state)
            count += 1
            newM = M + (value - M) / count
            S += real(conj(value - M) * (value - newM))
            M = newM
        end
        return S / (count - Int(corrected))
    end
    mean isa Number || throw(ArgumentError("invalid value of mean, $(mean)::$(typeof(mean))"))
    s = abs2(value - mean)
    while y !== nothing
        value, state = y
        y = iterate(itr, state)
        count += 1
        s += abs2(value - mean)
    end
    return s / (count - Int(corrected))
end
function var(A::AbstractArray; corrected::Bool = true, mean = nothing, dims = :)
    if dims === (:)
        n = length(A)
        n == 0 && return NaN
        m = mean === nothing ? Statistics.mean(A) : mean
        return real(sum(x -> abs2(x - m), A)) / (n - Int(corrected))
    end
    m = mean === nothing ? Statistics.mean(A; dims = dims) : mean
    n = prod(size(A, d) for d in unique(dims))
    return sum(abs2.(A .- m); dims = dims) ./ (n - Int(corrected))
end
function var(r::AbstractRange; corrected::Bool = true, mean = nothing, dims = :)
    (mean === nothing && dims === (:)) || return invoke(var, Tuple{AbstractArray}, r; corrected = corrected, mean = mean, dims = dims)
    l = length(r)
    l <= 1 && return l == 1 && !corrected ? 0.0 : NaN
    v = abs2(step(r)) * (l + 1) * l / 12
    return corrected ? v : v * (l - 1) / l
end

"""
    varm(itr, mean; corrected = true)

The variance of `itr` about a known `mean`.
"""
varm(itr, m; corrected::Bool = true) = var(itr; corrected = corrected, mean = m)

"""
    std(itr; corrected = true, mean = nothing[, dims])

The sample standard deviation: the square root of [`var`](@ref).
"""
std(itr; corrected::Bool = true, mean = nothing) = sqrt(var(itr; corrected = corrected, mean = mean))
function std(A::AbstractArray; corrected::Bool = true, mean = nothing, dims = :)
    v = var(A; corrected = corrected, mean = mean, dims = dims)
    return dims === (:) ? sqrt(v) : sqrt.(v)
end

"""
    stdm(itr, mean; corrected = true)

The standard deviation of `itr` about a known `mean`.
"""
stdm(itr, m; corrected::Bool = true) = sqrt(varm(itr, m; corrected = corrected))

# ---- covariance and correlation ----

"""
    cov(x::AbstractVector[, y::AbstractVector]; corrected = true)
    cov(X::AbstractMatrix; dims = 1, corrected = true)

The covariance of two vectors (the variance of one), or the covariance matrix of the
variables in the columns (`dims = 1`) or rows (`dims = 2`) of `X`.
"""
cov(x::AbstractVector; corrected::Bool = true) = var(x; corrected = corrected)
function cov(x::AbstractVector, y::AbstractVector; corrected::Bool = true)
    n = length(x)
    n == length(y) || throw(DimensionMismatch("x and y have different lengths: $n and $(length(y))"))
    mx = mean(x)
    my = mean(y)
    s = zero((x[1] - mx) * conj(y[1] - my))
    for i in 1:n
        s += (x[i] - mx) * conj(y[i] - my)
    end
    return s / (n - Int(corrected))
end
# (in the element type the covariances have: Float32 stays Float32, complex data gives complex)
function cov(X::AbstractMatrix; dims::Int = 1, corrected::Bool = true)
    vars = _variables(X, dims)
    return [cov(a, b; corrected = corrected) for a in vars, b in vars]
end
# of the variables of X with those of Y (a vector is one variable), as Julia's cov(X, Y; dims)
function cov(X::Union{AbstractVector, AbstractMatrix}, Y::Union{AbstractVector, AbstractMatrix}; dims::Int = 1, corrected::Bool = true)
    vx = X isa AbstractVector ? [X] : _variables(X, dims)
    vy = Y isa AbstractVector ? [Y] : _variables(Y, dims)
    return [cov(a, b; corrected = corrected) for a in vx, b in vy]
end
_variables(X, dims) = dims == 1 ? [X[:, j] for j in 1:size(X, 2)] :
    dims == 2 ? [X[i, :] for i in 1:size(X, 1)] : throw(ArgumentError("dims must be 1 or 2, got $dims"))

"""
    cor(x::AbstractVector, y::AbstractVector)
    cor(X::AbstractMatrix; dims = 1)

The Pearson correlation of two vectors, or the correlation matrix of the variables of `X`.
"""
cor(x::AbstractVector) = one(float(eltype(x)))
function cor(x::AbstractVector, y::AbstractVector)
    n = length(x)
    n == length(y) || throw(DimensionMismatch("x and y have different lengths: $n and $(length(y))"))
    mx = mean(x)
    my = mean(y)
    xx = yy = xy = 0.0
    for i in 1:n
        a = x[i] - mx
        b = y[i] - my
        xx += abs2(a)
        yy += abs2(b)
        xy += a * b
    end
    # scaled so that the result stays within [-1, 1] despite rounding
    return clamp(xy / max(xx, yy) / sqrt(min(xx, yy) / max(xx, yy)), -1.0, 1.0)
end
function cor(X::AbstractMatrix; dims::Int = 1)
    vars = _variables(X, dims)
    k = length(vars)
    C = zeros(k, k)
    for i in 1:k, j in i:k
        C[i, j] = C[j, i] = i == j ? 1.0 : cor(vars[i], vars[j])
    end
    return C
end

# ---- median and quantiles ----

"""
    middle(x)
    middle(x, y)
    middle(a::AbstractArray)

`x` as a float; the mean of `x` and `y`; the middle of an array's extrema.
"""
middle(x::Union{Bool,Integer}) = Float64(x)
middle(x::AbstractFloat) = x
middle(x::Number) = (x + zero(x)) / 1
middle(x::Number, y::Number) = x / 2 + y / 2
function middle(a::AbstractArray)
    isempty(a) && throw(ArgumentError("middle of an empty array is undefined"))
    lo, hi = extrema(a)
    return middle(lo, hi)
end

"""
    median!(v)

The median of `v`, which it may reorder.
"""
function median!(v::AbstractVector)
    isempty(v) && throw(ArgumentError("median of an empty array is undefined, $(repr(v))"))
    any(ismissing, v) && return missing
    for x in v
        x isa Number && isnan(x) && return x
    end
    sort!(v)
    n = length(v)
    mid = div(1 + n, 2)
    return isodd(n) ? middle(v[mid]) : middle(v[mid], v[mid + 1])
end

"""
    median(itr)
    median(f, itr)
    median(A::AbstractMatrix; dims)

The middle value of the sorted collection (the mean of the two middle values when their number
is even); `NaN` or `missing` when the collection has one.
"""
median(itr) = median!(collect(itr))
median(f::Function, itr) = median!([f(x) for x in itr])
function median(A::AbstractArray; dims = :)
    dims === (:) && return median!(collect(vec(A)))
    # (each slice's median, as Julia's mapslices(median!, A; dims))
    return mapslices(v -> median!(collect(vec(v))), A; dims = dims)
end
median(r::AbstractRange{<:Real}) = mean(r)

"""
    quantile(itr, p; sorted = false, alpha = 1.0, beta = alpha)

The sample quantile(s) at probability `p` (a number, or an array or tuple of them), by
Hyndman and Fan's definition 7 by default (linear interpolation, as R and NumPy).
"""
quantile(itr, p; sorted::Bool = false, alpha::Real = 1.0, beta::Real = alpha) =
    quantile!(collect(itr), p; sorted = sorted, alpha = alpha, beta = beta)
quantile(f::Function, itr, p; sorted::Bool = false, alpha::Real = 1.0, beta::Real = alpha) =
    quantile!([f(x) for x in itr], p; sorted = sorted, alpha = alpha, beta = beta)

"""
    quantile!(v, p; sorted = false, alpha = 1.0, beta = alpha)

As [`quantile`](@ref), sorting `v` in place.
"""
function quantile!(v::AbstractVector, p; sorted::Bool = false, alpha::Real = 1.0, beta::Real = alpha)
    isempty(v) && throw(ArgumentError("empty data vector"))
    sorted || sort!(v)
    for x in v
        (ismissing(x) || (x isa Number && isnan(x))) &&
            throw(ArgumentError("quantiles are undefined in presence of NaNs or missing values"))
    end
    return p isa Real ? _quantile(v, p, alpha, beta) : map(q -> _quantile(v, q, alpha, beta), p)
end

function _quantile(v, p, alpha, beta)
    0 <= p <= 1 || throw(ArgumentError("input probability out of [0,1] range"))
    0 <= alpha <= 1 || throw(ArgumentError("alpha parameter out of [0,1] range"))
    0 <= beta <= 1 || throw(ArgumentError("beta parameter out of [0,1] range"))
    n = length(v)
    m = alpha + p * (1 - alpha - beta)
    aleph = fma(n, p, oftype(p, m))
    j = clamp(trunc(Int, aleph), 1, n - 1)
    γ = clamp(aleph - j, 0, 1)
    a = n == 1 ? v[1] : v[j]
    b = n == 1 ? v[1] : v[j + 1]
    if isfinite(a) && isfinite(b) && a ≈ b
        return a + γ * (b - a)
    end
    return (1 - γ) * a + γ * b
end

end
