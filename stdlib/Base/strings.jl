# String utilities.

==(a::String, b::String) = a === b
==(a::Char, b::Char) = a === b
isless(a::Char, b::Char) = Int64(a) < Int64(b)
<(a::Char, b::Char) = Int64(a) < Int64(b)
<=(a::Char, b::Char) = Int64(a) <= Int64(b)
<(a::String, b::String) = isless(a, b)
-(a::Char, b::Char) = Int64(a) - Int64(b)
+(c::Char, n::Integer) = Char(Int64(c) + n)
-(c::Char, n::Integer) = Char(Int64(c) - n)
+(n::Integer, c::Char) = c + n
function repeat(s::String, r::Integer)
    r < 0 && throw(ArgumentError(string("can't repeat a string ", r, " times")))
    _repeat_string(s, Int(r))
end
Symbol(xs...) = Symbol(string(xs...))

# ---- SubString ----------------------------------------------------------------------------

"""
    SubString(s, i, j)

A view of the code units `i:j` of the string `s` (what `split` and `strip` return).
"""
struct SubString{T<:AbstractString} <: AbstractString
    string::T
    offset::Int
    ncodeunits::Int
end
function SubString(s::String, i::Int, j::Int)
    j < i && return _new_struct(SubString{String}, s, i - 1, 0)
    (1 <= i && j <= ncodeunits(s)) || throw(BoundsError(s, i:j))
    isvalid(s, i) || throw(StringIndexError(s, i))
    e = nextind(s, j) - 1
    _new_struct(SubString{String}, s, i - 1, e - i + 1)
end
SubString(s::String, r::AbstractUnitRange{<:Integer}) = SubString(s, first(r), last(r))
SubString(s::String) = SubString(s, 1, ncodeunits(s))
SubString(s::AbstractString, i::Integer) = SubString(s, Int(i), lastindex(s))
SubString(s::SubString, i::Int, j::Int) = SubString(s.string, s.offset + i, s.offset + j)
String(s::String) = s
String(s::SubString) = _substr(s.string, s.offset + 1, s.offset + s.ncodeunits)
string(s::SubString) = String(s)
convert(::Type{String}, s::AbstractString) = String(s)
ncodeunits(s::SubString) = s.ncodeunits
length(s::SubString{String}) = _length_substring(s)
length(s::SubString) = length(String(s))
print(io::IO, s::SubString) = print(io, String(s))
show(io::IO, s::SubString) = show(io, String(s))
# characters of a SubString are read in its parent (a String made per call cost O(length) each)
function iterate(s::SubString, i::Int = 1)
    i > s.ncodeunits && return nothing
    c, j = iterate(s.string, s.offset + i)
    (c, j - s.offset)
end
function getindex(s::SubString, i::Int)
    1 <= i <= s.ncodeunits || throw(BoundsError(s, i))
    isvalid(s, i) || throw(StringIndexError(s, i))
    s.string[s.offset + i]
end
getindex(s::SubString, i) = String(s)[i]
getindex(s::SubString, i::Integer) = s[Int(i)]
lastindex(s::SubString) = (n = s.ncodeunits; n == 0 || codeunit(s, n) < 0x80 ? n : thisind(String(s), n))
isempty(s::AbstractString) = ncodeunits(s) == 0
# character positions in a SubString are its parent's, shifted by the offset
nextind(s::SubString, i::Int) = nextind(s.string, s.offset + i) - s.offset
prevind(s::SubString, i::Int) = i <= 1 ? i - 1 : prevind(s.string, s.offset + i) - s.offset
thisind(s::SubString, i::Int) = (i == 0 || i > ncodeunits(s)) ? i : thisind(s.string, s.offset + i) - s.offset
isvalid(s::SubString, i::Int) = 1 <= i <= ncodeunits(s) && isvalid(s.string, s.offset + i)
isvalid(s::AbstractString) = isvalid(String(s))
# whether a code point is a Unicode scalar value (no surrogate, at most U+10FFFF)
isvalid(::Type{Char}, c::Unsigned) = (c <= 0xd7ff) | (0xe000 <= c <= 0x10ffff)
isvalid(::Type{Char}, c::Integer) = isvalid(Char, Unsigned(c))
isvalid(::Type{Char}, c::Char) = isvalid(c)
# isvalid(String, x): whether x (a string or its bytes) is valid UTF-8
isvalid(::Type{String}, s::AbstractString) = isvalid(s)
isvalid(::Type{String}, a::AbstractVector{UInt8}) = isvalid(String(copy(a)))
repeat(s::AbstractString, n::Integer) = repeat(String(s), n)
isascii(s::AbstractString) = all(b -> b < 0x80, codeunits(String(s)))
"""
    ascii(s)

`s` as a `String` when it is all ASCII, else an `ArgumentError` naming the first other character.
"""
function ascii(s::AbstractString)
    t = String(s)
    i = 1
    while i <= ncodeunits(t)
        isascii(t[i]) || throw(ArgumentError(string("invalid ASCII at index ", i, " in ", repr(t))))
        i = nextind(t, i)
    end
    t
end
"""
    chopprefix(s, prefix)

`s` without `prefix` when it starts with it (a `SubString`), else all of `s`.
"""
chopprefix(s::AbstractString, prefix::AbstractString) =
    startswith(s, prefix) ? SubString(String(s), ncodeunits(prefix) + 1, ncodeunits(s)) : SubString(String(s))
"""
    chopsuffix(s, suffix)

`s` without `suffix` when it ends with it (a `SubString`), else all of `s`.
"""
chopsuffix(s::AbstractString, suffix::AbstractString) =
    endswith(s, suffix) ? SubString(String(s), 1, ncodeunits(s) - ncodeunits(suffix)) : SubString(String(s))
