# a generator or map over a matrix keeps its shape, as in Julia; a filtered one is a vector
A = [1 2; 3 4]
println([x for x in A], " ", map(x -> 2x, A), " ", size(map(identity, A)), " ", [x for x in A if x > 1])
