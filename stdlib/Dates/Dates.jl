"""
    Dates

Dates and times, as Julia's standard library: `Date`, `DateTime`, `Time`, the periods `Year`,
`Month`, `Week`, `Day`, `Hour`, `Minute`, `Second`, `Millisecond`, arithmetic and ranges
(`Date(2024, 1, 31) + Month(1)`, `d1:Day(1):d2`), accessors (`year`, `dayofweek`,
`monthname`...), `now`, `today`, `Dates.format` and parsing with format strings
(`Date("15/01/2024", "dd/mm/yyyy")`, `dateformat"..."`).

A `Date` counts days and a `DateTime` milliseconds from Julia's epoch (day 1 is 0001-01-01, in
the proleptic Gregorian calendar: Rata Die), so `Dates.value` agrees with Julia's.
"""
module Dates

import Base: +, -, *, ==, isless, show, print, string, zero, abs, div, rem, mod, length, iterate,
    first, last, step, getindex, size, collect, hash, isequal, convert, /

export Period, DatePeriod, TimePeriod, Year, Quarter, Month, Week, Day, Hour, Minute, Second, Millisecond,
    Microsecond, Nanosecond, canonicalize,
    TimeType, Date, DateTime, Time, TimeZone, UTC, now, today, year, month, week, day, hour, minute, second,
    millisecond, microsecond, nanosecond, dayofmonth, yearmonth, monthday, yearmonthday, dayofweek, dayofyear, quarterofyear,
    dayname, dayabbr, monthname, monthabbr, isleapyear, daysinmonth, daysinyear,
    firstdayofmonth, lastdayofmonth, firstdayofyear, lastdayofyear, firstdayofweek, lastdayofweek,
    firstdayofquarter, lastdayofquarter, tonext, toprev, tofirst, tolast,
    unix2datetime, datetime2unix, DateFormat, @dateformat_str, dayofweekofmonth, daysofweekinmonth, dayofquarter,
    datetime2rata, rata2datetime, datetime2julian, julian2datetime,
    Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
    January, February, March, April, May, June, July, August, September, October, November, December

# ---- periods -------------------------------------------------------------------------------

abstract type AbstractTime end
abstract type Period <: AbstractTime end
abstract type DatePeriod <: Period end
abstract type TimePeriod <: Period end

struct Year <: DatePeriod
    value::Int64
end
struct Quarter <: DatePeriod
    value::Int64
end
struct Month <: DatePeriod
    value::Int64
end
struct Week <: DatePeriod
    value::Int64
end
struct Day <: DatePeriod
    value::Int64
end
struct Hour <: TimePeriod
    value::Int64
end
struct Minute <: TimePeriod
    value::Int64
end
struct Second <: TimePeriod
    value::Int64
end
struct Millisecond <: TimePeriod
    value::Int64
end
struct Microsecond <: TimePeriod
    value::Int64
end
struct Nanosecond <: TimePeriod
    value::Int64
end

"""
    Dates.value(x)

The number a period, date or time holds: `Dates.value(Day(3)) == 3`; days for a `Date`,
milliseconds for a `DateTime`, nanoseconds since midnight for a `Time`.
"""
value(p::Period) = p.value

_unit(::Year) = "year"
_unit(::Quarter) = "quarter"
_unit(::Month) = "month"
_unit(::Week) = "week"
_unit(::Day) = "day"
_unit(::Hour) = "hour"
_unit(::Minute) = "minute"
_unit(::Second) = "second"
_unit(::Millisecond) = "millisecond"
_unit(::Microsecond) = "microsecond"
_unit(::Nanosecond) = "nanosecond"

print(io::IO, p::Period) = print(io, value(p), " ", _unit(p), abs(value(p)) == 1 ? "" : "s")
show(io::IO, ::MIME"text/plain", p::Period) = print(io, p)
show(io::IO, p::P) where {P <: Period} = print(io, nameof(P), "(", value(p), ")")

+(a::P, b::P) where {P <: Period} = P(value(a) + value(b))
-(a::P, b::P) where {P <: Period} = P(value(a) - value(b))
-(a::P) where {P <: Period} = P(-value(a))
*(a::P, n::Integer) where {P <: Period} = P(value(a) * n)
*(n::Integer, a::P) where {P <: Period} = P(value(a) * n)
div(a::P, n::Integer) where {P <: Period} = P(div(value(a), n))
div(a::P, b::P) where {P <: Period} = div(value(a), value(b))
/(a::P, b::P) where {P <: Period} = value(a) / value(b)
/(a::P, n::Real) where {P <: Period} = P(value(a) / n)   # (an inexact quotient is an InexactError)
rem(a::P, b::P) where {P <: Period} = P(rem(value(a), value(b)))
mod(a::P, b::P) where {P <: Period} = P(mod(value(a), value(b)))
abs(a::P) where {P <: Period} = P(abs(value(a)))
zero(::Type{P}) where {P <: Period} = P(0)
zero(p::Period) = zero(typeof(p))
# (as Julia's: the multiplicative identity of a period is the number 1)
Base.one(::Union{Type{P}, P}) where {P <: Period} = 1
Base.oneunit(::Union{Type{P}, P}) where {P <: Period} = P(1)
Base.typemin(::Type{P}) where {P <: Period} = P(typemin(Int64))
Base.typemax(::Type{P}) where {P <: Period} = P(typemax(Int64))
# Years, quarters and months compare and convert through months; the periods of fixed length
# through nanoseconds (as Int128: a week's nanoseconds overflow Int64 after 290 years)
const _OtherPeriod = Union{Year, Quarter, Month}
_months(p::Year) = 12 * value(p)
_months(p::Quarter) = 3 * value(p)
_months(p::Month) = value(p)
_nanos(::Type{Week}) = 604_800_000_000_000
_nanos(::Type{Day}) = 86_400_000_000_000
_nanos(::Type{Hour}) = 3_600_000_000_000
_nanos(::Type{Minute}) = 60_000_000_000
_nanos(::Type{Second}) = 1_000_000_000
_nanos(::Type{Millisecond}) = 1_000_000
_nanos(::Type{Microsecond}) = 1_000
_nanos(::Type{Nanosecond}) = 1
const _FixedPeriod = Union{Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond}
_ns(p::_FixedPeriod) = Int128(value(p)) * _nanos(typeof(p))
# (Julia's toms and tons: whole milliseconds, truncated for the finer periods)
toms(p::_FixedPeriod) = Int64(div(_ns(p), 1_000_000))
tons(p::_FixedPeriod) = Int64(_ns(p))
_ms(p::_FixedPeriod) = toms(p)
==(a::_FixedPeriod, b::_FixedPeriod) = _ns(a) == _ns(b)
isless(a::_FixedPeriod, b::_FixedPeriod) = _ns(a) < _ns(b)
==(a::_OtherPeriod, b::_OtherPeriod) = _months(a) == _months(b)
isless(a::_OtherPeriod, b::_OtherPeriod) = _months(a) < _months(b)
# conversions as Julia's: to a finer unit exactly (InexactError when it overflows), to a coarser
# one only when nothing is left over (InexactError: divexact)
function _convert_period(::Type{P}, v::Integer, from, to, p) where {P}
    if from >= to
        n = Int128(v) * div(from, to)
        typemin(Int64) <= n <= typemax(Int64) || throw(InexactError(:convert, P, p))
        return P(Int64(n))
    end
    q, r = divrem(Int128(v) * from, to)
    r == 0 || throw(InexactError(:divexact, Int64, v * from / to))
    P(Int64(q))
