using Printf
# Printf sweep: integer, float, string and char conversions as Julia 1.10's Printf.jl formats them
t(f) = try println(repr(f())) catch e; println("ERROR: ", first(split(sprint(showerror, e), '\n'))) end
# integers of every width: a negative number keeps its sign in %x/%o
t(() -> @sprintf("%d|%i|%u|%x|%X|%o", Int8(-128), Int16(-5), UInt8(255), Int8(-128), UInt16(65535), Int32(-8)))
t(() -> @sprintf("%d|%x|%o|%X", typemin(Int64), typemin(Int64), typemin(Int128), typemax(UInt128)))
t(() -> @sprintf("%d|%x|%#o|%#X", big(-12345678901234567890), big(255), big(8), big(-255)))
t(() -> @sprintf("%i|%u|%d|%d|%x", Int8(5), UInt8(200), UInt128(2)^100, true, false))
# flags, width and precision of integers
t(() -> @sprintf("%-+6d|%+06d|% 06d|%-06d|% -6d|%+ d", 42, 42, 42, 42, 42, 42))
t(() -> @sprintf("%8.5d|%-8.5d|%08.5d|%.3x|%#8.3x|%#08x|%#o|%#.3o", 42, -42, 42, 10, 10, 10, 0, 8))
t(() -> @sprintf("%#x|%#X|%#o|%+x|% x|%+u", 0, 0, 0, 255, 255, 7))
# %e %f
t(() -> @sprintf("%e|%E|%.0e|%#.0e|%+.2e|% .3E|%12.4e|%-12.2e|%012.3e", 0.0, 1e-300, 5.0, 5.0, -1.5, 2.5, 1e100, 123.456, -3.14))
t(() -> @sprintf("%f|%F|%.0f|%#.0f|%+.3f|% f|%10.3f|%-10.1f|%010.2f|%+010.2f", 1e20, 2.5, 2.5, 3.0, 1.0005, 3.0, -0.001, 9.99, -1.5, 1.5))
t(() -> @sprintf("%+ 09.0f|%+ #09.0f|%+7.1f|% 7.1f|%+9.1e|% 9.1e|%+ #09.0e", 1.234, 1.234, 9.96, 9.96, 9.96, 9.96, 1.234))
t(() -> @sprintf("%.3e|%.3e|%.2e|%.0f", 1e-310, 9.9995, 0.0, 3e142))
# Inf, NaN and -0.0
t(() -> @sprintf("%f|%e|%g|%a|%F|%E|%G|%A", Inf, -Inf, NaN, Inf, NaN, NaN, -Inf, NaN))
t(() -> @sprintf("%5f|%-6e|%+f|% e|%+e|% f", Inf, NaN, Inf, Inf, -Inf, -Inf))
t(() -> @sprintf("%f|%e|%g|%.2f|%+.1e|%a", -0.0, -0.0, -0.0, -0.0, -0.0, -0.0))
# %g: exponent range, trailing zeros removed unless '#'
t(() -> @sprintf("%g|%g|%g|%g|%g|%g|%g|%g", 1e-4, 1e-5, 123456.0, 1234567.0, 0.00012345, 1e100, 5e-324, 1.7976931348623157e308))
t(() -> @sprintf("%#g|%#g|%#.3g|%#g|%#.0g|%.0g|%#G|%#g", 1.5, 100000.0, 1.0, 1e-5, 5.0, 15.0, 1e10, 0.0))
t(() -> @sprintf("%.10g|%.1g|%.3G|%10.3g|%-10.3g|%010.3g|%+.3g", 1/3, 0.05, 1e-10, pi, pi, -pi, pi))
t(() -> @sprintf("%.15g|%#.15g|%.5g|%#.2g|%#.5g|%.17g", 0, 0, 42, 42, 42, 0.1))
# Float16, Float32, BigFloat
t(() -> @sprintf("%f|%e|%g|%a|%.2f", Float16(1.5), Float16(0.1), Float16(65504), Float16(1.0), Float16(2.675)))
t(() -> @sprintf("%f|%e|%g|%.10f|%a", Float32(0.1), Float32(1e38), Float32(1.0f-5), Float32(1/3), Float32(1.5)))
t(() -> @sprintf("%f|%e|%g|%.20f|%.3e|%10.2f|%-10.2f|", big(1.5), big(2)^100, big(1)/3, big"0.1", big(pi), big(2.5), big(-2.5)))
t(() -> @sprintf("%a|%e|%e|%.6g|%.6g|%10.5g|%#10.5g|%010.5g|%-+10.5g|", big"1.5", big"Inf", big"NaN", big"123456.78", big"12345678.", big"123.4", big"123.4", big"-123.4", big"123.4"))
# %a
t(() -> @sprintf("%+a|%30a|%.0a|%#.0a|%.6a|%a|%a", 1/3, 1/3, 1.5, 1.5, 1.5, 3.14, 1.5f0))
# %s of anything: string(x); '#' quotes strings and symbols; precision counts columns
t(() -> @sprintf("%s|%s|%s|%s|%s|%s|%s", nothing, :sym, [1,2,3], (1,"a"), 1.0, 'c', missing))
t(() -> @sprintf("%10s|%-10s|%.3s|%#s|%#10s|%#-6s|", :ab, nothing, [1,2], 'x', "hi", :q))
t(() -> @sprintf("%20.0s|%.s|%#8.3s|%#-8.3s|%#.3s", "Hallo heimur", "Hallo", "test", "test", "test"))
t(() -> @sprintf("%6s|%2c|%3c|%.2s|%5s|%5s|", "😍🍕", '🍕', '🍕', "föó", "föó", "日本"))
t(() -> @sprintf("%s|%s|%s|%10s|", 1e20, 1f0, Int8(3), 1//2))
# %c: Char(first(x)); %C and %S are %c and %s
t(() -> @sprintf("%c|%c|%5c|%-5c|%c|%c|%c|%c", 'a', 'é', '∀', 'z', 0x41, 32, 248, "ø"))
t(() -> @sprintf("%C|%S|%5S", 'x', "ab", :c))
# %p: the address as %#.16x
t(() -> @sprintf("%p|%20p|%-20p|", 0x1234, 0, 0xfffffffffffe0000))
# %% and dynamic width/precision (a negative width pads nothing)
t(() -> @sprintf("%%|%5.2f%%|100%%", 3.14159))
t(() -> @sprintf("%*d|%-*d|%0*d|%.*f|%*.*f", 6, 1, 6, 2, 6, 3, 3, pi, 10, 2, pi))
t(() -> @sprintf("%*d|%*s|%*.1f|", -5, 1, -4, "ab", -8, 2.0))
# a float given to an integer conversion is printed as %.0f
t(() -> @sprintf("%.f|%5.f|%.e|%x|%o|%X", 2.5, 3.5, 12345.0, 2.5, 8.0, 255.0))
t(() -> @sprintf("%e|%g|%f", true, false, 1))
t(() -> @sprintf("%d%d", [1 2]...))
# errors
t(() -> @sprintf("%d %d", 1))
t(() -> @sprintf("%d", 1, 2))
t(() -> @sprintf("no specs", 1))
t(() -> @sprintf("%d", "str"))
t(() -> @sprintf("%x", :a))
t(() -> @sprintf("%f", "str"))
t(() -> @sprintf("%p", -1))
# Printf.Format and Printf.format
t(() -> Printf.format(Printf.Format("%5.2f"), 3.14159))
t(() -> Printf.format(Printf.Format("%5.2f %d"), 3.14159))
t(() -> Printf.format(Printf.Format("%lld|%hd|%zu|%Lf"), 1, 2, 3, 4.5))
io = IOBuffer(); Printf.format(io, Printf.Format("%03d-%s"), 5, "x"); t(() -> String(take!(io)))
@printf("%s\n", "done")
@printf(stdout, "%d items\n", 3)
@printf "%.2f\n" 2.345
