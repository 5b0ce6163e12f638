# Raising errors and showing them the way Julia does.

error(msg::String) = throw(ErrorException(msg))
error(xs...) = throw(ErrorException(string(xs...)))

showerror(io::IO, e) = show(io, e)

# The constructors Julia's boot.jl has besides the one taking every field.
DomainError(val) = DomainError(val, "")
AssertionError() = AssertionError("")
DimensionMismatch() = DimensionMismatch("")
showerror(io::IO, e::ErrorException) = print(io, e.msg)
showerror(io::IO, e::ArgumentError) = print(io, "ArgumentError: ", e.msg)
showerror(io::IO, e::AssertionError) = print(io, "AssertionError: ", e.msg)
showerror(io::IO, e::OverflowError) = print(io, "OverflowError: ", e.msg)
showerror(io::IO, e::DimensionMismatch) = print(io, "DimensionMismatch: ", e.msg)
showerror(io::IO, e::DivideError) = print(io, "DivideError: integer division error")
showerror(io::IO, e::StackOverflowError) = print(io, "StackOverflowError:")
showerror(io::IO, e::InterruptException) = print(io, "InterruptException:")
showerror(io::IO, e::UndefRefError) = print(io, "UndefRefError: access to undefined reference")
showerror(io::IO, e::UndefVarError) = print(io, "UndefVarError: `", e.var, "` not defined")
showerror(io::IO, e::UndefKeywordError) = print(io, "UndefKeywordError: keyword argument `", e.var, "` not assigned")
showerror(io::IO, e::KeyError) = print(io, "KeyError: key ", repr(e.key), " not found")
"""
    MissingException(msg)

A `missing` value met where none is allowed.
"""
struct MissingException <: Exception
    msg::AbstractString
end
showerror(io::IO, e::MissingException) = print(io, "MissingException: ", e.msg)
function showerror(io::IO, e::InexactError)
    print(io, "InexactError: ", e.func, '(')
    nameof(e.T) === e.func || print(io, e.T, ", ")
    print(io, e.val, ')')
end
function showerror(io::IO, e::DomainError)
    # (DomainError(x) has no message: Julia's leaves the field undefined and prints no colon)
    print(io, "DomainError with ", e.val)
    e.msg == "" || print(io, ":\n", e.msg)
end
function showerror(io::IO, e::BoundsError)
    print(io, "BoundsError")
    isdefined(e, :a) || return
    print(io, ": attempt to access ")
    summary(io, e.a)
    isdefined(e, :i) || return
    print(io, " at index [")
    i = e.i
    if i isa Tuple
        for (k, x) in enumerate(i)
            k > 1 && print(io, ", ")
            _print_bounds_index(io, e.a, k, x)
        end
    elseif i isa AbstractRange
        print(io, i)
    elseif i isa AbstractString
        show(io, i)
    else
        # any other index collection (say deleteat!'s Bool mask) is listed element by element
        for (k, x) in enumerate(i)
            k > 1 && print(io, ", ")
            _print_bounds_index(io, e.a, 0, x)
        end
    end
    print(io, ']')
end
# Indices as Julia's to_indices made them and its show_index prints them: a Bool mask is a
# LogicalIndex, shown as the mask's summary; a `:` is the whole dimension k, Slice(OneTo(n)),
# shown as 1:n
_print_bounds_index(io, a, k, x::AbstractArray{Bool}) = print(io, _summary(x))
_print_bounds_index(io, a, k, x::OneTo) = print(io, "1:", x.stop)
_print_bounds_index(io, a, k, x) = x === (:) && a isa AbstractArray && k > 0 ? print(io, "1:", size(a, k)) : print(io, x)
function showerror(io::IO, e::TypeError)
    print(io, "TypeError: ")
    if e.expected === Bool
        print(io, "non-boolean (", typeof(e.got), ") used in boolean context")
        return
    end
    got = e.got isa Type ? string("Type{", e.got, "}") : string("a value of type ", typeof(e.got))
    if e.context == ""
        print(io, "in ", e.func)
    elseif e.func === Symbol("keyword argument")
        print(io, "in keyword argument ", e.context)
    else
        print(io, "in ", e.func, ", in ", e.context)
    end
    print(io, ", expected ", e.expected, ", got ", got)