end
for P in (:Week, :Day, :Hour, :Minute, :Second, :Millisecond, :Microsecond, :Nanosecond)
    @eval $P(p::_FixedPeriod) = _convert_period($P, value(p), _nanos(typeof(p)), _nanos($P), p)
    @eval convert(::Type{$P}, p::_FixedPeriod) = $P(p)
end
for P in (:Year, :Quarter, :Month)
    @eval $P(p::_OtherPeriod) = _convert_period($P, value(p), _months(typeof(p)(1)), _months($P(1)), p)
    @eval convert(::Type{$P}, p::_OtherPeriod) = $P(p)
end
# the finer unit, as Julia's promote rules ([Hour(1), Minute(30)] is a Vector{Minute})
const _FIXED_UNITS = (Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond)
for i in 1:length(_FIXED_UNITS), j in i+1:length(_FIXED_UNITS)
    @eval Base.promote_rule(::Type{$(_FIXED_UNITS[i])}, ::Type{$(_FIXED_UNITS[j])}) = $(_FIXED_UNITS[j])
end
Base.promote_rule(::Type{Year}, ::Type{Quarter}) = Quarter
Base.promote_rule(::Type{Year}, ::Type{Month}) = Month
Base.promote_rule(::Type{Quarter}, ::Type{Month}) = Month
"""
    Dates.days(p)

The whole days in a period of fixed length (`Dates.days(Week(2)) == 14`).
"""
days(p::_FixedPeriod) = Int64(div(_ns(p), _nanos(Day)))

"""
    CompoundPeriod

A sum of periods of different units (`Week(2) + Day(1)`), shown as `2 weeks, 1 day`: one
period per unit, largest first, none zero. `canonicalize` carries the fixed units over
(`Hour(25)` is `1 day, 1 hour`), and months over into years.
"""
struct CompoundPeriod <: AbstractTime
    periods::Vector{Period}
    CompoundPeriod(ps::AbstractVector{<:Period}) = new(_compound_periods(ps))
end
const _UNITS = (Year, Quarter, Month, Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond)
# one period per unit, largest first, none zero (Julia's CompoundPeriod constructor)
function _compound_periods(ps)
    out = Period[]
    for P in _UNITS
        v = 0
        for p in ps
            p isa P && (v += value(p))
        end
        v != 0 && push!(out, P(v))
    end
    out
end
_compound(ps) = CompoundPeriod(Period[ps...])
CompoundPeriod(ps::Period...) = _compound(ps)
periods(c::CompoundPeriod) = c.periods
+(a::Period, b::Period) = _compound((a, b))
+(a::CompoundPeriod, b::Period) = _compound((a.periods..., b))
+(a::Period, b::CompoundPeriod) = _compound((a, b.periods...))
+(a::CompoundPeriod, b::CompoundPeriod) = _compound((a.periods..., b.periods...))
-(a::CompoundPeriod) = CompoundPeriod(Period[-p for p in a.periods])
-(a::Period, b::Period) = a + (-b)
-(a::CompoundPeriod, b::Union{Period, CompoundPeriod}) = a + (-b)
-(a::Period, b::CompoundPeriod) = a + (-b)
==(a::CompoundPeriod, b::CompoundPeriod) = canonicalize(a).periods == canonicalize(b).periods
==(a::CompoundPeriod, b::Period) = a == CompoundPeriod(b)
==(a::Period, b::CompoundPeriod) = b == a
function print(io::IO, c::CompoundPeriod)
    isempty(c.periods) && return print(io, "empty period")
    join(io, c.periods, ", ")
end
show(io::IO, c::CompoundPeriod) = print(io, c)

"""
    canonicalize(p)

A `CompoundPeriod` with the fixed units carried over into the larger ones (`Hour(25)` is
`1 day, 1 hour`; a week's days become a week) and months into years.
"""
function canonicalize(c::CompoundPeriod)
    months = 0
    ns = Int128(0)
    for p in c.periods
        if p isa _OtherPeriod
            months += _months(p)
        else
            ns += _ns(p)
        end
    end
    out = Period[Year(div(months, 12)), Month(rem(months, 12))]
    for P in (Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond)
        unit = _nanos(P)
        push!(out, P(Int64(div(ns, unit))))
        ns = rem(ns, unit)
    end
    _compound(out)
end
canonicalize(p::Period) = canonicalize(CompoundPeriod(p))

# ---- time types ----------------------------------------------------------------------------

abstract type TimeType <: AbstractTime end

