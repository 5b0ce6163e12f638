# `local` in a top-level block makes a local of that statement: loops inside it assign it
# (macros that declare their variables `local` rely on this), and the next statement does not see it.
begin
    local x = 1
    for i in 1:3
        x = x + i
    end
    println(x)
end
macro best_of(n, ex)
    quote
        local best = typemax(Int)
        for k in 1:$(esc(n))
            best = min(best, $(esc(ex)))
        end
        best
    end
end
println(@best_of(3, 4 + 3))
local z = 5
println(@isdefined(z))
let
    local w = 0
    while w < 3
        w += 1
    end
    println(w)
end
