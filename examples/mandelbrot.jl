# The Mandelbrot set in ASCII: escape-time iteration on Float64 complex numbers kept as (re, im).
function escape_time(cr, ci, maxiter)
    zr = 0.0
    zi = 0.0
    for i in 1:maxiter
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        zr * zr + zi * zi > 4.0 && return i
    end
    return maxiter
end

function render(width, height, maxiter)
    shades = " .:-=+*#%@"
    for row in 0:height-1
        ci = 1.2 - 2.4 * row / (height - 1)
        line = IOBuffer()
        for col in 0:width-1
            cr = -2.1 + 3.0 * col / (width - 1)
            n = escape_time(cr, ci, maxiter)
            k = n == maxiter ? length(shades) : 1 + (n * (length(shades) - 1)) ÷ maxiter
            print(line, shades[k])
        end
        println(rstrip_spaces(String(take!(line))))
    end
end

rstrip_spaces(s) = (i = lastindex(s); while i > 0 && s[i] == ' '; i -= 1; end; s[1:i])

render(72, 24, 60)
