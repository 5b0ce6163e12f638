# at top level a file's catch block is a soft scope: `catch e` with a global e existing is
# ambiguous, warned about, and makes a new local (Julia 1.10 issue #34668)
e = 0
try
    error("top")
catch e
    println("caught: ", e)
end
println(e)
err = try
    error("hello")
catch err
    err
end
println(err)
# no global of that name: no warning, and the variable stays local to the catch block
try
    error("x")
catch fresh
end
println(@isdefined(fresh))
