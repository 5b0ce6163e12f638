"""
    Printf

C-style formatted output: `@printf([io,] "format", args...)` prints, `@sprintf("format", args...)`
returns the string. Conversions `%d %i %u %o %x %X %e %E %f %F %g %G %a %A %c %s %%`, flags
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
end
format(f::Format, args...) = Base._sprintf(f.str, args...)
format(io::IO, f::Format, args...) = (print(io, Base._sprintf(f.str, args...)); nothing)

"""
    @sprintf("%Fmt", args...)

The string `@printf` would print, e.g. `@sprintf("%5.2f|%-4d|", pi, 7) == " 3.14|7   |"`.
"""
macro sprintf(fmt, args...)
    fmt isa String || throw(ArgumentError("@sprintf: first argument must be a format string"))
    return :(Base._sprintf($fmt, $(map(esc, args)...)))
end

"""
    @printf([io::IO], "%Fmt", args...)

Print `args` formatted by the C-style format string to `io` (default `stdout`).
"""
macro printf(args...)
    isempty(args) && throw(ArgumentError("@printf: missing format string"))
    if args[1] isa String
        return :(print(stdout, Base._sprintf($(args[1]), $(map(esc, args[2:end])...))))
    end
    length(args) >= 2 && args[2] isa String ||
        throw(ArgumentError("@printf: first or second argument must be a format string"))
    return :(print($(esc(args[1])), Base._sprintf($(args[2]), $(map(esc, args[3:end])...))))
end

end
