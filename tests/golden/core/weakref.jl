# WeakRef: a reference the collector may clear; shown, compared and hashed by its value
a = [1, 2]
w = WeakRef(a)
println(w, " ", w.value === a, " ", w == a, " ", a == w, " ", w == WeakRef(a), " ", typeof(w), " ", hash(w) == hash(a))
println(WeakRef(), " ", WeakRef().value === nothing, " ", isbits(w), " ", w isa WeakRef)
