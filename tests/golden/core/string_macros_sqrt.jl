# b"..." (bytes, escapes processed), a string macro of one's own, √ and ∛, Base.invokelatest
macro shout_str(s) uppercase(s) end
println(b"ab", " ", b"a\x01\n", " ", shout"hi", " ", √4, " ", ∛27.0, " ", √(16.0), " ", sqrt.(b"\x04\x09"))
f_ev() = 1
@eval f_ev() = 42
println(Base.invokelatest(f_ev), " ", Base.invokelatest(+, 1, 2), " ", Base.invokelatest(round, 2.567; digits = 1))
