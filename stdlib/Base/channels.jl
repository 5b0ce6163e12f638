# Channels (Julia's base/channels.jl). A Channel{T} is a Java object (runtime/tasks/JlChannel);
# put!, take!, fetch, wait, isopen and eltype on it are Java builtins.

struct InvalidStateException <: Exception
    msg::String
    state::Symbol
end
showerror(io::IO, ex::InvalidStateException) = print(io, "InvalidStateException: ", ex.msg)

closed_exception() = InvalidStateException("Channel is closed.", :closed)

Channel(sz::Real=0) = Channel{Any}(sz)
IteratorSize(::Type{<:Channel}) = SizeUnknown()   # (no length: a comprehension over it grows its array)

"""
    Channel{T=Any}(func::Function, size=0; taskref=nothing, spawn=false)
    Channel(func; ctype=Any, csize=0, taskref=nothing, spawn=false)

A channel fed by a task running `func(channel)`; the channel closes when the task ends (with
its error if it fails).
"""
function Channel{T}(func::Function, sz::Real = 0; taskref = nothing, spawn::Bool = false) where {T}
    c = Channel{T}(sz)
    t = _channel_start(c, func)
    taskref === nothing || (taskref[] = t)
    c
end
Channel(func::Function; ctype=Any, csize=0, taskref=nothing, spawn::Bool=false) = Channel{ctype}(func, csize; taskref=taskref, spawn=spawn)
Channel(func::Function, sz::Real; taskref=nothing, spawn::Bool=false) = Channel{Any}(func, sz; taskref=taskref, spawn=spawn)

# Channel{T}(f, size): the Java constructor calls this with the new channel.
_channel_run(c::Channel, func) = (_channel_start(c, func); nothing)

function _channel_start(c::Channel, func)
    t = Task(() -> func(c))
    bind(c, t)
    schedule(t)
    t
end

"""
    bind(chnl::Channel, task::Task)

Close `chnl` when `task` ends; if the task fails, takers see a `TaskFailedException`.
"""
function bind(c::Channel, task::Task)
    _task_add_hook(task, () -> _close_chnl_on_taskdone(task, c))
    c
end

function _close_chnl_on_taskdone(t::Task, c::Channel)
    isopen(c) || return nothing
    if istaskfailed(t) && _task_result(t) isa Exception
        close(c, TaskFailedException(t))
    else
        close(c)
    end
    nothing
end

"""
    close(c::Channel[, excp::Exception])

Close the channel: `put!` then throws `excp` (by default an `InvalidStateException`), and so
do `take!` and `fetch` once the buffered items are gone.
"""
close(c::Channel, excp::Exception=closed_exception()) = _channel_close(c, excp)

isbuffered(c::Channel) = _channel_capacity(c) > 0
isready(c::Channel) = _channel_navail(c) > 0
n_avail(c::Channel) = _channel_navail(c)
isempty(c::Channel) = _channel_navail(c) == 0
push!(c::Channel, v) = put!(c, v)
popfirst!(c::Channel) = take!(c)

# for x in c: take! until the channel is closed and drained
function iterate(c::Channel, state=nothing)
    if isopen(c) || isready(c)
        try
            return (take!(c), nothing)
        catch e
            if isa(e, InvalidStateException) && e.state === :closed
                return nothing
            else
                rethrow()
            end
        end
    else
        return nothing
    end
end

function collect(c::Channel)
    v = _new_vector(eltype(c), 0)
    for x in c
        push!(v, x)
    end
    v
end

show(io::IO, c::Channel) = print(io, typeof(c), "(", _channel_capacity(c), ")")
# as Julia's channels.jl: the display says what a taker would find
function show(io::IO, ::MIME"text/plain", c::Channel)
    show(io, c)
    get(io, :compact, false) && return
    if !isopen(c)
        print(io, " (closed)")
    else
        n = n_avail(c)
        print(io, n == 0 ? " (empty)" : n == 1 ? " (1 item available)" : string(" (", n, " items available)"))
    end
end
