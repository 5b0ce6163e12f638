"""
    Base64

Base64 encoding and decoding (RFC 4648, the standard alphabet), as Julia's standard library:
`base64encode`, `base64decode`, the streams `Base64EncodePipe` and `Base64DecodePipe`, and
`stringmime`. Decoding ignores characters outside the alphabet and accepts input without its
`=` padding; padding in any other place is an `ArgumentError`.
"""
module Base64

export Base64EncodePipe, base64encode, Base64DecodePipe, base64decode, stringmime

const _ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const _PAD = UInt8('=')
# decoding codes besides 0x00-0x3f: the end of input, a padding character, a character to skip
const _CODE_END = 0x40
const _CODE_PAD = 0x41
const _CODE_IGN = 0x42

function _decode_table()
    t = fill(_CODE_IGN, 256)
    for (i, c) in enumerate(_ALPHABET)
        t[c + 1] = UInt8(i - 1)
    end
    t[_PAD + 1] = _CODE_PAD
    t
end
const _DECODE = _decode_table()

"""
    Base64EncodePipe(ostream)

A write-only stream that writes the base64 encoding of the bytes written to it to `ostream`.
`close` it to write the last group (with its padding); that does not close `ostream`.

# Examples
```jldoctest
julia> io = IOBuffer();

julia> iob64_encode = Base64EncodePipe(io);

julia> write(iob64_encode, "Hello!")
6

julia> close(iob64_encode);

julia> str = String(take!(io))
"SGVsbG8h"

julia> String(base64decode(str))
"Hello!"
```
"""
mutable struct Base64EncodePipe <: IO
    io::IO
    # up to two bytes waiting for a third, in the low bits, and how many
    pending::UInt32
    npending::Int
end
Base64EncodePipe(io::IO) = Base64EncodePipe(io, UInt32(0), 0)

# the four characters of three bytes (the last n + 1 of them real when only n bytes are)
function _write_group(io::IO, bits::UInt32, nbytes::Int)
    for k in 0:3
        if k <= nbytes
            write(io, _ALPHABET[((bits >> (18 - 6k)) & 0x3f) + 1])
        else
            write(io, _PAD)
        end
    end
end

function Base.write(p::Base64EncodePipe, x::UInt8)
    p.pending = p.pending << 8 | x
    p.npending += 1
    if p.npending == 3
        _write_group(p.io, p.pending, 3)
        p.pending = UInt32(0)
        p.npending = 0
    end
    1
end

function Base.close(p::Base64EncodePipe)
    n = p.npending
    if n > 0
        _write_group(p.io, p.pending << (8 * (3 - n)), n)
        p.pending = UInt32(0)
        p.npending = 0
    end
    nothing
end
Base.isopen(p::Base64EncodePipe) = true
Base.iswritable(p::Base64EncodePipe) = true
Base.isreadable(p::Base64EncodePipe) = false

"""
    base64encode(writefunc, args...; context=nothing)
    base64encode(args...; context=nothing)

The base64 encoding, as a `String`, of what `writefunc(io, args...)` writes (`write` by default:
the bytes of strings and byte vectors, the machine bytes of numbers). `context` (a `:key => value`
pair, an `IO` or an `IOContext`) gives `writefunc`'s stream its properties.

# Examples
```jldoctest
julia> base64encode("hello")
"aGVsbG8="

julia> base64encode(print, 1 // 3)
"MS8vMw=="
```
"""
function base64encode(f::Function, args...; context = nothing)
    s = IOBuffer()
    b = Base64EncodePipe(s)
    f(context === nothing ? b : IOContext(b, context), args...)
    close(b)
    String(take!(s))
end
base64encode(args...; context = nothing) = base64encode(write, args...; context = context)

"""
    Base64DecodePipe(istream)

A read-only stream of the bytes that the base64 text read from `istream` encodes.

# Examples
```jldoctest
julia> io = IOBuffer();

julia> iob64_decode = Base64DecodePipe(io);

julia> write(io, "SGVsbG8h")
8

julia> seekstart(io);

julia> String(read(iob64_decode))
"Hello!"
```
"""
struct Base64DecodePipe <: IO
    io::IO
    # decoded bytes not read yet
    rest::Vector{UInt8}
end
Base64DecodePipe(io::IO) = Base64DecodePipe(io, UInt8[])

# the decoding code of the next character that is not skipped, or _CODE_END at the end
function _next_code(io::IO)
    while !eof(io)
        c = _DECODE[read(io, UInt8) + 1]
        c == _CODE_IGN || return c
    end
    _CODE_END
end

# decodes the next group of four codes into p.rest; false at the end of the input
function _decode_group!(p::Base64DecodePipe)
    b1 = _next_code(p.io)
    b1 == _CODE_END && return false
    b2 = _next_code(p.io)
    b3 = _next_code(p.io)
    b4 = b3 == _CODE_END ? _CODE_END : _next_code(p.io)
    if b1 < 0x40 && b2 < 0x40 && b3 < 0x40 && b4 < 0x40
        k = 3
    elseif b1 < 0x40 && b2 < 0x40 && b3 < 0x40 && (b4 == _CODE_PAD || b4 == _CODE_END)
        b4 = 0x00
        k = 2
    elseif b1 < 0x40 && b2 < 0x40 && (b3 == _CODE_PAD || b3 == _CODE_END) && (b4 == _CODE_PAD || b4 == _CODE_END)
        b3 = b4 = 0x00
        k = 1
    else
        throw(ArgumentError("malformed base64 sequence"))
    end
    push!(p.rest, b1 << 2 | b2 >> 4)
    k >= 2 && push!(p.rest, b2 << 4 | b3 >> 2)
    k >= 3 && push!(p.rest, b3 << 6 | b4)
    true
end

Base.eof(p::Base64DecodePipe) = isempty(p.rest) && !_decode_group!(p)
function Base.read(p::Base64DecodePipe, ::Type{UInt8})
    eof(p) && throw(EOFError())
    popfirst!(p.rest)
end
function Base.read(p::Base64DecodePipe)
    out = UInt8[]
    while !eof(p)
        append!(out, p.rest)
        empty!(p.rest)
    end
    out
end
Base.read(p::Base64DecodePipe, ::Type{String}) = String(read(p))
function Base.read(p::Base64DecodePipe, nb::Integer)
    out = UInt8[]
    while length(out) < nb && !eof(p)
        push!(out, popfirst!(p.rest))
    end
    out
end
Base.readavailable(p::Base64DecodePipe) = read(p)
Base.close(p::Base64DecodePipe) = nothing
Base.isopen(p::Base64DecodePipe) = true
Base.isreadable(p::Base64DecodePipe) = true
Base.iswritable(p::Base64DecodePipe) = false

"""
    base64decode(string)

The bytes, as a `Vector{UInt8}`, that the base64 `string` encodes.

# Examples
```jldoctest
julia> b = base64decode("SGVsbG8h")
6-element Vector{UInt8}:
 0x48
 0x65
 0x6c
 0x6c
 0x6f
 0x21

julia> String(b)
"Hello!"
```
"""
base64decode(s) = read(Base64DecodePipe(IOBuffer(s)))

"""
    stringmime(mime, x; context=nothing)

`x` shown as `mime`, as a `String`: the text itself for a text MIME type, else the base64
encoding of the bytes `show(io, mime, x)` writes.
"""
stringmime(m::MIME, x; context = nothing) =
    istextmime(m) ? repr(m, x; context = context) : base64encode(show, m, x; context = context)
stringmime(m::AbstractString, x; context = nothing) = stringmime(MIME(m), x; context = context)

end
