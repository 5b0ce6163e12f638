"""
    DelimitedFiles

Reading and writing text tables, as Julia's DelimitedFiles standard library: `readdlm` reads a
file, stream or byte vector into a matrix (numbers as `Float64`, or a given type, or a mix of
numbers and strings), `writedlm` writes a matrix or any collection of rows.
"""
module DelimitedFiles

export readdlm, writedlm

# The default delimiter: any run of white space (a space or a tab...) separates fields.
const WHITESPACE = Char(0xfffe)

"""
    readdlm(source, delim::AbstractChar, T::Type, eol::AbstractChar; header=false, skipstart=0,
            skipblanks=true, quotes=true, dims, comments=false, comment_char='#')
    readdlm(source, [delim], [T], [eol]; options...)

Reads a matrix from `source` (a file name, an `IO` or a byte vector): each line (ended by `eol`)
a row, its fields separated by `delim` (by default any white space, runs of it counting as one).
With `T` every field is parsed as a `T` (an error names a field that is not one; `String` and
`Any` keep text). Without it the result is a `Float64` matrix when every field is a number, else
a `Matrix{Any}` of `Int`, `Bool`, `Float64` and `SubString` values, with `""` for missing fields.
`header = true` returns `(data, header_row)`; `skipstart` skips that many lines first;
`skipblanks` ignores empty lines; with `quotes`, a field in double quotes may hold the delimiter,
new lines and doubled quotes (`""`); with `comments`, text from `comment_char` to the end of a
line is ignored.
"""
readdlm(input; opts...) = _readdlm(input, WHITESPACE, Float64, '\n', true; opts...)
readdlm(input, T::Type; opts...) = _readdlm(input, WHITESPACE, T, '\n', false; opts...)
readdlm(input, dlm::AbstractChar; opts...) = _readdlm(input, dlm, Float64, '\n', true; opts...)
readdlm(input, dlm::AbstractChar, eol::AbstractChar; opts...) = _readdlm(input, dlm, Float64, eol, true; opts...)
readdlm(input, dlm::AbstractChar, T::Type; opts...) = _readdlm(input, dlm, T, '\n', false; opts...)
readdlm(input, dlm::AbstractChar, T::Type, eol::AbstractChar; opts...) = _readdlm(input, dlm, T, eol, false; opts...)

const OPTION_TYPES = Dict{Symbol, Type}(:header => Bool, :has_header => Bool, :use_mmap => Bool, :quotes => Bool,
                                        :comments => Bool, :dims => NTuple{2, Integer}, :comment_char => Char,
                                        :skipstart => Integer, :skipblanks => Bool)

function _options(opts)
    d = Dict{Symbol, Any}()
    for (name, value) in opts
        haskey(OPTION_TYPES, name) || throw(ArgumentError("unknown option $name"))
        T = OPTION_TYPES[name]
        value isa T || throw(ArgumentError("$name should be of type $T, got $(typeof(value))"))
        d[name] = value
    end
    return d
end

_text(input::AbstractString) =
    isfile(input) ? read(input, String) : throw(ArgumentError("Cannot open '$input': not a file"))
_text(input::IO) = read(input, String)
_text(input::AbstractVector{UInt8}) = String(copy(input))

function _readdlm(input, dlm::AbstractChar, T::Type, eol::AbstractChar, auto::Bool; opts...)
    o = _options(opts)
    header = get(o, :header, get(o, :has_header, false))
    haskey(o, :has_header) && o[:has_header] != header && throw(ArgumentError("conflicting values for header and has_header"))
    skipstart = get(o, :skipstart, 0)
    skipstart >= 0 || throw(ArgumentError("skipstart must be ≥ 0, got $skipstart"))
    rows = _split_fields(_text(input), dlm, eol, get(o, :quotes, true), get(o, :comments, false),
                         get(o, :comment_char, '#'), skipstart, get(o, :skipblanks, true))
    hdr = nothing
    if header
        first_row = isempty(rows) ? String[] : popfirst!(rows)
        hdr = reshape(AbstractString[f for f in first_row], 1, :)
    end
    ncols = max(isempty(rows) ? 0 : maximum(length, rows), hdr === nothing ? 0 : size(hdr, 2))
    data = auto ? _fill_auto(rows, ncols) : _fill(T, rows, ncols)
    return hdr === nothing ? data : (data, hdr)
