# the extended grapheme clusters of a string (Unicode.graphemes), as substrings
struct GraphemeIterator{S<:AbstractString}
    string::S
    starts::Vector{Int}
end
length(g::GraphemeIterator) = length(g.starts)
eltype(::Type{GraphemeIterator{S}}) where {S} = SubString{S}
function iterate(g::GraphemeIterator, k = 1)
    k > length(g.starts) && return nothing
    stop = k == length(g.starts) ? ncodeunits(g.string) : prevind(g.string, g.starts[k + 1])
    (SubString(g.string, g.starts[k], stop), k + 1)
end
show(io::IO, g::GraphemeIterator{S}) where {S} = print(io, "length-", length(g), " GraphemeIterator{", S, "} for \"", g.string, "\"")

"""
    Base.Unicode

What Julia's Unicode standard library gives (`using Unicode`, which finds this module, as Julia's
stdlib re-exports these from Base.Unicode): `Unicode.normalize` (the forms NFC, NFD, NFKC, NFKD, case
folding, stripping of marks and control characters), `graphemes` (extended grapheme clusters),
`isequal_normalized` and `Unicode.isassigned`.
"""
module Unicode

import ..Base: _unicode_normalize, _grapheme_starts, _unicode_assigned, GraphemeIterator
export graphemes, isequal_normalized

"""
    Unicode.normalize(s::AbstractString; keywords...)
    Unicode.normalize(s::AbstractString, normalform::Symbol)

`s` in a Unicode normal form: `:NFC`, `:NFD`, `:NFKC` or `:NFKD`, or as the keywords ask:
`compose = true` (canonical composition, the default), `decompose = true`, `compat = true`
(compatibility forms), `casefold = true`, `stripmark = true` (diacritical marks), `stripcc = true`
(control characters), `chartransform` (a function applied to each character first).
"""
function normalize(s::AbstractString, nf::Symbol)
    nf in (:NFC, :NFD, :NFKC, :NFKD) || throw(ArgumentError(":$nf is not one of :NFC, :NFD, :NFKC, :NFKD"))
    _unicode_normalize(String(s), nf, false, false, false)
end
function normalize(s::AbstractString; stable::Bool = false, compat::Bool = false, compose::Bool = true,
                   decompose::Bool = false, stripignore::Bool = false, rejectna::Bool = false,
                   newline2ls::Bool = false, newline2ps::Bool = false, newline2lf::Bool = false,
                   stripcc::Bool = false, casefold::Bool = false, lump::Bool = false, stripmark::Bool = false,
                   chartransform = identity)
    (compose & decompose) && throw(ArgumentError("only one of decompose or compose may be true"))
    (!(compat | compose | decompose) & stripmark) && throw(ArgumentError("stripmark=true requires compose=true or decompose=true"))
    t = chartransform === identity ? String(s) : map(chartransform, String(s))
    form = decompose ? (compat ? :NFKD : :NFD) : compose ? (compat ? :NFKC : :NFC) : compat ? :NFKD : :none
    _unicode_normalize(t, form, casefold, stripmark, stripcc)
end

"""
    isequal_normalized(s1, s2; casefold = false, stripmark = false, chartransform = identity)

Whether `s1` and `s2` are the same text once both are in canonical normal form (and case-folded,
or stripped of marks, when asked).
"""
isequal_normalized(s1::AbstractString, s2::AbstractString; casefold::Bool = false, stripmark::Bool = false, chartransform = identity) =
    normalize(s1; compose = false, decompose = true, casefold, stripmark, chartransform) ==
    normalize(s2; compose = false, decompose = true, casefold, stripmark, chartransform)

"""
    Unicode.isassigned(c) -> Bool

Whether the character or code point `c` is assigned in Unicode (not in category Cn).
"""
isassigned(c::AbstractChar) = _unicode_assigned(Int64(codepoint(c)))
isassigned(c::Integer) = _unicode_assigned(Int64(c))

"""
    graphemes(s::AbstractString) -> iterator of SubStrings
    graphemes(s::AbstractString, m:n) -> SubString

The extended grapheme clusters of `s` (what a reader sees as one character: "e" with a combining
accent, a flag, a family emoji), as substrings; with a range, the substring of graphemes `m` to `n`.
"""
graphemes(s::AbstractString) = GraphemeIterator(s, _grapheme_starts(String(s)))
function graphemes(s::AbstractString, r::AbstractUnitRange{<:Integer})
    starts = _grapheme_starts(String(s))
    isempty(r) && return SubString(s, 1, 0)
    (1 <= first(r) && last(r) <= length(starts)) || throw(BoundsError(s, r))
    stop = last(r) == length(starts) ? ncodeunits(s) : prevind(s, starts[last(r) + 1])
    SubString(s, starts[first(r)], stop)
end

end
