# Regular expressions: r"..." literals and Regex (compiled by java.util.regex, see JlRegex.java),
# match/RegexMatch, eachmatch, occursin, findfirst/findnext/findall, count, replace with
# s"..." substitutions, split, startswith/endswith.

abstract type AbstractMatch end

"""
    RegexMatch <: AbstractMatch

A match of a `Regex` in a string, from `match` or `eachmatch`: `m.match` (the matched
substring), `m.captures` (each group's substring, `nothing` for a group that did not take part),
`m.offset` and `m.offsets` (their start indices), `m.regex`. `m[i]` and `m[:name]` give a capture.
"""
struct RegexMatch <: AbstractMatch
    match::SubString{String}
    captures::Vector{Union{Nothing, SubString{String}}}
    offset::Int
    offsets::Vector{Int}
    regex::Regex
end

"""
    SubstitutionString(s)
    s"..."

The replacement of `replace(str, regex => s"...")`: `\\0` is the whole match, `\\1`... the groups,
`\\g<name>` a named group, `\\\\` a backslash.
"""
struct SubstitutionString{T<:AbstractString} <: AbstractString
    string::T
end
ncodeunits(s::SubstitutionString) = ncodeunits(s.string)
String(s::SubstitutionString) = String(s.string)
print(io::IO, s::SubstitutionString) = print(io, s.string)
show(io::IO, s::SubstitutionString) = (print(io, "s"); show(io, s.string))

function show(io::IO, r::Regex)
    print(io, "r\"")
    p = _regex_pattern(r)
    for c in p
        c == '"' ? print(io, "\\\"") : print(io, c)
    end
    print(io, '"', _regex_flags(r))
end
==(a::Regex, b::Regex) = _regex_pattern(a) == _regex_pattern(b) && _regex_flags(a) == _regex_flags(b)
hash(r::Regex, h::UInt) = hash(_regex_pattern(r), hash(_regex_flags(r), h))

function _regex_match(r::Regex, s::String, found)
    n = div(length(found), 2) - 1
    caps = Vector{Union{Nothing, SubString{String}}}(undef, n)
    offs = Vector{Int}(undef, n)
    for g in 1:n
        a = found[2g + 1]
        b = found[2g + 2]
        caps[g] = a == 0 ? nothing : SubString(s, a, b)
        offs[g] = a
    end
    RegexMatch(SubString(s, found[1], found[2]), caps, found[1], offs, r)
end

eltype(::Type{RegexMatch}) = Union{Nothing, SubString{String}}

"""
    match(r::Regex, s::AbstractString[, start::Int]) -> Union{RegexMatch, Nothing}

The first match of `r` in `s` at or after index `start`, or `nothing`.
"""
function match(r::Regex, s::AbstractString, start::Integer = 1)
    t = String(s)
    (1 <= start <= ncodeunits(t) + 1) || throw(BoundsError(t, start))
    found = _regex_search(r, t, Int(start))
    found === nothing ? nothing : _regex_match(r, t, found)
end

occursin(r::Regex, s::AbstractString; offset::Integer = 0) = _regex_search(r, String(s), Int(offset) + 1) !== nothing
# the prefix (suffix) r matches removed, as Julia's (anchored matches)
function chopprefix(s::AbstractString, r::Regex)
    m = match(r, s)
    m === nothing || m.offset != 1 ? SubString(s) : SubString(s, ncodeunits(m.match) + 1)
end
function chopsuffix(s::AbstractString, r::Regex)
    found = _regex_search_ending(r, String(s))
    found === nothing || found[2] < found[1] ? SubString(s) : SubString(s, firstindex(s), prevind(s, found[1]))
end
startswith(s::AbstractString, r::Regex) = (m = match(r, s); m !== nothing && m.offset == 1)
# a match that ends where s does (PCRE2's ENDANCHORED), not only the leftmost match
endswith(s::AbstractString, r::Regex) = _regex_search_ending(r, String(s)) !== nothing

# (a match's range runs from its first character's index to its last's, as Julia's)
function findnext(r::Regex, s::AbstractString, i::Integer)
    t = String(s)
    f = _regex_search(r, t, Int(i))
    f === nothing ? nothing : f[2] < f[1] ? (f[1]:f[2]) : (f[1]:thisind(t, f[2]))
end
findfirst(r::Regex, s::AbstractString) = findnext(r, s, 1)
_find_delim(r::Regex, t, i) = (f = _regex_search(r, t, i); f === nothing ? nothing : (f[1], f[2]))

"""
    eachmatch(r::Regex, s::AbstractString; overlap = false)

An iterator over the matches of `r` in `s` (`RegexMatch`es); with `overlap = true` a match may
start inside the previous one.
"""
struct RegexMatchIterator
    regex::Regex
    string::String
    overlap::Bool
end
IteratorSize(::Type{RegexMatchIterator}) = SizeUnknown()
eachmatch(r::Regex, s::AbstractString; overlap::Bool = false) = RegexMatchIterator(r, String(s), overlap)
function iterate(it::RegexMatchIterator, i = 1)
    t = it.string
    i > ncodeunits(t) + 1 && return nothing
    found = _regex_search(it.regex, t, i)
    found === nothing && return nothing
    m = _regex_match(it.regex, t, found)
    a, b = found[1], found[2]
    next = it.overlap || b < a ? (a <= ncodeunits(t) ? nextind(t, a) : a + 1) : b + 1
    (m, next)
