# length of huge integer ranges wraps around; Base.checked_length throws (Julia's range.jl and checked.jl)
for r in (typemin(Int):typemax(Int), 0:typemax(Int), typemin(Int):2:typemax(Int), typemax(Int):-1:typemin(Int),
          typemax(Int):-3:typemin(Int), UInt(0):typemax(UInt), Int128(0):typemax(Int128), 1:10, 10:-3:1, 5:4, 0.5:0.5:2.0)
    c = try
        Base.checked_length(r)
    catch e
        sprint(showerror, e)
    end
    println(length(r), " | ", c)
end
r = typemin(Int):2:typemax(Int)
println(first(r), " ", last(r), " ", step(r))
using Base.Checked: checked_length
println(checked_length(Int8(1):Int8(100)), " ", typeof(checked_length(UInt(1):UInt(3))))
