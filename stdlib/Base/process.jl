# External commands, as Julia's: `cmd` literals make a Cmd (words split as a shell would, but no
# shell runs: no globs, pipes or redirects), and run / read / success start the program directly.
# The Java half is ProcessBuiltins.java.

"""
    Cmd(exec::Vector{String}; ignorestatus, env, dir)

A command to run: the program and its arguments. Made by backticks, `` `ls -l \$dir` ``: an
interpolated string is one word however many spaces it has, an interpolated array or tuple
gives one word per element, and `#{}()[]<>|&*?~;` must be quoted.
"""
struct Cmd
    exec::Vector{String}
    ignorestatus::Bool
    env::Union{Nothing, Vector{String}}
    dir::String
end
Cmd(exec::Vector{String}) = Cmd(exec, false, nothing, "")
Cmd(exec::Vector{<:AbstractString}) = Cmd(String[String(w) for w in exec])
Cmd(cmd::Cmd; ignorestatus::Bool = cmd.ignorestatus, env = cmd.env, dir::AbstractString = cmd.dir) =
    Cmd(cmd.exec, ignorestatus, _cmd_env(env), String(dir))
_cmd_env(::Nothing) = nothing
_cmd_env(env::Vector{String}) = env
_cmd_env(env) = String[p isa AbstractString ? String(p) : string(first(p), "=", last(p)) for p in env]
==(a::Cmd, b::Cmd) = a.exec == b.exec && a.ignorestatus == b.ignorestatus && a.env == b.env && a.dir == b.dir
"""
    ignorestatus(cmd)

The command, whose non-zero exit status `run` and `read` then accept.
"""
ignorestatus(cmd::Cmd) = Cmd(cmd; ignorestatus = true)
"""
    setenv(cmd, env; dir)
    addenv(cmd, env...)

The command with the environment `env` (a Dict, pairs or `"K=V"` strings) instead of the
inherited one; `addenv` adds to the environment it would have.
"""
setenv(cmd::Cmd, env; dir = cmd.dir) = Cmd(cmd; env = env, dir = dir)
setenv(cmd::Cmd, env::Pair...; dir = cmd.dir) = setenv(cmd, env; dir = dir)
function addenv(cmd::Cmd, env...)
    vars = Dict{String, String}()
    for kv in (cmd.env === nothing ? [string(k, "=", v) for (k, v) in ENV] : cmd.env)
        i = findfirst('=', kv)
        i === nothing || (vars[kv[1:i-1]] = kv[i+1:end])
    end
    for p in env
        for (k, v) in (p isa Pair ? (p,) : pairs(p))
            vars[string(k)] = string(v)
        end
    end
    setenv(cmd, vars)
end

# a word as the shell would need it: quoted when it has spaces, quotes or special characters
function _print_shell_word(io::IO, word::AbstractString)
    if isempty(word)
        print(io, "''")
    elseif !any(c -> isspace(c) || c in "#{}()[]<>|&*?~;'\"\\\$`", word)
        print(io, word)
    elseif !occursin('\'', word)
        print(io, '\'', word, '\'')
    else
        print(io, '"')
        for c in word
            c in "\"\\\$`" && print(io, '\\')
            print(io, c)
        end
        print(io, '"')
    end
end
function show(io::IO, cmd::Cmd)
    wrapped = cmd.env !== nothing || !isempty(cmd.dir)
    wrapped && print(io, "setenv(")
    print(io, '`')
    for (i, w) in enumerate(cmd.exec)
        i > 1 && print(io, ' ')
        _print_shell_word(io, w)
    end
    print(io, '`')
    cmd.env === nothing || (print(io, ","); show(io, cmd.env))
    isempty(cmd.dir) || (print(io, "; dir="); show(io, cmd.dir))
    wrapped && print(io, ")")
end

# ---- `...` literals: split into words at macro expansion, values interpolated when run ---------