"""
    Date(y, m = 1, d = 1)
    Date(str[, format])
    Date(dt::DateTime)

A calendar day (proleptic Gregorian). Shown as `Date("2024-01-15")`, printed as `2024-01-15`.
"""
# the stored number, given as Date(RAW, days): Date(2024) is a year, as in Julia
struct _Raw end
const RAW = _Raw()

struct Date <: TimeType
    instant::Int64 # days: 1 is 0001-01-01
    Date(::_Raw, days::Integer) = new(days)
end

"""
    DateTime(y, m = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0)
    DateTime(str[, format])

A day and time of day to the millisecond, without a time zone.
"""
struct DateTime <: TimeType
    instant::Int64 # milliseconds: 0 is 0000-12-31T00:00:00
    DateTime(::_Raw, ms::Integer) = new(ms)
end

"""
    Time(h, mi = 0, s = 0, ms = 0)

A time of day, to the nanosecond (stored as nanoseconds since midnight).
"""
struct Time <: TimeType
    instant::Int64
    Time(::_Raw, ns::Integer) = new(ns)
end

value(d::TimeType) = d.instant

const _SHIFTED_MONTH_DAYS = (306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275)
const _MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

isleapyear(y::Integer) = (y % 4 == 0) && ((y % 100 != 0) || (y % 400 == 0))
daysinmonth(y::Integer, m::Integer) = m == 2 && isleapyear(y) ? 29 : _MONTH_DAYS[m]

# Rata Die day number of y-m-d (Julia's Dates.totaldays)
function _totaldays(y::Int64, m::Int64, d::Int64)
    z = m < 3 ? y - 1 : y
    return d + _SHIFTED_MONTH_DAYS[m] + 365z + fld(z, 4) - fld(z, 100) + fld(z, 400) - 306
end
# and back (Julia's Dates.yearmonthday)
function _yearmonthday(days::Int64)
    z = days + 306
    h = 100z - 25
    a = fld(h, 3652425)
    b = a - fld(a, 4)
    y = fld(100b + h, 36525)
    c = b + z - 365y - fld(y, 4)
    m = div(5c + 456, 153)
    d = c - div(153m - 457, 5)
    return m > 12 ? (y + 1, m - 12, d) : (y, m, d)
end

function _check(name, v, lo, hi)
    lo <= v <= hi || throw(ArgumentError(string(name, ": ", v, " out of range (", lo, ":", hi, ")")))
    nothing
end

function Date(y::Integer, m::Integer = 1, d::Integer = 1)
    _check("Month", m, 1, 12)
    _check("Day", d, 1, daysinmonth(y, m))
    Date(RAW, _totaldays(Int64(y), Int64(m), Int64(d)))
end
function DateTime(y::Integer, m::Integer = 1, d::Integer = 1, h::Integer = 0, mi::Integer = 0, s::Integer = 0, ms::Integer = 0)
    _check("Month", m, 1, 12)
    _check("Day", d, 1, daysinmonth(y, m))
    # hour 24 is allowed at the very end of a day (ISO 8601's 24:00), as Julia's validargs
    (h == 24 && mi == 0 && s == 0 && ms == 0) || _check("Hour", h, 0, 23)
    _check("Minute", mi, 0, 59)
    _check("Second", s, 0, 59)
    _check("Millisecond", ms, 0, 999)
    days = _totaldays(Int64(y), Int64(m), Int64(d))
    DateTime(RAW, ms + 1000 * (s + 60mi + 3600h + 86400days))
end
function Time(h::Integer, mi::Integer = 0, s::Integer = 0, ms::Integer = 0, us::Integer = 0, ns::Integer = 0)
    _check("Hour", h, 0, 23)
    _check("Minute", mi, 0, 59)
    _check("Second", s, 0, 59)
    _check("Millisecond", ms, 0, 999)
    _check("Microsecond", us, 0, 999)
    _check("Nanosecond", ns, 0, 999)
    Time(RAW, ns + 1000 * (us + 1000 * (ms + 1000 * (s + 60mi + 3600h))))
end
Date(y::Year, m::Month = Month(1), d::Day = Day(1)) = Date(value(y), value(m), value(d))
Date(d::Date) = d
DateTime(dt::DateTime) = dt
Date(dt::DateTime) = Date(RAW, fld(value(dt), 86_400_000))
DateTime(d::Date) = DateTime(RAW, 86_400_000 * value(d))
function DateTime(d::Date, t::Time)
    # (a Time finer than milliseconds does not fit, as Julia's)
    mod(value(t), 1_000_000) == 0 || throw(InexactError(:DateTime, DateTime, t))
    DateTime(RAW, 86_400_000 * value(d) + div(value(t), 1_000_000))
end
+(d::Date, t::Time) = DateTime(d, t)
+(t::Time, d::Date) = DateTime(d, t)
Time(dt::DateTime) = Time(RAW, 1_000_000 * mod(value(dt), 86_400_000))
convert(::Type{Date}, dt::DateTime) = Date(dt)
convert(::Type{DateTime}, d::Date) = DateTime(d)

_days(d::Date) = value(d)
_days(dt::DateTime) = fld(value(dt), 86_400_000)
_msofday(dt::DateTime) = mod(value(dt), 86_400_000)

yearmonthday(d::Union{Date, DateTime}) = _yearmonthday(_days(d))
year(d::Union{Date, DateTime}) = yearmonthday(d)[1]
month(d::Union{Date, DateTime}) = yearmonthday(d)[2]
day(d::Union{Date, DateTime}) = yearmonthday(d)[3]
dayofmonth(d::Union{Date, DateTime}) = day(d)
yearmonth(d::Union{Date, DateTime}) = (yearmonthday(d)[1], yearmonthday(d)[2])
monthday(d::Union{Date, DateTime}) = (yearmonthday(d)[2], yearmonthday(d)[3])
hour(dt::DateTime) = div(_msofday(dt), 3_600_000)
minute(dt::DateTime) = rem(div(_msofday(dt), 60_000), 60)
second(dt::DateTime) = rem(div(_msofday(dt), 1000), 60)
millisecond(dt::DateTime) = rem(_msofday(dt), 1000)
hour(t::Time) = div(value(t), 3_600_000_000_000)
minute(t::Time) = rem(div(value(t), 60_000_000_000), 60)
second(t::Time) = rem(div(value(t), 1_000_000_000), 60)
millisecond(t::Time) = rem(div(value(t), 1_000_000), 1000)
microsecond(t::Time) = rem(div(value(t), 1000), 1000)
nanosecond(t::Time) = rem(value(t), 1000)
hour(d::Date) = 0
minute(d::Date) = 0
second(d::Date) = 0
millisecond(d::Date) = 0
microsecond(d::Union{Date, DateTime}) = 0
nanosecond(d::Union{Date, DateTime}) = 0

