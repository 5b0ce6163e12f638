# Files and streams: open/close, reading lines and bytes (files, stdin, IOBuffer), and the
# file system (isfile, rm, mkdir, readdir, paths). The Java half is FileBuiltins.java.

SystemError(prefix::AbstractString, errnum::Integer) = SystemError(prefix, errnum, nothing)
showerror(io::IO, e::SystemError) = print(io, "SystemError: ", e.prefix, ": ", _strerror(e.errnum))
showerror(io::IO, e::IOError) = print(io, "IOError: ", e.msg)
struct EOFError <: Exception end
showerror(io::IO, e::EOFError) = print(io, "EOFError: read end of file")

"""
    open(filename, mode = "r") -> IOStream
    open(filename; read, write, append) -> IOStream
    open(f, filename, args...)

Opens a file: `"r"` to read, `"w"` to write (created or emptied), `"a"` to append, `"r+"`,
`"w+"`, `"a+"` to do both. With a function (a `do` block) first, calls it with the stream
and closes the stream afterwards, even when the function throws.
"""
function open(path::AbstractString, mode::AbstractString)
    flags = mode == "r" ? (true, false, false, false, false) : mode == "r+" ? (true, true, false, false, false) :
            mode == "w" ? (false, true, true, true, false) : mode == "w+" ? (true, true, true, true, false) :
            mode == "a" ? (false, true, true, false, true) : mode == "a+" ? (true, true, true, false, true) :
            throw(ArgumentError(string("invalid open mode: ", mode)))
    _open(String(path), flags...)
end
# Julia's open_flags: write alone creates and truncates; truncate or append imply write and create;
# read is the default when nothing writes
function open(path::AbstractString; read::Union{Bool,Nothing} = nothing, write::Union{Bool,Nothing} = nothing,
              create::Union{Bool,Nothing} = nothing, truncate::Union{Bool,Nothing} = nothing, append::Union{Bool,Nothing} = nothing)
    if write === true && read !== true && append !== true
        create === nothing && (create = true)
        truncate === nothing && (truncate = true)
    end
    if truncate === true || append === true
        write === nothing && (write = true)
        create === nothing && (create = true)
    end
    write === nothing && (write = false)
    read === nothing && (read = !write)
    _open(String(path), read, write, create === true, truncate === true, append === true)
end
function open(f::Function, path::AbstractString, args...; kws...)
    io = open(path, args...; kws...)
    try
        f(io)
    finally
        close(io)
    end
end

"""
    readline(io::IO = stdin; keep = false) -> String

The next line of `io`, without its line break unless `keep`; `""` at the end of the stream.
"""
readline(io::IO = stdin; keep::Bool = false) = (l = _readline(io, keep); l === nothing ? "" : l)
readline(path::AbstractString; keep::Bool = false) = open(io -> readline(io; keep = keep), path)
# the next element of a Stateful iterator, not taken (sentinel when there is none)
peek(s::Iterators.Stateful, sentinel = nothing) = s.next === nothing ? sentinel : s.next[1]
function popfirst!(s::Iterators.Stateful)
    y = iterate(s)
    y === nothing && throw(EOFError())
    y[1]
end

"""
    readuntil(io::IO, delim; keep::Bool = false)
    readuntil(filename::AbstractString, delim; keep::Bool = false)

The text of `io` up to the delimiter (a character or a string), which is consumed and left
out unless `keep`; the rest of the stream if the delimiter never comes.
"""
function readuntil(io::IO, delim::AbstractChar; keep::Bool = false)
    out = IOBuffer()
    while !eof(io)
        c = read(io, Char)
        c == delim && (keep && print(out, c); break)
        print(out, c)
    end
    String(take!(out))
end
function readuntil(io::IO, delim::AbstractString; keep::Bool = false)
    d = collect(delim)
    isempty(d) && return ""
    cs = Char[]
    while !eof(io)
        push!(cs, read(io, Char))
        n = length(cs)
        if n >= length(d) && cs[n-length(d)+1:n] == d
            keep || resize!(cs, n - length(d))
            return join(cs)
        end
    end
    join(cs)
end
# any other delimiter: values of its type read one at a time (Julia's io.jl); a UInt8 gives bytes
function readuntil(io::IO, delim::T; keep::Bool = false) where {T}
    out = T[]
    while !eof(io)
        c = read(io, T)
        if c == delim
            keep && push!(out, c)
            break
        end
        push!(out, c)
    end
    out
end
# a vector delimiter: elements of its type up to that sequence
function readuntil(io::IO, target::AbstractVector{T}; keep::Bool = false) where {T}
    out = T[]
    m = length(target)
    m == 0 && return out
    while !eof(io)
        push!(out, read(io, T))
        n = length(out)
        if n >= m && view(out, n-m+1:n) == target
            keep || resize!(out, n - m)
            break
        end
    end
    out
end
readuntil(path::AbstractString, delim; keep::Bool = false) = open(io -> readuntil(io, delim; keep = keep), path)

"""
    readlines(io::IO = stdin; keep = false) -> Vector{String}
    readlines(filename; keep = false)

All the lines left in `io` (or in the file).
"""
function readlines(io::IO = stdin; keep::Bool = false)
    out = String[]
    while true
        l = _readline(io, keep)
        l === nothing && return out
        push!(out, l)
    end
end
readlines(path::AbstractString; keep::Bool = false) = open(io -> readlines(io; keep = keep), path)

