# :typeinfo as Julia's show passes it down: a float whose type the context states shows without
# its suffix; tuples (show_delim_array) and named tuples give each element its field type;
# display (print_matrix) shows cells with :typeinfo => eltype; fieldtype past a Vararg
println(sprint(io -> show(IOContext(io, :typeinfo => Float32), 1.0f0)), " ", sprint(io -> show(IOContext(io, :typeinfo => Float16), Float16(1.5))), " ", sprint(io -> show(IOContext(io, :typeinfo => Float64), 1.0f0)))
println(sprint(show, [(1.0f0, 2)]), " ", sprint(show, [(a = 1.0f0,)]), " ", sprint(show, [(Int8[1],)]), " ", sprint(show, (1.0f0, [1.0f0])))
println(sprint(show, Tuple{Real, Int}[(1.0f0, 2)]), " ", sprint(show, Any[(1.0f0, 2)]), " ", sprint(show, NTuple{2, Float32}[(1, 2)]))
println(sprint(show, (a = 1.0f0, b = (1.0f0,))), " ", sprint(show, [(a = 1, b = (2.0f0, 3))]))
println([(1.0f0, 2.0f0)], " ", Dict(1 => (1.0f0,)), " ", [Float16(1) => (Float16(2),)])
println(Tuple{Int64, Vararg{Int64}}[(1,), (1, 2)], " ", Tuple{Vararg{Float32}}[(1.0f0, 2.0f0)])
println(fieldtype(Tuple{Int64, Vararg{Int64}}, 2), " ", fieldtype(Tuple{Int64, Vararg{String}}, 1), " ", fieldtype(Tuple{Int64, Vararg{String}}, 9), " ", fieldtype(Tuple{Vararg{Float32}}, 3))
display([(1.0f0, 2)])
display([(a = 1.5f0, b = "x")])
display([1.0f0 => 2.0f0])
display(Any[(1.0f0, 2)])
display([(1, 2.5) (3, 4.0)])
display([1.5f0 => (1, 2.5f0)])
