# Display under :limit (what the REPL sets), checked against Julia 1.10's arrayshow.jl and
# show(io, ::MIME"text/plain", ::AbstractString) (session 44)
io = IOContext(stdout, :limit => true)

# a trailing dimension longer than 10 keeps its first and last three slices, the rest marked
# by ;;; … (show_nd)
show(io, MIME"text/plain"(), reshape(collect(1:12), 1, 1, 12)); println()
show(io, MIME"text/plain"(), reshape(collect(1:24), 1, 1, 2, 12)); println()
show(io, MIME"text/plain"(), reshape(collect(1:20), 2, 1, 10)); println()
show(io, reshape(collect(1:60), 2, 2, 15)); println()
show(io, reshape(1:120, 2, 2, 15, 2)); println()
# without :limit every slice shows
show(stdout, reshape(collect(1:24), 1, 2, 12)); println()

# show of a matrix under :limit: the first and last two rows and columns (_show_nonempty)
show(io, reshape(collect(1:64), 8, 8)); println()
show(io, reshape(collect(1:10), 5, 2)); println()
show(io, reshape(collect(1:10), 2, 5)); println()
show(io, [1 2 3 4; 5 6 7 8]); println()
show(io, Any[reshape(1.0:30.0, 5, 6)]); println()
show(io, reshape(collect(1:64), 8, 8, 1)); println()
show(stdout, reshape(collect(1:25), 5, 5)); println()

# a long string in a displayed array shows its two ends in about a line (3-arg show of
# each cell, :typeinfo set); a string alone takes seven lines' worth
show(io, MIME"text/plain"(), ["x"^1000, "short"]); println()
show(io, MIME"text/plain"(), Any["é"^300, 1]); println()
show(io, MIME"text/plain"(), ["y"^100 "a"; "b" "c"]); println()
show(io, MIME"text/plain"(), "z"^1000); println()
show(io, MIME"text/plain"(), "w"^558); println()
show(io, MIME"text/plain"(), "w"^559); println()
show(io, ["x"^100]); println()
display(["v"^100])

# a screen too small for any row: just … (arrays, dicts, sets); room for none but the dots: ⋮
for h in (4, 5, 6)
    ctx = IOContext(stdout, :displaysize => (h, 40), :limit => true)
    show(ctx, MIME"text/plain"(), collect(1:30)); println()
    show(ctx, MIME"text/plain"(), reshape(1:100, 10, 10)); println()
    show(ctx, MIME"text/plain"(), Dict(1 => 2, 3 => 4)); println()
    show(ctx, MIME"text/plain"(), Set([7, 8, 9])); println()
end
# a set's long values are cut to the screen's width
show(io, MIME"text/plain"(), Set(["a"^100])); println()

# a LinRange displays its elements compact on one line fitted to the screen (Julia's print_range,
# which needs no :limit); an empty one shows as written
display(LinRange(0, 1, 30))
display(LinRange(-1e10, 1e10, 50))
display(LinRange(1f0, 2f0, 4))
display(LinRange(1, 2, 0))
show(IOContext(stdout, :displaysize => (24, 40)), MIME"text/plain"(), LinRange(0, 1, 12)); println()