struct EachLine{IOT<:IO}
    stream::IOT
    ondone
    keep::Bool
end
IteratorSize(::Type{<:EachLine}) = SizeUnknown()
"""
    eachline(io::IO = stdin; keep = false)
    eachline(filename; keep = false)

An iterator over the lines of `io` (or of the file, which is closed when the lines run out).
"""
eachline(io::IO = stdin; keep::Bool = false) = EachLine(io, nothing, keep)
eachline(path::AbstractString; keep::Bool = false) = (io = open(path); EachLine(io, () -> close(io), keep))

"""
    countlines(io_or_path)

The number of lines (a last line without a newline counts too).
"""
function countlines(io::IO)
    n = 0
    for _ in eachline(io)
        n += 1
    end
    return n
end
countlines(path::AbstractString) = open(countlines, path)
function iterate(it::EachLine, state = nothing)
    l = _readline(it.stream, it.keep)
    if l === nothing
        it.ondone === nothing || it.ondone()
        return nothing
    end
    (l, nothing)
end
eltype(::Type{<:EachLine}) = String

"""
    read(io::IO) -> Vector{UInt8}
    read(io::IO, String) -> String
    read(filename[, String])

Everything left in the stream (or the whole file), as bytes or as a string.
"""
read(io::IO) = _read_all(io)
read(io::IO, ::Type{String}) = String(_read_all(io))
function read(io::IO, ::Type{UInt8})
    b = _read_byte(io)
    b < 0 && throw(EOFError())
    UInt8(b)
end
"""
    peek(io::IO[, UInt8])

The next byte of the stream, without reading it; an `EOFError` at the end.
"""
function peek(io::IO, ::Type{UInt8} = UInt8)
    b = _peek_byte(io)
    b < 0 && throw(EOFError())
    UInt8(b)
end
# any other type: read one, then go back (the stream must be seekable)
function peek(io::IO, ::Type{T}) where {T}
    mark(io)
    try
        return read(io, T)
    finally
        reset(io)
    end
end
"""
    readeach(io, T)

The values of type `T` read from `io` one after another until its end, as a lazy iterator.
"""
readeach(io::IO, ::Type{T}) where {T} = ReadEachIterator{T, typeof(io)}(io)
struct ReadEachIterator{T, IOT<:IO}
    stream::IOT
end
iterate(r::ReadEachIterator{T}, state = nothing) where {T} = eof(r.stream) ? nothing : (read(r.stream, T), nothing)
IteratorSize(::Type{<:ReadEachIterator}) = SizeUnknown()
eltype(::Type{ReadEachIterator{T, IOT}}) where {T, IOT} = T
"""
    skipchars(predicate, io; linecomment = nothing)

Reads past the characters for which `predicate` holds (and past the rest of a line that starts
with `linecomment`), leaving `io` at the first other one.
"""
function skipchars(predicate, io::IO; linecomment = nothing)
    while !eof(io)
        c = read(io, Char)
        if c === linecomment
            readline(io)
        elseif !predicate(c)
            skip(io, -ncodeunits(c))
            break
        end
    end
    io
end
# A Char of UTF-8 as Julia reads one: the lead byte and the continuation bytes that follow it
# (up to what the lead byte allows); malformed input gives a malformed Char, not an error
function read(io::IO, ::Type{Char})
    b0 = read(io, UInt8)
    n = b0 < 0xc0 ? 0 : b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : b0 < 0xf8 ? 3 : 0
    bytes = UInt8[b0]
    while n > 0 && !eof(io) && (peek(io) & 0xc0) == 0x80
        push!(bytes, read(io, UInt8))
        n -= 1
    end
    String(bytes)[1]
end
read(path::AbstractString) = open(read, path)
read(path::AbstractString, ::Type{String}) = open(io -> read(io, String), path)
read(path::AbstractString, x, xs...) = open(io -> read(io, x, xs...), path)

write(io::IO, bytes::Vector{UInt8}) = write(io, String(copy(bytes)))
write(io::IO, s::SubString) = write(io, String(s))
write(io::Union{IOStream, IOBuffer}, b::UInt8) = write(io, UInt8[b])
# An IO type of one's own needs only write(io, ::UInt8), as in Julia: strings (and so print and
# show) go through it byte by byte (the Java-backed streams write strings themselves).
function write(io::IO, s::String)
    n = 0
    for b in codeunits(s)
        n += write(io, b)
    end
    n
end
write(io::IO, c::Char) = write(io, string(c))
"""
    write(io::IO, x...)

Writes each argument: strings and characters as UTF-8, numbers as their bytes in memory
(little-endian, as `read(io, T)` reads them back); returns the number of bytes written.
"""
function write(io::IO, x1, x2, xs...)
    n = write(io, x1) + write(io, x2)
    for x in xs
        n += write(io, x)
    end
    n
end
const _MultiByteInteger = Union{Int16, Int32, Int64, Int128, UInt16, UInt32, UInt64, UInt128}
function write(io::IO, x::_MultiByteInteger)
    bytes = Vector{UInt8}(undef, sizeof(x))
    for i in 1:sizeof(x)
        bytes[i] = x % UInt8
        x >>>= 8
    end
    write(io, bytes)
