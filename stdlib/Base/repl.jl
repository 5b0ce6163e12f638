# What the REPL shows: results as Julia's `display` (text/plain) and `?name` help.

# The REPL shows `display(x)`: the multi-line text/plain form ("3-element Vector{Int64}:" …).
_repl_display_string(x) = sprint(display, x)

"""
    _help(m, name)

The REPL's `?name`: the docstring and the methods of what `name` is in module `m`.
"""
function _help(m::Module, name::Symbol)
    if !_has_binding(m, name)
        println("No documentation found for `", name, "`.")
        similar = _similar_names(m, name)
        if similar != ""
            println("\nSimilar names: ", join(_lines(similar), ", "))
        end
        return nothing
    end
    # the docstrings as the REPL shows them: the terminal rendering, a rule between two
    doc = _getdoc(m, name)
    show(stdout, MIME"text/plain"(), _stdlib_module(:Markdown).insert_hlines(doc))
    println()
    value = getfield(m, name)
    if value isa Function
        ms = methods(value)
        println("\n", length(ms), length(ms) == 1 ? " method" : " methods", " for `", name, "`:")
        for meth in ms
            println("  ", meth)
        end
    end
    nothing
end

function _lines(s::String)
    out = String[]
    start = 1
    n = ncodeunits(s)
    i = 1
    while i <= n
        if codeunit(s, i) === 0x0a
            push!(out, s[start:i-1])
            start = i + 1
        end
        i += 1
    end
    push!(out, s[start:n])
    out
end
