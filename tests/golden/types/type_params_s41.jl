# Type parameters as Julia 1.10 has them: the kind of Union{}, RoundingMode{T}, BigFloat
# conversions with a rounding mode, and the type of a method's `kw...`.

# typeof(Union{}) is Core.TypeofBottom, whose supertype is Type{Union{}}
println(typeof(Union{}))
println(repr(typeof(Union{})))
println(typeof(Union{}) === Core.TypeofBottom)
println(Union{} isa Type, " ", typeof(Union{}) <: Type, " ", Union{} isa Type{Union{}})
println(Union{} isa Union, " ", Union{} isa DataType)
println(supertype(Core.TypeofBottom), " ", isconcretetype(Core.TypeofBottom))
println(Core.TypeofBottom <: Type{Union{}}, " ", Core.TypeofBottom <: Type{Int})
show(Union{}); println()
kind(::Core.TypeofBottom) = "bottom"
kind(::Type) = "type"
println(kind(Union{}), " ", kind(Int))
param(::Type{T}) where {T} = T
println(param(Union{}))

# RoundingMode{T}: one singleton type per mode
println(typeof(RoundUp), " ", typeof(RoundNearest), " ", typeof(RoundNearestTiesAway))
println(RoundUp, " ", RoundFromZero)
show(RoundToZero); println()
println([RoundUp, RoundDown])
println(RoundUp === RoundingMode{:Up}(), " ", RoundUp isa RoundingMode, " ", RoundUp isa RoundingMode{:Down})
direction(::RoundingMode{:Up}) = "up"
direction(::RoundingMode{:Down}) = "down"
direction(::RoundingMode) = "other"
println(direction(RoundUp), " ", direction(RoundDown), " ", direction(RoundNearest))
println(round(2.5, RoundUp), " ", round(Int, 2.5, RoundNearestTiesAway), " ", round(-2.5, RoundNearestTiesUp))
println(div(7, 2, RoundUp), " ", rem(7, 2, RoundNearest), " ", divrem(-7, 2, RoundDown))
println(round(1.2345, RoundDown, digits = 2), " ", round(7//2, RoundUp), " ", trunc(-2.7), " ", ceil(Int, 2.1))

# BigFloat(x, r::RoundingMode; precision) and T(x, r) for the float types
println(BigFloat("2.1", RoundUp))
println(BigFloat("2.1", RoundUp, precision = 128))
println(BigFloat("1.0000000000000001", 5, RoundFromZero))
up = BigFloat(1//3, RoundUp, precision = 8)
down = BigFloat(1//3, RoundDown, precision = 8)
println(precision(up), " ", up > 1//3, " ", down < 1//3, " ", nextfloat(down) == up)
println(BigFloat(-1//3, RoundUp, precision = 8) == -down, " ", BigFloat(-1//3, RoundToZero, precision = 8) == -down)
println(BigFloat(7, RoundToZero, precision = 2) == 6, " ", BigFloat(7, RoundFromZero, precision = 2) == 8,
        " ", BigFloat(-7, RoundDown, precision = 2) == -8, " ", BigFloat(7, RoundNearest, precision = 2) == 8)
println(BigFloat(0.1, RoundDown, precision = 10) < 0.1 < BigFloat(0.1, RoundUp, precision = 10))
println(BigFloat(0.5, RoundUp, precision = 10) == 0.5)
x = big"1.5"
println(BigFloat(x, RoundUp) === x)
println(BigFloat(π, RoundDown, precision = 30) < π < BigFloat(π, RoundUp, precision = 30))
println(Float64(1//3, RoundUp) == nextfloat(1/3), " ", Float64(1//3, RoundDown) == 1/3)
println(Float64(π, RoundUp), " ", Float64(π, RoundDown))
println(Float32(0.1, RoundDown), " ", Float32(0.1, RoundUp))

# a method's `kw...` is a Base.Pairs{Symbol, V, NTuple{n, Symbol}, typeof(the NamedTuple)}
kwtype(; kw...) = typeof(kw)
println(kwtype(a = 1))
println(kwtype())
println(kwtype(a = 1, b = 2.0))
println(kwtype(a = 1, b = nothing))
kwargs(; kw...) = kw
kw = kwargs(a = 1, b = "x")
println(kw isa AbstractDict, " ", kw isa AbstractDict{Symbol}, " ", eltype(kw), " ", fieldnames(typeof(kw)))
println(keys(kw), " ", values(kw), " ", kw[:b], " ", collect(kw))
println(typeof(pairs((a = 1, b = 2))))