"""
    escape_string(str::AbstractString[, esc]; keep = ())
    escape_string(io, str, esc = ""; keep = ())

`str` with Julia's string-literal escapes for backslashes and unprintable characters (`\\n`,
`\\0`, `\\x..`, `\\u....`), the characters of `esc` escaped with a backslash (`\"` by default
in the first form) and those of `keep` left as they are; malformed bytes as `\\x..` each.
"""
function escape_string(io::IO, s::AbstractString, esc = ""; keep = ())
    cs = collect(s)
    n = length(cs)
    for i in 1:n
        c = cs[i]
        next = i < n ? cs[i + 1] : nothing
        if c in esc
            print(io, '\\', c)
        elseif c in keep
            print(io, c)
        elseif isascii(c)
            c == '\0'         ? print(io, next !== nothing && '0' <= next <= '7' ? "\\x00" : "\\0") :
            c == '\e'         ? print(io, "\\e") :
            c == '\\'        ? print(io, "\\\\") :
            '\a' <= c <= '\r' ? print(io, '\\', "abtnvfr"[Int(c) - 6]) :
            isprint(c)        ? print(io, c) :
                                print(io, "\\x", string(UInt32(c), base = 16, pad = 2))
        elseif isvalid(c)
            full = next !== nothing && isxdigit(next)   # a hex digit after: the escape must be whole
            isprint(c)        ? print(io, c) :
            c <= '\uffff'     ? print(io, "\\u", string(UInt32(c), base = 16, pad = full ? 4 : 2)) :
                                print(io, "\\U", string(UInt32(c), base = 16, pad = full ? 8 : 4))
        else   # malformed: its bytes
            for b in codeunits(string(c))
                print(io, "\\x", string(b, base = 16, pad = 2))
            end
        end
    end
end
escape_string(s::AbstractString, esc = ('"',); keep = ()) = sprint(io -> escape_string(io, s, esc; keep = keep))
"""
    unescape_string(s)

The string a literal with these contents means: `\\n`, `\\t`, `\\xHH`, `\\uXXXX`, octal
and the other escapes of Julia's string literals replaced by their characters.
"""
function unescape_string(s::AbstractString, keep = ())
    t = String(s)
    io = IOBuffer()
    i = 1
    n = ncodeunits(t)
    simple = Dict('n' => '\n', 't' => '\t', 'r' => '\r', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v',
                  'e' => '\e', '\\' => '\\', '"' => '"', '\'' => '\'', '$' => '$')
    while i <= n
        c = t[i]
        i = nextind(t, i)
        if c != '\\' || i > n
            print(io, c)
            continue
        end
        d = t[i]
        if d in keep
            # escapes named in `keep` stay as written
            print(io, '\\', d)
            i = nextind(t, i)
        elseif haskey(simple, d)
            print(io, simple[d])
            i = nextind(t, i)
        elseif d == 'x' || d == 'u' || d == 'U' || isdigit(d) && d < '8'
            base, maxlen = d == 'x' ? (16, 2) : d == 'u' ? (16, 4) : d == 'U' ? (16, 8) : (8, 3)
            j = isdigit(d) && d < '8' ? i : nextind(t, i)
            k = j
            while k <= n && k - j < maxlen && (base == 16 ? isxdigit(t[k]) : '0' <= t[k] <= '7')
                k += 1
            end
            v = parse(UInt32, t[j:k-1], base = base)
            d == 'x' || base == 8 ? write(io, UInt8(v)) : print(io, Char(v))
            i = k
        else
            print(io, '\\', d)
            i = nextind(t, i)
        end
    end
    String(take!(io))
end
==(a::AbstractString, b::AbstractString) = String(a) == String(b)
isequal(a::AbstractString, b::AbstractString) = String(a) == String(b)
# Strings and SubStrings of them compared (and searched at their ends, and hashed) in their
# parent's bytes: a SubString is not copied to a String for it (split words as Dict keys)
_parent_string(s::String) = s
_parent_string(s::SubString{String}) = s.string
_byte_offset(s::String) = 0
_byte_offset(s::SubString{String}) = s.offset
_bytes_equal_at(s, i, t, n) = _bytes_equal(_parent_string(s), _byte_offset(s) + i, _parent_string(t), _byte_offset(t) + 1, n)
==(a::Union{String, SubString{String}}, b::Union{String, SubString{String}}) =
    ncodeunits(a) == ncodeunits(b) && _bytes_equal_at(a, 1, b, ncodeunits(b))
isequal(a::Union{String, SubString{String}}, b::Union{String, SubString{String}}) = a == b
hash(s::SubString{String}, h::UInt) = _hash_substring(s, h)
startswith(s::Union{String, SubString{String}}, t::Union{String, SubString{String}}) =
    ncodeunits(t) <= ncodeunits(s) && _bytes_equal_at(s, 1, t, ncodeunits(t))
endswith(s::Union{String, SubString{String}}, t::Union{String, SubString{String}}) =
    ncodeunits(t) <= ncodeunits(s) && _bytes_equal_at(s, ncodeunits(s) - ncodeunits(t) + 1, t, ncodeunits(t))
*(a::AbstractString, b::AbstractString) = string(a, b)
codeunit(s::SubString, i::Int) = codeunit(s.string, s.offset + i)
codeunit(s::SubString) = codeunit(s.string)
codeunit(::String) = UInt8
eltype(s::AbstractString) = Char

# ---- indexing and iteration ----------------------------------------------------------------

firstindex(s::AbstractString) = 1
lastindex(s::AbstractString) = thisind(String(s), ncodeunits(s))
eachindex(s::AbstractString) = keys(s)

# the valid indices of a string, in order (Julia's iterator, not a vector)
struct EachStringIndex{T<:AbstractString}
    s::T
end
keys(s::AbstractString) = EachStringIndex(s)