end
write(io::IO, x::Int8) = write(io, x % UInt8)
write(io::IO, x::Bool) = write(io, UInt8(x))
write(io::IO, x::Float16) = write(io, reinterpret(UInt16, x))
write(io::IO, x::Float32) = write(io, reinterpret(UInt32, x))
write(io::IO, x::Float64) = write(io, reinterpret(UInt64, x))
write(io::IO, a::Array{T}) where {T<:Union{_MultiByteInteger, Int8, Bool, Float16, Float32, Float64}} = (n = 0; for x in a; n += write(io, x); end; n)
write(to::IO, from::IOBuffer) = write(to, read(from))
write(io::IO, s::Symbol) = write(io, String(s))
write(io::IO, r::Ref) = write(io, r[])
# any array of numbers (a view, a range): its elements' bytes, in order
write(io::IO, a::AbstractArray{T}) where {T<:Union{_MultiByteInteger, Int8, UInt8, Bool, Float16, Float32, Float64}} = (n = 0; for x in a; n += write(io, x); end; n)
function read(io::IO, ::Type{T}) where {T<:_MultiByteInteger}
    bytes = read(io, sizeof(T))
    length(bytes) < sizeof(T) && throw(EOFError())
    x = zero(T)
    for i in sizeof(T):-1:1
        x = (x << 8) | (bytes[i] % T)
    end
    x
end
read(io::IO, ::Type{Int8}) = read(io, UInt8) % Int8
read(io::IO, ::Type{Bool}) = read(io, UInt8) != 0x00
read(io::IO, ::Type{Float16}) = reinterpret(Float16, read(io, UInt16))
read(io::IO, ::Type{Float32}) = reinterpret(Float32, read(io, UInt32))
read(io::IO, ::Type{Float64}) = reinterpret(Float64, read(io, UInt64))
"""
    read(io::IO, nb::Integer) -> Vector{UInt8}

Up to `nb` bytes: fewer when the stream ends first.
"""
read(io::IO, nb::Integer) = nb < 0 ? throw(ArgumentError("negative nbytes")) : _read_n(io, Int(nb))
readavailable(io::IO) = read(io, bytesavailable(io))
"""
    read!(io::IO, a::Vector{UInt8})

Fills `a` from the stream; an `EOFError` if it ends first.
"""
function read!(io::IO, a::Vector{UInt8})
    bytes = read(io, length(a))
    copyto!(a, bytes)
    length(bytes) < length(a) && throw(EOFError())
    a
end
"""
    readbytes!(io::IO, b::Vector{UInt8}, nb = length(b))

Reads up to `nb` bytes into `b` (grown when it is too short) and returns how many were read.
"""
# arrays of other bits numbers, element by element in the stream's byte order (as write gives them)
function read!(io::IO, a::Array{T}) where {T<:Union{_MultiByteInteger, Int8, Bool, Float16, Float32, Float64}}
    for i in eachindex(a)
        a[i] = read(io, T)
    end
    a
end
function readbytes!(io::IO, b::Vector{UInt8}, nb::Integer = length(b))
    bytes = read(io, nb)
    length(b) < length(bytes) && resize!(b, length(bytes))
    copyto!(b, bytes)
    length(bytes)
end

# ---- IOBuffer (Julia's iobuffer.jl): the bytes live in the Java object (JlIO.Memory) ----------

# open's keyword rules: write alone truncates and does not read; truncate or append imply write
function _open_flags(read, write, append, truncate)
    if write === true && read !== true && append !== true
        truncate === nothing && (truncate = true)
    end
    if truncate === true || append === true
        write === nothing && (write = true)
    end
    write === nothing && (write = false)
    read === nothing && (read = !write)
    (read = read, write = write, append = something(append, false), truncate = something(truncate, false))
end
"""
    IOBuffer([data::AbstractVector{UInt8}]; read, write, append, truncate, maxsize, sizehint)
    IOBuffer(s::AbstractString)

An in-memory stream. Without data it is readable, writable and empty; over a string or bytes it
reads them. A `Vector{UInt8}` is not copied: the buffer reads and writes that vector (`write = true`
alone starts it empty and writes over the vector from its first byte; a write past its end makes
it longer), and `take!` of a writable buffer returns the vector itself, cut to the buffer's size.
It is seekable: `position`, `seek`, `seekstart`, `seekend`, `skip`, `mark`/`reset`; `take!`
returns its contents and empties it.
"""
function IOBuffer(; read::Bool = true, write::Bool = true, append::Bool = false, truncate::Bool = true,
                  maxsize::Integer = typemax(Int), sizehint::Union{Integer, Nothing} = nothing)
    read && write && !append && maxsize == typemax(Int) && return _new_iobuffer()
    maxsize < 0 && throw(ArgumentError("negative maxsize"))
    f = _open_flags(read, write, append, truncate)
    _iobuffer(UInt8[], 0, f.read, f.write, true, f.append, Int(maxsize))
end
function IOBuffer(data::AbstractVector{UInt8}; read = nothing, write = nothing, append = nothing, truncate = nothing,
                  maxsize::Integer = typemax(Int), sizehint::Union{Integer, Nothing} = nothing)
    maxsize < 0 && throw(ArgumentError("negative maxsize"))
    f = _open_flags(read, write, append, truncate)
    # (a Vector{UInt8} is used as it is: writes show in it, as in Julia; other vectors are copied)
    _iobuffer(data isa Vector{UInt8} ? data : Vector{UInt8}(data), f.truncate ? 0 : length(data), f.read, f.write, true, f.append, Int(maxsize))
