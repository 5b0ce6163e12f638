# current_exceptions(): Julia's exception stack; an error thrown in a catch block is "caused by" the one caught there, rethrow replaces it
try
    try
        error("a")
    catch
        error("b")
    end
catch e
    s = current_exceptions()
    println(length(s), " ", [x.exception for x in s])
end
try
    error("x")
catch
    try
        error("y")
    catch
        println([x.exception for x in current_exceptions()])
    end
    println([x.exception for x in current_exceptions()])
end
try
    try
        error("r")
    catch
        rethrow()
    end
catch
    println([x.exception for x in current_exceptions()])
end
try
    try
        error("r")
    catch
        rethrow(ArgumentError("q"))
    end
catch
    println([x.exception for x in current_exceptions()])
end
show(stdout, MIME"text/plain"(), current_exceptions())
function f()
    try
        error("first")
    catch
        error("second")
    end
end
try
    try
        error("inner")
    catch
        throw(ArgumentError("outer"))
    end
catch
    s = current_exceptions()
    println(replace(sprint(show, MIME"text/plain"(), s), string(@__DIR__, "/") => ""))
    println(typeof(s[1].backtrace), " ", s[1].backtrace[1].line, " ", s[2].backtrace[1].line, " ", current_exceptions(backtrace = false)[1].backtrace)
end
f()