# a period of a date or time: its field in that unit (Month(Date(2024, 3, 15)) == Month(3))
Year(d::TimeType) = Year(year(d))
Quarter(d::TimeType) = Quarter(quarterofyear(d))
Month(d::TimeType) = Month(month(d))
Week(d::TimeType) = Week(week(d))
Day(d::TimeType) = Day(day(d))
Hour(d::TimeType) = Hour(hour(d))
Minute(d::TimeType) = Minute(minute(d))
Second(d::TimeType) = Second(second(d))
Millisecond(d::TimeType) = Millisecond(millisecond(d))
Microsecond(d::TimeType) = Microsecond(microsecond(d))
Nanosecond(d::TimeType) = Nanosecond(nanosecond(d))
isleapyear(d::Union{Date, DateTime}) = isleapyear(year(d))
daysinmonth(d::Union{Date, DateTime}) = daysinmonth(year(d), month(d))
daysinyear(y::Integer) = isleapyear(y) ? 366 : 365
daysinyear(d::Union{Date, DateTime}) = daysinyear(year(d))

const Monday = 1
const Tuesday = 2
const Wednesday = 3
const Thursday = 4
const Friday = 5
const Saturday = 6
const Sunday = 7
const January = 1
const February = 2
const March = 3
const April = 4
const May = 5
const June = 6
const July = 7
const August = 8
const September = 9
const October = 10
const November = 11
const December = 12
const _DAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
const _MONTHNAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December")

"""
    dayofweek(d)

The day of the week, 1 (Monday) to 7 (Sunday).
"""
dayofweek(d::Union{Date, DateTime}) = mod1(_days(d), 7)
dayofyear(d::Union{Date, DateTime}) = _days(d) - _totaldays(Int64(year(d)), 1, 1) + 1
quarterofyear(d::Union{Date, DateTime}) = div(month(d) - 1, 3) + 1
dayofquarter(d::Union{Date, DateTime}) = _days(d) - _days(firstdayofquarter(Date(d))) + 1
# which of the month's Mondays (Tuesdays...) d is, and how many the month has
dayofweekofmonth(d::Union{Date, DateTime}) = (dd = day(d); dd < 8 ? 1 : dd < 15 ? 2 : dd < 22 ? 3 : dd < 29 ? 4 : 5)
function daysofweekinmonth(d::Union{Date, DateTime})
    y, m, dd = yearmonthday(d)
    # the weekdays of the month's first (length - 28) days occur five times
    daysinmonth(y, m) - 28 >= mod1(dd, 7) ? 5 : 4
end
dayname(i::Integer) = _DAYNAMES[i]
dayabbr(i::Integer) = _DAYNAMES[i][1:3]
monthname(i::Integer) = _MONTHNAMES[i]
monthabbr(i::Integer) = _MONTHNAMES[i][1:3]
dayname(d::Union{Date, DateTime}) = dayname(dayofweek(d))
dayabbr(d::Union{Date, DateTime}) = dayabbr(dayofweek(d))
monthname(d::Union{Date, DateTime}) = monthname(month(d))
monthabbr(d::Union{Date, DateTime}) = monthabbr(month(d))

"""
    week(d)

The ISO 8601 week of the year (weeks start on Monday; week 1 holds the year's first Thursday).
"""
function week(d::Union{Date, DateTime})
    days = _days(d)
    thursday = days - dayofweek(d) + 4 # the Thursday of this ISO week decides its year
    y = _yearmonthday(thursday)[1]
    return div(thursday - _totaldays(Int64(y), 1, 1), 7) + 1
end

firstdayofmonth(d::Date) = Date(year(d), month(d), 1)
lastdayofmonth(d::Date) = Date(year(d), month(d), daysinmonth(d))
firstdayofyear(d::Date) = Date(year(d), 1, 1)
lastdayofyear(d::Date) = Date(year(d), 12, 31)
firstdayofweek(d::Date) = Date(RAW, _days(d) - dayofweek(d) + 1)
lastdayofweek(d::Date) = Date(RAW, _days(d) - dayofweek(d) + 7)
function firstdayofquarter(d::Date)
    y, m = yearmonth(d)
    Date(y, 3 * div(m - 1, 3) + 1, 1)
end
function lastdayofquarter(d::Date)
    y, m = yearmonth(d)
    last = 3 * div(m - 1, 3) + 3
    Date(y, last, daysinmonth(y, last))
end
for f in (:firstdayofmonth, :lastdayofmonth, :firstdayofyear, :lastdayofyear, :firstdayofweek, :lastdayofweek,
          :firstdayofquarter, :lastdayofquarter)
    @eval $f(dt::DateTime) = DateTime($f(Date(dt)))
end

# ---- arithmetic ----------------------------------------------------------------------------

# adding months keeps the day, or the month's last day when it has fewer (Jan 31 + 1 month = Feb 28/29)
function _addmonths(d::Date, n::Integer)
    y, m, dd = yearmonthday(d)
    total = 12y + (m - 1) + n
    ny, nm = fld(total, 12), mod(total, 12) + 1
    Date(ny, nm, min(dd, daysinmonth(ny, nm)))
