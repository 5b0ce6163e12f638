# @enum types are primitive types <: Enum{Int32} (or the base type given), as Julia's Enums.jl
@enum Color red green blue
@enum Fruit::UInt8 apple banana
@enum Level begin
    low = 1
    high = 10
end
println(isprimitivetype(Color), " ", isstructtype(Color), " ", sizeof(Color), " ", sizeof(Fruit), " ", supertype(Color), " ", supertype(Fruit))
println(Int(red), " ", Int(blue), " ", Color(1), " ", Integer(banana), " ", typeof(Integer(banana)), " ", reinterpret(Int32, green))
println(instances(Color), " ", typemin(Color), " ", typemax(Color), " ", instances(Level), " ", Int(high))
display(red)
display(apple)
display(high)
display(Color)
display([red, blue])
println([red, blue], " ", sort([blue, red, green]), " ", red < blue, " ", red === Color(0))
println(Dict(red => 1)[Color(0)], " ", Color.(0:2), " ", Int.(instances(Fruit)))
try
    Color(5)
catch e
    showerror(stdout, e)
    println()
end
try
    Fruit(7)
catch e
    println(e)
end
