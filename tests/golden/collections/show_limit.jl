# under :limit (the REPL's display), a vector shows its first and last ten elements and a dict its first ten entries, as Julia's show
show(IOContext(stdout, :limit => true), collect(1:100)); println()
show(IOContext(stdout, :limit => true), collect(1:20)); println()
show(IOContext(stdout, :limit => true), Dict(i => i for i in 1:3)); println()
display(Dict(1 => collect(1:100)))
display([collect(1:30), [1]])
struct P; v::Vector{Int}; end
display(P(collect(1:50)))
println(collect(1:30))
d = Dict(i => i for i in 1:12); s = sprint(show, d; context = :limit => true); println(count(==(','), s), " ", endswith(s, "…)"))
s = sprint(show, Set(1:30); context = :limit => true); println(count(==(','), s), " ", occursin("  …  ", s))
println(sprint(show, 1/3; context = :compact => true), " ", sprint(show, [1/3]; context = (:compact => true, :limit => true)), " ", sprint(show, 1/3; context = IOContext(stdout, :compact => true)), " ", sprint(show, 1/3; context = stdout), " ", sprint(print, "a", 1))