end
+(d::Date, p::Month) = _addmonths(d, value(p))
+(d::Date, p::Year) = _addmonths(d, 12 * value(p))
+(d::Date, p::Quarter) = _addmonths(d, 3 * value(p))
+(d::Date, p::Union{Week, Day}) = Date(RAW, value(d) + days(p))
+(dt::DateTime, p::_OtherPeriod) = DateTime(Date(dt) + p) + Millisecond(_msofday(dt))
+(dt::DateTime, p::_FixedPeriod) = DateTime(RAW, value(dt) + _ms(p))
+(t::Time, p::TimePeriod) = Time(RAW, Int64(mod(value(t) + _ns(p), 86_400_000_000_000)))
+(p::Period, d::TimeType) = d + p
+(d::TimeType, c::CompoundPeriod) = foldl(+, c.periods; init = d)
+(c::CompoundPeriod, d::TimeType) = d + c
-(d::TimeType, c::CompoundPeriod) = d + (-c)
-(d::TimeType, p::Period) = d + (-p)
-(a::Date, b::Date) = Day(value(a) - value(b))
-(a::DateTime, b::DateTime) = Millisecond(value(a) - value(b))
-(a::Time, b::Time) = Nanosecond(value(a) - value(b))
isless(a::T, b::T) where {T <: TimeType} = value(a) < value(b)
isless(a::Date, b::DateTime) = isless(DateTime(a), b)
isless(a::DateTime, b::Date) = isless(a, DateTime(b))
==(a::Date, b::DateTime) = DateTime(a) == b
==(a::DateTime, b::Date) = a == DateTime(b)

"""
    d1:step:d2

A range of dates or date-times (`Date(2024, 1, 1):Day(1):Date(2024, 1, 7)`, `...:Month(1):...`).
"""
struct DateRange{T <: TimeType, P <: Period} <: AbstractRange{T}
    start::T
    step::P
    stop::T
    len::Int
end
function Base.:(:)(a::T, s::Period, b::T) where {T <: TimeType}
    iszero(value(s)) && throw(ArgumentError("step cannot be zero"))
    n = 0
    x = a
    while value(s) > 0 ? x <= b : x >= b
        n += 1
        x = a + s * n
    end
    DateRange{T, typeof(s)}(a, s, n == 0 ? a : a + s * (n - 1), n)
end
Base.:(:)(a::Date, b::Date) = a:Day(1):b
length(r::DateRange) = r.len
size(r::DateRange) = (r.len,)
first(r::DateRange) = r.start
last(r::DateRange) = r.stop
step(r::DateRange) = r.step
function getindex(r::DateRange, i::Integer)
    1 <= i <= r.len || throw(BoundsError(r, i))
    r.start + r.step * (i - 1)
end
iterate(r::DateRange, i = 1) = i > r.len ? nothing : (r[i], i + 1)
collect(r::DateRange{T}) where {T} = T[r[i] for i in 1:r.len]
show(io::IO, r::DateRange) = (show(io, r.start); print(io, ":"); show(io, r.step); print(io, ":"); show(io, r.stop))
show(io::IO, ::MIME"text/plain", r::DateRange) = show(io, r)

# ---- rounding and adjusting -----------------------------------------------------------------

# As Julia's rounding.jl: dates round to multiples of a period counted from an epoch, years from
# year 0, months from January of year 0, weeks from Monday 0000-01-03, days and times from
# 0000-01-01T00:00; ceil is the next multiple up, round the nearer of the two (ties up).
const _DATEEPOCH = _totaldays(0, 1, 1)
const _WEEKEPOCH = _totaldays(0, 1, 3)
_positive_precision(p::Period) = value(p) < 1 ? throw(DomainError(p)) : p
# Julia's helpers for that epoch: days or milliseconds counted from 0000-01-01T00:00
epochdays2date(i) = Date(RAW, _DATEEPOCH + Int64(i))
epochms2datetime(i) = DateTime(RAW, 86_400_000 * _DATEEPOCH + Int64(i))
date2epochdays(d::Date) = value(d) - _DATEEPOCH
datetime2epochms(dt::DateTime) = value(dt) - 86_400_000 * _DATEEPOCH
function Base.floor(d::Date, p::Year)
    _positive_precision(p)
    y = year(d)
    Date(y - mod(y, value(p)))
end
function Base.floor(d::Date, p::Month)
    _positive_precision(p)
    y, m = yearmonth(d)
    months = 12y + m - 1
    offset = months - mod(months, value(p))
    Date(fld(offset, 12), mod(offset, 12) + 1)
end
Base.floor(d::Date, p::Quarter) = floor(d, Month(p))
function Base.floor(d::Date, p::Week)
    _positive_precision(p)
    n = value(d) - _WEEKEPOCH
    Date(RAW, _WEEKEPOCH + n - mod(n, 7 * value(p)))
end
function Base.floor(d::Date, p::Day)
    _positive_precision(p)
    n = value(d) - _DATEEPOCH
    Date(RAW, _DATEEPOCH + n - mod(n, value(p)))
end
Base.floor(dt::DateTime, p::DatePeriod) = DateTime(floor(Date(dt), p))
function Base.floor(dt::DateTime, p::TimePeriod)
    _positive_precision(p)
    epoch = 86_400_000 * _DATEEPOCH
    n = value(dt) - epoch
    DateTime(RAW, epoch + n - mod(n, toms(p)))
end
function Base.floor(t::Time, p::TimePeriod)
    _positive_precision(p)
    Time(RAW, value(t) - mod(value(t), tons(p)))
end
# ceil and round from floor, for dates and periods alike (`distance(a, b)` is how far b is below a)
_ceil_from_floor(x, p) = (f = floor(x, p); x == f ? f : f + p)
function _round_from_floor(x, p, r::RoundingMode, distance)
    r == RoundDown && return floor(x, p)
    r == RoundUp && return ceil(x, p)
    r == RoundNearestTiesUp || throw(DomainError(p))
    f = floor(x, p)
    c = x == f ? f : f + p
    distance(x, f) < distance(c, x) ? f : c