end
IOBuffer(s::SubString) = IOBuffer(String(s))
# A buffer of its own with the same contents, position and mark, as Julia's copy(::IOBuffer)
# (String(take!(copy(io))) reads what was written without emptying io)
function copy(b::IOBuffer)
    data = b.data
    c = _iobuffer(b.writable ? copy(data) : data, b.size, b.readable, b.writable, b.seekable, b.append, b.maxsize)
    if b.seekable
        if b.mark >= 0
            seek(c, b.mark)
            mark(c)
        end
        seek(c, b.ptr - 1)
    else
        b.ptr > 1 && read(c, b.ptr - 1)   # (a pipe's bytes already read stay read)
    end
    c
end
"""
    PipeBuffer(data::Vector{UInt8} = UInt8[]; maxsize = typemax(Int))

An IOBuffer that reads what was written to it, like a pipe: writes append, reads consume, and it
cannot seek.
"""
PipeBuffer(data::Vector{UInt8} = UInt8[]; maxsize::Integer = typemax(Int)) = _iobuffer(data, length(data), true, true, false, true, Int(maxsize))
seekstart(io::IO) = seek(io, 0)
function getproperty(io::IOBuffer, f::Symbol)
    v = _iobuffer_field(io, f)
    v === nothing && throw(ErrorException(string("type GenericIOBuffer has no field ", f)))
    v
end
"""
    write(filename, content)

Writes `content` (a string or bytes) to the file, replacing what it held; returns the number of
bytes written.
"""
write(path::AbstractString, x) = open(io -> write(io, x), path, "w")
write(path::AbstractString, x, xs...) = open(io -> write(io, x, xs...), path, "w")
filesize(io::IOStream) = (p = position(io); seekend(io); n = position(io); seek(io, p); n)

# ANSI styles, as Julia's text_colors: on an IO with :color => true each line is wrapped in them
# (and 0:255 the 256-colour palette). Made by the first styled print: built when Base loaded,
# these two were the first Dicts of every run and cost each start about 20 ms.
const _TEXT_STYLES = Ref{Any}(nothing)
function _text_styles()
    styles = _TEXT_STYLES[]
    styles === nothing || return styles::Tuple{Dict{Union{Symbol, Int}, String}, Dict{Symbol, String}}
    colors = Dict{Union{Symbol, Int}, String}(
        :black => "\e[30m", :red => "\e[31m", :green => "\e[32m", :yellow => "\e[33m", :blue => "\e[34m",
        :magenta => "\e[35m", :cyan => "\e[36m", :white => "\e[37m", :light_black => "\e[90m", :light_red => "\e[91m",
        :light_green => "\e[92m", :light_yellow => "\e[93m", :light_blue => "\e[94m", :light_magenta => "\e[95m",
        :light_cyan => "\e[96m", :light_white => "\e[97m", :normal => "\e[0m", :default => "\e[39m", :bold => "\e[1m",
        :italic => "\e[3m", :underline => "\e[4m", :blink => "\e[5m", :reverse => "\e[7m", :hidden => "\e[8m", :nothing => "")
    off = Dict{Symbol, String}(:bold => "\e[22m", :italic => "\e[23m", :underline => "\e[24m", :blink => "\e[25m",
        :reverse => "\e[27m", :hidden => "\e[28m", :normal => "", :default => "", :nothing => "")
    _TEXT_STYLES[] = (colors, off)
    return (colors, off)
end
"""
    printstyled([io,] xs...; color = :normal, bold = false)

Prints `xs`; the styling applies only on a terminal, so plain text is written here.
"""
function printstyled(io::IO, xs...; color::Union{Symbol, Int} = :normal, bold::Bool = false, italic::Bool = false,
                     underline::Bool = false, blink::Bool = false, reverse::Bool = false, hidden::Bool = false)
    str = sprint(print, xs...; context = io)
    get(io, :color, false)::Bool || return print(io, str)
    styles = (bold => :bold, italic => :italic, underline => :underline, blink => :blink, reverse => :reverse, hidden => :hidden)
    any(p -> p[1] && color === p[2], styles) && (color = :nothing)
    _text_colors, _text_styles_off = _text_styles()
    on = (color isa Int && 0 <= color <= 255 ? string("\e[38;5;", color, "m") : get(_text_colors, color, _text_colors[:default])) * join(_text_colors[p[2]] for p in styles if p[1])
    off = join(_text_styles_off[p[2]] for p in Iterators.reverse(styles) if p[1] && p[2] !== :italic) *
          (italic ? _text_styles_off[:italic] : "") * get(_text_styles_off, color, _text_colors[:default])
    _print_each_line_styled(io, str, on, off)
end
printstyled(xs...; kws...) = printstyled(stdout, xs...; kws...)
# each line of str between the style's on and off codes (a terminal resets styles at line ends)
function _print_each_line_styled(io::IO, str::AbstractString, on::AbstractString, off::AbstractString)
    out = IOBuffer()
    for (k, line) in enumerate(split(str, '\n'))
        k > 1 && print(out, '\n')
        isempty(line) || print(out, on, line, off)
    end
    print(io, String(take!(out)))
end

