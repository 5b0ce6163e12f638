# The document type and the parsing driver.

# A flavour: block parsers that may interrupt a paragraph (`breaking`), the other block
# parsers (`regular`), and inline parsers by the character that starts them (`inner`).
mutable struct Config
    breaking::Vector{Function}
    regular::Vector{Function}
    inner::Dict{Char, Vector{Function}}
end

Config() = Config(Function[], Function[], Dict{Char, Vector{Function}}())

"""
    Markdown.MD

A Markdown document: its blocks (`content`, paragraphs, headers, lists, code...) and
information about it (`meta`).
"""
mutable struct MD
    content::Vector{Any}
    meta::Dict{Symbol, Any}

    MD(content::AbstractVector, meta::Dict = Dict()) = new(content, meta)
end

MD(xs...) = MD(vcat(xs...))

function MD(cfg::Config, xs...)
    md = MD(xs...)
    md.meta[:config] = cfg
    return md
end

config(md::MD) = md.meta[:config]::Config

Base.push!(md::MD, x) = push!(md.content, x)
Base.getindex(md::MD, args...) = md.content[args...]
Base.setindex!(md::MD, args...) = setindex!(md.content, args...)
Base.lastindex(md::MD) = lastindex(md.content)
Base.firstindex(md::MD) = firstindex(md.content)
Base.length(md::MD) = length(md.content)
Base.isempty(md::MD) = isempty(md.content)
Base.copy(md::MD) = MD(copy(md.content), copy(md.meta))

==(a::MD, b::MD) = (html(a) == html(b))

# Inline parsing: the first of `parsers` that gives an element, or nothing.
function parseinline(stream::IO, md::MD, parsers::Vector{Function})
    for parser in parsers
        inner = parser(stream, md)
        inner === nothing || return inner
    end
    return nothing
end

function parseinline(stream::IO, md::MD, config::Config)
    content = []
    buffer = IOBuffer()
    while !eof(stream)
        char = peek(stream, Char)
        inner = nothing
        if haskey(config.inner, char)
            inner = parseinline(stream, md, config.inner[char])
        end
        if inner !== nothing
            c = String(take!(buffer))
            isempty(c) || push!(content, c)
            push!(content, inner)
        else
            write(buffer, read(stream, Char))
        end
    end
    c = String(take!(buffer))
    isempty(c) || push!(content, c)
    return content
end

parseinline(s::AbstractString, md::MD, c::Config) = parseinline(IOBuffer(s), md, c)
parseinline(s, md::MD) = parseinline(s, md, config(md))

# Block parsing: one block added to `block`; false at the end of the text.
function parseblock(stream::IO, block::MD, config::Config; breaking::Bool = false)
    skipblank(stream)
    eof(stream) && return false
    for parser in config.breaking
        parser(stream, block) && return true
    end
    breaking && return false
    for parser in config.regular
        parser(stream, block) && return true
    end
    return false
end

parseblock(stream::IO, block::MD; breaking::Bool = false) =
    parseblock(stream, block, config(block), breaking = breaking)

function parse(stream::IO; flavor = julia)
    isa(flavor, Symbol) && (flavor = flavors[flavor])
    markdown = MD(flavor)
    while parseblock(stream, markdown, flavor) end
    return markdown
end
