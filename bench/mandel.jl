# Float64 arithmetic in a tight loop with an early exit, over a grid built from float ranges.
include("harness.jl")
function escape_time(cr, ci, limit)
    zr, zi = 0.0, 0.0
    for n in 1:limit
        zr2, zi2 = zr * zr, zi * zi
        zr2 + zi2 > 4.0 && return n - 1
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    end
    return limit
end
function mandel_grid()
    total = 0
    for cr in -2.0:0.05:0.5, ci in -1.25:0.05:1.25
        total += escape_time(cr, ci, 200)
    end
    total
end
measure("mandel", mandel_grid)
