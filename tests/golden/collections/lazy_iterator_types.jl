# Base's lazy iterators carry their type parameters, as Julia's (dispatch and isa see them)
using Base.Iterators
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
t(() -> typeof(take(1:10, 3)))
t(() -> typeof(drop([1, 2], 1)))
t(() -> typeof(cycle([1])))
t(() -> typeof(repeated(1)))
t(() -> typeof(countfrom(1.0, 2)))
t(() -> typeof(flatten([[1], [2]])))
t(() -> typeof(Iterators.rest(1:3, 1)))
t(() -> take(1:10, 3) isa Iterators.Take{UnitRange{Int}})
firstpart(t::Iterators.Take{<:AbstractVector}) = "a vector's"
firstpart(t::Iterators.Take) = "another's"
t(() -> (firstpart(take([1, 2], 1)), firstpart(take(Set([1]), 1))))
t(() -> collect(take(cycle([1, 2]), 5)))
t(() -> collect(take(countfrom(1.0, 2), 2)))
t(() -> collect(takewhile(<(3), 1:5)))
t(() -> first(dropwhile(<(4), 1:10)))
t(() -> sum(x for x in drop(1:10, 3)))
t(() -> collect(Iterators.accumulate(+, [1, 2, 3])))
t(() -> sprint(show, take(1:10, 3)))
# enumerate prints as the call that makes it
t(() -> sprint(show, enumerate([1, 2])))
t(() -> repr("text/plain", enumerate("ab")))
# StepRangeLen(ref, step, len[, offset]): plain float arithmetic, as Julia's constructor
t(() -> StepRangeLen(1.0, 0.5, 4))
t(() -> collect(StepRangeLen(0.1, 0.1, 3)))
t(() -> collect(StepRangeLen(1, 2, 3)))
t(() -> StepRangeLen(10.0, 1.0, 3, 2))
t(() -> collect(StepRangeLen(1.0f0, 0.1f0, 3)))
t(() -> StepRangeLen(1.0, 1.0, -1))
# Random's functions take a shape as a tuple
using Random
t(() -> size(rand(1:3, (2, 3))))
t(() -> typeof(rand(Xoshiro(1), ["a", "b"], (2,))))
t(() -> (size(randn((2, 2))), size(randn(Xoshiro(1), (2, 2))), size(randexp(Xoshiro(1), (2,))), size(randexp(Float32, (3,)))))
t(() -> rand(Xoshiro(1), (2, 3)) in (2, 3))
t(() -> size(rand((2, 3), 4)))
t(() -> typeof(rand(Float32, (2,))))
