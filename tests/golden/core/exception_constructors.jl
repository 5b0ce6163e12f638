# Every exception type of Base built with each constructor Julia has for it (BoundsError() and
# BoundsError(a) leave fields unassigned), shown and shown as an error.
for ex in (:(DomainError(1)), :(DomainError(1, "m")), :(BoundsError()), :(BoundsError([1,2])), :(BoundsError([1,2], 3)),
           :(DimensionMismatch()), :(DimensionMismatch("d")), :(AssertionError()), :(AssertionError("a")), :(EOFError()),
           :(DivideError()), :(OverflowError("o")), :(KeyError(:k)), :(ArgumentError("x")), :(InexactError(:trunc, Int8, 300)),
           :(UndefVarError(:zz)), :(UndefKeywordError(:kw)), :(UndefRefError()), :(StringIndexError("aé", 3)),
           :(ErrorException("e")), :(InterruptException()), :(StackOverflowError()), :(OutOfMemoryError()),
           :(InvalidStateException("closed", :closed)), :(SystemError("open", 2)),
           :(TypeError(:f, "ctx", Int, 1.0)), :(TypeError(:f, "", Int, 1.0)), :(TypeError(:g, "", Int, Float64)),
           :(TypeError(Symbol("keyword argument"), :k, Int, "s")), :(TypeError(:typeassert, "", Bool, 1)))
    try
        e = eval(ex)
        print(ex, " => "); show(e); print(" | ")
        showerror(stdout, e); println()
    catch err
        println(ex, " !! ", sprint(showerror, err))
    end
end
# A call no method applies to, made again and again where it is caught: the same error each time
function failing_calls(n)
    caught = 0
    for i in 1:n
        try
            DomainError()
        catch e
            e isa MethodError && (caught += 1)
        end
    end
    caught
end
println(failing_calls(3000))