end
# The hints Julia's showerror(::MethodError) and its registered hint handlers add
function _method_error_hints(io, f, args)
    if (f === (+) || f === (-)) && length(args) == 2 && any(x -> x isa AbstractArray{<:Number}, args) && any(x -> x isa Number, args)
        a, b = args[1] isa Number ? ("scalar", "array") : ("array", "scalar")
        print(io, "\nFor element-wise ", f === (+) ? "addition" : "subtraction", ", use broadcasting with dot syntax: ", a, " .", f === (+) ? "+" : "-", " ", b)
    end
    # a function of the program's own that hides Base's one of the same name
    if f isa Function && parentmodule(f) !== Base && parentmodule(f) !== Core
        name = nameof(f)
        if isdefined(Base, name)
            basef = getfield(Base, name)
            if basef !== f && basef isa Function && applicable(basef, args...)
                print(io, "\nYou may have intended to import Base.", name)
            end
        end
    end
    if f === (+) && !isempty(args) && all(x -> x isa AbstractString, args)
        print(io, "\nString concatenation is performed with * (See also: https://docs.julialang.org/en/v1/manual/strings/#man-concatenation).")
    end
end
function showerror(io::IO, e::MethodError)
    f = e.f
    args = e.args
    kws = nothing
    if f === Core.kwcall && length(args) >= 2
        # a call with keywords: Core.kwcall(kws, f, args...) is shown as f(args...; kws...)
        kws = args[1]
        f = args[2]
        args = args[3:end]
    end
    if !(f isa Function) && !(f isa Type) && !_has_call_methods(f)
        print(io, "MethodError: objects of type ", typeof(f), " are not callable")
        # (Julia's hints for these)
        f isa AbstractArray && print(io, "\nUse square brackets [] for indexing an Array.")
        f isa Number && print(io, "\nMaybe you forgot to use an operator such as *, ^, %, / etc. ?")
        return
    end
    if f === convert && length(e.args) == 2
        print(io, "MethodError: Cannot `convert` an object of type ", typeof(e.args[2]), " to an object of type ", e.args[1])
        candidates = _method_candidates(f, nothing, args...)
        candidates == "" || print(io, "\n\nClosest candidates are:", candidates, "\n")
        return
    end
    # a Union or Union{} has no methods to look up
    has_methods = f isa Function || f isa DataType || f isa UnionAll || _has_call_methods(f)
    if kws === nothing && has_methods && _method_ambiguous(f, args...)
        print(io, "MethodError: ", _callee_name(f), '(')
        for i in 1:length(args)
            i > 1 && print(io, ", ")
            print(io, "::", _dispatch_type(args[i]))
        end
        print(io, ") is ambiguous.", _ambiguity_candidates(f, args...))
        return
    end
    T = f isa Type ? f : _constructor_type(f)
    if T isa DataType && isabstracttype(T) && isempty(methods(T))
        print(io, "MethodError: no constructors have been defined for ", T)
        return
    end
    print(io, "MethodError: no method matching ", _callee_name(f), '(')
    for i in 1:length(args)
        i > 1 && print(io, ", ")
        print(io, "::", _dispatch_type(args[i]))
    end
    if kws !== nothing
        print(io, "; ")
        ks = keys(kws)
        for i in 1:length(ks)
            i > 1 && print(io, ", ")
            print(io, ks[i], "::", typeof(kws[i]))
        end
    end
    print(io, ')')
    _method_error_hints(io, f, args)
    candidates = has_methods ? _method_candidates(f, kws, args...) : ""
    if candidates != ""
        print(io, "\n\nClosest candidates are:", candidates, "\n")
    end
end
function showerror(io::IO, e::StringIndexError)
    print(io, "StringIndexError: invalid index [", e.index, "]")
    s = e.string
    # as Julia: the characters around the index
    if s isa AbstractString && 1 <= e.index <= ncodeunits(s)
        iprev = thisind(s, e.index)
        inext = nextind(s, iprev)
        if inext <= ncodeunits(s)
            print(io, ", valid nearby indices [", iprev, "]=>'", escape_string(string(s[iprev])), "', [", inext, "]=>'", escape_string(string(s[inext])), "'")
        else
            print(io, ", valid nearby index [", iprev, "]=>'", escape_string(string(s[iprev])), "'")
        end
    end
end

# A called type is shown whole, as Julia does (Point{Int64}(::String)); a function by its name,
# except an anonymous function or closure, which its module binds under no name: by its type,
# as Julia's show_signature_function ((::var"#1#2")(::Int64, ::Int64))
_callee_name(f) = f isa Type ? f : f isa Function && f !== (:) && !_is_closure(f) ? _shown_sym(nameof(f)) : string("(::", typeof(f), ")")
# as Julia's show_sym: a macro's function is var"@m"
_shown_sym(s::Symbol) = startswith(string(s), '@') ? string("var\"", s, '"') : s
# the type a constructor function belongs to (a call of an abstract type reaches one), else nothing
function _constructor_type(f)
    f isa Function || return nothing
    m = parentmodule(f)
    n = nameof(f)
    m isa Module && isdefined(m, n) || return nothing
    T = getfield(m, n)
    T isa Type ? T : nothing
