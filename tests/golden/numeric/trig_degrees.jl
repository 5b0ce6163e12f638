# Trigonometry in degrees as Julia 1.10 computes it: exact at multiples of 90, double-double
# conversion to radians, Julias kernels; asind and friends through radians.
println(sind(30), " ", sind(30.0), " ", cosd(60), " ", sind(180), " ", sind(-180), " ", sind(-360), " ", cosd(90), " ", tand(45), " ", tand(90))
println(sind(45), " ", cosd(45), " ", sind(1), " ", cosd(1), " ", sind(0.1), " ", sind(1e10), " ", sind(370.5), " ", cosd(-123.4))
println(sind(30f0), " ", cosd(60f0), " ", sind(Float32(1)), " ", sind(Float16(30)), " ", sind(big(30)), " ", sind(1//2))
println(asind(0.5), " ", acosd(0.5), " ", atand(1), " ", atand(1, 1), " ", secd(60), " ", cscd(30), " ", cotd(45), " ", sincosd(30))
println(sec(1.0), " ", asec(2.0), " ", acot(1.0))
try sind(Inf) catch e; showerror(stdout, e) end
println()
println(sind(NaN), " ", sind(0), " ", sind(-0.0), " ", cosd(0))