end
Base.ceil(x::TimeType, p::Period) = _ceil_from_floor(x, p)
Base.round(x::TimeType, p::Period, r::RoundingMode = RoundNearestTiesUp) = _round_from_floor(x, p, r, -)
# periods of fixed length round to multiples of one another, the result in the precision's unit
const _ConvertiblePeriod = Union{TimePeriod, Week, Day}
function Base.floor(x::_ConvertiblePeriod, precision::T) where {T <: _ConvertiblePeriod}
    _positive_precision(precision)
    a, b = promote(x, precision)
    T(a - mod(a, b))
end
Base.ceil(x::_ConvertiblePeriod, precision::_ConvertiblePeriod) = _ceil_from_floor(x, precision)
# (periods of two units are compared in the finer one)
Base.round(x::_ConvertiblePeriod, precision::_ConvertiblePeriod, r::RoundingMode = RoundNearestTiesUp) =
    _round_from_floor(x, precision, r, (a, b) -> -(promote(a, b)...))
Base.floor(x::_ConvertiblePeriod, ::Type{P}) where {P <: Period} = floor(x, P(1))
Base.ceil(x::_ConvertiblePeriod, ::Type{P}) where {P <: Period} = ceil(x, P(1))
Base.round(x::_ConvertiblePeriod, ::Type{P}, r::RoundingMode = RoundNearestTiesUp) where {P <: Period} = round(x, P(1), r)
Base.floor(x::TimeType, ::Type{P}) where {P <: Period} = floor(x, P(1))
Base.ceil(x::TimeType, ::Type{P}) where {P <: Period} = ceil(x, P(1))
Base.round(x::TimeType, ::Type{P}, r::RoundingMode = RoundNearestTiesUp) where {P <: Period} = round(x, P(1), r)
# trunc to a unit drops the finer fields (Julia's adjusters.jl)
Base.trunc(d::Date, ::Type{Year}) = Date(year(d))
Base.trunc(d::Date, ::Type{Quarter}) = firstdayofquarter(d)
Base.trunc(d::Date, ::Type{Month}) = firstdayofmonth(d)
Base.trunc(d::Date, ::Type{Day}) = d
Base.trunc(dt::DateTime, ::Type{P}) where {P <: DatePeriod} = DateTime(trunc(Date(dt), P))
Base.trunc(dt::DateTime, ::Type{P}) where {P <: TimePeriod} = floor(dt, P)
Base.trunc(t::Time, ::Type{P}) where {P <: TimePeriod} = floor(t, P)

"""
    tonext(d, dow; same = false)
    tonext(f, d; step = Day(1), limit = 10000, same = false)

The next date after `d` (or `d` itself with `same = true`) that falls on day of the week `dow`
(`Dates.Friday`), or for which `f` is true; `toprev` goes back. `tofirst(d, dow; of = Month)`
and `tolast` find the first and last such day of `d`'s month (or year).
"""
function _adjust(f, start, step, limit)
    for i in 1:limit
        f(start) && return start
        start += step
    end
    throw(ArgumentError(string("Adjustment limit reached: ", limit, " iterations")))
end
# (Dates.adjust: the first date from start on, by step, for which f is true)
adjust(f::Function, start::TimeType; step::Period = Day(1), limit::Int = 10000) = _adjust(f, start, step, limit)
tonext(d::TimeType, dow::Int; same::Bool = false) = _adjust(x -> dayofweek(x) == dow, same ? d : d + Day(1), Day(1), 7)
toprev(d::TimeType, dow::Int; same::Bool = false) = _adjust(x -> dayofweek(x) == dow, same ? d : d - Day(1), Day(-1), 7)
tonext(f::Function, d::TimeType; step::Period = Day(1), limit::Int = 10000, same::Bool = false) =
    _adjust(f, same ? d : d + step, step, limit)
toprev(f::Function, d::TimeType; step::Period = Day(-1), limit::Int = 10000, same::Bool = false) =
    _adjust(f, same ? d : d + step, step, limit)
function tofirst(d::TimeType, dow::Int; of::Union{Type{Year}, Type{Month}} = Month)
    start = of <: Month ? firstdayofmonth(d) : firstdayofyear(d)
    _adjust(x -> dayofweek(x) == dow, start, Day(1), 366)
end
function tolast(d::TimeType, dow::Int; of::Union{Type{Year}, Type{Month}} = Month)
    start = of <: Month ? lastdayofmonth(d) : lastdayofyear(d)
    _adjust(x -> dayofweek(x) == dow, start, Day(-1), 366)
end

# ---- now ---------------------------------------------------------------------------------

const _UNIX_EPOCH_MS = 62_135_683_200_000 # DateTime(1970) in Julia's milliseconds

"""
    unix2datetime(x)
    datetime2unix(dt)

A `DateTime` from seconds since 1970-01-01T00:00:00 (UTC), and back.
"""
unix2datetime(x::Real) = DateTime(RAW, _UNIX_EPOCH_MS + round(Int64, 1000 * x))
datetime2unix(dt::DateTime) = (value(dt) - _UNIX_EPOCH_MS) / 1000.0
"""
    datetime2rata(d)
    rata2datetime(days)
    datetime2julian(dt)
    julian2datetime(jd)

Rata Die day numbers (day 1 is 0001-01-01) and Julian day numbers (days since noon of
-4713-11-24) of a date, and the `DateTime`s they name.
"""
datetime2rata(d::Union{Date, DateTime}) = _days(d)
rata2datetime(days::Integer) = DateTime(Date(RAW, Int64(days)))
const _JULIAN_EPOCH_MS = value(DateTime(-4713, 11, 24, 12))
datetime2julian(dt::DateTime) = (value(dt) - _JULIAN_EPOCH_MS) / 86_400_000.0
julian2datetime(f::Real) = DateTime(RAW, _JULIAN_EPOCH_MS + round(Int64, 86_400_000 * f))
"""
    now()

The local date and time (of the machine's time zone), to the millisecond.
"""
function now()
    ms, offset = Base._unix_ms_and_offset()
    DateTime(RAW, _UNIX_EPOCH_MS + ms + offset)
