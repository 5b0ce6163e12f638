# @enum: values, conversions, ordering, printing, instances, errors
@enum Color red green blue
println(red, " ", Int(green), " ", instances(Color), " ", typeof(blue), " ", Color(2), " ", red < blue, " ", [red, green], " ", repr(red), " ", string(green), " ", Symbol(blue))
display(green)
@enum Fruit::UInt8 apple = 1 orange banana = 10
println(Integer(orange), " ", typeof(Integer(orange)), " ", instances(Fruit), " ", typemax(Fruit), " ", Fruit(10), " ", supertype(Fruit))
@enum Level begin
    low
    mid = 5
    high
end
println(instances(Level), " ", Int(high), " ", Dict(low => "l")[low], " ", sort([high, low, mid]), " ", red == red, " ", red === Color(0))
try
    Color(7)
catch e
    println(sprint(showerror, e))
end
for c in instances(Color)
    print(c, " ")
end
println()
f(c::Color) = c == red ? "stop" : "go"
println(f(red), " ", f(green), " ", red isa Enum, " ", Color <: Enum{Int32})