end

# The fields of each row, as Julia's parser finds them: quoted fields unescaped; an explicit
# delimiter makes empty fields (`1,,3`, a trailing `1,2,`), white space as the delimiter does not.
function _split_fields(s::String, dlm::AbstractChar, eol::AbstractChar, quotes::Bool, comments::Bool,
                       comment_char::AbstractChar, skipstart::Integer, skipblanks::Bool)
    rows = Vector{Vector{SubString{String}}}()
    row = SubString{String}[]
    whitespace = dlm == WHITESPACE
    n = ncodeunits(s)
    empty_field = SubString("", 1, 0)
    i = 1
    while skipstart > 0 && i <= n
        j = findnext(==(eol), s, i)
        i = j === nothing ? n + 1 : nextind(s, j)
        skipstart -= 1
    end
    is_dlm(c) = whitespace ? isspace(c) : c == dlm
    # a line's end: eol, or \r\n where eol is \n (the \r is not part of the field)
    at_eol(k) = s[k] == eol || (eol == '\n' && s[k] == '\r' && k < n && s[k+1] == '\n')
    expect = false        # after an explicit delimiter a field follows, maybe an empty one
    while i <= n
        c = s[i]
        if at_eol(i)
            expect && push!(row, empty_field)
            (!isempty(row) || !skipblanks) && push!(rows, row)
            row = SubString{String}[]
            expect = false
            i = nextind(s, c == '\r' ? i + 1 : i)
        elseif is_dlm(c)
            whitespace || (push!(row, empty_field); expect = true)
            i = nextind(s, i)
        elseif comments && c == comment_char
            expect && push!(row, empty_field)
            isempty(row) || push!(rows, row)
            row = SubString{String}[]
            expect = false
            j = findnext(==(eol), s, i)
            i = j === nothing ? n + 1 : nextind(s, j)
        elseif c == '\r' && eol == '\n'
            i += 1                                      # a lone carriage return
        else
            if quotes && c == '"'
                # up to the closing quote; a doubled quote inside stands for one
                buf = IOBuffer()
                k = i + 1
                closed = false
                while k <= n
                    d = s[k]
                    if d == '"'
                        if k < n && s[k+1] == '"'
                            write(buf, '"')
                            k += 2
                            continue
                        end
                        closed = true
                        k += 1
                        break
                    end
                    write(buf, d)
                    k = nextind(s, k)
                end
                closed || error("truncated column at row $(length(rows) + 1) column $(length(row) + 1)")
                k <= n && !(at_eol(k) || is_dlm(s[k]) || (comments && s[k] == comment_char)) &&
                    error("unexpected character '$(s[k])' after quoted field at row $(length(rows) + 1) column $(length(row) + 1)")
                text = String(take!(buf))
                push!(row, SubString(text, 1, lastindex(text)))
            else
                k = i
                while k <= n && !(at_eol(k) || is_dlm(s[k]) || (comments && s[k] == comment_char))
                    k = nextind(s, k)
                end
                push!(row, SubString(s, i, prevind(s, k)))
            end
            expect = false
            i = k
            if k <= n && !at_eol(k) && is_dlm(s[k])
                expect = !whitespace
                i = nextind(s, k)
            end
        end
    end
    expect && push!(row, empty_field)
    isempty(row) || push!(rows, row)
    return rows
end

