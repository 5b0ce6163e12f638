# A program's own number types in an array's display: a Number that is not a Real lines up on
# its right edge (as integers do); a Real at its decimal point. Each cell prints the type's
# text/plain form when it has one (its own, or Irrational's), but the columns are measured on
# the two-argument show, as Julia's print_matrix does.
struct Money <: Number
    cents::Int
end
Base.show(io::IO, m::Money) = print(io, "\$", m.cents)
display([Money(1234), Money(5)])
display([Money(7) Money(100000); Money(12) Money(3)])
display(Any[Money(1), Money(1000), 2.5])

struct Meters <: Real
    v::Float64
end
Base.show(io::IO, x::Meters) = print(io, x.v, "m")
Base.show(io::IO, ::MIME"text/plain", x::Meters) = print(io, "Meters: ", x.v, " m")
display([Meters(2.5), Meters(10.0)])
println([Meters(2.5), Meters(10.0)])

# Irrational has a text/plain form of its own; the column is measured on "π"
display(Any[π, 1, 22.5])
# built-in numbers keep their container forms
display([1.5f0, 20f0])
display(Any[1//2, 10, 0.25])
display([1 + 2im, 10 - 3im])
