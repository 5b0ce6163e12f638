# Views share their parent's memory: view, @view, @views, SubArray.
x = collect(1:6)
v = view(x, 2:4)
println(v, " ", typeof(v), " ", size(v), " ", length(v), " ", sum(v), " ", eltype(v))
v[1] = 20
println(x)
v .= 0
println(x)
A = reshape(collect(1:12), 3, 4)
col = view(A, :, 2)
println(col, " ", size(col))
col .*= 10
println(A)
row = view(A, 2, :)
println(row, " ", ndims(row))
block = view(A, 1:2, 2:3)
println(block, " ", size(block), " ", block[2, 2], " ", block[3], " ", typeof(block))
block[1, 2] = -1
println(A[1, 3])
strided = view(collect(1:10), 1:2:9)
println(strided, " ", strided[3], " ", copy(strided), " ", typeof(copy(strided)))
picked = view([10 20; 30 40], [2, 1], 1)
println(picked, " ", view([1 2; 3 4], [1 2; 3 4] .> 1))
scalar = view(A, 1, 1)
println(scalar[], " ", ndims(scalar), " ", size(scalar))
inner = view(v, 2:3)
inner[1] = 42
println(x, " ", parent(inner) === v, " ", parentindices(inner))

w = @view x[end-1:end]
w .= [7, 8]
println(x)
y = [1.0, 2.0, 3.0, 4.0]
@views y[1:2] .+= y[3:4]
println(y)
fill_neg!(u) = (u .= -1; nothing)
@views fill_neg!(y[3:end])
println(y, " ", (@views y[1] + sum(y[2:3])))

for (i, e) in enumerate(view(A, 3, :))
    print(i, "=", e, " ")
end
println()
println(maximum(view(A, :, 4)), " ", collect(view(A, 2, 2:3)), " ", [e * 2 for e in view(x, 1:2)])

display(view(x, 2:4)); println()
display(view(Float64[1 2 3; 4 5 6], :, 2:3)); println()
for bad in (() -> view(x, 0:2), () -> v[5], () -> view(A, 4, 1))
    try
        bad()
    catch e
        showerror(stdout, e); println()
    end
end
# a whole dimension of a view is a Base.Slice{Base.OneTo{Int64}}, shown in the view type as Julia shows it
x = [1 2; 3 4]
println(eachrow(x) |> collect)
v = view(x, :, 1); println(v, " ", typeof(v), " ", parentindices(v))
display(view(x, 1, :))
println(sum(view(x, :, 2)), " ", view(x, :, :) == x)
println(Base.Slice(Base.OneTo(3)), " ", collect(Base.Slice(Base.OneTo(3))), " ", length(Base.Slice(Base.OneTo(3))))
