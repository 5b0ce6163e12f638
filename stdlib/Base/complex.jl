# Complex numbers, as Julia's complex.jl defines them: `Complex{T<:Real}` with `im` the
# imaginary unit (a `Complex{Bool}`, so that `2im` is a `Complex{Int64}` and `2.5im` a
# `ComplexF64`).

"""
    Complex{T<:Real} <: Number

`re + im*im` with real and imaginary parts of type `T`; `ComplexF64 == Complex{Float64}`.
"""
struct Complex{T<:Real} <: Number
    re::T
    im::T
end
Complex(re::Real, im::Real) = Complex(promote(re, im)...)
Complex(x::Real) = Complex(x, zero(x))
Complex(z::Complex) = z
Complex{T}(x::Real) where {T<:Real} = Complex{T}(convert(T, x), zero(T))
Complex{T}(z::Complex) where {T<:Real} = Complex{T}(convert(T, z.re), convert(T, z.im))

const ComplexF64 = Complex{Float64}
const ComplexF32 = Complex{Float32}
const ComplexF16 = Complex{Float16}

"""
    im

The imaginary unit: `im * im == -1`.
"""
const im = Complex(false, true)

complex(x::Real) = Complex(x)
complex(z::Complex) = z
complex(re::Real, im::Real) = Complex(re, im)
complex(::Type{T}) where {T<:Real} = Complex{T}
complex(::Type{Complex{T}}) where {T<:Real} = Complex{T}
# in a matrix, a complex number aligns after the sign of its imaginary part (Julia's alignment)
function _alignment(x::Complex, s)
    m = match(r"^(.*[^ef][\+\-])(.*)$", s)
    m === nothing ? (length(s), 0) : (length(m.captures[1]), length(m.captures[2]))
end
# complex(A): A with complex elements
complex(a::AbstractArray{<:Complex}) = a
complex(a::AbstractArray) = _elements_as(complex, a)

real(z::Complex) = z.re
imag(z::Complex) = z.im
real(x::Real) = x
real(::Type{T}) where {T<:Real} = T
real(::Type{Complex{T}}) where {T<:Real} = T
imag(x::Real) = zero(x)
# of arrays, element by element (a real array is its own real part)
real(A::AbstractArray) = map(real, A)
real(A::AbstractArray{<:Real}) = A
imag(A::AbstractArray) = map(imag, A)
reim(z) = (real(z), imag(z))
conj(z::Complex) = Complex(z.re, -z.im)
isreal(z::Complex) = iszero(z.im)
isreal(x::Real) = true
isreal(A::AbstractArray) = all(isreal, A)
# isapprox's default tolerance for complex numbers is their parts' (as Julia's rtoldefault(real(T)))
_rtoldefault(::Type{Complex{T}}) where {T} = _rtoldefault(T)
# exp(im * A) of a square matrix (matfun.jl)
cis(A::AbstractMatrix) = _symmetric_path(A) ? _symmetric_matfun(cis, A) : _exp_i(A)
iszero(z::Complex) = iszero(z.re) & iszero(z.im)
isone(z::Complex) = isone(z.re) & iszero(z.im)
isfinite(z::Complex) = isfinite(z.re) & isfinite(z.im)
isinf(z::Complex) = isinf(z.re) | isinf(z.im)
isnan(z::Complex) = isnan(z.re) | isnan(z.im)
isinteger(z::Complex) = isreal(z) & isinteger(z.re)
zero(::Type{Complex{T}}) where {T<:Real} = Complex{T}(zero(T), zero(T))
one(::Type{Complex{T}}) where {T<:Real} = Complex{T}(one(T), zero(T))
float(z::Complex) = Complex(float(z.re), float(z.im))
float(::Type{Complex{T}}) where {T<:Real} = Complex{float(T)}

promote_rule(::Type{Complex{T}}, ::Type{S}) where {T<:Real, S<:Real} = Complex{promote_type(T, S)}
promote_rule(::Type{Complex{T}}, ::Type{Complex{S}}) where {T<:Real, S<:Real} = Complex{promote_type(T, S)}

function _complex_to_real(::Type{T}, z::Complex) where {T<:Real}
    isreal(z) || throw(InexactError(nameof(T), T, z))
    convert(T, z.re)
end
Float64(z::Complex) = _complex_to_real(Float64, z)
Float32(z::Complex) = _complex_to_real(Float32, z)
Float16(z::Complex) = _complex_to_real(Float16, z)
Int64(z::Complex) = _complex_to_real(Int64, z)

