# IOContext: an IO stream with properties that show methods pass down (:compact, :limit,
# :typeinfo, ...). Here it also carries Julia's :SHOWN_SET entries, with which printing a
# container that contains itself prints `#= circular reference @-d =#` instead of recursing.

"""
    IOContext(io::IO, key => value, ...)

Wrap `io` with properties (`key => value` pairs) that `show` methods can read with
`get(io, key, default)`, such as `:compact => true`. Writing to it writes to `io`.
"""
struct IOContext{IO_t <: IO} <: IO
    io::IO_t
    dict::Tuple     # the pairs, newest first
end
IOContext(io::IO) = IOContext(io, ())
IOContext(io::IOContext) = io
IOContext(io::IO, kv::Pair) = IOContext(io, (kv,))
IOContext(io::IOContext, kv::Pair) = IOContext(io.io, (kv, io.dict...))
IOContext(io::IO, kv::Pair, kvs::Pair...) = IOContext(IOContext(io, kv), kvs...)
"""
    IOContext(io::IO, context::IOContext)

An `IOContext` writing to `io` with the properties of `context`.
"""
IOContext(io::IO, context::IOContext) = IOContext(io isa IOContext ? io.io : io, context.dict)
IOContext(io::IO, context::IO) = IOContext(io isa IOContext ? io.io : io, ())   # a plain stream has no properties

write(io::IOContext, s::String) = write(io.io, s)
write(io::IOContext, c::Char) = write(io.io, c)
write(io::IOContext, b::UInt8) = write(io.io, b)
flush(io::IOContext) = flush(io.io)
# reading through a context reads the stream it wraps (Julia's IOContext is an AbstractPipe)
eof(io::IOContext) = eof(io.io)
isopen(io::IOContext) = isopen(io.io)
close(io::IOContext) = close(io.io)
_readline(io::IOContext, keep::Bool) = _readline(io.io, keep)
_read_all(io::IOContext) = _read_all(io.io)
_read_byte(io::IOContext) = _read_byte(io.io)
_peek_byte(io::IOContext) = _peek_byte(io.io)
_read_n(io::IOContext, n::Int64) = _read_n(io.io, n)
readavailable(io::IOContext) = readavailable(io.io)
bytesavailable(io::IOContext) = bytesavailable(io.io)
getindex(io::IOContext, key) = (v = get(io, key, _secret_table_token); v === _secret_table_token ? throw(KeyError(key)) : v)
keys(io::IOContext) = map_tuple(kv -> kv.first, io.dict)

function get(io::IOContext, key, default)
    for kv in io.dict
        kv.first === key && return kv.second
    end
    default
end
get(io::IO, key, default) = default
function haskey(io::IOContext, key)
    for kv in io.dict
        kv.first === key && return true
    end
    false
end
haskey(io::IO, key) = false
function in(key_value::Pair, io::IOContext)
    for kv in io.dict
        kv.first === key_value.first && kv.second === key_value.second && return true
    end
    false
end
in(key_value::Pair, io::IO) = false
function show(io::IO, ctx::IOContext)
    print(io, "IOContext(")
    show(io, ctx.io)
    print(io, ")")
end

# Whether x is being shown already (an enclosing container): then prints the marker, with d
# counting the containers from the innermost outward, as Julia does.
show_circular(io::IO, x) = false
function show_circular(io::IOContext, x)
    d = 1
    for kv in io.dict
        if kv.first === :SHOWN_SET
            if kv.second === x
                print(io, "#= circular reference @-", d, " =#")
                return true
            end
            d += 1
        end
    end
    false
end

"""
    devnull

Used in a stream redirect to discard all data written to it.
"""
struct DevNull <: IO end
const devnull = DevNull()
write(::DevNull, s::String) = ncodeunits(s)
write(::DevNull, c::Char) = ncodeunits(string(c))
write(::DevNull, ::UInt8) = 1
flush(::DevNull) = nothing
isopen(::DevNull) = true
close(::DevNull) = nothing
show(io::IO, ::DevNull) = print(io, "Base.DevNull()")

# WeakRef (a Java weak reference): shown, compared and hashed by the value it still holds
show(io::IO, w::WeakRef) = (print(io, "WeakRef("); show(io, w.value); print(io, ")"))
==(w::WeakRef, v::WeakRef) = isequal(w.value, v.value)
==(w::WeakRef, v) = isequal(w.value, v)
==(w, v::WeakRef) = isequal(w, v.value)
hash(w::WeakRef, h::UInt) = hash(w.value, h)

# Values of the host or other languages (see docs/embedding.md): they print as they describe
# themselves; a ForeignArray prints and behaves as an AbstractVector{Any}.
show(io::IO, x::ForeignObject) = print(io, _foreign_string(x))
eltype(::ForeignArray) = Any