length(e::EachStringIndex) = length(e.s)
first(::EachStringIndex) = 1
last(e::EachStringIndex) = lastindex(e.s)
iterate(e::EachStringIndex, state = firstindex(e.s)) = state > ncodeunits(e.s) ? nothing : (state, nextind(e.s, state))
eltype(::Type{<:EachStringIndex}) = Int
iterate(r::Iterators.Reverse{<:EachStringIndex}, i = lastindex(r.itr.s)) = i < firstindex(r.itr.s) ? nothing : (i, prevind(r.itr.s, i))
function getindex(s::String, r::AbstractRange)
    isempty(r) && return ""
    step(r) == 1 || return String(collect(s)[r])
    i = first(r)
    j = last(r)
    (1 <= i && j <= ncodeunits(s)) || throw(BoundsError(s, r))
    isvalid(s, i) || throw(StringIndexError(s, i))
    isvalid(s, j) || throw(StringIndexError(s, j))
    _substr(s, i, nextind(s, j) - 1)
end
# the characters where f holds, as a String
function filter(f, s::AbstractString)
    io = IOBuffer()
    for c in s
        f(c) && print(io, c)
    end
    String(take!(io))
end
function collect(s::AbstractString)
    out = _new_array(Char, (0,))
    for c in s
        push!(out, c)
    end
    out
end
in(c::Char, s::AbstractString) = findfirst(c, s) !== nothing
in(needle::AbstractString, haystack::AbstractString) = error("use occursin(needle, haystack) for string containment")
convert(::Type{SubString{S}}, s::AbstractString) where {S} = SubString(convert(S, s))
convert(::Type{SubString{S}}, s::SubString{S}) where {S} = s
view(s::AbstractString, r::AbstractUnitRange{<:Integer}) = SubString(s, r)
# a Char is its code point to a number type, and back (Julia's char.jl)
(::Type{T})(c::AbstractChar) where {T<:Number} = T(UInt32(c))
convert(::Type{T}, c::AbstractChar) where {T<:Number} = T(c)
typemax(::Type{Char}) = reinterpret(Char, typemax(UInt32))
typemin(::Type{Char}) = reinterpret(Char, typemin(UInt32))
eltype(::Type{Char}) = Char
first(s::AbstractString) = String(s)[1]
last(s::AbstractString) = (t = String(s); t[thisind(t, ncodeunits(t))])
function first(s::AbstractString, n::Integer)
    n < 0 && throw(ArgumentError("n cannot be negative: $n"))
    t = String(s)
    n == 0 && return ""
    i = 1
    k = 0
    while k < n && i <= ncodeunits(t)
        i = nextind(t, i)
        k += 1
    end
    _substr(t, 1, i - 1)
end
function last(s::AbstractString, n::Integer)
    n < 0 && throw(ArgumentError("n cannot be negative: $n"))
    t = String(s)
    n == 0 && return ""
    i = ncodeunits(t) + 1
    k = 0
    while k < n && i > 1
        i = prevind(t, i)
        k += 1
    end
    _substr(t, i, ncodeunits(t))
end
String(c::Char) = string(c)
# the empty string is the unit of *, so reduce(*, String[]) is ""
one(::Type{String}) = ""
one(::String) = ""
String(a::Vector{Char}) = string(a...)
String(a::AbstractVector{Char}) = string(a...)   # (views and ranges of characters)
string(c::Char) = _char_string(c)
string(s::Symbol) = _symbol_string(s)
String(s::Symbol) = _symbol_string(s)
string(x::Nothing) = "nothing"
ncodeunits(c::Char) = ncodeunits(string(c))

# ---- searching -----------------------------------------------------------------------------

function findnext(c::Char, s::AbstractString, i::Integer)
    t = String(s)
    n = ncodeunits(t)
    (1 <= i <= n + 1) || throw(BoundsError(t, i))   # (one past the end finds nothing, as Julia's)
    while i <= n
        t[i] == c && return i
        i = nextind(t, i)
    end
    nothing
end
function findprev(c::Char, s::AbstractString, i::Integer)
    t = String(s)
    i == ncodeunits(t) + 1 && return nothing   # (as Julia's _rsearch: one past the end finds nothing)
    while i >= 1
        t[i] == c && return i
        i = prevind(t, i)
    end
    nothing
end
function findnext(f::Function, s::AbstractString, i::Integer)
    t = String(s)
    n = ncodeunits(t)
    while i <= n
        f(t[i]) && return i
        i = nextind(t, i)
    end
    nothing
end
function findprev(f::Function, s::AbstractString, i::Integer)
    t = String(s)
    while i >= 1
        f(t[i]) && return i
        i = prevind(t, i)
    end
    nothing
end
findfirst(c::Char, s::AbstractString) = findnext(c, s, 1)
findlast(c::Char, s::AbstractString) = findprev(c, s, lastindex(s))
findfirst(f::Function, s::AbstractString) = findnext(f, s, 1)
findlast(f::Function, s::AbstractString) = findprev(f, s, lastindex(s))
function findnext(t::AbstractString, s::AbstractString, i::Integer)
    u = String(t)
    k = _search(String(s), u, i)
    k == 0 && return nothing
    # (as Julia's: from the first character's index to the last's)
    k:(k + lastindex(u) - 1)
end
# (as Julia's: the match ends within the character at i, or before it)
function findprev(t::AbstractString, s::AbstractString, i::Integer)
    u = String(t)
    S = String(s)
    isempty(u) && return _rsearch(S, u, i) == 0 ? nothing : (i:i-1)
    e = 1 <= i <= ncodeunits(S) ? nextind(S, i) - 1 : i
    e - ncodeunits(u) + 1 < 1 && return nothing
    k = _rsearch(S, u, e - ncodeunits(u) + 1)
    k == 0 && return nothing
    k:(k + lastindex(u) - 1)
end
findfirst(t::AbstractString, s::AbstractString) = findnext(t, s, 1)
findlast(t::AbstractString, s::AbstractString) = findprev(t, s, ncodeunits(s))
occursin(t::AbstractString, s::AbstractString) = _search(String(s), String(t), 1) != 0
occursin(c::Char, s::AbstractString) = c in s
contains(s::AbstractString, t) = occursin(t, s)
startswith(s::AbstractString, t::AbstractString) = ncodeunits(t) <= ncodeunits(s) && _search(String(s), String(t), 1) == 1 ||
    ncodeunits(t) == 0
