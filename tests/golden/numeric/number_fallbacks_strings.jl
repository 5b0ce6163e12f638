# Julia's promotion fallbacks for user number types, and small string/number corrections
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
struct N1 <: Number
    v::Int
end
t(() -> (N1(1) == N1(1), N1(1) == N1(2), N1(1) in [N1(1)], isequal(N1(1), N1(2))))
struct Money <: Number
    v::Int
end
Base.promote_rule(::Type{Money}, ::Type{Int}) = Money
Base.convert(::Type{Money}, x::Int) = Money(x)
t(() -> Money(1) * 2)
t(() -> Money(1) + 2)
t(() -> Money(1) == 1)
t(() -> 1 + N1(1))
t(() -> promote(1, "a"))
t(() -> (promote(1, 2.5), promote(Int8(1), Int8(2)), promote(1, 2, 3.0)))
struct R1 <: Real
    v::Int
end
t(() -> R1(1) < R1(2))
t(() -> R1(1) <= R1(1))

t(() -> ifelse(1, 2, 3))
abstract type Shape{T} end
struct Circle{T<:Real} <: Shape{T}
    r::T
end
t(() -> (supertype(Circle), supertype(Circle{Int})))

t(() -> (sizeof(SubString("héllo", 2)), sizeof(strip(" ab ")), sizeof(:abc), sizeof("héllo")))
t(() -> (promote_type(String, SubString{String}), typeof(["a", split("b c")[1]])))
t(() -> (string(big(-10), base = 16, pad = 5), string(big(-10), pad = 5), string(-10, pad = 5)))
t(() -> (repr("\0" * "1"), repr("\0" * "a"), repr("\0" * "8")))
t(() -> (string(0, pad = 0), string(5, pad = 0), string(0, pad = 2), string(-3, pad = 0)))
t(() -> (x = 5; (x[1], x[], collect(5), typeof(collect(2.5)))))
t(() -> 5[2])
