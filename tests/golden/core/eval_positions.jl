# Functions defined by eval of a quoted expression report the file and line of the quote in their
# stack frames, as in Julia; an expression parsed from a string reports `none`.
here(s) = replace(s, string(@__DIR__, "/") => "")
# the frame of function f in the backtrace of the error calling it throws
function frame(f)
    try
        f()
    catch
        for sf in stacktrace(catch_backtrace())
            sf.func === nameof(f) && return here(string(sf.func, " at ", sf.file, ":", sf.line))
        end
        return "no frame"
    end
end

ex = :(function quoted_fail()
    x = 1
    error("from a quote")
end)
eval(ex)
println(frame(quoted_fail))

for (name, msg) in ((:loop_one, "one"), (:loop_two, "two"))
    @eval $name() = error($msg)
end
println(frame(loop_one), " | ", frame(loop_two))

@eval begin
    block_fail() = sqrt(-1.0)
    println(here(string(@__FILE__)), " ", @__LINE__)
end
println(frame(block_fail))

eval(Meta.parse("parsed_fail() = error(\"parsed\")"))
println(frame(parsed_fail))

# the quoted method still works, and a redefinition through eval replaces it
println(try quoted_fail() catch e e.msg end)
eval(:(quoted_fail() = "redefined"))
println(quoted_fail())