startswith(s::AbstractString, c::Char) = !isempty(s) && first(s) == c
# (a set of characters: any of them)
startswith(s::AbstractString, cs::Union{Tuple{Vararg{AbstractChar}}, AbstractVector{<:AbstractChar}}) = !isempty(s) && first(s) in cs
endswith(s::AbstractString, cs::Union{Tuple{Vararg{AbstractChar}}, AbstractVector{<:AbstractChar}}) = !isempty(s) && last(s) in cs
# (a set of characters: dict.jl)
# s[v]: the characters at the indices v holds, as a string
# any integer index (s[UInt(2)], s[true]) is an Int's; get with a default, as Julia's
getindex(s::AbstractString, i::Integer) = s[Int(i)]
# ---- a program's own AbstractString (Julia's interface: ncodeunits, codeunit, isvalid and
# iterate): Base reaches its characters through iterate, its text through String(s)
function String(s::AbstractString)
    io = IOBuffer()
    for c in s
        print(io, c)
    end
    String(take!(io))
end
print(io::IO, s::AbstractString) = print(io, String(s))
show(io::IO, s::AbstractString) = print(io, _show_leaf_string(String(s)))
length(s::AbstractString) = (n = 0; for _ in s; n += 1; end; n)
function thisind(s::AbstractString, i::Integer)
    z = ncodeunits(s) + 1
    i == z && return Int(i)
    0 <= i <= z || throw(BoundsError(s, i))
    while 1 < i && !isvalid(s, i)
        i -= 1
    end
    Int(i)
end
sizeof(s::AbstractString) = ncodeunits(s) * sizeof(codeunit(s))
function getindex(s::AbstractString, i::Int)
    checkbounds(Bool, s, i) || throw(BoundsError(s, i))
    isvalid(s, i) || throw(StringIndexError(s, i))
    iterate(s, i)[1]
end
checkbounds(::Type{Bool}, s::AbstractString, i::Integer) = 1 <= i <= ncodeunits(s)
get(s::AbstractString, i::Integer, default) = checkbounds(Bool, s, i) ? s[i] : default
getindex(s::AbstractString, v::Vector{<:Integer}) = (io = IOBuffer(); for i in v; print(io, s[i]); end; String(take!(io)))
getindex(s::AbstractString, v::Vector{Bool}) = s[findall(v)]
# n characters on (or back)
# (as Julia's: past the ends every further step counts one, nextind("abc", 3, 2) == 5)
function nextind(s::AbstractString, i::Integer, n::Integer)
    n < 0 && throw(ArgumentError("n cannot be negative: $n"))
    z = ncodeunits(s)
    0 <= i <= z || throw(BoundsError(s, i))
    n == 0 && return thisind(s, i) == i ? Int64(i) : throw(StringIndexError(s, i))
    i = Int64(i)
    while n > 0 && i < z
        i += 1
        n -= isvalid(s, i)
    end
    i + n
end
nextind(s::AbstractString, i::Integer) = nextind(s, i, 1)
prevind(s::AbstractString, i::Integer) = prevind(s, i, 1)
function prevind(s::AbstractString, i::Integer, n::Integer)
    n < 0 && throw(ArgumentError("n cannot be negative: $n"))
    z = ncodeunits(s) + 1
    0 < i <= z || throw(BoundsError(s, i))
    n == 0 && return thisind(s, i) == i ? Int64(i) : throw(StringIndexError(s, i))
    i = Int64(i)
    while n > 0 && 1 < i
        i -= 1
        n -= isvalid(s, i)
    end
    i - n
end
function endswith(s::AbstractString, t::AbstractString)
    a = String(s)
    b = String(t)
    ncodeunits(b) <= ncodeunits(a) && _substr(a, ncodeunits(a) - ncodeunits(b) + 1, ncodeunits(a)) == b
end
endswith(s::AbstractString, c::Char) = !isempty(s) && last(s) == c
# curried, as predicates: filter(startswith("a"), names), findall(occursin("x"), lines)
startswith(prefix) = Fix2(startswith, prefix)
endswith(suffix) = Fix2(endswith, suffix)
contains(needle) = Fix2(contains, needle)
occursin(needle) = Fix1(occursin, needle)

# ---- transforming --------------------------------------------------------------------------

uppercase(s::AbstractString) = uppercase(String(s))
lowercase(s::AbstractString) = lowercase(String(s))
# (Julia's: a word starts after a character wordsep accepts; strict lowercases the rest of it)
function titlecase(s::AbstractString; wordsep::Function = !isletter, strict::Bool = true)
    io = IOBuffer()
    start = true
    for c in s
        if wordsep(c)
            print(io, c)
            start = true
        else
            print(io, start ? titlecase(c) : strict ? lowercase(c) : c)
            start = false
        end
    end
    String(take!(io))
end
uppercasefirst(s::AbstractString) = isempty(s) ? "" : string(titlecase(first(s)), _substr(String(s), nextind(String(s), 1), ncodeunits(s)))
lowercasefirst(s::AbstractString) = isempty(s) ? "" : string(lowercase(first(s)), _substr(String(s), nextind(String(s), 1), ncodeunits(s)))
reverse(s::AbstractString) = reverse(String(s))
repeat(c::Char, n::Integer) = repeat(string(c), n)
^(c::Char, n::Integer) = repeat(c, n)

_isstripchar(c) = isspace(c)
function lstrip(f::Function, s::AbstractString)
    t = String(s)
    n = ncodeunits(t)
    i = 1
    while i <= n && f(t[i])
        i = nextind(t, i)
    end
    SubString(t, i, n)
end
function rstrip(f::Function, s::AbstractString)
    t = String(s)
    j = lastindex(t)
    while j >= 1 && f(t[j])
        j = prevind(t, j)
    end
    SubString(t, 1, j)
