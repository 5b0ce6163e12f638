# the hints Julia adds to a MethodError (before its closest candidates, left out here)
struct Q end
length(x::Q) = 1          # a function of Main's own, not Base.length
n = 5
for ex in (:([1, 2] + 1), :(1 - [1, 2]), :([1.5] - 2), :("a" + "b"), :([1, 2, 3](2)), :(n(1)), :(length([1, 2])), :(sin("x")))
    try
        eval(ex)
    catch e
        println(split(sprint(showerror, e), "\n\nClosest")[1])
    end
end
# an abstract type without constructors; a DomainError without a message
abstract type AbsT end
try
    AbsT()
catch e
    println(sprint(showerror, e))
end
println(sprint(showerror, DomainError(-1)), " | ", sprint(showerror, DomainError(-1, "msg")))