# $name or $(expr) at s[i] ('$'): the expression and the index after it
function _cmd_interpolation(s::String, i::Int)
    j = nextind(s, i)
    j > lastindex(s) && error("parsing command `", s, "`: \$ at the end")
    if s[j] == '('
        depth = 0
        k = j
        while k <= lastindex(s)
            s[k] == '(' && (depth += 1)
            s[k] == ')' && (depth -= 1)
            depth == 0 && return (Meta.parse(s[j:k]), nextind(s, k))
            k = nextind(s, k)
        end
        error("parsing command `", s, "`: unbalanced parentheses in \$(...)")
    end
    k = j
    while k <= lastindex(s) && (isletter(s[k]) || s[k] == '_' || (k > j && (isdigit(s[k]) || s[k] == '!')))
        k = nextind(s, k)
    end
    k == j && error("parsing command `", s, "`: invalid interpolation syntax")
    (Symbol(s[j:prevind(s, k)]), k)
end

# the words of a command: each a vector of literal strings and (expr, quoted) pieces
function _cmd_words(s::String)
    words = Any[]
    word = Any[]
    lit = IOBuffer()
    inword = false
    function piece!(x)
        l = String(take!(lit))
        isempty(l) || push!(word, l)
        x === nothing || push!(word, x)
    end
    i = firstindex(s)
    while i <= lastindex(s)
        c = s[i]
        if isspace(c)
            if inword
                piece!(nothing)
                push!(words, word)
                word = Any[]
                inword = false
            end
            i = nextind(s, i)
            continue
        end
        inword = true
        if c == '\''
            j = findnext('\'', s, nextind(s, i))
            j === nothing && error("unterminated single quote")
            print(lit, s[nextind(s, i):prevind(s, j)])
            i = nextind(s, j)
        elseif c == '"'
            i = nextind(s, i)
            while true
                i > lastindex(s) && error("unterminated double quote")
                c = s[i]
                if c == '"'
                    i = nextind(s, i)
                    break
                elseif c == '\\' && nextind(s, i) <= lastindex(s) && s[nextind(s, i)] in "\"\\\$`"
                    print(lit, s[nextind(s, i)])
                    i = nextind(s, nextind(s, i))
                elseif c == '$'
                    ex, i = _cmd_interpolation(s, i)
                    piece!((ex, true))
                else
                    print(lit, c)
                    i = nextind(s, i)
                end
            end
        elseif c == '\\'
            nextind(s, i) > lastindex(s) && error("dangling backslash")
            print(lit, s[nextind(s, i)])
            i = nextind(s, nextind(s, i))
        elseif c == '$'
            ex, i = _cmd_interpolation(s, i)
            piece!((ex, false))
        elseif c in "#{}()[]<>|&*?~;"
            error("parsing command `", s, "`: special characters \"#{}()[]<>|&*?~;\" must be quoted in commands")
        else
            print(lit, c)
            i = nextind(s, i)
        end
    end
    if inword
        piece!(nothing)
        push!(words, word)
    end
    words
end

macro cmd(str)
    words = _cmd_words(str)
    ws = Expr(:vect)
    for w in words
        pieces = Expr(:vect)
        for p in w
            push!(pieces.args, p isa String ? p : Expr(:tuple, esc(p[1]), p[2]))
        end
        push!(ws.args, pieces)
    end
    :(Base._cmd_from_words($ws))
end

# the words' values: an unquoted array, tuple or Cmd gives a word per element (with the text
# around it on each), an empty one none
function _cmd_from_words(words)
    exec = String[]
    for w in words
        alternatives = [""]
        for p in w
            values = p isa String ? [p] : p[2] ? [string(p[1])] : _cmd_splat(p[1])
            alternatives = [a * v for a in alternatives for v in values]
        end
        append!(exec, alternatives)
    end
    Cmd(exec)
end
_cmd_splat(v::Cmd) = v.exec
_cmd_splat(v::AbstractString) = [String(v)]
_cmd_splat(v::Union{AbstractArray, Tuple}) = String[string(x) for x in v]
_cmd_splat(v) = [string(v)]

# ---- running -----------------------------------------------------------------------------------

"""
    Process

A started command: `p.exitcode` and `p.termsignal` once it ended, `success(p)`, `wait(p)`,
`process_running(p)`, `process_exited(p)`, `kill(p)`; shown as `Process(`cmd`, ProcessExited(0))`.
One made by `open(cmd)` is an IO: reading reads the command's output (`p.out`), writing writes
to its input (`p.in`).
"""
mutable struct Process <: IO
    cmd::Cmd
    handle::Any      # the Java process's id while it may run (ProcessBuiltins), then nothing
    in::IO
    out::IO
    exitcode::Int64
    termsignal::Int32