# f(io′, args...) written to io in one style (:bold, :underline, a colour), as Julia's internal
# Base.with_output_color: the style only when io has :color => true, each line wrapped on its own.
function with_output_color(f::Function, color::Union{Int, Symbol}, io::IO, args...)
    buf = IOBuffer()
    f(IOContext(buf, io), args...)
    str = String(take!(buf))
    get(io, :color, false)::Bool || return print(io, str)
    _text_colors, _text_styles_off = _text_styles()
    on = get(_text_colors, color, _text_colors[:default])
    off = get(_text_styles_off, color, _text_colors[:default])
    _print_each_line_styled(io, str, on, off)
end

# ---- the file system ------------------------------------------------------------------------

"""
    homedir()

The current user's home directory: `\$HOME` when set (as libuv, so Julia, decides), else the
system's idea of it.
"""
homedir() = (h = get(ENV, "HOME", ""); isempty(h) ? _user_home() : h)

isfile(path::AbstractString) = _file_kind(String(path)) == 1
isdir(path::AbstractString) = _file_kind(String(path)) == 2
ispath(path::AbstractString) = _file_kind(String(path)) != 0
filesize(path::AbstractString) = filesize(String(path))
"""
    rm(path; force = false, recursive = false)

Deletes a file or an (empty, unless `recursive`) directory; a missing path is an error unless `force`.
"""
function rm(path::AbstractString; force::Bool = false, recursive::Bool = false)
    force && !ispath(path) && !islink(path) && return nothing   # (a broken link is still removed)
    _rm(String(path), recursive)
end
function mkdir(path::AbstractString; mode::Integer = 0o777)
    _mkdir(String(path), false)
    mode == 0o777 || chmod(path, Int(mode) & 0o755)   # (less the usual umask, 022, as the system applies it)
    String(path)
end
touch(path::AbstractString) = touch(String(path))
mkpath(path::AbstractString) = _mkdir(String(path), true)
"""
    cd(dir = homedir())
    cd(f, dir = homedir())

Changes the working directory (where relative paths and commands start); with a function, only
while it runs.
"""
cd(dir::AbstractString = homedir()) = _cd(String(dir))
function cd(f::Function, dir::AbstractString = homedir())
    old = pwd()
    cd(dir)
    try
        return f()
    finally
        cd(old)
    end
end
function _check_target(dst, force, verb)
    if ispath(dst)
        force || throw(ArgumentError(string("'", dst, "' exists. `force=true` is required to remove '", dst, "' before ", verb, ".")))
        rm(dst; force = true, recursive = true)
    end
end
"""
    cp(src, dst; force = false)
    mv(src, dst; force = false)

Copies (a directory with everything in it) or moves `src` to `dst`, which must not exist unless
`force`; returns `dst`.
"""
function cp(src::AbstractString, dst::AbstractString; force::Bool = false, follow_symlinks::Bool = false)
    _check_target(dst, force, "copying")
    _cp(String(src), String(dst), false)
end
function mv(src::AbstractString, dst::AbstractString; force::Bool = false)
    _check_target(dst, force, "moving")
    _cp(String(src), String(dst), true)
end
"""
    walkdir(dir; topdown = true)

The directory tree under `dir`: for each directory a tuple `(root, dirs, files)` of its path and
the names of its subdirectories and files, parents first (children first with `topdown = false`).
"""
function walkdir(dir::AbstractString; topdown::Bool = true, follow_symlinks::Bool = false, onerror = throw)
    out = Tuple{String, Vector{String}, Vector{String}}[]
    _walkdir!(out, String(dir), topdown, follow_symlinks, onerror)
    out
end
function _walkdir!(out, root, topdown, follow_symlinks, onerror)
    names = try
        readdir(root)
    catch e
        onerror(e)
        return
    end
    dirs = String[]
    files = String[]
    for name in names
        p = joinpath(root, name)
        (isdir(p) && (follow_symlinks || !islink(p))) ? push!(dirs, name) : push!(files, name)
    end
    topdown && push!(out, (root, dirs, files))
    for d in dirs
        _walkdir!(out, joinpath(root, d), topdown, follow_symlinks, onerror)
    end
    topdown || push!(out, (root, dirs, files))
end
"""
    chmod(path, mode; recursive = false)

Sets the permission bits (`0o755`); returns `path`.
"""
function chmod(path::AbstractString, mode::Integer; recursive::Bool = false)
    _chmod(String(path), Int64(mode))
    if recursive && isdir(path)
        for name in readdir(path)
            chmod(joinpath(path, name), mode; recursive = true)
        end
    end
    path
end
filemode(path::AbstractString) = UInt64(_filemode(String(path)))
uperm(path::AbstractString) = UInt8((filemode(path) >> 6) & 0x7)
gperm(path::AbstractString) = UInt8((filemode(path) >> 3) & 0x7)
operm(path::AbstractString) = UInt8(filemode(path) & 0x7)
"""
    mktemp(parent = tempdir()) -> (path, io)
    mktemp(f, parent = tempdir())

A new empty file open for writing, and its path; with a function, calls `f(path, io)` and
removes the file afterwards.
"""
function mktemp(parent::AbstractString = tempdir(); cleanup::Bool = true)
    while true
        path = joinpath(parent, string("jl_", string(rand(UInt64); base = 36)))
        if !ispath(path)
            return (path, open(path, "w+"))
        end
    end
end
function mktemp(f::Function, parent::AbstractString = tempdir())
    path, io = mktemp(parent)
    try
        f(path, io)
    finally
        close(io)
        rm(path; force = true)
    end