end
_stripper(chars) = chars isa Char ? (c -> c == chars) : (c -> c in chars)
lstrip(s::AbstractString) = lstrip(isspace, s)
rstrip(s::AbstractString) = rstrip(isspace, s)
strip(s::AbstractString) = lstrip(rstrip(s))
lstrip(s::AbstractString, chars) = lstrip(_stripper(chars), s)
rstrip(s::AbstractString, chars) = rstrip(_stripper(chars), s)
strip(s::AbstractString, chars) = lstrip(rstrip(s, chars), chars)
strip(f::Function, s::AbstractString) = lstrip(f, rstrip(f, s))
function chop(s::AbstractString; head::Integer = 0, tail::Integer = 1)
    head < 0 && throw(ArgumentError(string("n cannot be negative: ", head)))
    tail < 0 && throw(ArgumentError(string("n cannot be negative: ", tail)))
    t = String(s)
    n = ncodeunits(t)
    i = 1
    for k in 1:head
        i <= n && (i = nextind(t, i))
    end
    j = lastindex(t)            # the last character's start: SubString(t, i, j) keeps it whole
    for k in 1:tail
        j >= 1 && (j = prevind(t, j))
    end
    SubString(t, i, j)
end
function chomp(s::AbstractString)
    t = String(s)
    n = ncodeunits(t)
    endswith(t, "\r\n") && return SubString(t, 1, n - 2)
    endswith(t, "\n") && return SubString(t, 1, n - 1)
    SubString(t, 1, n)
end

# n counts columns (textwidth), as in Julia: rpad("日本", 6) adds two spaces
function lpad(s, n::Integer, p = ' ')
    t = string(s)
    k = n - textwidth(t)
    k <= 0 && return t
    pad = string(p)
    string(_padding(pad, k), t)
end
function rpad(s, n::Integer, p = ' ')
    t = string(s)
    k = n - textwidth(t)
    k <= 0 && return t
    string(t, _padding(string(p), k))
end
function _padding(p::String, k)
    m = textwidth(p)
    q = div(k, m)
    r = k - q * m
    string(repeat(p, q), first(p, r))
end

# Julia's lazy splitter; here the pieces are found at once and handed out one by one.
eachsplit(s::AbstractString, args...; kws...) = (piece for piece in split(s, args...; kws...))
function split(s::AbstractString, dlm; limit::Integer = 0, keepempty::Bool = true)
    t = String(s)
    out = _new_array(SubString{String}, (0,))
    n = ncodeunits(t)
    i = 1
    # as Julia's _split: a match starts at j and ends before k; an empty match where the piece
    # starts is skipped (split("abc", "") is ["a", "b", "c"])
    j, k = _split_delim(dlm, t, 1)
    while 0 < j <= n && length(out) != limit - 1
        if i < k
            if keepempty || i < j
                push!(out, SubString(t, i, j - 1))
            end
            i = k
        end
        k <= j && (k = nextind(t, j))
        k > n && break
        j, k = _split_delim(dlm, t, k)
    end
    if keepempty || i <= n
        push!(out, SubString(t, i, n))
    end
    out
end
split(s::AbstractString; limit::Integer = 0, keepempty::Bool = false) = split(s, isspace; limit = limit, keepempty = keepempty)
# (split: where the next match of the delimiter starts and the index just after it; (0, 0) if none)
function _split_delim(dlm::Union{Char, Function}, t, i)
    k = findnext(dlm, t, i)
    k === nothing ? (0, 0) : (k, nextind(t, k))
end
function _split_delim(dlm, t, i)
    r = _find_delim(dlm, t, i)
    r === nothing ? (0, 0) : (r[1], r[2] < r[1] ? r[1] : nextind(t, r[2]))
end
# (replace: the first and last index of the next match, or nothing)
function _find_delim(dlm::AbstractString, t, i)
    r = findnext(dlm, t, i)
    r === nothing ? nothing : (first(r), first(r) + ncodeunits(dlm) - 1)
end
function _find_delim(dlm::Char, t, i)
    k = findnext(dlm, t, i)
    k === nothing ? nothing : (k, nextind(t, k) - 1)
end
function _find_delim(dlm::Function, t, i)
    k = findnext(dlm, t, i)
    k === nothing ? nothing : (k, nextind(t, k) - 1)
end
_find_delim(dlm, t, i) = _find_delim(c -> c in dlm, t, i)
# as Julia's _rsplit: pieces from the end, the first piece keeping whatever the limit leaves
function rsplit(s::AbstractString, dlm; limit::Integer = 0, keepempty::Bool = true)
    t = String(s)
    out = _new_array(SubString{String}, (0,))
    n = lastindex(t)
    j, k = _rsplit_delim(dlm, t, n)
    while j > 0 && k > 0 && length(out) != limit - 1
        (keepempty || k < n) && pushfirst!(out, SubString(t, nextind(t, k), n))
        n = prevind(t, j)
        j, k = n > 0 ? _rsplit_delim(dlm, t, n) : (0, 0)
    end
    (keepempty || n > 0) && pushfirst!(out, SubString(t, 1, n))
    out
end
rsplit(s::AbstractString; limit::Integer = 0, keepempty::Bool = false) = rsplit(s, isspace; limit = limit, keepempty = keepempty)
# (rsplit: where the last match of the delimiter ending at or before n starts and ends; (0, 0) if none)
function _rsplit_delim(dlm::AbstractString, t, n)
    r = findprev(dlm, t, n)
    r === nothing ? (0, 0) : (first(r), last(r))
end
_rsplit_delim(dlm::AbstractChar, t, n) = _rsplit_delim(==(dlm), t, n)
function _rsplit_delim(dlm::Function, t, n)
    k = findprev(dlm, t, n)
    k === nothing ? (0, 0) : (k, k)
end
_rsplit_delim(dlm, t, n) = _rsplit_delim(c -> c in dlm, t, n)

