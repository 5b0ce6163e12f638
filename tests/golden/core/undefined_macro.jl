println("before")
# an undefined macro is an error when the statement is lowered: nothing of it runs
function f()
    println("defined")
    @nosuchmacro 1
end
println("not reached")
