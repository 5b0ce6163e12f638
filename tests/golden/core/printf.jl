using Printf
# C-style formatting as Julia 1.10 Printf: floats round from the exact binary value, ties to even
@printf("%.3f %5d %s\n", pi, 42, "x")
s = @sprintf("%08.2f", 3.14159)
println(s)
println(@sprintf("%5.2f|%-4d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%g|%G", pi, 7, 5, 5, 255, 255, 255, 8, 8, 12345.678, 0.000123, 0.0001, 1e10))
println(@sprintf("%g %g %g %g %#g %.3g %g", 100000.0, 1000000.0, 1.5, 0.0, 1.0, 2.0/3, -0.0))
println(@sprintf("%.2f %.2f %.1f %.0f %.0f", 0.125, 2.675, 0.25, 0.5, 1.5))
println(@sprintf("%d %d %s %s %c %5s|%-5s|%.2s", typemax(Int128), -3, 1.5, [1, 2], 'x', "ab", "ab", "abc"))
println(@sprintf("%f %f %e %+.1f %5.1f|%-8.3e|", Inf, NaN, -Inf, 2.0, -1.25, 1234.5))
println(@sprintf("%*d|%-*d|%.*f", 5, 42, 4, 7, 2, pi))
println(@sprintf("%d%%", 50), " ", @sprintf("%a %A", 3.0, 0.5), " ", @sprintf("%i %u", big(2)^70, 3))
println(@sprintf("%f %d %s", 1//3, 3.0, :sym), " ", @sprintf("%10.4f|", Float32(1.5)))
io = IOBuffer(); @printf(io, "%03d", 7); println(String(take!(io)))
try @sprintf("%d %d", 1) catch e; println(e) end
try @sprintf("%d", 2.5) catch e; println(e) end
println(@sprintf("%d|%5d|%d", 2.5, 3.0, 3.5), " ", @sprintf("%#s %#s %s", "a", :b, :c))
println(Printf.format(Printf.Format("%05.1f"), 2.25))
println(@sprintf("%.0f %.1f %f", 0.5, 0.025, -0.0078125))
try Printf.Format("%y") catch e; println(sprint(showerror, e)) end
try Printf.Format("abc %") catch e; println(sprint(showerror, e)) end

# %a: Julia's hex floats (precision rounds half to even and may carry to 0x2; subnormals normalized)
@printf("%.3a|%a|%.0a|%A|%.1a|%a|%a\n", pi, 1.0, 1.5, 255.0, 0.1, 0.0, -0.0)
@printf("%10.2a|%-12a|%+a|%#a|%.15a|%a|%a\n", 3.0, 2.5, 1.0, 1.0, 1.0, 5e-324, 2.0^-1022)
@printf("%.2a|%.0a|%a|%a|%010a|%.3a\n", 1.999, 1.9, Float32(0.1), 1e300, 1.5, 0.0)
# arguments converted as Julia's Printf does: Float64(x), Integer of a Rational, Char(first(x)); %s precision counts columns
t(f) = try println(repr(f())) catch e; println("ERROR: ", first(split(sprint(showerror, e), '\n'))) end
t(() -> @sprintf("%.2f", [1.0]))
t(() -> @sprintf("%5.1f", 1+2im))
t(() -> @sprintf("%d|%x|%5.1f", 3//1, 7//1, 1//4))
t(() -> @sprintf("%d", 7//2))
t(() -> @sprintf("%c|%c|%3c|%-3c|", "ab", 65, 'x', 'y'))
t(() -> @sprintf("%c", 1.5))
t(() -> @sprintf("[%.1s][%.2s][%5.3s][%-4s]", "日本", "日本", "日本語", "日"))
t(() -> @sprintf("%.0d|%.0x|%5.0d|", 0, 0, 0))
