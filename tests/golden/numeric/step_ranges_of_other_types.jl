# StepRange of element types other than Int64: small and wide integers, BigInt, Char
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end

x = Int8(1):Int8(3):Int8(10)
t(() -> (x, typeof(x), length(x), typeof(length(x)), last(x), x[end], collect(x)))
t(() -> (sum(x), x == 1:3:10, reverse(x)))
t(() -> typeof(Int8(1):2:Int8(9)))                    # start + step decides: Int64 elements
t(() -> (UInt8(10):-1:UInt8(8), typeof(UInt8(10):-1:UInt8(8))))
t(() -> (UInt8(1):UInt8(5), UInt8(2):UInt8(2):UInt8(7)))
u = UInt64(1):UInt64(3):UInt64(10)
t(() -> (u, length(u)))
b = big(10):big(-4):big(1)
t(() -> (b, length(b), typeof(length(b)), collect(b)))
t(() -> Int8(1):Int8(0):Int8(3))
t(() -> isempty(Int16(5):Int16(1):Int16(4)))
t(() -> StepRange{Int8,Int8}(1, 2, 6))
t(() -> StepRange(Int16(1), Int16(5), Int16(20)))

# characters: 'a':'z' is a StepRange{Char, Int64}, shown with its step
r = 'a':2:'e'
t(() -> (r, typeof(r), length(r), collect(r), 'c' in r, 'd' in r, r[2]))
t(() -> ('a':'e', typeof('a':'e'), reverse('a':'e')))
t(() -> ('z':-3:'a', collect('e':-2:'a'), isempty('b':'a'), collect('b':'a')))
t(() -> [c for c in 'a':3:'k'])
t(() -> (join('a':'e'), first('a':'z', 3), ('a':'z')[end], findfirst(==('c'), 'a':'z')))
t(() -> StepRange('a', 2, 'f'))
for c in 'x':'z'
    print(c)
end
println()
