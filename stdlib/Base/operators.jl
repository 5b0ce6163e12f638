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
≤(x, y) = x <= y
≥(x, y) = x >= y
==(x, y) = x === y
isequal(x, y) = x == y
isless(x::Real, y::Real) = x < y
identity(x) = x

# Arguments of different numeric types are promoted to a common type first.
function _promoted(f, x, y)
    p = promote(x, y)
    if typeof(p[1]) === typeof(x) && typeof(p[2]) === typeof(y)
        throw(MethodError(f, (x, y)))
    end
    f(p[1], p[2])
end
+(x::Number, y::Number) = _promoted(+, x, y)
-(x::Number, y::Number) = _promoted(-, x, y)
*(x::Number, y::Number) = _promoted(*, x, y)
/(x::Number, y::Number) = _promoted(/, x, y)
^(x::Number, y::Number) = _promoted(^, x, y)
==(x::Number, y::Number) = _promoted(==, x, y)
<(x::Real, y::Real) = _promoted(<, x, y)
<=(x::Real, y::Real) = _promoted(<=, x, y)
div(x::Real, y::Real) = _promoted(div, x, y)
rem(x::Real, y::Real) = _promoted(rem, x, y)
mod(x::Real, y::Real) = _promoted(mod, x, y)
fld(x::Real, y::Real) = _promoted(fld, x, y)
cld(x::Real, y::Real) = _promoted(cld, x, y)
÷(x::Real, y::Real) = div(x, y)
%(x::Real, y::Real) = rem(x, y)

# Bool arithmetic is Int arithmetic.
+(x::Bool, y::Bool) = Int64(x) + Int64(y)
-(x::Bool, y::Bool) = Int64(x) - Int64(y)
*(x::Bool, y::Bool) = x & y
-(x::Bool) = -Int64(x)
+(x::Number) = x
*(x::Number) = x

# a * b * c and a + b + c parse as one call with several arguments.
+(a, b, c, xs...) = +(+(a, b), c, xs...)
*(a, b, c, xs...) = *(*(a, b), c, xs...)

Float64(x::Float64) = x
float(x::Number) = Float64(x)
Bool(x::Bool) = x
Bool(x::Number) = convert(Bool, x)

zero(x::Int64) = 0
zero(x::Float64) = 0.0
one(x::Int64) = 1
one(x::Float64) = 1.0
iszero(x) = x == zero(x)
isone(x) = x == one(x)
isodd(n::Integer) = rem(n, 2) != 0
iseven(n::Integer) = rem(n, 2) == 0
abs(x::Real) = x < zero(x) ? -x : x
sign(x::Real) = x > zero(x) ? one(x) : x < zero(x) ? -one(x) : x
min(x, y) = y < x ? y : x
max(x, y) = y < x ? x : y
# Mixed numeric types compare and return in their promoted type: max(1.5, 2) == 2.0.
function min(x::Real, y::Real)
    p = promote(x, y)
    p[2] < p[1] ? p[2] : p[1]
end
function max(x::Real, y::Real)
    p = promote(x, y)
    p[2] < p[1] ? p[1] : p[2]
end
min(a, b, c, xs...) = min(min(a, b), c, xs...)
max(a, b, c, xs...) = max(max(a, b), c, xs...)
sqrt(x::Real) = sqrt(float(x))
divrem(x, y) = (div(x, y), rem(x, y))
fldmod(x, y) = (fld(x, y), mod(x, y))
cmp(x, y) = isless(x, y) ? -1 : isless(y, x) ? 1 : 0
xor(x::Bool, y::Bool) = x ⊻ y

const Inf = 1.0 / 0.0
const NaN = 0.0 / 0.0
const pi = 3.141592653589793
const π = pi

# Function composition and piping.
|>(x, f) = f(x)
∘(f, g) = (xs...) -> f(g(xs...))

struct Pair{A,B}
    first::A
    second::B
end
=>(a, b) = Pair(a, b)
