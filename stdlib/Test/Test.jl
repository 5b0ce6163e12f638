"""
    Test

Unit testing in the style of Julia's standard library: `@test`, `@test_throws`, `@test_broken`,
`@testset`. A failing test prints where it failed and what was evaluated; a test set prints a
summary, and an outermost test set with failures throws `TestSetException`.
"""
module Test
export @test, @test_throws, @test_broken, @testset, TestSetException

mutable struct DefaultTestSet
    parent::Any
    description::String
    n_passed::Int
    fail::Int
    error::Int
    broken::Int
    children::Vector{Any}
    started::Float64
end

struct TestSetException <: Exception
    pass::Int
    fail::Int
    error::Int
    broken::Int
end
function Base.showerror(io::IO, e::TestSetException)
    print(io, "Some tests did not pass: ", e.pass, " passed, ", e.fail, " failed, ", e.error, " errored, ", e.broken, " broken.")
end

struct TestFailure <: Exception
    msg::String
end
Base.showerror(io::IO, e::TestFailure) = print(io, e.msg)

# The innermost test set being run (each points to its parent), or nothing.
const CURRENT = Ref{Any}(nothing)

function record(kind::Symbol)
    ts = CURRENT[]
    if ts === nothing
        return
    end
    if kind === :pass
        ts.n_passed += 1
    elseif kind === :fail
        ts.fail += 1
    elseif kind === :error
        ts.error += 1
    else
        ts.broken += 1
    end
end

function report_failure(msg::String)
    ts = CURRENT[]
    if ts === nothing
        println(msg)
        println()
        throw(TestFailure("There was an error during testing"))
    end
    println(ts.description, ": ", msg)
    record(:fail)
end

function report_error(where, src, err)
    msg = string("Error During Test at ", where, "\n  Test threw exception\n  Expression: ", src, "\n  ", sprint(showerror, err))
    if CURRENT[] === nothing
        println(msg)
        throw(TestFailure("There was an error during testing"))
    end
    println(CURRENT[].description, ": ", msg)
    record(:error)
end

# What a test returns, as Julia's: shown as "Test Passed" (and what was thrown), "Test Broken".
struct Pass
    test_type::Symbol
    value::Any
end
struct Broken
    test_type::Symbol
    orig_expr::Any
end
struct Fail
    test_type::Symbol
end
function Base.show(io::IO, t::Pass)
    print(io, "Test Passed")
    t.test_type === :test_throws && print(io, "\n      Thrown: ", typeof(t.value))
end
function Base.show(io::IO, t::Broken)
    print(io, "Test Broken\n")
    t.test_type === :skipped ? print(io, "  Skipped: ", t.orig_expr) : print(io, "  Expression: ", t.orig_expr)
end
Base.show(io::IO, t::Fail) = print(io, "Test Failed")

function finish(passed::Bool, broken::Bool, where, msg, src = msg)
    if broken
        if passed
            report_failure(string("Unexpected Pass\n Expression: ", msg, "\n Got correct result, please change to @test if no longer broken."))
            return Fail(:test_unbroken)
        end
        record(:broken)
        return Broken(:test, src)
    elseif passed
        record(:pass)
        return Pass(:test, true)
    end
    report_failure(msg)
    Fail(:test)
end

# @test ... skip = true: not run, counted as broken
function _test_skip(src)
    record(:broken)
    Broken(:skipped, src)
end

function _test(thunk, src, where, broken)
    value = try
        thunk()
    catch err
        broken && (record(:broken); return nothing)
        report_error(where, src, err)
        return nothing
    end
    if !(value isa Bool)
        report_error(where, src, ErrorException(string("Expression evaluated to non-Boolean\n  Value: ", repr(value))))
        return nothing
    end
    finish(value, broken, where, string("Test Failed at ", where, "\n  Expression: ", src), src)
end

function _test_cmp(op, left, right, src, where, broken)
    local a, b, value
    try
        a = left()
        b = right()
        value = op(a, b)
    catch err
        broken && (record(:broken); return nothing)
        report_error(where, src, err)
        return nothing
    end
    finish(value === true, broken, where,
           string("Test Failed at ", where, "\n  Expression: ", src, "\n   Evaluated: ", repr(a), " ", op, " ", repr(b)), src)
end

function _test_throws(expected, thunk, src, where)
    try
        thunk()
    catch err
        ok = expected isa Type ? err isa expected : err == expected
        if ok
            record(:pass)
            return Pass(:test_throws, err)
        end
        report_failure(string("Test Failed at ", where, "\n  Expression: ", src, "\n    Expected: ", expected,
                              "\n      Thrown: ", typeof(err)))
        return Fail(:test_throws_wrong)
    end
    report_failure(string("Test Failed at ", where, "\n  Expression: ", src, "\n    Expected: ", expected, "\n  No exception thrown"))
    Fail(:test_throws_nothing)
end

function _testset(name, body)
    ts = DefaultTestSet(CURRENT[], string(name), 0, 0, 0, 0, Any[], time())
    CURRENT[] = ts
    try
        body()
    catch err
        err isa TestSetException && rethrow()
        println(ts.description, ": Error During Test")
        println("  Got exception outside of a @test")
        println("  ", sprint(showerror, err))
        ts.error += 1
    finally
        CURRENT[] = ts.parent
    end
    if ts.parent === nothing
        print_summary(ts)
        total_fail = count_all(ts, :fail) + count_all(ts, :error)
        if total_fail > 0
            throw(TestSetException(count_all(ts, :pass), count_all(ts, :fail), count_all(ts, :error), count_all(ts, :broken)))
        end
    else
        push!(ts.parent.children, ts)
    end
    ts
end

function count_all(ts, kind)
    n = kind === :pass ? ts.n_passed : kind === :fail ? ts.fail : kind === :error ? ts.error : ts.broken
    for c in ts.children
        n += count_all(c, kind)
    end
    n
end

# Julia's summary table: "Test Summary: | Pass  Fail  Total  Time" and one line per test set.
function print_summary(ts)
    pass = count_all(ts, :pass)
    fail = count_all(ts, :fail)
    err = count_all(ts, :error)
    broken = count_all(ts, :broken)
    total = pass + fail + err + broken
    cols = Any[]
    pass > 0 && push!(cols, ("Pass", pass))
    fail > 0 && push!(cols, ("Fail", fail))
    err > 0 && push!(cols, ("Error", err))
    broken > 0 && push!(cols, ("Broken", broken))
    push!(cols, ("Total", total))
    width = max(length("Test Summary:"), length(ts.description))
    header = rpad_to("Test Summary:", width) * " |"
    line = rpad_to(ts.description, width) * " |"
    sep = " "
    for (label, n) in cols
        w = max(length(label), length(string(n)))
        header = header * sep * lpad_to(label, w)
        line = line * sep * lpad_to(string(n), w)
        sep = "  "
    end
    elapsed = string(round_to_tenth(time() - ts.started), "s")
    println(header, "  Time")
    println(line, "  ", elapsed)
end

round_to_tenth(x) = floor(x * 10 + 0.5) / 10
rpad_to(s, n) = s * repeat(" ", max(0, n - length(s)))
lpad_to(s, n) = repeat(" ", max(0, n - length(s))) * s

end
