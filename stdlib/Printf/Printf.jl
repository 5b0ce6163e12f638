"""
    Printf

C-style formatted output: `@printf([io,] "format", args...)` prints, `@sprintf("format", args...)`
returns the string. Conversions `%d %i %u %o %x %X %e %E %f %F %g %G %a %A %c %s %p %%`, flags
`- + space 0 #`, width and precision (digits or `*`). Floats round from their exact binary value,
ties to even, as C's printf.
"""
module Printf

export @printf, @sprintf

"""
    Printf.Format(format_str)

A format to apply with `Printf.format(f, args...)` (a string) or `Printf.format(io, f, args...)`,
for formats not known when the code is written.
"""
struct Format
    str::String
    Format(str::AbstractString) = new(_checked(String(str)))
end

"""
    Printf.InvalidFormatStringError

A format string that is not one: its message, the format, and where the bad specifier is.
"""
struct InvalidFormatStringError <: Exception
    message::String
    format::String
    start_color::Int
    end_color::Int
end
function Base.showerror(io::IO, err::InvalidFormatStringError)
    println(io, "InvalidFormatStringError: ", err.message)
    print(io, "    \"", err.format[1:err.start_color-1])
    printstyled(io, err.format[err.start_color:err.end_color], color = :red)
    println(io, err.format[err.end_color+1:end], "\"")
    arrow = "    " * ' '^err.start_color * '-'^(err.end_color - err.start_color) * "^\n"
    get(io, :color, false) ? printstyled(io, arrow, color = :red) : print(io, arrow)
end
# the format itself, checked as Julia's Printf.Format checks it (at macro expansion for @printf)
function _checked(fmt::String)
    isempty(fmt) && throw(ArgumentError("empty format string"))
    e = Base._printf_check(fmt)
    e === nothing || throw(InvalidFormatStringError(e[1], fmt, e[2], e[3]))
    fmt
end
"""
    Printf.format"..."

A `Printf.Format` made when the code is parsed, checked then.
"""
macro format_str(str)
    Format(str)
end
format(f::Format, args...) = Base._sprintf(f.str, args...)
format(io::IO, f::Format, args...) = (print(io, Base._sprintf(f.str, args...)); nothing)

"""
    @sprintf("%Fmt", args...)

The string `@printf` would print, e.g. `@sprintf("%5.2f|%-4d|", pi, 7) == " 3.14|7   |"`.
"""
macro sprintf(fmt, args...)
    fmt isa String || throw(ArgumentError("@sprintf: first argument must be a format string"))
    _checked(fmt)
    return :(Base._sprintf($fmt, $(map(esc, args)...)))
end

"""
    @printf([io::IO], "%Fmt", args...)

Print `args` formatted by the C-style format string to `io` (default `stdout`).
"""
macro printf(args...)
    isempty(args) && throw(ArgumentError("@printf: missing format string"))
    if args[1] isa String
        _checked(args[1])
        return :(print(stdout, Base._sprintf($(args[1]), $(map(esc, args[2:end])...))))
    end
    length(args) >= 2 && args[2] isa String ||
        throw(ArgumentError("@printf: first or second argument must be a format string"))
    _checked(args[2])
    return :(print($(esc(args[1])), Base._sprintf($(args[2]), $(map(esc, args[3:end])...))))
end

end
