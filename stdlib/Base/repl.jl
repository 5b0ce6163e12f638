# What the REPL shows: results as Julia's `display` (text/plain) and `?name` help.

_repl_display_string(x) = sprint(_show_text_plain, x)

_show_text_plain(io::IO, x) = show(io, x)

# "3-element Vector{Int64}:" and one element a line; matrices as aligned columns.
function _show_text_plain(io::IO, a::Array)
    dims = size(a)
    if length(dims) == 1
        print(io, length(a), "-element ", typeof(a))
        length(a) == 0 && return
        print(io, ":")
        for i in 1:length(a)
            print(io, "\n ")
            _show_element(io, eltype(a), a[i])
        end
    elseif length(dims) == 2
        print(io, dims[1], "×", dims[2], " ", typeof(a))
        length(a) == 0 && return
        print(io, ":")
        cells = [sprint(_show_element, eltype(a), a[i]) for i in 1:length(a)]
        widths = [0 for j in 1:dims[2]]
        for j in 1:dims[2], i in 1:dims[1]
            widths[j] = max(widths[j], length(cells[(j - 1) * dims[1] + i]))
        end
        for i in 1:dims[1]
            print(io, "\n")
            for j in 1:dims[2]
                c = cells[(j - 1) * dims[1] + i]
                print(io, j == 1 ? " " : "  ", repeat(" ", widths[j] - length(c)), c)
            end
        end
    else
        show(io, a)
    end
end

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
    doc = _getdoc(m, name)
    println(doc)
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
