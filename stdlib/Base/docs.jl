# The Docs and Polyglot modules (Base's docstrings are in docstrings.jl, loaded on demand).

"""
    Docs

Documentation lookup: `Docs.doc(f)` is the text `@doc f` gives, for a value in hand.
"""
module Docs
doc(x) = Base._getdoc_value(x)
end

# A documentation query's answer, as Julia's Docs.doc: each docstring parsed as Markdown (the
# Markdown standard library is loaded by the first query), all of them in one `Markdown.MD`.
function _doc_md(texts::Vector{String}, none::String)
    M = _stdlib_module(:Markdown)
    isempty(texts) && return M.parse(none)
    md = M.catdoc(map(M.parse, texts)...)
    md.meta[:results] = texts
    return md
end
# `@doc name` (lowered to this) and `Docs.doc(value)`
_getdoc(m::Module, name::Symbol) = _doc_md(_getdoc_texts(m, name), string("No documentation found for ", name, "."))
_getdoc_value(x) = _doc_md(_getdoc_value_texts(x), "No documentation found.")

"""
    Polyglot

Sharing values with the embedding Java program and other GraalVM languages:
`Polyglot.export_value(name, x)` puts `x` in the polyglot bindings
(`context.getPolyglotBindings()` in Java); `Polyglot.import_value(name)` reads a value put there.
"""
module Polyglot
export_value(name::String, x) = Base._polyglot_export(name, x)
import_value(name::String) = Base._polyglot_import(name)
end

"""
    Meta

Working with code as data: `Meta.parse(str)` turns text into the expression (`Expr`, `Symbol`
or literal) that quoting it gives, `Meta.isexpr(ex, head)`, `Meta.quot(ex)`, `Meta.show_sexpr(ex)`.
"""
module Meta
"""
    Meta.ParseError(msg)

The text given to `Meta.parse` is not valid syntax.
"""
struct ParseError <: Exception
    msg::String
end
Base.showerror(io::IO, e::ParseError) = print(io, e.msg)

"""
    Meta.parse(str; raise = true, depwarn = true)

The expression `str` holds: `Meta.parse("1 + 2")` is `:(1 + 2)`. Text that ends before the
expression does is `Expr(:incomplete, msg)`; invalid syntax, or more than one expression,
throws a `Meta.ParseError` (with `raise = false`, returns `Expr(:error, msg)`).
"""
function parse(str::AbstractString; raise::Bool = true, depwarn::Bool = true)
    kind, value = Base._parse_string(String(str))
    kind === :ok && return value
    kind === :none && return nothing
    kind === :incomplete && return Expr(:incomplete, value)
    msg = kind === :extra ? string("extra token \"", value, "\" after end of expression") : value
    raise ? throw(ParseError(msg)) : Expr(:error, msg)
end
"""
    Meta.parse(str, pos; greedy = true, raise = true, depwarn = true)

The statement that starts at byte index `pos` of `str` (the statements of that line when `;`
separates several) and the index where the text after it starts:
`Meta.parse("a = 1\nb = 2", 1) == (:(a = 1), 7)`; `(nothing, pos)` at the end of the text.
"""
function parse(str::AbstractString, pos::Integer; greedy::Bool = true, raise::Bool = true, depwarn::Bool = true)
    # (greedy = false, one atom at a time, needs an atom parser that is not there yet)
    greedy || throw(ArgumentError("Meta.parse(str, pos; greedy = false) is not supported by TruffleJL"))
    kind, value, next = Base._parse_statement(String(str), Int64(pos))
    kind === :ok && return (value, next)
    kind === :none && return (nothing, next)
    kind === :incomplete && return (Expr(:incomplete, value), next)
    raise ? throw(ParseError(value)) : (Expr(:error, value), next)
end
"""
    Meta.parseall(str; filename = "none")

Every statement in `str`, as `Expr(:toplevel, ...)` with a `LineNumberNode` before each. Where a
statement does not parse, the statements before it are kept and `Expr(:error, e)` (or
`Expr(:incomplete, e)` when more text could complete it) ends the expression, `e` a
`Meta.ParseError`; evaluating it throws `e`.
"""
parseall(str::AbstractString; filename::AbstractString = "none") = Base._parse_all(String(str), String(filename))
isidentifier(s) = Base.isidentifier(s)
isoperator(s) = Base.isoperator(s)
isunaryoperator(s) = Base.isunaryoperator(s)
isbinaryoperator(s) = Base.isbinaryoperator(s)
ispostfixoperator(s) = Base.ispostfixoperator(s)
isexpr(ex, head::Symbol) = ex isa Expr && ex.head === head
isexpr(ex, heads) = ex isa Expr && ex.head in heads
isexpr(ex, head, n::Integer) = isexpr(ex, head) && length(ex.args) == n
quot(ex) = Expr(:quote, ex)
# (Julia's: the expression dumped when the macro expands; the call itself is nothing)
macro dump(expr)
    Base.dump(expr)
end

"""
    Meta.show_sexpr([io::IO,] ex)

`ex` written as a Lisp-style S-expression: `Meta.show_sexpr(:(f(x, g(y, z))))` prints
`(:call, :f, :x, (:call, :g, :y, :z))`. A block puts each argument on a line of its own.
"""
show_sexpr(ex) = show_sexpr(stdout, ex)
show_sexpr(io::IO, ex) = show_sexpr(io, ex, 0)
show_sexpr(io::IO, ex, indent::Int) = show(io, ex)
function show_sexpr(io::IO, q::QuoteNode, indent::Int)
    inner = indent + 2
    print(io, "(:quote, #QuoteNode\n", " "^inner)
    show_sexpr(io, q.value, inner)
    print(io, "\n", " "^indent, ")")
end
function show_sexpr(io::IO, ex::Expr, indent::Int)
    inner = indent + 2
    block = ex.head === :block
    print(io, "(")
    show_sexpr(io, ex.head, inner)
    for a in ex.args
        print(io, block ? string(",\n", " "^inner) : ", ")
        show_sexpr(io, a, inner)
    end
    if isempty(ex.args)
        print(io, ",)")
    else
        print(io, block ? string("\n", " "^indent, ")") : ")")
    end
end
end

"""
    Base.remove_linenums!(ex)

Removes the line number nodes from the blocks of `ex`, in place, and returns it (so that an
expression prints without its `#= file:line =#` comments).
"""
function remove_linenums!(ex)
    if ex isa Expr
        if ex.head === :block || ex.head === :quote
            filter!(x -> !(x isa LineNumberNode), ex.args)
        end
        for sub in ex.args
            sub isa Expr && remove_linenums!(sub)
        end
    end
    return ex
end

"""
    include_string(m::Module, code::AbstractString, filename::AbstractString = "string")

Evaluates the program text `code` in module `m`, as if it were a file named `filename` (so
errors and backtraces name it), and returns the value of its last statement. An error leaving
it is a `LoadError` with the file and line of the statement it left, as from `include`.
"""
include_string(m::Module, code::AbstractString, filename::AbstractString = "string") =
    _include_string(m, String(code), String(filename))
