# ConsoleLogger shows each logged value limited to its share of the screen, as Julia 1.10's
# (show_limited: displaysize rows ÷ (number of values + 1), columns - 5) (session 44)
using Logging
with_logger(ConsoleLogger(stdout)) do
    @info "one value" v = collect(1:100)
    @warn "four values" a = 1 b = "x" c = [1, 2] d = :s _file = "f.jl" _line = 6
    @info "two values" m = reshape(collect(1:200), 10, 20) s = "y"^300
    @info "short" t = (1, 2) maxlog = 1
end