end
"""
    Dates.UTC

The time zone of `now(UTC)`, Coordinated Universal Time.
"""
abstract type TimeZone end
struct UTC <: TimeZone end
function now(::Type{UTC})
    ms, _ = Base._unix_ms_and_offset()
    DateTime(RAW, _UNIX_EPOCH_MS + ms)
end
"""
    today()

The local date.
"""
today() = Date(now())

# ---- formats -------------------------------------------------------------------------------

"""
    DateFormat(format)
    dateformat"yyyy-mm-dd"

A date/time format: `y` year, `m` month, `u`/`U` month name (abbreviated/full), `d` day,
`e`/`E` day name, `H` hour, `M` minute, `S` second, `s` millisecond, `p` AM/PM; a letter repeated
gives the width (zero-padded when formatting); other characters stand for themselves, `\\\\`
escapes a letter.
"""
struct DateFormat
    tokens::Vector{Any} # (code::Char, width::Int) or a literal String
    text::String
end
const _CODES = "yYmuUdeEHIMSsp"
function DateFormat(f::AbstractString)
    tokens = Any[]
    chars = collect(f)
    i = 1
    literal = IOBuffer()
    flush() = (s = String(take!(literal)); isempty(s) || push!(tokens, s))
    while i <= length(chars)
        c = chars[i]
        if c == '\\' && i < length(chars)
            print(literal, chars[i+1])
            i += 2
        elseif c in _CODES
            flush()
            w = 1
            while i + w <= length(chars) && chars[i+w] == c
                w += 1
            end
            push!(tokens, (c, w))
            i += w
        else
            print(literal, c)
            i += 1
        end
    end
    flush()
    DateFormat(tokens, String(f))
end
macro dateformat_str(s)
    DateFormat(s)
end
show(io::IO, f::DateFormat) = print(io, "dateformat\"", f.text, "\"")

const ISODateFormat = DateFormat("yyyy-mm-dd")
const ISODateTimeFormat = DateFormat("yyyy-mm-dd\\THH:MM:SS.s")

function _field(dt, c)
    c == 'y' && return year(dt)
    c == 'm' && return month(dt)
    c == 'd' && return day(dt)
    c == 'H' && return hour(dt)
    c == 'M' && return minute(dt)
    c == 'S' && return second(dt)
    return millisecond(dt)
end

"""
    Dates.format(dt, format)

`dt` written in a format (a string or a `DateFormat`): `Dates.format(Date(2024, 1, 5), "dd u yyyy")`
is `"05 Jan 2024"`.
"""
format(dt::TimeType, f::AbstractString) = format(dt, DateFormat(f))
function format(dt::TimeType, f::DateFormat)
    out = IOBuffer()
    for t in f.tokens
        if t isa String
            print(out, t)
            continue
        end
        c, w = t
        if c == 'u' || c == 'U'
            print(out, c == 'u' ? monthabbr(dt) : monthname(dt))
        elseif c == 'e' || c == 'E'
            print(out, c == 'e' ? dayabbr(dt) : dayname(dt))
        elseif c == 'p'
            print(out, hour(dt) < 12 ? "AM" : "PM")
        elseif c == 's'
            print(out, _milliseconds_text(millisecond(dt), w))
        elseif c == 'y'
            # the year's last w digits (zero-padded), as Julia's fixed-width y
            y = lpad(year(dt), w, '0')
            print(out, y[end-w+1:end])
        elseif c == 'Y'
            print(out, lpad(year(dt), w, '0'))
        elseif c == 'I'
            # the 12-hour clock (H is always the 24-hour one)
            print(out, lpad(mod1(hour(dt), 12), w, '0'))
        else
            print(out, lpad(_field(dt, c), w, '0'))
        end
    end
    String(take!(out))
end

# milliseconds as Julia writes them after a decimal point: 500 is "5", 20 "02", 123 "123", then
# right-padded with zeros to the code's width
function _milliseconds_text(ms::Integer, width::Integer)
    str = ms % 100 == 0 ? string(div(ms, 100)) : ms % 10 == 0 ? lpad(div(ms, 10), 2, '0') : lpad(ms, 3, '0')
    rpad(str, width, '0')
end

# parses `s` by the format: (y, m, d, H, M, S, ms); fields the text ends before keep their defaults
function _parse(s::AbstractString, f::DateFormat, T)
    fields = Dict{Char, Int}('y' => 1, 'm' => 1, 'd' => 1, 'H' => 0, 'M' => 0, 'S' => 0, 's' => 0)
    chars = collect(s)
    i = 1
    pm = nothing
    # Julia's messages name the directive that failed (a literal is a Delim) and where it began
    bad() = throw(ArgumentError(string("Unable to parse date time. Expected directive ",
                                       t isa String ? string("Delim(", t, ")") : string("DatePart(", c^w, ")"), " at char ", pos)))
    t, c, w, pos = "", ' ', 0, 1
    for (k, tk) in enumerate(f.tokens)
        t = tk
        i > length(chars) && break
        pos = i
        if t isa String
            for c in t
                (i <= length(chars) && chars[i] == c) || bad()
                i += 1
            end
            continue
        end
        c, w = t
        if c in "uUeE"
            j = i
            while j <= length(chars) && isletter(chars[j])
                j += 1
            end
            name = lowercase(String(chars[i:j-1]))
            i = j
            if c in "uU"
                m = findfirst(x -> lowercase(c == 'u' ? x[1:3] : x) == name, _MONTHNAMES)
                m === nothing && bad()
                fields['m'] = m
            end
            continue
        elseif c == 'p'
            i + 1 <= length(chars) || bad()
            pm = uppercase(String(chars[i:i+1])) == "PM"
            i += 2
            continue
        end
        # a number: as many digits as there are, or the width when another number follows at once
        fixed = k < length(f.tokens) && f.tokens[k+1] isa Tuple
        j = i
        while j <= length(chars) && isdigit(chars[j]) && (!fixed || j - i < w)
            j += 1
        end
        j == i && bad()
        v = parse(Int, String(chars[i:j-1]))
        if c == 's'
            # more than three digits only when the extra ones are zeros (Julia's tryparsenext for 's')
            n = j - i
            if n > 3
                q, r = divrem(v, 10^(n - 3))
                r == 0 || bad()
                v = q
            else
                v *= 10^(3 - n)
            end
        end
        fields[c == 'Y' ? 'y' : c == 'I' ? 'H' : c] = v
        i = j
    end
    i <= length(chars) && throw(ArgumentError("Found extra characters at the end of date time string"))
    if pm !== nothing
        fields['H'] = mod(fields['H'], 12) + (pm ? 12 : 0)
    end
    fields