replace(s::AbstractString, p::Pair; count::Integer = typemax_int()) = _replace_pairs(String(s), (p,), count)
# several patterns at once, as Julia's: at each place the leftmost match of any (the first
# pattern given on a tie) is replaced, and replacements are not searched again
replace(s::AbstractString, p1::Pair, p2::Pair, ps::Pair...; count::Integer = typemax_int()) = _replace_pairs(String(s), (p1, p2, ps...), count)
function _replace_pairs(t::String, pairs, count)
    io = IOBuffer()
    i = 1
    n = ncodeunits(t)
    k = 0
    after_match = false
    while k < count && i <= n + 1
        best = 0
        ba = bb = 0
        bfound = nothing
        for q in 1:length(pairs)
            pat = pairs[q].first
            if pat isa Regex
                f = _regex_search(pat, t, i)
                f === nothing && continue
                a, b = f[1], f[2]
            elseif i > n
                # past the end only an empty pattern matches
                (pat isa AbstractString && isempty(pat)) || continue
                a, b, f = i, i - 1, nothing
            else
                r = _find_delim(pat, t, i)
                r === nothing && continue
                a, b = r
                f = nothing
            end
            if best == 0 || a < ba
                best, ba, bb, bfound = q, a, b, f
            end
        end
        best == 0 && break
        a, b = ba, bb
        if b < a && a == i && after_match
            # an empty match right where a match ended is not replaced (Julia's _replace_finish):
            # replace("axxb", r"x*" => "-") == "-a-b-"
            a <= n && print(io, t[a])
            i = a <= n ? nextind(t, a) : n + 2
            after_match = false
            continue
        end
        after_match = b >= a
        print(io, _substr(t, i, a - 1))
        pat, rep = pairs[best].first, pairs[best].second
        if pat isa Regex && rep isa SubstitutionString
            _substitute(io, rep, _regex_match(pat, t, bfound))
        elseif rep isa Function
            # the match as a SubString for a string or regex pattern, else the character
            print(io, rep(pat isa Union{AbstractString, Regex} ? SubString(t, a, b) : t[a]))
        else
            print(io, rep)
        end
        k += 1
        if b < a
            # an empty match: the character after it is kept and the search goes on past it
            a <= n && print(io, t[a])
            i = a <= n ? nextind(t, a) : n + 2
        else
            i = b + 1
        end
    end
    i <= n && print(io, _substr(t, i, n))
    String(take!(io))
end
typemax_int() = 9223372036854775807
# replace(io, s, pats...): the result written to io (Julia 1.10)
replace(io::IO, s::AbstractString, p::Pair, ps::Pair...; count::Integer = typemax_int()) = (print(io, _replace_pairs(String(s), (p, ps...), count)); io)

function join(io::IO, xs, delim, last)
    n = length(xs)
    for (i, x) in enumerate(xs)
        i > 1 && print(io, i == n ? last : delim)
        print(io, x)
    end
    nothing
end
function join(io::IO, xs, delim = "")
    first = true
    for x in xs
        first || print(io, delim)
        print(io, x)
        first = false
    end
    nothing
end
function join(xs, delim, last)
    v = collect(xs)
    n = length(v)
    io = IOBuffer()
    for i in 1:n
        i > 1 && print(io, i == n ? last : delim)
        print(io, v[i])
    end
    String(take!(io))
end

# ---- parsing -------------------------------------------------------------------------------


# ---- characters ----------------------------------------------------------------------------

isless(a::AbstractString, b::AbstractString) = isless(String(a), String(b))
# symbols compare by their names' bytes, as Julia's strcmp does
isless(a::Symbol, b::Symbol) = isless(String(a), String(b))
Char(c::Char) = c
struct InvalidCharError{T<:AbstractChar} <: Exception
    char::T
end
# Int64(c) of a Char that is not UTF-8 (a string's malformed bytes) is its bits, at least 0x80000000
codepoint(c::Char) = (n = Int64(c); n >= 0x80000000 ? throw(InvalidCharError(c)) : UInt32(n))
# a surrogate is no Unicode scalar value; a malformed Char is none either
isvalid(c::Char) = (n = Int64(c); n <= 0x10ffff && !(0xd800 <= n <= 0xdfff))
# a Char is a collection of itself, as in Julia (`c in '\n'`, `for x in 'a'`)
iterate(c::AbstractChar, done = false) = done ? nothing : (c, true)
length(c::AbstractChar) = 1
in(x::AbstractChar, y::AbstractChar) = x == y
# bytes that are no UTF-8 sequence: a lone continuation byte, a lead byte without enough
# continuation bytes, a byte 0xf8 and up (overlong forms and encoded surrogates are not malformed)
function ismalformed(c::Char)
    u = reinterpret(UInt32, c)
    l1 = leading_ones(u) << 3
    t0 = trailing_zeros(u) & 56
    (l1 == 8) | (l1 + t0 > 32) | (((u & 0x00c0c0c0) ⊻ 0x00808080) >> t0 != 0)
end
# textwidth(c::Char) is a builtin (CharWidth.java): 0, 1 or 2 columns, as utf8proc's charwidth
function textwidth(s::AbstractString)
    n = 0
    for c in s
        n += c < '\u0300' ? (isascii(c) && !iscntrl(c) ? 1 : textwidth(c)) : textwidth(c)
    end
    n
end
string(x::AbstractString) = String(x)
# the characters starting at byte indices i through j (neither need start one), as Julia's
function length(s::AbstractString, i::Integer, j::Integer)
    0 < i <= ncodeunits(s) + 1 || throw(BoundsError(s, i))
    0 <= j < ncodeunits(s) + 1 || throw(BoundsError(s, j))
    n = 0
    for k in i:j
        n += isvalid(s, k)
    end
    n
end

"""
    findall(pattern, s; overlap = false)

The ranges of `s` where the string or regex `pattern` occurs.
"""
# the (code unit) indices of the characters where f holds, of the character c
function findall(f::Function, s::AbstractString)
    out = Int[]
    for i in eachindex(s)
        f(s[i]) && push!(out, i)
    end
    out
