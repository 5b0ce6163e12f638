# Dates: Quarter, Microsecond, Nanosecond; periods of dates; rounding; adjusters
using Dates
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
dt = DateTime(2024, 3, 15, 13, 47, 29, 512)
d = Date(2024, 3, 15)

# rounding to a unit or to a multiple of one
t(() -> (floor(dt, Hour), ceil(dt, Hour), round(dt, Hour)))
t(() -> (round(dt, Minute(15)), floor(dt, Minute(15)), ceil(dt, Second(10))))
t(() -> (floor(d, Month), floor(d, Week), round(d, Year), ceil(d, Quarter), floor(d, Quarter)))
t(() -> (floor(dt, Day), trunc(dt, Day), trunc(dt, Month), trunc(d, Year), trunc(dt, Minute)))
t(() -> (round(Date(2024, 1, 16), Month), round(Date(2024, 1, 17), Month), round(Date(2024, 1, 16), Month, RoundDown)))
t(() -> (floor(Time(13, 47, 29, 512), Minute), round(Time(13, 47, 30), Minute)))
t(() -> floor(dt, Hour(0)))

# periods of a date: its fields
t(() -> (Year(d), Quarter(d), Month(d), Week(d), Day(d), Hour(dt), Minute(dt), Second(dt), Millisecond(dt)))

# the finer and coarser units
t(() -> (Quarter(2), d + Quarter(1), Quarter(1) == Month(3), Month(Year(2)), Year(Month(24)), Quarter(Year(1))))
t(() -> (Microsecond(5), Nanosecond(1500), Nanosecond(Microsecond(3)), Microsecond(Nanosecond(3000))))
t(() -> Year(Month(13)))
t(() -> Hour(Minute(90)))
t(() -> (Minute(Hour(2)), convert(Second, Minute(2)), Dates.toms(Hour(1)), Dates.tons(Second(2)), Dates.days(Week(2))))
t(() -> (Week(1) == Day(7), Hour(1) < Minute(61), Year(1) > Month(11), sort([Hour(2), Minute(30), Second(7200)])))
t(() -> (Minute(90) == Hour(1) + Minute(30), Hour(1) + Minute(30) == Minute(90), canonicalize(Nanosecond(3_600_000_001_000))))

# Time to the nanosecond
tm = Time(1, 2, 3, 4, 5, 6)
t(() -> (tm, repr(tm), microsecond(tm), nanosecond(tm), Microsecond(tm)))
t(() -> (Time(1, 2, 3) + Nanosecond(5), Time(13, 47) - Time(12, 0), Time(23, 59) + Minute(2)))

# adjusters
t(() -> (tonext(d, Friday), tonext(d, Friday; same = true), toprev(d, Monday), tofirst(d, Monday), tolast(d, Monday)))
t(() -> (tofirst(d, Sunday; of = Year), tolast(dt, Friday)))
t(() -> tonext(x -> day(x) == 1, d))
t(() -> toprev(x -> dayofweek(x) == Saturday && day(x) < 8, d))
t(() -> tonext(x -> false, d; limit = 3))
t(() -> (firstdayofquarter(d), lastdayofquarter(d), lastdayofquarter(Date(2024, 11, 2)), firstdayofquarter(dt)))
