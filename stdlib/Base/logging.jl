# Logging: @debug, @info, @warn, @error, @logmsg, printed as Julia's default ConsoleLogger prints
# them (base/logging.jl, stdlib/Logging's ConsoleLogger): a boxed message with its key = value
# lines, and for warnings and errors the module, file and line.

"""
    LogLevel(level)

A log message's severity: `Debug` (-1000), `Info` (0), `Warn` (1000), `Error` (2000).
"""
struct LogLevel
    level::Int32
end
const BelowMinLevel = LogLevel(-1000001)
const Debug = LogLevel(-1000)
const Info = LogLevel(0)
const Warn = LogLevel(1000)
const Error = LogLevel(2000)
const AboveMaxLevel = LogLevel(1000001)
isless(a::LogLevel, b::LogLevel) = isless(a.level, b.level)
<(a::LogLevel, b::LogLevel) = a.level < b.level
<=(a::LogLevel, b::LogLevel) = a.level <= b.level
LogLevel(level::LogLevel) = level
function _level_name(level::LogLevel)
    level == Debug ? "Debug" : level == Info ? "Info" : level == Warn ? "Warn" : level == Error ? "Error" :
        level == BelowMinLevel ? "BelowMinLevel" : level == AboveMaxLevel ? "AboveMaxLevel" : string("LogLevel(", level.level, ")")
end
print(io::IO, level::LogLevel) = print(io, _level_name(level))
show(io::IO, level::LogLevel) = print(io, _level_name(level))

"""
    ConsoleLogger(stream = stderr, min_level = Info)

Writes log messages at `min_level` or above to `stream` as boxed text.
"""
struct ConsoleLogger
    stream::IO
    min_level::LogLevel
end
ConsoleLogger(stream::IO = stderr) = ConsoleLogger(stream, Info)
ConsoleLogger(level::LogLevel) = ConsoleLogger(stderr, level)
"""
    NullLogger()

Discards every message.
"""
struct NullLogger end
"""
    SimpleLogger(stream = stderr, min_level = Info)

Writes each message as `┌ Level: message`, its `key = value` lines and `└ @ module file:line`.
"""
struct SimpleLogger
    stream::IO
    min_level::LogLevel
end
SimpleLogger(stream::IO = stderr) = SimpleLogger(stream, Info)
SimpleLogger(level::LogLevel) = SimpleLogger(stderr, level)
const _global_logger = RefValue{Any}(nothing)
const _disabled_below = RefValue{LogLevel}(BelowMinLevel)
_current_logger() = (l = _global_logger[]; l === nothing ? ConsoleLogger(stderr, Info) : l)
"""
    global_logger([logger])

The logger messages go to; with an argument, installs it and returns the previous one.
"""
global_logger() = _current_logger()
function global_logger(logger)
    old = _current_logger()
    _global_logger[] = logger
    old
end
"""
    with_logger(f, logger)

Runs `f()` with messages going to `logger`.
"""
function with_logger(f, logger)
    old = _global_logger[]
    _global_logger[] = logger
    try
        f()
    finally
        _global_logger[] = old
    end
end
"""
    disable_logging(level)

Drops every message at `level` or below, whatever the logger.
"""
disable_logging(level::LogLevel) = (_disabled_below[] = level; nothing)
min_enabled_level(l::Union{ConsoleLogger, SimpleLogger}) = l.min_level
min_enabled_level(::NullLogger) = AboveMaxLevel

_showvalue(io, x) = show(io, MIME"text/plain"(), x)
_showvalue(io, e::Exception) = showerror(io, e)
# exception = (e, catch_backtrace()): the error and its stack trace, as an uncaught one prints
_showvalue(io, ex::Tuple{Exception, Any}) = showerror(io, ex[1], ex[2])

# how many more times each `maxlog = n` message may print, by the id of its statement
const _message_limits = Dict{Any, Int}()

function _log(level::LogLevel, message, _module, file, line, kwargs, id = nothing)
    level <= _disabled_below[] && return nothing
    logger = _current_logger()
    level < min_enabled_level(logger) && !_debug_enabled(level, _module, file) && return nothing
    # the reserved keywords (Julia's @logmsg): _id, _group and where the message comes from
    shown = Pair{Symbol, Any}[]
    for p in kwargs
        k = p.first
        if k === :_id
            id = p.second
        elseif k === :_module
            _module = p.second
        elseif k === :_file
            file = p.second
        elseif k === :_line
            line = p.second
        elseif k !== :_group
            push!(shown, p)
        end
    end
    for p in shown
        if p.first === :maxlog && p.second isa Integer
            remaining = get!(_message_limits, id, Int(p.second))
            _message_limits[id] = remaining - 1
            remaining > 0 || return nothing
        end
    end
    handle_message(logger, level, message, _module, file, line, shown)
