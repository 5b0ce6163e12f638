# display in a script (Julia's TextDisplay): everything is shown (no :limit), a cell of an array
# is its text/plain form unless that takes more than a line, #undef cells show as such;
# @show evaluates each expression once
display(collect(1:12))
display(Dict("a" => 1))
display(['a', 'é'])
display(['a' 'b'])
display('\n')
display('😀')
display([sin, cos] isa Vector{Function})
display(Vector{String}(undef, 2))
display(Matrix{Any}(undef, 1, 2))
display(Any[1, "x", 'c', :s, nothing, (1, 2)])
display(Float32[NaN, 1, -Inf])
println(Float32[NaN, Inf, -Inf], " ", [1.0f0 NaN32], " ", Float32[1.5, 1f-5])
println(repr(MIME"text/plain"(), 'Z'), " ", repr('Z'))
x = [1]
@show push!(x, 5)
println(x)
calls = Ref(0)
next_value() = (calls[] += 1; calls[])
r = @show next_value()
println(r, " ", calls[])
@show 1 + 1 2 * 3