end
Date(s::AbstractString, f::Union{AbstractString, DateFormat} = ISODateFormat) =
    (v = _parse(s, f isa DateFormat ? f : DateFormat(f), Date); Date(v['y'], v['m'], v['d']))
DateTime(s::AbstractString, f::Union{AbstractString, DateFormat}) =
    (v = _parse(s, f isa DateFormat ? f : DateFormat(f), DateTime); DateTime(v['y'], v['m'], v['d'], v['H'], v['M'], v['S'], v['s']))
DateTime(s::AbstractString) = _parse_iso_datetime(s)
# Julia's own reader for the ISO form "yyyy-mm-ddTHH:MM:SS.s": the text may stop after any field,
# a field has 1 or 2 digits (the year any number, the fraction 1 to 3); anything else is
# "Invalid DateTime string"
function _parse_iso_datetime(s::AbstractString)
    chars = collect(s)
    n = length(chars)
    i = 1
    fields = Int64[1, 1, 1, 0, 0, 0, 0]
    bad() = throw(ArgumentError("Invalid DateTime string"))
    function digits(maxw)
        j = i
        v = Int64(0)
        while j <= n && (maxw == 0 || j - i < maxw) && isdigit(chars[j])
            v = 10v + (chars[j] - '0')
            j += 1
        end
        j == i && bad()
        k = j - i
        i = j
        return v, k
    end
    seps = ('-', '-', 'T', ':', ':', '.')
    for f in 1:7
        if f > 1
            chars[i] == seps[f-1] || bad()
            i += 1
            i > n && break
        end
        v, k = digits(f == 1 ? 0 : f == 7 ? 3 : 2)
        fields[f] = f == 7 ? v * 10^(3 - k) : v
        f == 7 && i <= n && bad()
        i > n && break
    end
    DateTime(fields...)
end
Time(s::AbstractString, f::Union{AbstractString, DateFormat} = DateFormat("HH:MM:SS.s")) =
    (v = _parse(s, f isa DateFormat ? f : DateFormat(f), Time); Time(v['H'], v['M'], v['S'], v['s']))
Base.parse(::Type{T}, s::AbstractString, f::DateFormat) where {T <: Union{Date, DateTime, Time}} = T(s, f)
Base.parse(::Type{T}, s::AbstractString) where {T <: Union{Date, DateTime, Time}} = T(s)
# nothing where parse would throw
Base.tryparse(::Type{T}, s::AbstractString) where {T <: Union{Date, DateTime, Time}} = _tryparse(T, (s,))
Base.tryparse(::Type{T}, s::AbstractString, f::Union{AbstractString, DateFormat}) where {T <: Union{Date, DateTime, Time}} = _tryparse(T, (s, f))
function _tryparse(T, args)
    try
        T(args...)
    catch e
        e isa ArgumentError || rethrow()
        nothing
    end
end

# ---- printing ------------------------------------------------------------------------------

function print(io::IO, d::Date)
    y, m, dd = yearmonthday(d)
    print(io, y < 0 ? string("-", lpad(-y, 4, '0')) : lpad(y, 4, '0'), "-", lpad(m, 2, '0'), "-", lpad(dd, 2, '0'))
end
function print(io::IO, dt::DateTime)
    print(io, Date(dt), "T", lpad(hour(dt), 2, '0'), ":", lpad(minute(dt), 2, '0'), ":", lpad(second(dt), 2, '0'))
    millisecond(dt) == 0 || print(io, ".", _milliseconds_text(millisecond(dt), 1))
end
function print(io::IO, t::Time)
    print(io, lpad(hour(t), 2, '0'), ":", lpad(minute(t), 2, '0'), ":", lpad(second(t), 2, '0'))
    ns = mod(value(t), 1_000_000_000)
    ns == 0 || print(io, rstrip(string(".", lpad(ns, 9, '0')), '0'))
end
string(d::TimeType) = sprint(print, d)
show(io::IO, ::MIME"text/plain", d::TimeType) = print(io, d)
show(io::IO, d::Union{Date, DateTime}) = print(io, nameof(typeof(d)), "(\"", d, "\")")
# arrays of them print without an element type: [Date("2024-01-01")], as Julia's
Base.typeinfo_implicit(::Type{Date}) = true
Base.typeinfo_implicit(::Type{<:Union{Year, Quarter, Month, Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond}}) = true
Base.typeinfo_implicit(::Type{DateTime}) = true
function show(io::IO, t::Time)
    parts = (hour(t), minute(t), second(t), millisecond(t), microsecond(t), nanosecond(t))
    n = something(findlast(x -> !iszero(x), parts), 1)
    print(io, "Time(", join(parts[1:n], ", "), ")")
end
Base.typemax(::Union{DateTime, Type{DateTime}}) = DateTime(146138512, 12, 31, 23, 59, 59)
Base.typemin(::Union{DateTime, Type{DateTime}}) = DateTime(-146138511, 1, 1, 0, 0, 0)
Base.typemax(::Union{Date, Type{Date}}) = Date(252522163911149, 12, 31)
Base.typemin(::Union{Date, Type{Date}}) = Date(-252522163911150, 1, 1)
Base.typemax(::Union{Time, Type{Time}}) = Time(23, 59, 59, 999, 999, 999)
Base.typemin(::Union{Time, Type{Time}}) = Time(0)
hash(d::TimeType, h::UInt) = hash(value(d), hash(typeof(d), h))

end
