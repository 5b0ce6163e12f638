# Ranges of integer types other than Int64 keep their element type.
r = Int8(1):Int8(3)
println(r, " ", typeof(r), " ", length(r), " ", collect(r), " ", r[2], " ", eltype(r), " ", sum(r))
println(UInt8(5):UInt8(3), " ", isempty(UInt8(5):UInt8(3)), " ", 1:3, " ", typeof(1:3))
for i in Int16(1):Int16(2)
  print(typeof(i), " ")
end
println()
# ranges of the wide integer types: lengths of their type, emptiness without a length
r = Int128(1):Int128(10)^20
println(length(r), " ", typeof(length(r)), " ", isempty(r), " ", isempty(Int128(2):Int128(1)), " ", length(UInt64(3):UInt64(7)), " ", length(Int8(1):Int8(3)))
using Random
println(rand(Xoshiro(1), r) in r, " ", rand(MersenneTwister(1), r) in r)