end
Process(cmd::Cmd, exitcode::Integer, termsignal::Integer) = Process(cmd, nothing, devnull, devnull, exitcode, termsignal)
function show(io::IO, p::Process)
    print(io, "Process(", p.cmd, ", ")
    if process_running(p)
        print(io, "ProcessRunning")
    elseif p.termsignal != 0
        print(io, "ProcessSignaled(", p.termsignal, ")")
    else
        print(io, "ProcessExited(", p.exitcode, ")")
    end
    print(io, ")")
end
# the end of a process started without waiting: its status, once
function _reap(p::Process)
    h = p.handle
    h === nothing && return p
    code, sig = _proc_wait(h)
    p.handle = nothing
    p.exitcode = code
    p.termsignal = sig
    p
end
"""
    wait(p::Process)

Waits for the process to end (and its output to be copied where it goes).
"""
wait(p::Process) = (_reap(p); nothing)
process_running(p::Process) = p.handle !== nothing && _proc_running(p.handle)
process_exited(p::Process) = !process_running(p) && (_reap(p); true)
success(p::Process) = (_reap(p); p.exitcode == 0 && p.termsignal == 0)
"""
    kill(p::Process, signum = Base.SIGTERM)

Sends the process a signal: `Base.SIGTERM` (15) or `Base.SIGKILL` (9), the two the JVM can send.
"""
kill(p::Process, signum::Integer = SIGTERM) = (p.handle === nothing || _proc_kill(p.handle, Int64(signum)); nothing)
const SIGTERM = 15
const SIGKILL = 9
# reading and writing a process opened with open(cmd, mode)
read(p::Process) = read(p.out)
read(p::Process, ::Type{String}) = read(p.out, String)
read(p::Process, n::Integer) = read(p.out, n)
read(p::Process, ::Type{UInt8}) = read(p.out, UInt8)
readline(p::Process; keep::Bool = false) = readline(p.out; keep = keep)
readlines(p::Process; keep::Bool = false) = readlines(p.out; keep = keep)
eachline(p::Process; keep::Bool = false) = eachline(p.out; keep = keep)
readavailable(p::Process) = readavailable(p.out)
eof(p::Process) = eof(p.out)
write(p::Process, s::String) = write(p.in, s)
write(p::Process, c::Char) = write(p.in, c)
write(p::Process, x::Union{UInt8, AbstractVector{UInt8}}) = write(p.in, x)
flush(p::Process) = flush(p.in)
isopen(p::Process) = isopen(p.in) || isopen(p.out)
"""
    close(p::Process)

Closes the process's input (it sees the end of its input) and its output to us.
"""
close(p::Process) = (p.in === devnull || close(p.in); p.out === devnull || close(p.out); nothing)
closewrite(p::Process) = (p.in === devnull || close(p.in); nothing)
struct ProcessFailedException <: Exception
    procs::Vector{Process}
end
function showerror(io::IO, e::ProcessFailedException)
    if length(e.procs) == 1
        println(io, "failed process: ", e.procs[1], " [", e.procs[1].exitcode, "]")
    else
        println(io, "failed processes:")
        for p in e.procs
            println(io, "  ", p, " [", p.exitcode, "]")
        end
    end
end

# runs cmd with `input` bytes (nothing: the program's stdin) and its output to `out` (an IO, or
# nothing to return it): (exit code, captured bytes or nothing)
function _exec(cmd::Cmd, input, out, err)
    isempty(cmd.exec) && throw(ArgumentError("cannot spawn empty command"))
    direct = out isa Union{IOStream, IOBuffer} ? out : nothing
    r = _spawn(cmd.exec, cmd.dir, cmd.env, input, direct, _err_stream(err))
    r[1] < 0 && throw(IOError(string("could not spawn ", repr(cmd), ": ", r[2]), r[1]))
    if direct === nothing && out !== nothing
        write(out, r[2])
        return (r[1], nothing)
    end
    r