end
eltype(::Type{RegexMatchIterator}) = RegexMatch
collect(it::RegexMatchIterator) = (out = RegexMatch[]; for m in it; push!(out, m); end; out)
length(it::RegexMatchIterator) = (k = 0; for m in it; k += 1; end; k)

findall(r::Regex, s::AbstractString; overlap::Bool = false) = [m.offset:m.offset + ncodeunits(m.match) - 1 for m in eachmatch(r, s; overlap = overlap)]
count(r::Regex, s::AbstractString; overlap::Bool = false) = length(eachmatch(r, s; overlap = overlap))

# m[i], m[:name], m["name"]; keys and iteration over the captures
getindex(m::RegexMatch, i::Integer) = m.captures[i]
function getindex(m::RegexMatch, name::Union{Symbol, AbstractString})
    names = _regex_group_names(m.regex)
    for g in 1:length(names)
        names[g] !== nothing && names[g] == string(name) && return m.captures[g]
    end
    error("no capture group named ", name, " found in regex")
end
haskey(m::RegexMatch, i::Integer) = 1 <= i <= length(m.captures)
haskey(m::RegexMatch, name::Union{Symbol, AbstractString}) = any(n -> n !== nothing && n == string(name), _regex_group_names(m.regex))
keys(m::RegexMatch) = [n === nothing ? g : n for (g, n) in enumerate(_regex_group_names(m.regex))]
iterate(m::RegexMatch, i = 1) = i > length(m.captures) ? nothing : (m.captures[i], i + 1)
length(m::RegexMatch) = length(m.captures)

function show(io::IO, m::RegexMatch)
    print(io, "RegexMatch(")
    show(io, m.match)
    names = _regex_group_names(m.regex)
    for g in 1:length(m.captures)
        print(io, ", ", names[g] === nothing ? g : names[g], "=")
        show(io, m.captures[g])
    end
    print(io, ")")
end

# A substitution string's escapes but \\, \g<...> and \<digits> (Julia's KEEP_ESC) mean what they do in a string.
function _unescape_substitution(t::String)
    occursin('\\', t) || return t
    out = IOBuffer()
    start = 1
    i = 1
    n = ncodeunits(t)
    while i <= n
        if t[i] == '\\' && i < n
            d = t[i + 1]
            if isdigit(d) || d == 'g' || d == '\\'
                print(out, unescape_string(SubString(t, start, prevind(t, i))), '\\', d)
                i += 2
                start = i
                continue
            end
            i += 2
            continue
        end
        i = nextind(t, i)
    end
    print(out, unescape_string(SubString(t, start, n)))
    String(take!(out))
end

# replace(s, r"..." => s"\1") and friends: the substitution is expanded per match
function _substitute(io, sub::SubstitutionString, m::RegexMatch)
    t = _unescape_substitution(String(sub.string))
    i = 1
    n = ncodeunits(t)
    while i <= n
        c = t[i]
        if c == '\\' && i < n
            d = t[i + 1]
            if isdigit(d)
                j = i + 1
                while j <= n && isdigit(t[j])
                    j += 1
                end
                g = parse(Int, t[i + 1:j - 1])
                g == 0 ? print(io, m.match) : (g <= length(m.captures) || throw(ErrorException(string("Bad replacement string: ", t))); _print_capture(io, m.captures[g]))
                i = j
                continue
            elseif d == 'g' && i + 2 <= n && t[i + 2] == '<'
                close = findnext('>', t, i + 3)
                close === nothing && throw(ErrorException(string("Bad replacement string: ", t)))
                key = t[i + 3:close - 1]
                g = all(isdigit, key) ? parse(Int, key) : 0
                named = !all(isdigit, key)
                named && !haskey(m, Symbol(key)) && error("Bad replacement string: Group ", key, " not found in regex ", repr(m.regex))
                named ? _print_capture(io, m[key]) : (g == 0 ? print(io, m.match) : _print_capture(io, m.captures[g]))
                i = close + 1
                continue
            elseif d == '\\'
                print(io, '\\')
                i += 2
                continue
            end
        end
        print(io, c)
        i = nextind(t, i)
    end
end
_print_capture(io, c) = c === nothing || print(io, c)


# r1 * r2 (and strings, chars): one Regex matching the parts in turn. Flags all parts share stay
# flags of the result; the others apply to their own part only, `(?i:a)`; a string or char is
# matched literally, `\Q...\E` (as Julia's).
function *(r1::Union{Regex,AbstractString,AbstractChar}, rs::Union{Regex,AbstractString,AbstractChar}...)
    parts = (r1, rs...)
    shared = "imsx"
    for r in parts
        r isa Regex && (shared = filter(c -> c in _regex_flags(r), shared))
    end
    unshared = filter(c -> !(c in shared), "imsx")
    Regex(join(map(p -> _regex_part(p, unshared), parts)), shared)
end
*(r::Regex) = r
_regex_part(r::Regex, unshared) = string("(?", filter(c -> c in unshared && c in _regex_flags(r), "imsx"), ':', _regex_pattern(r), ')')
_regex_part(s::AbstractString, unshared) = string("\\Q", replace(s, "\\E" => "\\\\E\\QE"), "\\E")
_regex_part(c::AbstractChar, unshared) = string("\\Q", c, "\\E")
^(r::Regex, i::Integer) = Regex(string("(?:", _regex_pattern(r), "){", i, "}"), _regex_flags(r))
