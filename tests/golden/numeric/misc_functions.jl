# Range constructors by name, floor/ceil/trunc to digits, hypot of many numbers, fld1/fldmod1,
# big"..." literals.
println(StepRange(1, 2, 9), " ", UnitRange(1, 3), " ", UnitRange{Int32}(1, 3), " ", typeof(UnitRange{Int32}(1, 3)))
println(floor(3.14159, digits = 2), " ", ceil(3.14159, digits = 2), " ", trunc(-3.14159, digits = 1), " ", floor(1234.5, sigdigits = 2), " ", ceil(-1.5))
println(hypot(3, 4, 12), " ", hypot(1e200, 1e200, 1e200), " ", hypot(0, 0, 0), " ", hypot(3, 4))
println(fld1(3, 3), " ", fld1(0, 3), " ", fld1(7, 3), " ", fldmod1(7, 3), " ", mod1(0, 3))
println(big"123456789012345678901234567890", " ", typeof(big"1"))