end
# where a child's stderr goes: nothing discards it (devnull)
_err_stream(err) = err === devnull ? nothing : err isa Union{IOStream, IOBuffer} ? err : stderr
# the commands of a pipeline running at once, each one's output the next one's input
function _exec_pipeline(cmds, input, out, err)
    for c in cmds
        isempty(c.exec) && throw(ArgumentError("cannot spawn empty command"))
    end
    direct = out isa Union{IOStream, IOBuffer} ? out : nothing
    r = _spawn_pipeline([c.exec for c in cmds], [c.dir for c in cmds], Any[c.env for c in cmds], input, direct, _err_stream(err))
    r[1] isa Integer && throw(IOError(string("could not spawn ", repr(cmds[r[3]]), ": ", r[2]), r[1]))
    if direct === nothing && out !== nothing
        write(out, r[2])
        return (r[1], nothing, r[3])
    end
    r
end
function _check(cmd::Cmd, code)
    p = Process(cmd, code, 0)
    code == 0 || cmd.ignorestatus || throw(ProcessFailedException([p]))
    p
end
"""
    run(cmd; wait = true)

Runs the command to its end, its output going to `stdout` and `stderr`; a non-zero exit status
is a `ProcessFailedException` unless `ignorestatus(cmd)`. Returns the `Process`. With `wait =
false` it returns the running `Process` at once (`wait(p)`, `success(p)` and `kill(p)` then).
"""
function run(cmd::Cmd; wait::Bool = true)
    wait || return _start(cmd, false, stdout, stderr)
    _check(cmd, _exec(cmd, nothing, stdout, stderr)[1])
end
# starts cmd without waiting: its input a pipe we write (or ours), its output a pipe we read
# (out nothing) or copied to out, its errors copied to err
function _start(cmd::Cmd, input_pipe::Bool, out, err)
    isempty(cmd.exec) && throw(ArgumentError("cannot spawn empty command"))
    r = _spawn_async(cmd.exec, cmd.dir, cmd.env, input_pipe, out, err isa Union{IOStream, IOBuffer} ? err : stderr)
    r[1] < 0 && throw(IOError(string("could not spawn ", repr(cmd), ": ", r[2]), r[1]))
    Process(cmd, r[1], something(r[2], devnull), something(r[3], devnull), typemin(Int64), 0)
end
"""
    open(cmd, mode = "r")
    open(f, cmd, mode = "r")

Starts the command and returns its `Process`, to read its output from (`"r"`), write its input
to (`"w"`; its output goes to `stdout`) or both (`"r+"`). With `f`: calls `f(p)`, closes the
input, waits for the command and returns what `f` returned (a failed command is a
`ProcessFailedException`).
"""
function open(cmd::Cmd, mode::AbstractString = "r")
    mode in ("r", "w", "r+", "w+") || throw(ArgumentError(string("mode must be \"r\" or \"w\", not \"", mode, "\"")))
    _start(cmd, mode != "r", mode == "w" ? stdout : nothing, stderr)
end
function open(f::Function, cmd::Cmd, mode::AbstractString = "r")
    p = open(cmd, mode)
    ret = try
        f(p)
    catch
        kill(p)
        rethrow()
    finally
        closewrite(p)
    end
    success(p) || cmd.ignorestatus || throw(ProcessFailedException([p]))
    ret
end
"""
    read(cmd) -> Vector{UInt8}
    read(cmd, String)
    readchomp(cmd)

The command's standard output (the command must succeed).
"""
function read(cmd::Cmd)
    code, bytes = _exec(cmd, nothing, nothing, stderr)
    _check(cmd, code)
    bytes
end
read(cmd::Cmd, ::Type{String}) = String(read(cmd))
readchomp(x) = chomp(read(x, String))
readlines(cmd::Cmd; keep::Bool = false) = readlines(IOBuffer(read(cmd)); keep = keep)
eachline(cmd::Cmd; keep::Bool = false) = readlines(cmd; keep = keep)
"""
    success(cmd)

Runs the command and says whether it exited with status 0 (its output goes to `stdout`).
"""
success(cmd::Cmd) = _exec(cmd, nothing, stdout, stderr)[1] == 0

"""
    pipeline(cmd; stdin, stdout, stderr, append = false)
    pipeline(cmd1, cmd2, ...)

The command with its streams redirected (a file name or an IO), or commands each reading the
output of the one before, all running at once (`pipeline(`yes`, `head -n 2`)` ends when `head`
does).
"""
struct CmdPipeline
    cmds::Vector{Cmd}
    stdin::Any
    stdout::Any
    stderr::Any
    append::Bool
