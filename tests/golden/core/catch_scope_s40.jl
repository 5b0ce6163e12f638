# `catch e` is Julia's `e = the_exception()` at the top of the catch block's scope: an
# ordinary assignment, so a local of an enclosing scope named e is updated
function outer_local()
    e = 0
    try
        error("a")
    catch e
    end
    e
end
println(outer_local())
function outer_in_loop()
    err = nothing
    for i in 1:2
        try
            i == 2 && error("at $i")
        catch err
        end
    end
    err
end
println(outer_in_loop())
function outer_captured()
    e = 1
    g = () -> e
    try
        throw(ArgumentError("z"))
    catch e
    end
    g()
end
println(outer_captured())
let
    ee = 5
    try error("in let") catch ee end
    println(ee)
end
# with no such local, the catch variable is the catch block's own
function own_local()
    try
        error("a")
    catch e
    end
    @isdefined(e)
end
println(own_local())
# captured and then reassigned inside the catch block: one variable, bound to the exception first
function captured_then_assigned()
    try error("x") catch e
        g = () -> e
        r = g()
        e = 5
        (r, g())
    end
end
println(captured_then_assigned())
# a fresh binding on each entry of the catch block
function fresh_each_time()
    fs = []
    for i in 1:2
        try error("x$i") catch e
            push!(fs, () -> e)
        end
    end
    [f().msg for f in fs]
end
println(fresh_each_time())