function show(io::IO, z::Complex)
    r, i = reim(z)
    compact = get(io, :compact, false) === true # a matrix's cells: 0.333333+2.0im
    show(io, r)
    if signbit(i) && !isnan(i)
        print(io, compact ? "-" : " - ")
        show(io, -i)
    else
        print(io, compact ? "+" : " + ")
        show(io, i)
    end
    # a part that is not a plain number needs the multiplication sign: 1.0 + Inf*im
    (i isa Integer && !(i isa Bool)) || (i isa AbstractFloat && isfinite(i)) || print(io, "*")
    print(io, "im")
end
show(io::IO, z::Complex{Bool}) = z == im ? print(io, "im") : print(io, "Complex(", z.re, ",", z.im, ")")

## arithmetic ##

+(z::Complex) = Complex(+z.re, +z.im)
-(z::Complex) = Complex(-z.re, -z.im)
+(z::Complex, w::Complex) = Complex(z.re + w.re, z.im + w.im)
-(z::Complex, w::Complex) = Complex(z.re - w.re, z.im - w.im)
*(z::Complex, w::Complex) = Complex(z.re * w.re - z.im * w.im, z.re * w.im + z.im * w.re)
# a real operand leaves the other part alone (no 0 * Inf = NaN, signs of zeros kept)
+(x::Real, z::Complex) = Complex(x + z.re, z.im)
+(z::Complex, x::Real) = Complex(z.re + x, z.im)
-(x::Real, z::Complex) = Complex(x - z.re, -z.im)
-(z::Complex, x::Real) = Complex(z.re - x, z.im)
*(x::Real, z::Complex) = Complex(x * z.re, x * z.im)
*(z::Complex, x::Real) = Complex(z.re * x, z.im * x)
/(z::Complex, x::Real) = Complex(z.re / x, z.im / x)
/(x::Real, z::Complex) = x * inv(z)
# Smith's algorithm: no overflow in the denominator for large parts
function /(a::Complex{T}, b::Complex{T}) where {T<:AbstractFloat}
    are, aim = reim(a)
    bre, bim = reim(b)
    if abs(bre) <= abs(bim)
        r = isinf(bre) && isinf(bim) ? sign(bre) / sign(bim) : bre / bim
        den = bim + r * bre
        Complex((are * r + aim) / den, (aim * r - are) / den)
    else
        r = isinf(bre) && isinf(bim) ? sign(bim) / sign(bre) : bim / bre
        den = bre + r * bim
        Complex((are + aim * r) / den, (aim - are * r) / den)
    end
end
/(a::Complex, b::Complex) = /(promote(float(a), float(b))...)
function inv(z::Complex)
    w = float(z)
    c, d = reim(w)
    (isinf(c) | isinf(d)) && return Complex(copysign(zero(c), c), flipsign(-zero(d), d))
    one(w) / w
end
//(z::Complex, x::Real) = Complex(z.re // x, z.im // x)

^(z::Complex, n::Int64) = n < 0 ? power_by_squaring(inv(z), -n) : power_by_squaring(z, n)
# a literal power of a hardware-number Complex, as Julia's literal_pow (x^3 is x*x*x)
_literal_pow(::typeof(^), x::Complex{<:_HWReal}, p::Int) = _hw_literal_pow(x, p)
^(z::Complex, w::Complex) = _complex_pow(promote(float(z), float(w))...)
^(z::Complex, x::Real) = x isa Integer ? z^Int64(x) : _complex_pow(promote(float(z), float(Complex(x)))...)
^(x::Real, z::Complex) = _complex_pow(promote(float(Complex(x)), float(z))...)
function _complex_pow(z::Complex, w::Complex)
    iszero(z) && return iszero(w) ? one(z) : zero(z)
    exp(w * log(z))
end

## comparison and hashing ##

==(z::Complex, w::Complex) = (z.re == w.re) & (z.im == w.im)
==(z::Complex, x::Real) = isreal(z) && z.re == x
==(x::Real, z::Complex) = isreal(z) && z.re == x
isequal(z::Complex, w::Complex) = isequal(z.re, w.re) & isequal(z.im, w.im)
isequal(z::Complex, x::Real) = isequal(z.re, x) & isequal(z.im, zero(x))
isequal(x::Real, z::Complex) = isequal(z, x)
# as Julia 1.10: a complex number equal to a real hashes like it
const h_imag = 0x32a7a07f3e7cd1f9
const hash_0_imag = hash(0, h_imag)
hash(z::Complex, h::UInt) = hash(z.re, h ⊻ hash(z.im, h_imag) ⊻ hash_0_imag)