end
# The type an argument dispatches as, as Julia's Core.Typeof: Type{Int8} for the type Int8.
_dispatch_type(x) = x isa Type ? Type{x} : typeof(x)

# A value's one-line summary, as in "3-element Vector{Int64}".
_summary(x) = string(typeof(x))
_summary(a::AbstractArray) = string(dims2string(size(a)), " ", sprint(showarg, a, true))
"""
    Base.showarg(io::IO, x, toplevel)

How `summary` names the array `x` (`toplevel`) or an array it wraps (`view(::T, ...)`): by default
its type, after `::` when not at the top. A program's array type may define its own.
"""
showarg(io::IO, x, toplevel) = (toplevel || print(io, "::"); print(io, typeof(x)))
dims2string(d::Tuple) = isempty(d) ? "0-dimensional" : length(d) == 1 ? string(d[1], "-element") : join(map_tuple(string, d), "×")
_summary(s::AbstractString) = string(isempty(s) ? "empty" : string(ncodeunits(s), "-codeunit"), " ", typeof(s))
"""
    summary(x)

A one-line description of `x`: its type, with the size for arrays ("3-element Vector{Int64}").
"""
summary(x) = sprint(summary, x)
# (the method a program's type may have instead, as in Julia)
summary(io::IO, x) = print(io, x isa AbstractArray || x isa AbstractString ? _summary(x) : string(typeof(x)))

_showerror_string(e) = sprint(showerror, e)
showerror(io::IO, e::OutOfMemoryError) = print(io, "OutOfMemoryError()")

# ---- backtraces -------------------------------------------------------------------------------

module StackTraces
    """
        StackFrame

    One frame of a backtrace, innermost first: `func` (the function's name, `Symbol("top-level
    scope")` for a script's top level), `file`, `line`, as Julia's; `call` is the call as a
    backtrace shows it (`f(x::Int64)`) and `modname` the module's name. Only the program's own
    frames are kept (Julia's also has Base's).
    """
    struct StackFrame
        func::Symbol
        file::Symbol
        line::Int
        linfo::Nothing
        from_c::Bool
        inlined::Bool
        pointer::UInt64
        call::String
        modname::String
    end
    StackFrame(t::Tuple) = StackFrame(t[2], Symbol(t[4]), t[5], nothing, false, false, UInt64(0), t[1], t[3])
    const StackTrace = Vector{StackFrame}
end
const StackFrame = StackTraces.StackFrame
show(io::IO, f::StackFrame) = print(io, f.call, " at ", f.file, ":", f.line)
"""
    catch_backtrace()

The backtrace of the exception being handled (inside a `catch` block; empty outside one), for
`showerror(io, e, bt)` or `stacktrace(bt)`: here a `Vector{StackFrame}` already.
"""
catch_backtrace() = StackFrame[StackFrame(t) for t in _catch_backtrace()]
"""
    stacktrace([bt])
    backtrace()

The frames of the current call stack (innermost first), or of a backtrace from `catch_backtrace()`.
"""
stacktrace() = StackFrame[StackFrame(t) for t in _current_backtrace()]
stacktrace(bt::Vector{StackFrame}) = bt
backtrace() = stacktrace()
"""
    current_exceptions(; backtrace = true)

The exceptions being handled, oldest first, as an `ExceptionStack` of `(exception, backtrace)`
named tuples: in a catch block, the one caught and, below it, those whose catch blocks it was
thrown from (what an uncaught error prints after "caused by:").
"""
function current_exceptions(task = nothing; backtrace::Bool = true)
    ExceptionStack(Any[(exception = t[1], backtrace = backtrace ? StackFrame[StackFrame(f) for f in t[2]] : nothing)
                       for t in (task === nothing || task === current_task() ? _current_exceptions() : _current_exceptions(task))])
end
struct ExceptionStack <: AbstractArray{Any,1}
    stack::Array{Any,1}
end
size(s::ExceptionStack) = size(s.stack)
getindex(s::ExceptionStack, i::Int) = s.stack[i]
function show(io::IO, ::MIME"text/plain", stack::ExceptionStack)
    n = length(stack)
    print(io, n, "-element ExceptionStack", n == 0 ? "\n" : ":\n")
    show_exception_stack(io, stack)