end
function readdir(dir::AbstractString = pwd(); join::Bool = false, sort::Bool = true)
    names = _readdir(String(dir))
    join ? [joinpath(dir, n) for n in names] : names
end
tempname(parent::AbstractString = tempdir(); cleanup::Bool = true) = joinpath(parent, string("jl_", string(rand(UInt64); base = 36)))
"""
    mktempdir([parent]; prefix = "jl_")
    mktempdir(f, [parent]; prefix = "jl_")

Makes a new directory under `parent` (the system's temporary directory by default) and returns
its path; with a function, calls it with the path and removes the directory afterwards.
"""
function mktempdir(parent::AbstractString = tempdir(); prefix::AbstractString = "jl_", cleanup::Bool = true)
    while true
        path = joinpath(parent, string(prefix, string(rand(UInt64); base = 36)))
        if !ispath(path)
            mkdir(path)
            return path
        end
    end
end
function mktempdir(f::Function, parent::AbstractString = tempdir(); prefix::AbstractString = "jl_", cleanup::Bool = true)
    path = mktempdir(parent; prefix = prefix)
    try
        f(path)
    finally
        rm(path; force = true, recursive = true)
    end
end

joinpath(a::AbstractString) = String(a)
joinpath(parts::Union{AbstractVector, Tuple}) = joinpath(parts...)
function joinpath(a::AbstractString, b::AbstractString, rest::AbstractString...)
    j = startswith(b, "/") ? String(b) : isempty(a) ? String(b) : endswith(a, "/") ? string(a, b) : string(a, "/", b)
    isempty(rest) ? j : joinpath(j, rest...)
end
function basename(path::AbstractString)
    i = findlast('/', path)
    i === nothing ? String(path) : String(path[i + 1:end])
end
# as Julia's splitdir: the part before the last run of slashes ("a//b" is in "a"), or "/"
function dirname(path::AbstractString)
    i = findlast('/', path)
    i === nothing && return ""
    while i > 1 && path[i - 1] == '/'
        i -= 1
    end
    i == 1 ? "/" : String(path[1:i - 1])
end
function splitext(path::AbstractString)
    b = basename(path)
    i = findlast('.', b)
    (i === nothing || i == 1) && return (String(path), "")
    n = ncodeunits(path) - (ncodeunits(b) - i + 1)
    (String(path[1:n]), String(b[i:end]))
end
splitdir(path::AbstractString) = (dirname(path), basename(path))
"""
    normpath(path)

`path` without `.` parts, `..` parts that follow a name, and repeated slashes:
`normpath("/a/./b/../c")` is `"/a/c"`.
"""
function normpath(path::AbstractString)
    absolute = startswith(path, "/")
    parts = String[]
    for p in split(path, '/')
        if p == "" || p == "."
            continue
        elseif p == ".." && !isempty(parts) && last(parts) != ".."
            pop!(parts)
        elseif p == ".." && absolute
            continue # nothing is above the root
        else
            push!(parts, String(p))
        end
    end
    s = string(absolute ? "/" : "", join(parts, "/"))
    isempty(s) && return "."
    isdirpath(path) && !isdirpath(s) ? string(s, "/") : s
end
normpath(a::AbstractString, b::AbstractString...) = normpath(joinpath(a, b...))
"""
    splitpath(path)

The components of a path: `splitpath("/a/b/c")` is `["/", "a", "b", "c"]`.
"""
function splitpath(path::AbstractString)
    out = startswith(path, "/") ? ["/"] : String[]
    for p in split(path, '/')
        isempty(p) || push!(out, String(p))
    end
    out
end
isabspath(path::AbstractString) = startswith(path, "/")
abspath(path::AbstractString) = _abspath(String(path))
abspath(a::AbstractString, b::AbstractString...) = abspath(joinpath(a, b...))
"""
    isdirpath(path)

Whether `path` names a directory by its form alone: it ends with `/`, or is `.`, `..` or empty.
"""
isdirpath(path::AbstractString) = occursin(r"(?:^|/)\.{0,2}$", path)
"""
    splitdrive(path)

The drive and the rest: on Unix, `("", path)`.
"""
splitdrive(path::AbstractString) = ("", String(path))
"""
    expanduser(path)
    contractuser(path)

`~` at the start of `path` as the home directory, and back.
"""
function expanduser(path::AbstractString)
    startswith(path, '~') || return String(path)
    (ncodeunits(path) == 1 || path[2] == '/') || throw(ArgumentError("~user tilde expansion not yet implemented"))
    string(homedir(), path[2:end])
end
function contractuser(path::AbstractString)
    home = homedir()
    startswith(path, home) || return String(path)
    rest = path[ncodeunits(home)+1:end]
    (isempty(rest) || startswith(rest, '/')) ? string("~", rest) : String(path)
end
"""
    relpath(path, startpath = ".")

The path from `startpath` to `path`, both made absolute first: `relpath("/a/b/c", "/a")` is `"b/c"`.
"""
function relpath(path::AbstractString, startpath::AbstractString = ".")
    isempty(path) && throw(ArgumentError("`path` must be specified"))
    isempty(startpath) && throw(ArgumentError("`startpath` must be specified"))
    path == startpath && return "."
    to = filter(!isempty, split(abspath(path), '/'))
    from = filter(!isempty, split(abspath(startpath), '/'))
    common = 0
    while common < min(length(to), length(from)) && to[common+1] == from[common+1]
        common += 1
    end
    parts = vcat(fill("..", length(from) - common), to[common+1:end])
    isempty(parts) ? "." : join(parts, "/")
