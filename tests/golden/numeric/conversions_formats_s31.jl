# ÷ is div and % is rem (one function each, so methods added to div serve ÷); float/complex of
# arrays and ranges; arrays mixing missing with numbers promote; replace's element type; var/std
# of ranges; positional range(start, stop, length); parse(Bool); Printf %c of a code point, %#x
# of zero, %s padded by display width; DateTime milliseconds, Y in formats, tryparse of dates.
using Dates, Printf, Statistics
t(f) = try; println(f()); catch e; println("ERR ", typeof(e), ": ", sprint(showerror, e)); end
struct M; c::Int; end
Base.div(a::M, b::Int) = M(div(a.c, b))
t(() -> M(10) ÷ 3)
t(() -> ((÷) === div, (%) === rem))
t(() -> (7 % 3, -7 % 3, 7 ÷ 2, 7.5 ÷ 2, Int8(7) % Int8(3), 300 % UInt8, big(2)^70 % UInt8, 5 % BigInt))
t(() -> float([1, 2]))
t(() -> (float(1:3), float(1:2:7), float([1.5])))
t(() -> complex([1, 2]))
t(() -> typeof([1, missing, 2.5]))
t(() -> [1 missing; 2.5 3])
t(() -> (promote_type(Union{Missing, Int}, Float64), promote_type(Float64, Union{Missing, Int})))
t(() -> (promote_type(Union{Nothing, Missing, Int}, Float64), promote_type(Any, Int)))
t(() -> (typeof(replace([1, 2], 1 => 0.5)), typeof(replace([1.0, missing], missing => 0)), replace([1, 2, 1], 1 => 0)))
t(() -> (std(1:4), std(0.0:0.5:2.0), var(1:4)))
t(() -> (range(0.0, 1.0, 3), range(1, 10, 4)))
t(() -> parse(Bool, "yes"))
t(() -> (parse(Bool, "true"), parse(Bool, " false "), parse(Bool, "1"), tryparse(Bool, "2")))
t(() -> @sprintf("%c|%c", 65, 'é'))
t(() -> @sprintf("%#x|%#x|%#o", 0, 255, 8))
t(() -> @sprintf("%5s|%-5s|", "日本", "ab"))
t(() -> (DateTime(2024, 1, 1, 0, 0, 0, 500), DateTime(2024, 1, 1, 0, 0, 0, 20), DateTime(2024, 1, 1, 0, 0, 0, 123)))
t(() -> repr(DateTime(2024, 1, 1, 0, 0, 0, 500)))
t(() -> Dates.format(Date(2024, 3, 15), "U d, Y"))
t(() -> Dates.format(DateTime(2024, 3, 15, 1, 2, 3, 40), "yy-m-d H:M:S.s"))
t(() -> Dates.format(DateTime(2024, 3, 15, 1, 2, 3, 40), "yyyy.sss"))
t(() -> (DateTime("2024-03-15T01:02:03.5"), Date("2024-3-5", "Y-m-d")))
t(() -> (tryparse(Date, "2024-01-05"), tryparse(Date, "nope"), tryparse(DateTime, "2024-01-05T10:00:00")))
# an Int range with a float, or divided, stays a range
t(() -> ((1:4) / 2, (1:5) .* 0.1, 2.0 * (1:3), (1:3) .+ 0.5, (0:3) .- 0.5, (1:3) ./ 3))
t(() -> collect((1:5) .* 0.1))