end
show(io::IO, stack::ExceptionStack) = show(io, MIME"text/plain"(), stack)
# the most recent first, each "caused by:" the one below it (as Julia prints them)
function show_exception_stack(io::IO, stack)
    n = length(stack)
    for i in n:-1:1
        i != n && print(io, "\ncaused by: ")
        exc, bt = stack[i]
        showerror(io, exc, bt; backtrace = bt !== nothing)
        i == 1 || println(io)
    end
end

"""
    Base.display_error(io::IO, stack::ExceptionStack)
    Base.display_error(io::IO, err, bt)

Prints `ERROR: ` and then the error as an uncaught one prints: each error of an exception stack
through `showerror(io, e, bt)` ("caused by:" between them), or `err` with the backtrace `bt`
(none when `bt` is `nothing`); a newline ends it. Without `io`, to `stderr`.
"""
function display_error(io::IO, stack::ExceptionStack)
    printstyled(io, "ERROR: "; bold = true, color = :light_red)
    show_exception_stack(IOContext(io, :limit => true), stack)
    println(io)
end
display_error(stack::ExceptionStack) = display_error(stderr, stack)
function display_error(io::IO, err, bt)
    printstyled(io, "ERROR: "; bold = true, color = :light_red)
    showerror(IOContext(io, :limit => true), err, bt; backtrace = bt !== nothing)
    println(io)
end
display_error(err, bt = nothing) = display_error(stderr, err, bt)

# as Julia 1.10: "LoadError: " once however deep the includes, the stack trace, then where each
# include stood, innermost first
function showerror(io::IO, e::LoadError, bt; backtrace::Bool = true)
    e.error isa LoadError || print(io, "LoadError: ")
    showerror(io, e.error, bt; backtrace = backtrace)
    print(io, "\nin expression starting at ", e.file, ":", e.line)
end
# (as in Julia: an empty trace, with backtrace = true, so a 3-argument method of the error sees that)
showerror(io::IO, e::LoadError) = showerror(io, e, [])

"""
    showerror(io, e, bt; backtrace = true)

The error's message followed by `Stacktrace:` and the frames of `bt`, as an uncaught error prints.
"""
function showerror(io::IO, e, bt; backtrace::Bool = true)
    try
        showerror(io, e)
    finally
        backtrace && show_backtrace(io, bt)
    end
end
# An uncaught error whose type has a showerror(io, e, bt) method of the program's own: Julia's
# display_error calls that method with the stack trace and backtrace = true, and the method decides
# what follows the message. The text it prints, or nothing when Base's own methods apply.
function _own_showerror_text(e, frames)
    bt = StackFrame[StackFrame(t) for t in frames]
    buf = IOBuffer()
    io = IOContext(buf, :limit => true)
    which(showerror, Tuple{typeof(io), typeof(e), typeof(bt)}).module === Base && return nothing
    showerror(io, e, bt; backtrace = true)
    String(take!(buf))
end
function show_backtrace(io::IO, bt::Vector)
    isempty(bt) || show_backtrace(io, convert(Vector{StackFrame}, bt))
    nothing
end
function show_backtrace(io::IO, bt::Vector{StackFrame})
    isempty(bt) && return
    print(io, "\nStacktrace:\n")
    # (the lines as an uncaught error's: Backtrace.format, repeats and cycles of frames merged)
    text = _format_backtrace(String[f.call for f in bt],
                             String[string(isempty(f.modname) ? "" : string(f.modname, " "), f.file, ":", f.line) for f in bt])
    print(io, chop(text))
end

"""
    InitError(mod::Symbol, error)

What a module's `__init__` threw (field `error`), wrapped with the module's name (`mod`) when
the module's definition ran it.
"""
struct InitError <: Exception
    mod::Symbol
    error
end
function showerror(io::IO, ex::InitError, bt; backtrace::Bool = true)
    print(io, "InitError: ")
    showerror(io, ex.error, bt; backtrace = backtrace)
    print(io, "\nduring initialization of module ", ex.mod)
end
showerror(io::IO, ex::InitError) = showerror(io, ex, [])
# a module's __init__, run when its definition ends: what it throws is rethrown as an InitError
# in its place (as Julia's jl_module_run_initializer)
function _run_module_init(mod::Symbol, f)
    try
        f()
    catch err
        rethrow(InitError(mod, err))
    end
    nothing
end

"""
    ReadOnlyMemoryError()

A write into memory that may only be read.
"""
struct ReadOnlyMemoryError <: Exception end

"""
    CanonicalIndexError(func, type)

An array type lacks the indexing method every other one falls back to (`setindex!` of a range).
"""
struct CanonicalIndexError <: Exception
    func::String
    type::Any
end
showerror(io::IO, e::CanonicalIndexError) = print(io, "CanonicalIndexError: ", e.func, " not defined for ", e.type)
