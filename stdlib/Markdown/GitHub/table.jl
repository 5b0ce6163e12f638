# GitHub-style tables.

"""
    Markdown.Table(rows, align)

A table: `rows[1]` is the header row, each cell its inline content; `align` is `:l`, `:r`
or `:c` for each column.
"""
mutable struct Table <: MarkdownElement
    rows::Vector{Vector{Any}}
    align::Vector{Symbol}
end

function parserow(stream::IO)
    withstream(stream) do
        line = readline(stream)
        row = split(line, r"(?<!\\)\|")
        length(row) == 1 && return nothing
        isempty(row[1]) && popfirst!(row)
        row = Any[String(strip(replace(x, "\\|" => "|"))) for x in row]
        isempty(row[end]) && pop!(row)
        return row
    end
end

function rowlength!(row, len)
    while length(row) < len
        push!(row, "")
    end
    while length(row) > len
        pop!(row)
    end
    return row
end

const default_align = :r

function parsealign(row)
    align = Symbol[]
    for s in row
        (length(s) >= 3 && all(c -> c in "-:", s)) || return nothing
        push!(align, s[1] == ':' ? (s[end] == ':' ? :c : :l) : s[end] == ':' ? :r : default_align)
    end
    return align
end

function github_table(stream::IO, md::MD)
    withstream(stream) do
        skipblank(stream)
        rows = []
        cols = 0
        align = nothing
        while (row = parserow(stream)) !== nothing
            length(rows) == 0 && (cols = length(row))
            if align === nothing && length(rows) == 1
                # the second line must be the --- row
                align = parsealign(row)
                (align === nothing || length(align) != cols) && return false
            else
                push!(rows, Any[parseinline(x, md) for x in rowlength!(row, cols)])
            end
        end
        length(rows) <= 1 && return false
        push!(md, Table(rows, align))
        return true
    end
end

mapmap(f, xss) = map(xs -> map(f, xs), xss)

function colwidths(rows; len = length, min = 0)
    widths = fill(min, length(rows[1]))
    for row in rows, j in 1:length(row)
        widths[j] = max(widths[j], len(row[j]))
    end
    widths
end

padding(width, twidth, a) =
    a === :l ? (0, twidth - width) :
    a === :r ? (twidth - width, 0) :
    a === :c ? (floor(Int, (twidth - width) / 2), ceil(Int, (twidth - width) / 2)) :
    error("Invalid alignment $a")

function padcells!(rows, align; len = length, min = 0)
    widths = colwidths(rows, len = len, min = min)
    for i = 1:length(rows), j = 1:length(rows[1])
        cell = rows[i][j]
        lpad, rpad = padding(len(cell), widths[j], align[j])
        rows[i][j] = " "^lpad * cell * " "^rpad
    end
    return rows
end

_dash(width, align) =
    align === :l ? ":" * "-"^width * " " :
    align === :r ? " " * "-"^width * ":" :
    align === :c ? ":" * "-"^width * ":" :
    throw(ArgumentError("Invalid alignment $align"))

function plain(io::IO, md::Table)
    cells = mapmap(each -> replace(plaininline(each), "|" => "\\|"), md.rows)
    padcells!(cells, md.align, len = length, min = 3)
    for i = 1:length(cells)
        print(io, "| ")
        join(io, cells[i], " | ")
        println(io, " |")
        if i == 1
            print(io, "|")
            join(io, [_dash(length(cells[i][j]), md.align[j]) for j = 1:length(cells[1])], "|")
            println(io, "|")
        end
    end
end

function html(io::IO, md::Table)
    withtag(io, :table) do
        for (i, row) in enumerate(md.rows)
            withtag(io, :tr) do
                for (j, c) in enumerate(row)
                    a = md.align[j]
                    alignment = a === :l ? "left" : a === :r ? "right" : "center"
                    withtag(io, i == 1 ? :th : :td, ("align", alignment)) do
                        htmlinline(io, c)
                    end
                end
            end
        end
    end
end

function term(io::IO, md::Table, columns)
    margin_str = " "^margin
    cells = mapmap(x -> terminline_string(io, x), md.rows)
    padcells!(cells, md.align, len = ansi_length)
    for i = 1:length(cells)
        print(io, margin_str)
        join(io, cells[i], " ")
        if i == 1
            println(io)
            print(io, margin_str)
            join(io, ["–"^ansi_length(cells[i][j]) for j = 1:length(cells[1])], " ")
        end
        i < length(cells) && println(io)
    end
end