end
pipeline(cmd::Cmd; stdin = nothing, stdout = nothing, stderr = nothing, append::Bool = false) = CmdPipeline([cmd], stdin, stdout, stderr, append)
pipeline(p::CmdPipeline; stdin = p.stdin, stdout = p.stdout, stderr = p.stderr, append::Bool = p.append) = CmdPipeline(p.cmds, stdin, stdout, stderr, append)
pipeline(a::Union{Cmd, CmdPipeline}, b::Union{Cmd, CmdPipeline}, more::Union{Cmd, CmdPipeline}...) =
    CmdPipeline(vcat(_cmds(a), _cmds(b), [c for m in more for c in _cmds(m)]), _first_stdin(a), _last(b, more).stdout, nothing, false)
# a chain ending or starting with a file name or a stream, as Julia's pipeline(src, args...)
pipeline(a, b, c, more...) = pipeline(pipeline(a, b), c, more...)
pipeline(a::Union{Cmd, CmdPipeline}, file::AbstractString) = pipeline(a; stdout = file)
pipeline(file::AbstractString, a::Union{Cmd, CmdPipeline}) = pipeline(a; stdin = file)
pipeline(a::Union{Cmd, CmdPipeline}, io::IO) = pipeline(a; stdout = io)
pipeline(io::IO, a::Union{Cmd, CmdPipeline}) = pipeline(a; stdin = io)
_cmds(c::Cmd) = [c]
_cmds(p::CmdPipeline) = p.cmds
_first_stdin(c::Cmd) = nothing
_first_stdin(p::CmdPipeline) = p.stdin
_last(b, more) = isempty(more) ? _as_pipeline(b) : _as_pipeline(more[end])
_as_pipeline(c::Cmd) = pipeline(c)
_as_pipeline(p::CmdPipeline) = p
function show(io::IO, p::CmdPipeline)
    print(io, "pipeline(")
    join(io, [repr(c) for c in p.cmds], ", ")
    p.stdin === nothing || print(io, ", stdin=", repr(p.stdin))
    p.stdout === nothing || print(io, ", stdout=", repr(p.stdout))
    p.stderr === nothing || print(io, ", stderr=", repr(p.stderr))
    print(io, ")")
end
# (exit codes, output of the last command when out is nothing)
function _exec(p::CmdPipeline, out)
    input = p.stdin === nothing ? nothing : p.stdin isa AbstractString ? read(p.stdin) : read(p.stdin)
    err = p.stderr === nothing ? stderr : p.stderr
    errfile = err isa AbstractString ? open(err, p.append ? "a" : "w") : nothing
    dest = p.stdout === nothing ? out : p.stdout
    try
        if length(p.cmds) == 1
            spawn1 = io -> _exec(p.cmds[1], input, io, something(errfile, err))
            r = dest isa AbstractString ? open(spawn1, dest, p.append ? "a" : "w") : spawn1(dest)
            return ([r[1]], r[2], [0])
        end
        spawn = io -> _exec_pipeline(p.cmds, input, io, something(errfile, err))
        return dest isa AbstractString ? open(spawn, dest, p.append ? "a" : "w") : spawn(dest)
    finally
        errfile === nothing || close(errfile)
    end
end
function _check(p::CmdPipeline, r)
    procs = _procs(p, r)
    failed = [q for q in procs if (q.exitcode != 0 || q.termsignal != 0) && !q.cmd.ignorestatus]
    isempty(failed) || throw(ProcessFailedException(failed))
    length(procs) == 1 ? procs[1] : procs
end
run(p::CmdPipeline; wait::Bool = true) = _check(p, _exec(p, stdout))
function read(p::CmdPipeline)
    r = _exec(p, nothing)
    _check(p, r)
    r[2] === nothing ? UInt8[] : r[2]
end
read(p::CmdPipeline, ::Type{String}) = String(read(p))
success(p::CmdPipeline) = all(success, _procs(p, _exec(p, stdout)))
_procs(p::CmdPipeline, r) = [Process(c, code, sig) for (c, code, sig) in zip(p.cmds, r[1], r[3])]