## functions ##

abs(z::Complex) = hypot(float(z.re), float(z.im))
abs2(z::Complex) = z.re * z.re + z.im * z.im
angle(z::Complex) = atan(float(z.im), float(z.re))
angle(x::Real) = atan(zero(float(x)), float(x))
sign(z::Complex) = iszero(z) ? z / one(abs(z)) : z / abs(z)
cis(x::Real) = Complex(cos(x), sin(x))
cis(z::Complex) = exp(-z.im) * cis(z.re)
function exp(z::Complex)
    zr, zi = reim(float(z))
    er = exp(zr)
    iszero(zi) && return Complex(er, zi)
    Complex(er * cos(zi), er * sin(zi))
end
log(z::Complex) = (w = float(z); Complex(log(abs(w)), angle(w)))
log2(z::Complex) = log(z) / log(2.0)
log10(z::Complex) = log(z) / log(10.0)
# the principal root (non-negative real part), without cancellation: the larger of the two parts
# comes from sqrt((|z| ± |x|)/2), the other from y/2 divided by it
function sqrt(z::Complex)
    x, y = reim(float(z))
    (iszero(x) & iszero(y)) && return Complex(zero(x), y)
    isinf(y) && return Complex(oftype(x, Inf), y)
    isnan(x) && return Complex(x, isinf(y) ? y : x)
    if isinf(x)
        return x > 0 ? Complex(x, isnan(y) ? y : copysign(zero(x), y)) : Complex(isnan(y) ? abs(y) : zero(x), copysign(-x, y))
    end
    r = sqrt((abs(x) + hypot(x, y)) / 2)
    x >= 0 ? Complex(r, y / (2 * r)) : Complex(abs(y) / (2 * r), copysign(r, y))
end
sin(z::Complex) = (w = float(z); Complex(sin(w.re) * cosh(w.im), cos(w.re) * sinh(w.im)))
cos(z::Complex) = (w = float(z); Complex(cos(w.re) * cosh(w.im), -sin(w.re) * sinh(w.im)))
tan(z::Complex) = sin(z) / cos(z)
sinh(z::Complex) = (w = float(z); Complex(sinh(w.re) * cos(w.im), cosh(w.re) * sin(w.im)))
cosh(z::Complex) = (w = float(z); Complex(cosh(w.re) * cos(w.im), sinh(w.re) * sin(w.im)))
tanh(z::Complex) = sinh(z) / cosh(z)

round(z::Complex; kws...) = Complex(round(z.re; kws...), round(z.im; kws...))
round(z::Complex, rr::RoundingMode, ri::RoundingMode = rr; kws...) = Complex(round(z.re, rr; kws...), round(z.im, ri; kws...))
big(z::Complex) = Complex(big(z.re), big(z.im))

# parse(Complex{T}, s): a real part, an imaginary one (the number followed by im, i or j), or
# both joined by + or - (spaces allowed around it), as Julia's: "3.2e-1 + 4.5im", "-im", "2".
function tryparse(::Type{Complex{T}}, s::AbstractString) where {T<:Real}
    str = strip(s)
    isempty(str) && return nothing
    unit = endswith(str, "im") ? 2 : (endswith(str, "i") || endswith(str, "j")) ? 1 : 0
    if unit == 0
        x = tryparse(T, str)
        return x === nothing ? nothing : Complex{T}(x, zero(T))
    end
    body = String(chop(String(str); tail = unit))
    # the sign that joins the parts: the last + or - not first and not an exponent's
    k = 0
    for i in eachindex(body)
        c = body[i]
        if (c == '+' || c == '-') && i > firstindex(body) && !(body[prevind(body, i)] in ('e', 'E'))
            k = i
        end
    end
    re = k == 0 ? "" : strip(body[1:prevind(body, k)])
    im_part = filter(!isspace, k == 0 ? body : body[k:end])
    im_part in ("", "+", "-") && (im_part *= "1")
    y = tryparse(T, im_part)
    y === nothing && return nothing
    x = isempty(re) ? zero(T) : tryparse(T, re)
    x === nothing && return nothing
    Complex{T}(x, y)
end
function parse(::Type{Complex{T}}, s::AbstractString) where {T<:Real}
    z = tryparse(Complex{T}, s)
    z === nothing && throw(ArgumentError(string("cannot parse \"", s, "\" as ", Complex{T})))
    z
end
^(::Irrational{:ℯ}, z::Complex) = exp(z)
