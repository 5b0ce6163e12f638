# Printf corners checked against Julia 1.10's stdlib/Printf/src/Printf.jl: the 0 flag with Inf
# and NaN (zeros after the sign, and for %a after two more characters, as its fmt pads them),
# %g's choice of style from the value written with p + 1 significant digits, carries of %e
# and %g to the next power of ten, %a, %x of negatives, %s/%c with width and precision.
using Printf
@printf("[%010.3f] [%08f] [%+06.1f] [%+06.1f] [% 06.1f]\n", Inf, NaN, -Inf, Inf, Inf)
@printf("[%-08f] [%8f] [%08e] [%08g] [%08a] [%05d]\n", NaN, NaN, Inf, -Inf, Inf, -Inf)
@printf("[%010.3f] [%-010.3f] [%10.3f]\n", -Inf, -Inf, -Inf)
@printf("[%.3g] [%g] [%g] [%g] [%.3g]\n", 9.9996, 999999.5, 9999995.0, 100000.0, 0.00099996)
@printf("[%#g] [%#g] [%#.3g] [%#.0g] [%.0g] [%.0g] [%.0g]\n", 1.0, 0.0001, 100.0, 3.0, 3.0, 0.5, 25.0)
@printf("[%g] [%g] [%g] [%g] [%g] [%g] [%G]\n", 1e-5, 1e16, 0.0001, 0.00001234, 123456789.0, -0.0, 1e-10)
@printf("[%g] [%G] [%G] [%E] [%F] [%A]\n", Inf, -Inf, NaN, Inf, NaN, Inf)
@printf("[%.2e] [%.0e] [%e] [%.3E] [%#.0e] [%#.0f]\n", 9.999, 9.5, 0.0, 123456.0, 3.0, 3.0)
@printf("[%a] [%a] [%A] [%.2a] [%.1a] [%a] [%a] [%a]\n", 1.0, 0.1, -2.5, 1.0, 0.1, 0.0, 3, 5e-324)
@printf("[%x] [%x] [%X] [%o] [%#x] [%#o] [%#X] [%08x] [%x]\n", -1, -255, Int8(-1), -8, 255, 8, 0, 255, big(-255))
@printf("[%.3s] [%10.3s] [%-10.3s] [%.2s] [%.1s] [%5s] [%.1s]\n", "abcdef", "abcdef", "abcdef", :symbol, 123, "é", "éa")
@printf("[%5c] [%-5c] [%c] [%3c]\n", 'x', 'x', 65, "hi")
println(Printf.format(Printf.Format("%d-%s-%5.2f"), 1, "a", pi))
println(Printf.format(Printf.Format("%08.2f|%-6d|%x"), -Inf, 42, 255))
println(@sprintf("100%% %d%%", 5), " ", @sprintf("%%"), " ", @sprintf("%5.1f%%", 12.345))
@printf("[%.3d] [%5.3d] [%05.3d] [%-05d] [%d] [%d]\n", 7, -7, 7, 42, 3.0, true)
