# types Julia's Base does not export print with the module Julia shows them from
println(typeof((x for x in 1:2)), " ", typeof(keys(Dict(1 => 2))), " ", typeof(values(Dict(1 => 2))))
println(typeof(enumerate([1])), " ", typeof(zip([1], [2])), " ", typeof(Iterators.take(1:5, 2)))
println(typeof(pairs((a = 1,))), " ", typeof(skipmissing([1])), " ", typeof(Ref(1)))
f(x::Int) = 1
try
    f(x for x in 1:2)
catch e
    println(split(sprint(showerror, e), '\n')[1])   # (the candidates name this file's path)
end
println(Base.Generator, " ", Iterators.Zip, " ", Dict, " ", SubString, " ", typeof(1:2), " ", Some(1))
module M
struct Generator end
end
struct Zip2 end
println(M.Generator, " ", Zip2)
