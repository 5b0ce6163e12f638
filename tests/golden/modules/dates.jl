# Dates: Date, DateTime, Time, periods, arithmetic (month ends clamp), ranges, accessors,
# formatting and parsing with format strings, errors as Julia's
using Dates
d = Date(2024, 1, 15)
println(d, " ", repr(d), " ", typeof(d))
display(d)
println(year(d), " ", month(d), " ", day(d), " ", dayofweek(d), " ", dayname(d), " ", monthname(d), " ", dayofyear(d), " ", week(d))
println(Dates.value(d), " ", Dates.value(Date(1, 1, 1)), " ", Date(1970, 1, 1) - Date(1, 1, 1))
dt = DateTime(2024, 1, 15, 10, 30, 5, 250)
println(dt, " ", repr(dt), " ", hour(dt), " ", minute(dt), " ", second(dt), " ", millisecond(dt))
println(DateTime(2024, 3, 1), " ", Date(dt), " ", DateTime(d))
println(d + Day(20), " ", d + Month(1), " ", Date(2024, 1, 31) + Month(1), " ", Date(2023, 1, 31) + Month(1), " ", d - Year(1), " ", d + Week(2))
println(Date(2024, 3, 1) - Date(2024, 2, 1), " ", dt - DateTime(2024, 1, 15), " ", Day(3), " ", repr(Day(3)), " ", Day(1), " ", Hour(5) + Hour(2))
println(Day(7) == Week(1), " ", Hour(Day(2)), " ", Millisecond(Second(3)), " ", Day(3) * 2, " ", Day(10) < Day(11))
r = Date(2024, 1, 1):Day(1):Date(2024, 1, 5)
println(r, " ", length(r), " ", collect(r)[end], " ", [dayabbr(x) for x in r])
println(collect(Date(2024, 1, 31):Month(1):Date(2024, 5, 31)))
println(Date("2024-02-29"), " ", DateTime("2024-01-15T10:30:00"), " ", DateTime("2024-01-15T10:30:00.5"), " ", DateTime("2024-01-15T10:30"))
println(Date("15/01/2024", "dd/mm/yyyy"), " ", Date("Jan 5, 2024", "u d, yyyy"), " ", DateTime("20240115 103000", "yyyymmdd HHMMSS"))
println(Dates.format(d, "dd u yyyy"), " | ", Dates.format(dt, "yyyy-mm-dd HH:MM:SS.sss"), " | ", Dates.format(d, "E, U d"), " | ", Dates.format(dt, "HH:MM p"))
f = dateformat"yyyy/mm/dd"
println(f, " ", Date("2024/12/25", f), " ", Dates.format(Date(2024, 12, 25), f))
println(isleapyear(2024), isleapyear(1900), isleapyear(2000), " ", daysinmonth(2024, 2), " ", daysinmonth(Date(2023, 2, 1)), " ", daysinyear(2024))
println(firstdayofmonth(d), " ", lastdayofmonth(d), " ", firstdayofweek(d), " ", lastdayofweek(d), " ", lastdayofyear(d))
println(sort([Date(2024, 5, 1), Date(2023, 1, 1), Date(2024, 1, 1)]), " ", maximum([d, Date(2030)]), " ", d < Date(2025), " ", d == Date(2024, 1, 15))
println(Dict(d => 1)[Date(2024, 1, 15)], " ", unix2datetime(0), " ", datetime2unix(DateTime(1970, 1, 2)), " ", unix2datetime(1.7e9))
t = Time(10, 30)
println(t, " ", repr(t), " ", Time(dt), " ", hour(t), " ", t + Minute(45), " ", repr(Time(1, 2, 3, 4)))
println(yearmonthday(d), " ", yearmonth(d), " ", monthday(d), " ", quarterofyear(d), " ", Dates.Monday, " ", Dates.January)
for bad in (() -> Date(2024, 13, 1), () -> Date(2023, 2, 29), () -> DateTime(2024, 1, 1, 24, 1), () -> Date("2024-xx-01"), () -> Day(Hour(5)))
    try
        bad()
    catch e
        println(sprint(showerror, e))
    end
end
println(now() > DateTime(2024), " ", today() >= Date(2024), " ", typeof(now()), " ", Date(now()) == today() || hour(now()) == 0)
# sums of different units are CompoundPeriods; canonicalize carries units over
c = Week(2) + Day(1)
println(c, " ", typeof(c), " ", c + Hour(3), " ", Date(2024, 1, 1) + c, " ", canonicalize(Hour(25) + Minute(61)), " ", Day(1) - Hour(1))
println(canonicalize(Day(15)), " ", canonicalize(Month(14) + Day(0)), " ", Dates.CompoundPeriod(Day(0)), " ", Year(1) + Month(2) == Month(2) + Year(1), " ", Dates.days(Week(2)))
println(DateTime(2024, 1, 31, 12) + (Month(1) + Hour(13)), " ", Date(2024, 3, 1) - (Day(1) + Week(1)))