# Without a type: Float64 when every field is one and every row is full, else numbers and text.
function _fill_auto(rows, ncols)
    numbers = Matrix{Float64}(undef, length(rows), ncols)
    for (r, row) in enumerate(rows)
        length(row) == ncols || return _fill(Any, rows, ncols)
        for (c, f) in enumerate(row)
            v = tryparse(Float64, f)
            v === nothing && return _fill(Any, rows, ncols)
            numbers[r, c] = v
        end
    end
    return numbers
end

function _fill(T::Type, rows, ncols)
    cells = Matrix{T}(undef, length(rows), ncols)
    for (r, row) in enumerate(rows), c in 1:ncols
        if c > length(row)
            (T <: AbstractString || T === Any) || error("missing value at row $r column $c")
            cells[r, c] = SubString("", 1, 0)
        else
            v = _cell(T, row[c])
            v === nothing && error("at row $r, column $c : ErrorException(\"file entry \\\"$(row[c])\\\" cannot be converted to $T\")")
            cells[r, c] = v
        end
    end
    return cells
end
_cell(::Type{T}, f) where {T<:Integer} = tryparse(T, strip(f))
_cell(::Type{T}, f) where {T<:Union{AbstractFloat, Complex}} = tryparse(T, strip(f))
_cell(::Type{T}, f) where {T<:AbstractString} = f
_cell(::Type{T}, f) where {T<:AbstractChar} = length(f) == 1 ? first(f) : nothing
_cell(::Type{Bool}, f) = _bool(f)
_bool(f) = (t = strip(f); t == "true" ? true : t == "false" ? false : nothing)
function _cell(::Type{Any}, f)
    isempty(f) && return f
    t = strip(f)
    i = tryparse(Int, t)
    i === nothing || return i
    b = _bool(f)
    b === nothing || return b
    x = tryparse(Float64, t)
    x === nothing || return x
    return f
end
_cell(::Type, f) = nothing

"""
    writedlm(f, A, delim = '\\t'; quotes = true)

Writes `A` (a vector, a matrix, or any collection of rows, each a collection of values) to `f`
(a file name or an `IO`) as text: a line per row, values separated by `delim` and written with
`print`. With `quotes`, a string holding the delimiter, a quote or a new line is written in
double quotes, its quotes doubled.
"""
writedlm(io, a; opts...) = writedlm(io, a, '\t'; opts...)
function writedlm(fname::AbstractString, a, dlm; opts...)
    open(fname, "w") do io
        writedlm(io, a, dlm; opts...)
    end
end
function writedlm(io::IO, a::AbstractMatrix, dlm; opts...)
    quotes = get(_options(opts), :quotes, true)
    for i in axes(a, 1)
        js = axes(a, 2)
        for j in js
            _write_cell(io, a[i, j], dlm, quotes)
            print(io, j == last(js) ? '\n' : dlm)
        end
    end
    nothing
end
writedlm(io::IO, a::AbstractArray{<:Any, 0}, dlm; opts...) = writedlm(io, reshape(a, 1), dlm; opts...)
function writedlm(io::IO, itr, dlm; opts...)
    quotes = get(_options(opts), :quotes, true)
    for row in itr
        if row isa Union{Number, AbstractString}
            _write_cell(io, row, dlm, quotes)
            print(io, '\n')
        else
            y = iterate(row)
            while y !== nothing
                x, state = y
                y = iterate(row, state)
                _write_cell(io, x, dlm, quotes)
                print(io, y === nothing ? '\n' : dlm)
            end
        end
    end
    nothing
end
function _write_cell(io::IO, x::AbstractString, dlm, quotes::Bool)
    if quotes && !isempty(x) && ('"' in x || '\n' in x || (dlm isa AbstractChar ? dlm in x : occursin(string(dlm), x)))
        print(io, '"', replace(x, "\"" => "\"\""), '"')
    else
        print(io, x)
    end
end
_write_cell(io::IO, x, dlm, quotes::Bool) = print(io, x)

Base.show(io::IO, ::MIME"text/csv", a) = writedlm(io, a, ',')
Base.show(io::IO, ::MIME"text/tab-separated-values", a) = writedlm(io, a, '\t')

end # module
