# Complex numbers: im, promotion with reals, Julia's printing (ComplexF64, NaN*im), division, powers, sqrt/exp/log, hashing like equal reals.
z = 1 + 2im
println(z, " ", typeof(z), " ", im, " ", typeof(im), " ", 2.5im, " ", typeof(2.5im), " ", 3 - 4im, " ", -im, " ", im * im, " ", 1.0 - 0.0im)
println(z + 1, " ", z * 2, " ", z * (3 - 1im), " ", z / (3 + 4im), " ", z / 2, " ", 1 / z, " ", inv(2im), " ", z^2, " ", z^-1, " ", z - z)
println(abs(3 + 4im), " ", abs2(z), " ", conj(z), " ", real(z), " ", imag(z), " ", reim(z), " ", angle(1im), " ", isreal(2 + 0im), " ", z == 1 + 2im, " ", 2 + 0im == 2)
println(sqrt(-1 + 0im), " ", sqrt(3 + 4im), " ", sqrt(-4.0 + 0im), " ", sqrt(2im), " ", exp(im * pi), " ", exp(0im), " ", log(-1 + 0im), " ", cis(0.0))
println(complex(1, 2), " ", complex(1.5), " ", Complex(1), " ", ComplexF64(1, 2), " ", Complex{Float32}(1), " ", float(1 + 2im), " ", Float64(3 + 0im), " ", (1 + 2im)^(0.5 + 0im) ≈ sqrt(1 + 2im))
println([1 + 2im, 3], " ", [1.0im, 2], " ", typeof([1.0im, 2]), " ", sum([1im, 2, 3im]), " ", Complex(1.0, NaN), " ", Complex(1.0, -Inf), " ", Complex(true, false))
println(hash(2 + 0im) == hash(2), " ", isequal(1 + 0im, 1), " ", Set([1, 1 + 0im, 1.0]) |> length, " ", zero(ComplexF64), " ", one(Complex{Int64}), " ", iszero(0im), " ", promote(1im, 2.0))
try Float64(1 + 2im) catch e; showerror(stdout, e); println() end
println(sin(0im), " ", cos(0.0im), " ", (2 + 3im) * (2 - 3im), " ", abs(-3 + 0im), " ", sign(3 + 4im), " ", 1im^2, " ", (1 + 1im)^8)
# Mandelbrot with complex numbers, as Julia code is usually written
function escapetime(c; maxiter = 80)
    z = zero(c)
    for n in 1:maxiter
        abs2(z) > 4 && return n - 1
        z = z * z + c
    end
    maxiter
end
println([escapetime(complex(x, y)) for y in 1.0:-0.5:-1.0, x in -2.0:0.5:0.5])
# parse(Complex{T}, s): real, imaginary (im, i, j) or both parts
for s in ("1+2im", "3.2e-1 + 4.5im", "-im", "2", "  -1.5 - 2.5im ", "4j", "1e-3-1e+2i", "im")
    println(repr(s), " => ", parse(ComplexF64, s))
end
println(parse(Complex{Int}, "3-4im"), " ", tryparse(ComplexF64, "abc"), " ", tryparse(ComplexF64, "1+xim"))
try
    parse(ComplexF64, "1+")
catch e
    println(sprint(showerror, e))
end
