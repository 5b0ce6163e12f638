println("before")
# a @goto without its label is a syntax error when the function is defined: nothing of it runs
function f()
    println("defined")
    @goto nowhere
end
println("not reached")
