"""
    Markdown

Markdown documents as values: `Markdown.parse(text)` or the `md"..."` literal give a
`Markdown.MD` tree, which prints back as Markdown text (`Markdown.plain`), as styled terminal
text (`show` with `MIME"text/plain"`, `Markdown.term`) or as HTML (`Markdown.html`).
Docstrings are parsed with it: `@doc f` is a `Markdown.MD`.
"""
module Markdown

import Base: show, ==, with_output_color

# The left margin of the terminal rendering, in columns.
const margin = 2

include("parse/util.jl")
include("parse/parse.jl")
include("Common/block.jl")
include("Common/inline.jl")
include("GitHub/table.jl")
include("Julia/interp.jl")
include("Julia/flavor.jl")
include("render/plain.jl")
include("render/html.jl")
include("render/terminal/formatting.jl")
include("render/terminal/render.jl")

export @md_str, @doc_str, html

"""
    Markdown.parse(text::AbstractString; flavor = Markdown.julia)

The Markdown document `text` holds, as a `Markdown.MD`.
"""
parse(markdown::AbstractString; flavor = julia) = parse(IOBuffer(markdown), flavor = flavor)
parse_file(file::AbstractString; flavor = julia) = parse(read(file, String), flavor = flavor)

function mdexpr(s, flavor = :julia)
    md = parse(s, flavor = Symbol(flavor))
    esc(toexpr(md))
end

"""
    @md_str

`md"text"`: `text` parsed as Markdown, a `Markdown.MD`; `\$x` and `\$(expr)` in it are
evaluated where the literal is and put in the tree.
"""
macro md_str(s, t...)
    mdexpr(s, t...)
end

function doc_str(md, source::LineNumberNode, mod::Module)
    md.meta[:path] = isa(source.file, Symbol) ? String(source.file) : ""
    md.meta[:module] = mod
    md
end
doc_str(md::AbstractString, source::LineNumberNode, mod::Module) = doc_str(parse(md), source, mod)

"""
    @doc_str

`doc"text"`: as `md"text"`, with the module and file where it is written kept in its `meta`.
"""
macro doc_str(s::AbstractString, t...)
    :($doc_str($(mdexpr(s, t...)), $(QuoteNode(__source__)), $__module__))
end

catdoc(md::MD...) = MD(md...)

end