end
findall(c::AbstractChar, s::AbstractString) = findall(isequal(c), s)
function findall(pat::Union{AbstractString, Regex}, s::AbstractString; overlap::Bool = false)
    out = UnitRange{Int}[]
    i = firstindex(s)
    while i <= ncodeunits(s) + 1
        r = findnext(pat, s, i)
        r === nothing && break
        push!(out, r)
        first(r) > ncodeunits(s) && break   # (an empty pattern matches once past the end too)
        i = overlap || isempty(r) ? nextind(s, first(r)) : nextind(s, last(r))
    end
    return out
end

"""
    count(pattern, s; overlap = false)

How many times the string or regex `pattern` occurs in `s`.
"""
count(pat::Union{AbstractString, Regex}, s::AbstractString; overlap::Bool = false) = length(findall(pat, s; overlap = overlap))
count(c::AbstractChar, s::AbstractString) = count(==(c), s)

"""
    CodeUnits(s::AbstractString)

The code units (UTF-8 bytes) of `s` as a read-only vector: element `i` is `codeunit(s, i)`,
read from the string itself, nothing is copied.
"""
struct CodeUnits{T,S<:AbstractString} <: DenseVector{T}
    s::S
    CodeUnits(s::S) where {S<:AbstractString} = new{codeunit(s),S}(s)
end

length(s::CodeUnits) = ncodeunits(s.s)
sizeof(s::CodeUnits{T}) where {T} = ncodeunits(s.s) * sizeof(T)
size(s::CodeUnits) = (length(s),)
getindex(s::CodeUnits, i::Int) = codeunit(s.s, i)
iterate(s::CodeUnits, i::Int = 1) = i <= ncodeunits(s.s) ? (codeunit(s.s, i), i + 1) : nothing
write(io::IO, s::CodeUnits) = write(io, s.s)
write(io::IO, s::CodeUnits{UInt8}) = write(io, s.s)

"""
    codeunits(s::AbstractString)

The code units of `s` as a read-only vector, a `Base.CodeUnits` that shares the string's
bytes (`collect` or `Vector{UInt8}` make a copy). A new string type may define its own
`codeunits`.
"""
codeunits(s::AbstractString) = CodeUnits(s)
Vector{UInt8}(s::CodeUnits{UInt8,String}) = copyto!(Vector{UInt8}(undef, length(s)), s)
Vector{UInt8}(s::AbstractString) = Vector{UInt8}(codeunits(String(s)))
Array{UInt8}(s::String) = Vector{UInt8}(codeunits(s))
String(s::CodeUnits{UInt8,String}) = s.s

"""
    bytes2hex(bytes), hex2bytes(s)

Bytes as a string of two lowercase hex digits each, and back: `bytes2hex(UInt8[1, 255]) == "01ff"`.
"""
function bytes2hex(bytes)
    io = IOBuffer()
    for b in bytes
        print(io, string(UInt8(b); base = 16, pad = 2))
    end
    String(take!(io))
end
hex2bytes(s::AbstractString) = hex2bytes!(Vector{UInt8}(undef, ncodeunits(s) >> 1), s)
hex2bytes(s::AbstractVector{UInt8}) = hex2bytes(String(copy(s)))
"""
    hex2bytes!(dest, s)

`hex2bytes(s)` into `dest`, which must have half as many elements as `s` has digits.
"""
function hex2bytes!(out::AbstractArray{UInt8}, s::AbstractString)
    iseven(ncodeunits(s)) || throw(ArgumentError("string length must be even: length(s) = $(ncodeunits(s))"))
    length(out) == ncodeunits(s) >> 1 || throw(ArgumentError("length of output array must be `(length(s) >> 1) == $(ncodeunits(s) >> 1)`, got $(length(out))"))
    for i in 1:length(out)
        out[i] = parse(UInt8, SubString(s, 2i - 1, 2i); base = 16)
    end
    out
end

"""
    b"..."

The bytes of a string literal (escapes processed): `b"a\x01" == UInt8[0x61, 0x01]`.
"""
macro b_str(s)
    v = codeunits(unescape_string(s))
    QuoteNode(v)
end

# the tail of a string from an iteration state (`c, cs... = "text"`: Base.rest in iteration.jl)
rest(s::Union{String, SubString{String}}, i::Int = 1) = SubString(s, i)
rest(s::AbstractString, st...) = String(collect(Iterators.rest(s, st...)))

"""
    transcode(T, src)

The text of `src` in another Unicode encoding: `transcode(UInt8, s)` its UTF-8 code units,
`transcode(UInt16, s)` UTF-16 ones, `transcode(String, units)` the string they encode.
"""
transcode(::Type{UInt8}, s::AbstractString) = Vector{UInt8}(codeunits(String(s)))
transcode(::Type{UInt8}, a::AbstractVector{UInt8}) = copy(a)
function transcode(::Type{UInt16}, s::AbstractString)
    out = UInt16[]
    for c in s
        u = UInt32(c)
        if u < 0x10000
            push!(out, u % UInt16)
        else
            v = u - 0x10000
            push!(out, (0xd800 + (v >> 10)) % UInt16, (0xdc00 + (v & 0x3ff)) % UInt16)
        end
    end
    out
