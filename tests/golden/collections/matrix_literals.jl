# Matrix literals: scalars fill the matrix in place (typed by promotion or the prefix), blocks
# concatenate; rows of scalars must have one length.
println([1.0 2; 3 4], " ", [1 2 3; 4 5 6], " ", typeof([1 2.5; 3 4]), " ", [[1 2] 3; 4 5 6], " ", Int8[1 2; 3 4], " ", typeof(Int8[1 2; 3 4]), " ", ["a" "b"; "c" "d"])
try [1 2; 3] catch e; println(sprint(showerror, e)) end
