# div with a rounding mode, bytes2hex/hex2bytes, mktempdir, dump
for r in (RoundToZero, RoundDown, RoundUp, RoundNearest, RoundNearestTiesAway, RoundNearestTiesUp)
    println(typeof(r).parameters[1], " ", [div(x, y, r) for (x, y) in ((7, 2), (-7, 2), (5, 2), (-5, 2), (6, 4), (7, -2), (8, 3))], " ", div(7.0, 2.0, r))
end
println(bytes2hex(UInt8[1, 255, 16]), " ", hex2bytes("0aff10"), " ", hex2bytes(bytes2hex(codeunits("hi"))))
d = mktempdir(); println(isdir(d)); rm(d); println(isdir(d))
mktempdir() do dir
    write(joinpath(dir, "x.txt"), "1")
    println(readdir(dir))
    global saved = dir
end
println(isdir(saved))
struct Pt; x::Int; y::Float64; end
struct Seg; a::Pt; b::Pt; tag::String; end
dump(1); dump(1.5); dump("s"); dump(:sym); dump(nothing); dump(true); dump('c')
dump(Pt(1, 2.0))
dump(Seg(Pt(1, 2.0), Pt(3, 4.0), "t"))
dump((1, "a")); dump((a = 1, b = [1, 2]))
dump([1, 2]); dump(["a", "b"]); dump(1 + 2im); dump(1 => "x")
dump(Seg(Pt(1, 2.0), Pt(3, 4.0), "t"); maxdepth = 1)
mktempdir() do d
    p = joinpath(d, "f.txt")
    println(isfile(p), " ", touch(p) == p, " ", isfile(p), " ", filesize(p))
    write(p, "abc")
    touch(SubString(p, 1))
    println(read(p, String), " ", readdir(d))
end