end
transcode(::Type{UInt32}, s::AbstractString) = UInt32[UInt32(c) for c in s]
transcode(::Type{UInt32}, a::AbstractVector{<:Union{UInt8, UInt16}}) = transcode(UInt32, transcode(String, a))
transcode(::Type{T}, a::AbstractVector{UInt32}) where {T<:Union{UInt8, UInt16}} = transcode(T, transcode(String, a))
transcode(::Type{String}, a::AbstractVector{UInt32}) = String(map(Char, a))
transcode(::Type{UInt32}, a::AbstractVector{UInt32}) = copy(a)
transcode(::Type{UInt16}, a::AbstractVector{UInt16}) = copy(a)
transcode(::Type{String}, s::AbstractString) = String(s)
transcode(::Type{String}, a::AbstractVector{UInt8}) = String(copy(a))
function transcode(::Type{String}, a::AbstractVector{UInt16})
    io = IOBuffer()
    i = 1
    while i <= length(a)
        u = UInt32(a[i])
        if 0xd800 <= u < 0xdc00 && i < length(a) && 0xdc00 <= a[i + 1] < 0xe000
            print(io, Char(0x10000 + ((u - 0xd800) << 10) + (UInt32(a[i + 1]) - 0xdc00)))
            i += 2
        else
            print(io, Char(u))
            i += 1
        end
    end
    String(take!(io))
end
transcode(::Type{UInt16}, a::AbstractVector{UInt8}) = transcode(UInt16, String(copy(a)))
transcode(::Type{UInt8}, a::AbstractVector{UInt16}) = transcode(UInt8, transcode(String, a))

# ---- LazyString ---------------------------------------------------------------------------------

"""
    LazyString(args...)
    lazy"...\$(x)..."

A string of `args` printed one after another, made only when it is first used as a string (for
error messages that are usually never shown); it is then kept.
"""
mutable struct LazyString <: AbstractString
    parts::Tuple
    str::Union{String, Nothing}
    LazyString(args...) = new(args, nothing)
end
function String(l::LazyString)
    s = l.str
    s === nothing || return s
    s = string(l.parts...)
    l.str = s
    s
end
convert(::Type{String}, l::LazyString) = String(l)
string(l::LazyString) = String(l)
print(io::IO, l::LazyString) = print(io, String(l))
show(io::IO, l::LazyString) = show(io, String(l))
ncodeunits(l::LazyString) = ncodeunits(String(l))
codeunit(l::LazyString) = UInt8
codeunit(l::LazyString, i::Integer) = codeunit(String(l), i)
isvalid(l::LazyString, i::Integer) = isvalid(String(l), i)
iterate(l::LazyString, state...) = iterate(String(l), state...)
length(l::LazyString) = length(String(l))
sizeof(l::LazyString) = sizeof(String(l))
# a string's bytes (a SubString's own part), a symbol's name's
sizeof(s::AbstractString) = ncodeunits(s) * sizeof(codeunit(s))
sizeof(s::Symbol) = ncodeunits(string(s))
# strings of different types meet as String (["a", SubString("b")] is a Vector{String})
promote_rule(::Type{<:AbstractString}, ::Type{<:AbstractString}) = String
getindex(l::LazyString, i) = String(l)[i]
lastindex(l::LazyString) = lastindex(String(l))
==(a::LazyString, b::AbstractString) = String(a) == b
==(a::AbstractString, b::LazyString) = a == String(b)
==(a::LazyString, b::LazyString) = String(a) == String(b)
hash(l::LazyString, h::UInt) = hash(String(l), h)
macro lazy_str(text)
    ex = Meta.parse(string('"', text, '"'))
    ex isa Expr && ex.head === :string ? :(LazyString($(map(esc, ex.args)...))) : LazyString(ex)
end

# display of a character (Julia's show(io, ::MIME"text/plain", ::AbstractChar)): its code point and
# Unicode category, 'a': ASCII/Unicode U+0061 (category Ll: Letter, lowercase)
const _CATEGORY_CODES = ("Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps",
    "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co")
const _CATEGORY_NAMES = ("Other, not assigned", "Letter, uppercase", "Letter, lowercase", "Letter, titlecase",
    "Letter, modifier", "Letter, other", "Mark, nonspacing", "Mark, spacing combining", "Mark, enclosing",
    "Number, decimal digit", "Number, letter", "Number, other", "Punctuation, connector", "Punctuation, dash",
    "Punctuation, open", "Punctuation, close", "Punctuation, initial quote", "Punctuation, final quote",
    "Punctuation, other", "Symbol, math", "Symbol, currency", "Symbol, modifier", "Symbol, other",
    "Separator, space", "Separator, line", "Separator, paragraph", "Other, control", "Other, format",
    "Other, surrogate", "Other, private use")
function show(io::IO, ::MIME"text/plain", c::Char)
    show(io, c)
    get(io, :compact, false) === true && return
    if ismalformed(c)
        print(io, ": Malformed UTF-8 (category Ma: Malformed, bad data)")
        return
    end
    print(io, ": ")
    if isoverlong(c)
        print(io, "[overlong] ")
        c = Char(decode_overlong(c))
    end
    u = UInt32(c)
    print(io, isascii(c) ? "ASCII/" : "", "Unicode U+", uppercase(string(u, base = 16, pad = 4)))
    if u > 0x10ffff
        print(io, " (category In: Invalid, too high)")
    else
        k = _char_category(c) + 1
        print(io, " (category ", _CATEGORY_CODES[k], ": ", _CATEGORY_NAMES[k], ")")
    end
end
# a Char of the bytes of a longer-than-needed UTF-8 form ('\xc0\x80' for '\0'), and its code point (Julia's)
isoverlong(c::Char) = (u = reinterpret(UInt32, c); (u >> 24 == 0xc0) | (u >> 24 == 0xc1) | (u >> 21 == 0x0704) | (u >> 20 == 0x0f08))
function decode_overlong(c::Char)
    u = reinterpret(UInt32, c)
    l1 = leading_ones(u)
    t0 = trailing_zeros(u) & 56
    u &= 0xffffffff >> l1
    u >>= t0
    ((u & 0x7f000000) >> 6) | ((u & 0x007f0000) >> 4) | ((u & 0x00007f00) >> 2) | (u & 0x0000007f)
end
^(s::Union{AbstractString, AbstractChar}, n::Integer) = repeat(s, Int(n))
# a Char modulo a number type is its code point modulo it (char.jl): 'é' % UInt8 == 0xe9
rem(x::AbstractChar, ::Type{T}) where {T<:Number} = rem(codepoint(x), T)