end
# JULIA_DEBUG=Main (or a file's name, or all) shows that module's @debug messages
function _debug_enabled(level, _module, file)
    level >= Info && return false
    spec = get(ENV, "JULIA_DEBUG", "")
    isempty(spec) && return false
    name = string(_module)
    base = file === nothing ? "" : first(splitext(basename(string(file))))
    ok = false
    for s in split(spec, ',')
        s = strip(s)
        neg = startswith(s, '!')
        neg && (s = s[2:end])
        if s == "all" || s == name || s == base || startswith(name, string(s, "."))
            ok = !neg
        end
    end
    ok
end
handle_message(::NullLogger, args...) = nothing
function handle_message(logger::ConsoleLogger, level, message, _module, file, line, kwargs)
    lines = Tuple{Int,String}[]
    for l in split(chomp(string(message)), '\n')
        push!(lines, (0, String(l)))
    end
    # as Julia's ConsoleLogger (show_limited): each value limited to its share of the stream's
    # screen, (rows ÷ (values + 1)) × (columns - 5), so a long array shows its ends with ⋮
    nvals = count(p -> p.first !== :maxlog, kwargs)
    dsize = displaysize(logger.stream)
    valio = IOContext(logger.stream, :displaysize => (max(1, dsize[1] ÷ (nvals + 1)), dsize[2] - 5), :limit => true)
    for (key, val) in kwargs
        key === :maxlog && continue
        vallines = split(sprint(_showvalue, val; context = valio), '\n')
        if length(vallines) == 1
            push!(lines, (2, string(key, " = ", vallines[1])))
        else
            push!(lines, (2, string(key, " =")))
            for l in vallines
                push!(lines, (3, String(l)))
            end
        end
    end
    prefix = string(level == Warn ? "Warning" : _level_name(level), ':')
    suffix = Info <= level < Warn ? "" : string("@ ", _module, file === nothing ? "" : string(" ", file, ":", line))
    # the location goes on a line of its own at the end
    isempty(suffix) || push!(lines, (0, ""))
    io = IOBuffer()
    n = length(lines)
    for (i, (indent, msg)) in enumerate(lines)
        print(io, n == 1 ? "[ " : i == 1 ? "┌ " : i < n ? "│ " : "└ ")
        i == 1 && print(io, prefix, " ")
        print(io, " "^indent, msg)
        i == n && print(io, suffix)
        print(io, '\n')
    end
    write(logger.stream, take!(io))
    nothing
end

function handle_message(logger::SimpleLogger, level, message, _module, file, line, kwargs)
    io = IOBuffer()
    msglines = split(chomp(string(message)), '\n')
    println(io, "┌ ", level == Warn ? "Warning" : _level_name(level), ": ", msglines[1])
    for l in msglines[2:end]
        println(io, "│ ", l)
    end
    for (key, val) in kwargs
        key === :maxlog && continue
        println(io, "│   ", key, " = ", val)
    end
    println(io, "└ @ ", _module, " ", file, ":", line)
    write(logger.stream, take!(io))
    nothing
end

# key = value arguments of a logging macro: `x` is :x => x, `k = v` is :k => v
function _log_kwargs(exs)
    pairs = Any[]
    for ex in exs
        if ex isa Expr && ex.head === :(=)
            push!(pairs, :($(QuoteNode(ex.args[1])) => $(esc(ex.args[2]))))
        elseif ex isa Symbol
            push!(pairs, :($(QuoteNode(ex)) => $(esc(ex))))
        else
            push!(pairs, :($(QuoteNode(Symbol(string(ex)))) => $(esc(ex))))
        end
    end
    Expr(:tuple, pairs...)
end
# (each statement has its own id, for maxlog: its module, file and line)
_log_expr(level, message, exs, mod, source) =
    :(Base._log($level, $(esc(message)), $mod, $(string(source.file)), $(source.line), $(_log_kwargs(exs)),
                $(QuoteNode(Symbol(string(mod, "_", source.file, "_", source.line))))))
macro debug(message, exs...)
    _log_expr(Debug, message, exs, __module__, __source__)
end
macro info(message, exs...)
    _log_expr(Info, message, exs, __module__, __source__)
end
macro warn(message, exs...)
    _log_expr(Warn, message, exs, __module__, __source__)
end
macro error(message, exs...)
    _log_expr(Error, message, exs, __module__, __source__)
end
macro logmsg(level, message, exs...)
    :(Base._log(LogLevel($(esc(level))), $(esc(message)), $__module__, $(string(__source__.file)), $(__source__.line), $(_log_kwargs(exs)),
                $(QuoteNode(Symbol(string(__module__, "_", __source__.file, "_", __source__.line))))))
end
