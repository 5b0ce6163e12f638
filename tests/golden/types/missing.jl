# missing: propagation through arithmetic and comparison, three-valued logic, isequal/isless total orders, skipmissing, coalesce, Union{Missing, T} arrays.
x = [1, missing, 3]
println(missing, " ", typeof(missing), " ", x, " ", typeof(x), " ", missing + 1, " ", 2 * missing, " ", missing == 1, " ", missing == missing)
println(ismissing(missing), " ", ismissing(1), " ", coalesce(missing, 2), " ", coalesce(missing, missing), " ", sum(skipmissing(x)), " ", collect(skipmissing(x)))
println(sum(x), " ", isequal(missing, missing), " ", isless(1, missing), " ", sort([3, missing, 1]), " ", missing & false, " ", missing | true, " ", true & missing)
println([1, missing] == [1, missing], " ", [1, missing] == [2, missing], " ", isequal([1, missing], [1, missing]), " ", max(1, missing), " ", abs(missing), " ", -missing)
try
    if missing
    end
catch e
    println(e)
end
println(Dict(missing => 1)[missing], " ", string(missing), " ", [missing, missing], " ", 1.5 < missing)