end
realpath(path::AbstractString) = realpath(String(path))

"""
    LOAD_PATH

Where `using Name` looks for modules that are not standard libraries: for each directory in it,
`Name.jl` or `Name/src/Name.jl` (`push!(LOAD_PATH, @__DIR__)`). The `@` entries name Julia's
package environments, which TruffleJL does not have.
"""
const LOAD_PATH = ["@", "@v#.#", "@stdlib"]
"""
    DEPOT_PATH

Julia's package depots; TruffleJL installs no packages, so nothing reads it.
"""
const DEPOT_PATH = [joinpath(homedir(), ".julia")]

# ---- redirecting stdout and stderr ----------------------------------------------------------------

_redirect_target(io::Union{IOStream, IOBuffer}) = io
_redirect_target(::DevNull) = _discarding_stream()
_redirect_target(io::IOContext) = _redirect_target(io.io)
_redirect_target(io) = throw(ArgumentError(string("cannot redirect a standard stream to a ", typeof(io), " (a file, an IOBuffer or devnull can be)")))
function _redirect_during(f, stream, io)
    previous = _redirected_to(stream)
    _redirect(stream, _redirect_target(io))
    try
        return f()
    finally
        _redirect(stream, previous)
    end
end
"""
    redirect_stdout(stream)
    redirect_stdout(f, stream)
    redirect_stderr(...)

Sends what is written to `stdout` (`stderr`) to `stream` — a file, `devnull` or (unlike Julia,
which needs an OS stream) an `IOBuffer` — from now on, or only while `f()` runs. As in Julia
this holds for every task. `redirect_stdout()` with no stream (a new pipe) is not supported.
"""
redirect_stdout(io::IO) = (_redirect(stdout, _redirect_target(io)); io)
redirect_stdout(f::Function, io::IO) = _redirect_during(f, stdout, io)
redirect_stderr(io::IO) = (_redirect(stderr, _redirect_target(io)); io)
redirect_stderr(f::Function, io::IO) = _redirect_during(f, stderr, io)
"""
    redirect_stdio(f; stdout = nothing, stderr = nothing)

`f()` with the given standard streams redirected (see `redirect_stdout`).
"""
function redirect_stdio(f; stdin = nothing, stderr = nothing, stdout = nothing)
    stdin === nothing || throw(ArgumentError("redirecting stdin is not supported"))
    g = stderr === nothing ? f : () -> redirect_stderr(f, stderr)
    stdout === nothing ? g() : redirect_stdout(g, stdout)
end

# ---- stat ---------------------------------------------------------------------------------------

"""
    stat(path)
    lstat(path)

What the file system says about `path` (`lstat`: about a symbolic link itself): a `StatStruct`
with the fields `desc size device inode mode nlink uid gid rdev blksize blocks mtime ctime`, all
zero for a path that is not there. `isfile`, `isdir`, `islink`, `filesize`, `mtime`, `filemode`,
`uperm` and the other predicates take one too. The JVM gives no `st_blocks`: `blocks` counts the
512-byte blocks that `size` bytes fill in blocks of `blksize` (a sparse file has fewer).
"""
struct StatStruct
    desc::String
    device::UInt
    inode::UInt
    mode::UInt
    nlink::Int
    uid::UInt
    gid::UInt
    rdev::UInt
    size::Int64
    blksize::Int64
    blocks::Int64
    mtime::Float64
    ctime::Float64
end
function _statstruct(path::AbstractString, follow::Bool)
    t = _stat(String(path), follow)
    t === nothing && return StatStruct(String(path), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0)
    StatStruct(String(path), t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12])
end
# the owner's and group's names, as the file system has them now ("" when unknown)
function _stat_owner_names(st::StatStruct)
    t = ispath(st) ? _stat(st.desc, true) : nothing
    (t === nothing || UInt(t[5]) != st.uid) ? ("", "") : (t[13], t[14])
end
stat(path::AbstractString) = _statstruct(path, true)
lstat(path::AbstractString) = _statstruct(path, false)
stat(path::AbstractString, rest::AbstractString...) = stat(joinpath(path, rest...))
lstat(path::AbstractString, rest::AbstractString...) = lstat(joinpath(path, rest...))

