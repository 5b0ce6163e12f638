# Nested dot calls fuse into one loop (Julia's broadcasted/materialize): the calls interleave,
# and x .= ... writes into x without a temporary array.
trace = String[]
g(x) = (push!(trace, "g$x"); x + 1)
h(x) = (push!(trace, "h$x"); 2x)
r = h.(g.([1, 2, 3]))
println(r, " ", join(trace, " "))

a = [1.0, 2.0, 3.0]; b = [4.0, 5.0, 6.0]
println(a .* b .+ 1, " ", typeof(a .* b .+ 1))
d = similar(a)
same = d
d .= a .* b .+ 1
println(d, " ", d === same)
d .+= a .* 2
println(d)
d .= 0
println(d)
println(sin.(a) .^ 2 .+ cos.(a) .^ 2 ≈ ones(3))
println(.!(a .> 1.5), " ", typeof(a .> 1.5))
println([1 2; 3 4] .+ [10, 20] .* 2)
println((1, 2) .+ (3, 4) .* 2)
println(abs.(-a .- 1), " ", max.(a, 2.5))

# the element type follows the values, widening when they differ
mixed(x) = x > 1 ? x : "small"
println(mixed.([1, 2, 3]), " ", typeof(mixed.([1, 2, 3])))
println(typeof((x -> x > 1 ? 1.5 : 1).([1, 2])), " ", typeof(iseven.([1, 2])))

# each argument is evaluated once, before the loop
calls = Ref(0)
vals() = (calls[] += 1; [1, 2, 3])
println(vals() .+ vals() .* 2, " ", calls[])

# keywords are passed through, not broadcast over
println(round.([1.234, 5.678]; digits = 1), " ", round.([1.25, 2.5], digits = 1))

# @. dots every call, operator and assignment; $f keeps a call as it is
y = [1.0, 4.0, 9.0]
@. y = sqrt(y) + 1
println(y)
println(@. $length([[1], [1, 2]]) + [10, 20])
z = zeros(3)
@. z += y * 2
println(z)

# x[i] .= v writes into x's elements
v = collect(1:6)
v[2:3] .= 0
v[end] .= 9
v[v .> 4] .= -1
println(v)
m = [1 2; 3 4]
m[:, 1] .+= 10
println(m)

# approximate equality
println(0.1 + 0.2 ≈ 0.3, " ", 0.1 + 0.2 == 0.3, " ", 1 ≈ 1.0000001, " ", 1000000000 ≈ 1000000001, " ", isapprox(1.0, 1.1; atol = 0.2))
println([1.0, 2.0] ≈ [1.0, 2.0 + 1e-12], " ", NaN ≈ NaN, " ", isapprox(NaN, NaN, nans = true), " ", 1 ≉ 2, " ", Float32(0.1) ≈ 0.1)
println(sum([1, 2]; init = 10), " ", sum(abs, [-1, 2]; init = 0.0), " ", sum(Int[]; init = 0), " ", prod([2, 3]; init = 2), " ",
        maximum(Int[]; init = -1), " ", minimum(x -> 2x, [3, 4]; init = 100), " ", sum([1 2; 3 4]; dims = 1, init = 100))

# .= into a destination: each source's extents are the destination's or 1, and extra dimensions
# are singletons (Julia's check_broadcast_shape)
let v = zeros(3), M = zeros(2, 3)
    t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
    t(() -> (v .= ones(3, 1)))
    t(() -> (v .= sum([1 2; 3 4; 5 6], dims = 2)))
    t(() -> (v .+= ones(3, 1)))
    t(() -> (v .= ones(3, 2)))
    t(() -> (v .= ones(4)))
    t(() -> (v .= ones(1, 1)))
    t(() -> (M .= [1, 2]))
    t(() -> (M .= ones(3)))
    t(() -> (M .= ones(2, 3, 1)))
end
