# ENV: the process environment as a dictionary of strings, as Julia's Base.EnvDict. It reads
# through the language context (an embedder's sandbox decides what is visible); assigning or
# deleting a variable changes what ENV shows in this context.

struct EnvDict <: AbstractDict{String,String} end
const ENV = EnvDict()

_env_key(k) = k isa AbstractString ? String(k) : throw(ArgumentError("environment variable names are strings, got $(repr(k))"))
function getindex(::EnvDict, k::AbstractString)
    v = _getenv(_env_key(k))
    v === nothing && throw(KeyError(k))
    return v
end
get(::EnvDict, k::AbstractString, default) = (v = _getenv(_env_key(k)); v === nothing ? default : v)
haskey(::EnvDict, k::AbstractString) = _getenv(_env_key(k)) !== nothing
in(p::Pair, e::EnvDict) = get(e, p.first, nothing) == p.second
setindex!(::EnvDict, v, k::AbstractString) = (_setenv(_env_key(k), string(v)); v)
function delete!(e::EnvDict, k::AbstractString)
    _setenv(_env_key(k), nothing)
    return e
end
pop!(e::EnvDict, k::AbstractString, default) = (v = get(e, k, default); delete!(e, k); v)
pop!(e::EnvDict, k::AbstractString) = (v = e[k]; delete!(e, k); v)
get(::EnvDict, k, default) = default   # (names are strings: haskey(ENV, :X) is false)
keys(::EnvDict) = _env_names()
values(e::EnvDict) = [e[k] for k in keys(e)]
length(::EnvDict) = length(_env_names())
isempty(e::EnvDict) = length(e) == 0
function iterate(e::EnvDict, state = (_env_names(), 1))
    names, i = state
    i > length(names) && return nothing
    k = names[i]
    return (k => get(e, k, ""), (names, i + 1))
end
collect(e::EnvDict) = [p for p in e]
function show(io::IO, e::EnvDict)
    print(io, "Base.EnvDict(")
    first = true
    for (k, v) in e
        first || print(io, ", ")
        first = false
        print(io, repr(k), " => ", repr(v))
    end
    print(io, ")")
end

"""
    withenv(f, "NAME" => value, ...)

Runs `f()` with the environment variables set (a value of `nothing` unsets one), restoring
them afterwards.
"""
function withenv(f, keyvals::Pair...)
    old = Pair{String, Any}[]
    for (key, val) in keyvals
        push!(old, String(key) => get(ENV, String(key), nothing))
        val === nothing ? delete!(ENV, String(key)) : (ENV[String(key)] = string(val))
    end
    try
        return f()
    finally
        for (key, val) in reverse(old)
            val === nothing ? delete!(ENV, key) : (ENV[key] = val)
        end
    end
end

