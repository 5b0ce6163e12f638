# Ranges of integer types other than Int64 keep their element type.
r = Int8(1):Int8(3)
println(r, " ", typeof(r), " ", length(r), " ", collect(r), " ", r[2], " ", eltype(r), " ", sum(r))
println(UInt8(5):UInt8(3), " ", isempty(UInt8(5):UInt8(3)), " ", 1:3, " ", typeof(1:3))
for i in Int16(1):Int16(2)
  print(typeof(i), " ")
end
println()
