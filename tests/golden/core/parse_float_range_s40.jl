# parse/tryparse of floats whose value overflows or underflows to zero: Julia's jl_try_substrtod
# (and jl_try_substrtof) fail when strtod reports ERANGE with 0 or ±HUGE_VAL; Float16 parses
# through Float32 (base/parse.jl: convert(Union{Float16, Nothing}, tryparse(Float32, s)))
t(f) = try f() catch e; sprint(showerror, e) end
for s in ("1e400", "-1e400", "1e-400", "0e-400", "0.0e999", "1e308", "1e-310", "2e-324", "3e-324",
          "0x1p-2000", "0x0p-2000", "inf", "-Inf", "1.7976931348623157e308", "1.7976931348623159e308", "1e38", "1e39", "1e-45", "1e-46")
    println(rpad(s, 24), t(()->parse(Float64, s)), " | ", t(()->parse(Float32, s)), " | ", repr(tryparse(Float16, s)))
end
println(tryparse(Float64, "1e400"), " ", tryparse(Float64, " 1e-400 "), " ", tryparse(Float64, "1e-300"))
println(parse(Float16, "1.00048828125001"), " ", parse(Float16, "1.00048828125"), " ", parse(Float16, "65519"), " ", parse(Float16, "1e5"), " ", parse(Float16, "6e-8"))
