# Dates: day-of-week-in-month queries, rata die and Julian day numbers, Dates.adjust, parse errors as Julia 1.10's
using Dates
d = Date(2024, 2, 29)
println(dayofweekofmonth(d), " ", daysofweekinmonth(d), " ", dayofquarter(d), " ", datetime2rata(d), " ", rata2datetime(datetime2rata(d)))
println(datetime2julian(DateTime(2000, 1, 1, 12)), " ", julian2datetime(2451545.0), " ", julian2datetime(2460000.25))
println([daysofweekinmonth(Date(2024, 1, k)) for k in 1:31])
println([daysofweekinmonth(Date(2023, 2, k)) for k in 1:28] |> unique, " ", [dayofweekofmonth(Date(2024, 3, k)) for k in (1, 7, 8, 28, 29, 31)])
println(dayofquarter(Date(2024, 5, 15)), " ", dayofquarter(DateTime(2023, 12, 31, 5)), " ", datetime2rata(DateTime(1, 1, 2, 3)))
println(Dates.adjust(x -> dayofweek(x) == 5, Date(2024, 1, 1)), " ", Dates.adjust(x -> day(x) == 1, Date(2024, 1, 15); step = Day(-1)))
try Dates.adjust(x -> false, Date(2024, 1, 1); limit = 3) catch e; println(sprint(showerror, e)) end
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
t(() -> Date("hello", "yyyy-mm-dd"))
t(() -> Date("2024-13-01"))
t(() -> Date("2024/01/01", "yyyy-mm-dd"))
t(() -> DateTime("2024-01-01T25:00:00"))
t(() -> Date("2024-01"))
t(() -> Date("abc"))
t(() -> Date("2024-01-01x"))
t(() -> DateTime("2012/2/20T9:9:3i90", dateformat"yyyy/mm/ddTHH:MM:SS.s"))
t(() -> Date("96/Fxb/15", "yy/uuu/dd"))
t(() -> tryparse(Date, "abc"))
# a constructor's MethodError names the type as the caller sees it (and e.f is the type)
try Date(Date(2024, 1, 1), 1) catch e; println(first(split(sprint(showerror, e), '\n')), " ", e.f === Date) end
module InnerM
struct P; x::Int; end
end
try InnerM.P(1, 2) catch e; println(first(split(sprint(showerror, e), '\n')), " ", e.f === InnerM.P) end
