# A syntax error names file:line:col.
x = [1, 2,, 3]
println(x)