filemode(st::StatStruct) = st.mode
filesize(st::StatStruct) = st.size
mtime(st::StatStruct) = st.mtime
ctime(st::StatStruct) = st.ctime
ispath(st::StatStruct) = filemode(st) & 0xf000 != 0x0000
isfifo(st::StatStruct) = filemode(st) & 0xf000 == 0x1000
ischardev(st::StatStruct) = filemode(st) & 0xf000 == 0x2000
isdir(st::StatStruct) = filemode(st) & 0xf000 == 0x4000
isblockdev(st::StatStruct) = filemode(st) & 0xf000 == 0x6000
isfile(st::StatStruct) = filemode(st) & 0xf000 == 0x8000
islink(st::StatStruct) = filemode(st) & 0xf000 == 0xa000
issocket(st::StatStruct) = filemode(st) & 0xf000 == 0xc000
issetuid(st::StatStruct) = (filemode(st) & 0o4000) > 0
issetgid(st::StatStruct) = (filemode(st) & 0o2000) > 0
issticky(st::StatStruct) = (filemode(st) & 0o1000) > 0
uperm(st::StatStruct) = UInt8((filemode(st) >> 6) & 0x7)
gperm(st::StatStruct) = UInt8((filemode(st) >> 3) & 0x7)
operm(st::StatStruct) = UInt8(filemode(st) & 0x7)
isfifo(path::AbstractString) = isfifo(stat(path))
ischardev(path::AbstractString) = ischardev(stat(path))
isblockdev(path::AbstractString) = isblockdev(stat(path))
issocket(path::AbstractString) = issocket(stat(path))
issetuid(path::AbstractString) = issetuid(stat(path))
issetgid(path::AbstractString) = issetgid(stat(path))
issticky(path::AbstractString) = issticky(stat(path))
"""
    samefile(a, b)

Whether the paths name the same existing file or directory.
"""
samefile(a::StatStruct, b::StatStruct) = ispath(a) && ispath(b) && a.device == b.device && a.inode == b.inode
samefile(a::AbstractString, b::AbstractString) = samefile(stat(a), stat(b))
"""
    ismount(path)

Whether `path` is a mount point (a directory on another device than its parent, or the root).
"""
function ismount(path::AbstractString)
    isdir(path) || return false
    s1 = lstat(path)
    islink(s1) && return false
    s2 = lstat(joinpath(path, ".."))
    s1.device != s2.device || s1.inode == s2.inode
end

# ls's -rwxr-xr-x, from the mode bits
function _filemode_string(mode)
    kind = mode & 0xf000
    out = IOBuffer()
    print(out, kind == 0xa000 ? 'l' : kind == 0xc000 ? 's' : kind == 0x8000 ? '-' : kind == 0x6000 ? 'b' :
               kind == 0x4000 ? 'd' : kind == 0x2000 ? 'c' : kind == 0x1000 ? 'p' : '-')
    for (shift, special, s1, s2) in ((6, 0o4000, 's', 'S'), (3, 0o2000, 's', 'S'), (0, 0o1000, 't', 'T'))
        bits = (mode >> shift) & 0x7
        print(out, bits & 0x4 != 0 ? 'r' : '-', bits & 0x2 != 0 ? 'w' : '-')
        print(out, mode & special != 0 ? (bits & 0x1 != 0 ? s1 : s2) : (bits & 0x1 != 0 ? 'x' : '-'))
    end
    String(take!(out))
end
function _iso_datetime_with_relative(t, tnow)
    str = Libc.strftime("%FT%T%z", t)
    secdiff = t - tnow
    for (d, name) in ((24 * 60 * 60, "day"), (60 * 60, "hour"), (60, "minute"), (1, "second"))
        tdiff = round(Int, div(abs(secdiff), d))
        if tdiff != 0
            return string(str, " (", tdiff, " ", name, tdiff == 1 ? "" : "s", " ", secdiff < 0 ? "ago" : "in the future", ")")
        end
    end
    string(str, " (just now)")
end
# as Julia's show_statstruct: one line for show, a field per line for display
function _show_stat(io::IO, st::StatStruct, oneline::Bool)
    print(io, oneline ? "StatStruct(" : "StatStruct for ")
    show(io, st.desc)
    user, group = _stat_owner_names(st)
    oneline || print(io, "\n  ")
    print(io, " size: ", st.size, " bytes")
    oneline || print(io, "\n")
    print(io, " device: ", st.device)
    oneline || print(io, "\n ")
    print(io, " inode: ", st.inode)
    oneline || print(io, "\n  ")
    print(io, " mode: 0o", string(filemode(st), base = 8, pad = 6), " (", _filemode_string(filemode(st)), ")")
    oneline || print(io, "\n ")
    print(io, " nlink: ", st.nlink)
    oneline || print(io, "\n   ")
    print(io, " uid: ", st.uid)
    isempty(user) || user == string(st.uid) || print(io, " (", user, ")")
    oneline || print(io, "\n   ")
    print(io, " gid: ", st.gid)
    isempty(group) || group == string(st.gid) || print(io, " (", group, ")")
    oneline || print(io, "\n  ")
    print(io, " rdev: ", st.rdev)
    oneline || print(io, "\n ")
    print(io, " blksz: ", st.blksize)
    oneline || print(io, "\n")
    print(io, " blocks: ", st.blocks)
    tnow = round(UInt, time())
    oneline || print(io, "\n ")
    print(io, " mtime: ", _iso_datetime_with_relative(st.mtime, tnow))
    oneline || print(io, "\n ")
    print(io, " ctime: ", _iso_datetime_with_relative(st.ctime, tnow))
    oneline && print(io, ")")
    nothing
end
show(io::IO, st::StatStruct) = _show_stat(io, st, true)
show(io::IO, ::MIME"text/plain", st::StatStruct) = _show_stat(io, st, false)

"""
    evalfile(path, args = String[])

Runs the file in a new anonymous module, with `ARGS` set to `args`, and returns the value of
its last expression.
"""
function evalfile(path::AbstractString, args::Vector{String} = String[])
    m = Module(:__anon__)
    Core.eval(m, :(const ARGS = $args))
    include(m, path)
end
"""
    isreadonly(io)

Whether the stream can be read but not written.
"""
isreadonly(io::IO) = isreadable(io) && !iswritable(io)
