# catch_backtrace(), showerror(io, e, bt), stacktrace(): the frames of a handled error and of the
# current call, as an uncaught error prints them (paths made relative to this file's folder)
here(s) = replace(s, string(@__DIR__, "/") => "")
function inner(x)
    x > 2 && error("too big: ", x)
    inner(x + 1)
end
outer(v) = inner(v[1])
try
    outer([1])
catch e
    bt = catch_backtrace()
    println(here(sprint(showerror, e, bt)))
    println(length(bt), " ", bt[1].func, " ", bt[1].line, " ", typeof(bt[1]))
    println(here(string(bt[1])))
    println(stacktrace(bt)[end].func, " ", stacktrace(bt)[end].line)
end
function where_am_i()
    st = stacktrace()
    println(st[1].func, " ", st[1].line, " ", length(st), " ", st[2].func)
end
where_am_i()
println(isempty(catch_backtrace()))
try
    sqrt(-1.0)
catch err
    println(sprint((io, e) -> showerror(io, e, catch_backtrace(); backtrace = false), err))
    println(here(sprint(Base.show_backtrace, catch_backtrace())))
end
# a helper called from the catch block sees the same backtrace
report(e) = println(typeof(e), " at line ", catch_backtrace()[1].line)
try
    outer([0])
catch e
    report(e)
end
