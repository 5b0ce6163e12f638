# Display details checked against Julia 1.10 (session 37)
# a long string under :limit shows its two ends (Julia ≥ 1.7)
show(IOContext(stdout, :limit => true), MIME"text/plain"(), "x"^1000); println()
show(IOContext(stdout, :limit => true), MIME"text/plain"(), "short"); println()
show(IOContext(stdout, :limit => true, :displaysize => (24, 40)), MIME"text/plain"(), "é"^200); println()
show(stdout, MIME"text/plain"(), "y"^100); println()
# a Base submodule's type prints by its name once Main uses the module
println(typeof(Threads.Atomic{Int}(0)))
using Base.Threads
println(typeof(Atomic{Int}(0)), " ", [Atomic{Int}(1)])
using Base.Iterators
println(typeof(take(1:3, 2)))   # (Take is not exported)
