# Float64 with Int64: arithmetic as promotion gives it, comparisons exact.
println(1.0 + 2, " ", 3 * 0.5, " ", 1 / 4.0, " ", 2^53 + 1 == 2.0^53, " ", 2^53 == 2.0^53, " ", 1 < 1.5, " ", 2.0 <= 2, " ", NaN == 1, " ", 3 - 0.5)
