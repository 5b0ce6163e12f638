"""
    TOML

Reading and writing TOML 1.0 documents, as Julia's TOML standard library: `TOML.parse` (a
string or an `IO`), `TOML.parsefile`, and `TOML.tryparse`/`TOML.tryparsefile`, which return a
`TOML.ParserError` instead of throwing it, give a `Dict{String, Any}`; `TOML.print` writes a
dictionary back as TOML. Dates and times come back as `Dates.Date`, `Dates.DateTime` and
`Dates.Time`.
"""
module TOML

import Dates

# `TOML.Internals.ErrDuplicatedKey`... name the error kinds as in Julia, where they live in a
# module of that name.
const Internals = @__MODULE__

const Table = Dict{String, Any}
# The look-ahead character past the end of the text.
const EOF_CHAR = typemax(Char)

@enum ErrorType begin
    ErrRedefineTableArray
    ErrExpectedNewLineKeyValue
    ErrAddKeyToInlineTable
    ErrAddArrayToStaticArray
    ErrArrayTreatedAsDictionary
    ErrExpectedEndOfTable
    ErrExpectedEndArrayOfTable
    ErrExpectedEqualAfterKey
    ErrDuplicatedKey
    ErrKeyAlreadyHasValue
    ErrInvalidBareKeyCharacter
    ErrEmptyBareKey
    ErrUnexpectedEofExpectedValue
    ErrUnexpectedStartOfValue
    ErrGenericValueError
    ErrExpectedCommaBetweenItemsArray
    ErrExpectedCommaBetweenItemsInlineTable
    ErrTrailingCommaInlineTable
    ErrUnderscoreNotSurroundedByDigits
    ErrLeadingZeroNotAllowedInteger
    ErrOverflowError
    ErrLeadingDot
    ErrNoTrailingDigitAfterDot
    ErrTrailingUnderscoreNumber
    ErrParsingDateTime
    ErrOffsetDateNotSupported
    ErrNewLineInString
    ErrUnexpectedEndString
    ErrInvalidEscapeCharacter
    ErrInvalidUnicodeScalar
end

# The text `showerror` writes for each kind of error (Julia 1.10's wording).
function error_text(t::ErrorType)
    t == ErrRedefineTableArray && return "tried to redefine an existing table as an array"
    t == ErrExpectedNewLineKeyValue && return "expected newline after key value pair"
    t == ErrAddKeyToInlineTable && return "tried to add a new key to an inline table"
    t == ErrAddArrayToStaticArray && return "tried to append to a statically defined array"
    t == ErrArrayTreatedAsDictionary && return "tried to add a key to an array"
    t == ErrExpectedEndOfTable && return "expected end of table ']'"
    t == ErrExpectedEndArrayOfTable && return "expected array of table to end with ']]'"
    t == ErrExpectedEqualAfterKey && return "expected equal sign after key"
    t == ErrDuplicatedKey && return "key already defined"
    t == ErrKeyAlreadyHasValue && return "key already has a value"
    t == ErrInvalidBareKeyCharacter && return "invalid bare key character"
    t == ErrEmptyBareKey && return "bare key cannot be empty"
    t == ErrUnexpectedEofExpectedValue && return "unexpected end of file, expected a value"
    t == ErrUnexpectedStartOfValue && return "unexpected start of value"
    t == ErrGenericValueError && return "failed to parse value"
    t == ErrExpectedCommaBetweenItemsArray && return "expected comma between items in array"
    t == ErrExpectedCommaBetweenItemsInlineTable && return "expected comma between items in inline table"
    t == ErrTrailingCommaInlineTable && return "trailing comma not allowed in inline table"
    t == ErrUnderscoreNotSurroundedByDigits && return "underscore is not surrounded by digits"
    t == ErrLeadingZeroNotAllowedInteger && return "leading zero in integer not allowed"
    t == ErrOverflowError && return "overflowed when parsing integer"
    t == ErrLeadingDot && return "floats require a leading zero"
    t == ErrNoTrailingDigitAfterDot && return "expected digit after dot"
    t == ErrTrailingUnderscoreNumber && return "trailing underscore in number"
    t == ErrParsingDateTime && return "parsing date/time value failed"
    t == ErrOffsetDateNotSupported && return "offset date-time is not supported"
    t == ErrNewLineInString && return "newline character in single quoted string"
    t == ErrUnexpectedEndString && return "string literal ended unexpectedly"
    t == ErrInvalidEscapeCharacter && return "invalid escape character"
    return "invalid unicode scalar"
end

"""
    ParserError

The error `TOML.parse` throws, and `TOML.tryparse` returns, for text that is not valid TOML.
Its fields: `type` (the kind of error, a `TOML.Internals.ErrorType`), `str` (the text), `pos`
(the byte where parsing stopped), `line` and `column` (counted from 1), `filepath` (or
`nothing`) and `table` (what was read before the error).
"""
mutable struct ParserError <: Exception
    type::ErrorType
    data::Any
    str::Union{String, Nothing}
    filepath::Union{String, Nothing}
    line::Union{Int, Nothing}
    column::Union{Int, Nothing}
    pos::Union{Int, Nothing}
    table::Union{Table, Nothing}
end
ParserError(t::ErrorType, data = nothing) = ParserError(t, data, nothing, nothing, nothing, nothing, nothing, nothing)

function error_message(e::ParserError)
    msg = error_text(e.type)
    if e.type == ErrInvalidBareKeyCharacter
        msg = string(msg, ": '", escape_string(string(e.data)), "'")
    end
    return msg
end

# The line holding byte `at` of `str`, and under it a line of blanks with `^` below that byte
# (one mark for every character of the line and one past its end).
function caret_lines(str::String, at::Int)
    at = thisind(str, at)
    i = at - 1
    while i >= 1 && codeunit(str, i) != UInt8('\n')
        i -= 1
    end
    i += 1
    text = IOBuffer()
    marks = IOBuffer()
    n = ncodeunits(str)
    while true
        Base.write(marks, i == at ? '^' : ' ')
        i > n && break
        c = str[i]
        i = nextind(str, i)
        c == '\n' && break
        Base.write(text, c)
    end
    return String(take!(text)), String(take!(marks))
end

function Base.showerror(io::IO, e::ParserError)
    printstyled(io, "TOML Parser error:\n"; color = :light_red)
    printstyled(io, something(e.filepath, "none"), ':', e.line, ':', e.column; bold = true)
    printstyled(io, " error: "; color = :light_red)
    println(io, error_message(e))
    at = e.pos::Int
    # at the end of the text the mark goes one past the last character
    e.type == ErrUnexpectedEofExpectedValue && (at += 1)
    line, marks = caret_lines(e.str::String, at)
    println(io, "  ", line)
    Base.print(io, "  ", marks)
end

##########
# Parser #
##########

"""
    TOML.Parser()

A reusable TOML parser: `TOML.parse(p, text)`, `TOML.parsefile(p, path)` and their `try`
forms start it afresh on each text, keeping its work buffers (parsing directly is the same).
"""
mutable struct Parser
    str::String
    cur::Char              # the look-ahead character
    nxt::Int               # byte index after the look-ahead character
    at::Int                # byte index of the look-ahead character
    column::Int
    line::Int
    mark::Int              # start of the text `marked` returns
    active::Table          # the table `key = value` lines go into
    keys::Vector{String}   # the parts of the key being read
    pieces::Vector{UnitRange{Int}}   # byte ranges of the string being read
    inline::IdDict{Any, Nothing}     # tables written inline (closed to new keys)
    fixed::IdDict{Any, Nothing}      # arrays written inline (closed to [[ ]])
    defined::IdDict{Any, Nothing}    # tables given a [header] (or [[header]])
    root::Table
    filepath::Union{String, Nothing}
end

function Parser(str::String; filepath = nothing)
    root = Table()
    p = Parser(str, EOF_CHAR, 1, 0, 0, 1, 0, root, String[], UnitRange{Int}[],
        IdDict{Any, Nothing}(), IdDict{Any, Nothing}(), IdDict{Any, Nothing}(), root, filepath)
    start!(p)
    return p
end
Parser() = Parser("")
Parser(io::IO) = Parser(read(io, String))

# Fills the look-ahead. (Julia 1.10 means to skip a byte order mark here but tests the
# character before the first one, so a mark is read as text, and so it is here.)
start!(p::Parser) = (take_char!(p); p)

function restart!(p::Parser, str::String; filepath = nothing)
    p.str = str
    p.cur = EOF_CHAR
    p.nxt = 1
    p.at = 0
    p.column = 0
    p.line = 1
    p.mark = 0
    p.root = Table()
    p.active = p.root
    empty!(p.keys)
    empty!(p.pieces)
    empty!(p.inline)
    empty!(p.fixed)
    empty!(p.defined)
    p.filepath = filepath
    return start!(p)
end

# Consumes the look-ahead character, returns it and reads the next one (the line count
# moves on when a newline becomes the look-ahead).
function take_char!(p::Parser)
    c = p.cur
    i = p.nxt
    p.at = i
    p.column += 1
    if i > ncodeunits(p.str)
        p.cur = EOF_CHAR
    else
        d = p.str[i]
        p.nxt = nextind(p.str, i)
        p.cur = d
        if d == '\n'
            p.line += 1
            p.column = 0
        end
    end
    return c
end

is_blank(c::Char) = c == ' ' || c == '\t'
is_eol(c::Char) = c == '\n' || c == '\r'
is_blank_or_eol(c::Char) = is_blank(c) || is_eol(c)
not_eol(c::Char) = !is_eol(c)
is_digit(c::Char) = '0' <= c <= '9'
is_hex(c::Char) = is_digit(c) || ('a' <= c <= 'f') || ('A' <= c <= 'F')
is_oct(c::Char) = '0' <= c <= '7'
is_bin(c::Char) = c == '0' || c == '1'
is_e(c::Char) = c == 'e' || c == 'E'
is_sign(c::Char) = c == '+' || c == '-'

"""
    TOML.Internals.isvalid_barekey_char(c)

Whether `c` may appear in a bare (unquoted) key: an ASCII letter or digit, `_` or `-`.
"""
isvalid_barekey_char(c::AbstractChar) =
    ('a' <= c <= 'z') || ('A' <= c <= 'Z') || ('0' <= c <= '9') || c == '-' || c == '_'

# Consumes the look-ahead if it is `c` (or satisfies `c`).
function take_if!(p::Parser, c::Char)
    p.cur == EOF_CHAR && return false
    p.cur === c || return false
    take_char!(p)
    return true
end
function take_if!(p::Parser, f::Function)
    p.cur == EOF_CHAR && return false
    f(p.cur) || return false
    take_char!(p)
    return true
end
function take_while!(p::Parser, f)
    any = false
    while take_if!(p, f)
        any = true
    end
    return any
end
function take_count!(p::Parser, n::Int, f)
    for _ in 1:n
        take_if!(p, f) || return false
    end
    return true
end

skip_blanks!(p::Parser) = take_while!(p, is_blank)

function skip_comment!(p::Parser)
    take_if!(p, '#') || return false
    take_while!(p, not_eol)
    return true
end

function skip_blank_lines!(p::Parser)
    while true
        a = take_while!(p, is_blank_or_eol)
        b = skip_comment!(p)
        a || b || break
    end
end

# Blanks and then a comment, but a comment only after at least one blank (as Julia 1.10).
skip_blanks_comment!(p::Parser) = skip_blanks!(p) && skip_comment!(p)

set_mark!(p::Parser) = (p.mark = p.at)
marked(p::Parser) = SubString(p.str, p.mark, prevind(p.str, p.at))

is_end_of_value(c::Char) = is_blank(c) || c == '#' || c == EOF_CHAR || c == ']' ||
    c == '}' || c == ',' || c == '\n' || c == '\r'

############
# Toplevel #
############

function run_parser(p::Parser)
    while true
        skip_blank_lines!(p)
        p.cur == EOF_CHAR && break
        r = parse_line!(p)
        if r isa ParserError
            r.str = p.str
            r.pos = p.at - 1
            r.table = p.root
            r.filepath = p.filepath
            r.line = p.line
            r.column = p.column - 1
            return r
        end
    end
    return p.root
end

function run_parser!(p::Parser)
    r = run_parser(p)
    r isa ParserError && throw(r)
    return r
end

function line_ends(p::Parser)
    c = p.cur
    return c == '\n' || c == '\r' || c == EOF_CHAR
end

function parse_line!(p::Parser)
    if take_if!(p, '[')
        p.active = p.root
        r = take_if!(p, '[') ? parse_array_header!(p) : parse_header!(p)
        r isa ParserError && return r
    else
        r = parse_assignment!(p, p.active)
        r isa ParserError && return r
    end
    skip_blanks_comment!(p)
    if !line_ends(p)
        take_char!(p)
        return ParserError(ErrExpectedNewLineKeyValue)
    end
    return nothing
end

# Whether a key may be added under `d` (a value already there, `d` itself...).
function check_open(p::Parser, d, closed_if_defined::Bool = true)
    d isa Dict || return ParserError(ErrKeyAlreadyHasValue)
    haskey(p.inline, d) && return ParserError(ErrAddKeyToInlineTable)
    closed_if_defined && haskey(p.defined, d) && return ParserError(ErrDuplicatedKey)
    return nothing
end

# Walks (creating tables as needed) from `d` down the keys `ks[1:n]`; the last element of an
# array of tables stands for the array.
function descend!(p::Parser, d, ks::Vector{String}, n::Int, check::Bool)
    for i in 1:n
        k = ks[i]
        sub = get(d, k, nothing)
        if sub === nothing
            sub = Table()
            d[k] = sub
        end
        if sub isa Vector
            sub = sub[end]
        end
        if check
            r = check_open(p, sub, i == n)
            r isa ParserError && return r
        end
        d = sub
    end
    return d
end

function parse_header!(p::Parser)
    r = parse_key!(p)
    r isa ParserError && return r
    skip_blanks!(p)
    take_if!(p, ']') || return ParserError(ErrExpectedEndOfTable)
    t = descend!(p, p.root, p.keys, length(p.keys), true)
    t isa ParserError && return t
    p.active = t
    p.defined[t] = nothing
    return nothing
end

function parse_array_header!(p::Parser)
    r = parse_key!(p)
    r isa ParserError && return r
    skip_blanks!(p)
    (take_if!(p, ']') && take_if!(p, ']')) || return ParserError(ErrExpectedEndArrayOfTable)
    n = length(p.keys)
    d = descend!(p, p.root, p.keys, n - 1, false)
    d isa ParserError && return d
    k = p.keys[n]
    arr = get(d, k, nothing)
    if arr === nothing
        arr = Any[]
        d[k] = arr
    end
    arr isa Vector || return ParserError(ErrArrayTreatedAsDictionary)
    haskey(p.fixed, arr) && return ParserError(ErrAddArrayToStaticArray)
    t = Table()
    push!(arr, t)
    p.defined[t] = nothing
    p.active = t
    return nothing
end

function parse_assignment!(p::Parser, d)
    r = parse_key!(p)
    r isa ParserError && return r
    skip_blanks!(p)
    take_if!(p, '=') || return ParserError(ErrExpectedEqualAfterKey)
    n = length(p.keys)
    if n > 1
        d = descend!(p, d, p.keys, n - 1, true)
        d isa ParserError && return d
    end
    k = p.keys[n]
    old = get(d, k, nothing)
    if old !== nothing
        r = check_open(p, old)
        r isa ParserError && return r
    end
    skip_blanks!(p)
    v = parse_value!(p)
    v isa ParserError && return v
    d[k] = v
    return nothing
end

########
# Keys #
########

function parse_key!(p::Parser)
    empty!(p.keys)
    while true
        skip_blanks!(p)
        if isempty(p.keys) && take_if!(p, '=')
            return ParserError(ErrEmptyBareKey)
        end
        if take_if!(p, '"')
            k = parse_string!(p, false)
            k isa ParserError && return k
        elseif take_if!(p, '\'')
            k = parse_string!(p, true)
            k isa ParserError && return k
        else
            set_mark!(p)
            if take_while!(p, isvalid_barekey_char)
                c = p.cur
                if !(c == '.' || is_blank(c) || c == ']' || c == '=')
                    return ParserError(ErrInvalidBareKeyCharacter, take_char!(p))
                end
                k = String(marked(p))
            else
                return ParserError(ErrInvalidBareKeyCharacter, take_char!(p))
            end
        end
        push!(p.keys, k)
        skip_blanks!(p)
        take_if!(p, '.') || break
        skip_blanks!(p)
    end
    return p.keys
end

##########
# Values #
##########

function parse_value!(p::Parser)
    v = if take_if!(p, '[')
        parse_array!(p)
    elseif take_if!(p, '{')
        parse_inline_table!(p)
    elseif take_if!(p, '"')
        parse_string!(p, false)
    elseif take_if!(p, '\'')
        parse_string!(p, true)
    elseif take_if!(p, 't')
        (take_if!(p, 'r') && take_if!(p, 'u') && take_if!(p, 'e')) ? true : nothing
    elseif take_if!(p, 'f')
        (take_if!(p, 'a') && take_if!(p, 'l') && take_if!(p, 's') && take_if!(p, 'e')) ? false : nothing
    else
        parse_number_or_date!(p)
    end
    v === nothing && return ParserError(ErrGenericValueError)
    return v
end

# Appends `x` to `v`, widening the element type when `x` does not fit: to `typeof(x)` from an
# empty `Union{}` vector, to a union of two types, to `Any` beyond that.
function push_widening(v::Vector, x)
    T = eltype(v)
    S = typeof(x)
    if x isa T
        push!(v, x)
        return v
    elseif T === Union{}
        w = Vector{S}(undef, 1)
        w[1] = x
        return w
    end
    W = T isa Union ? Any : Union{T, S}
    w = Vector{W}(undef, length(v))
    copyto!(w, v)
    push!(w, x)
    return w
end

function parse_array!(p::Parser)
    skip_blank_lines!(p)
    arr = Vector{Union{}}()
    closed = take_if!(p, ']')
    while !closed
        v = parse_value!(p)
        v isa ParserError && return v
        arr = push_widening(arr, v)
        skip_blank_lines!(p)
        comma = take_if!(p, ',')
        skip_blank_lines!(p)
        take_if!(p, ']') && break
        comma || return ParserError(ErrExpectedCommaBetweenItemsArray)
    end
    p.fixed[arr] = nothing
    return arr
end

function parse_inline_table!(p::Parser)
    t = Table()
    p.inline[t] = nothing
    skip_blanks!(p)
    take_if!(p, '}') && return t
    while true
        r = parse_assignment!(p, t)
        r isa ParserError && return r
        skip_blanks!(p)
        take_if!(p, '}') && return t
        if take_if!(p, ',')
            skip_blanks!(p)
            take_if!(p, '}') && return ParserError(ErrTrailingCommaInlineTable)
        else
            return ParserError(ErrExpectedCommaBetweenItemsInlineTable)
        end
    end
end

###########
# Numbers #
###########

# Digits accepted by `f`, each `_` between two of them. Returns (any digit read, any `_` read);
# with `no_underscore_first` a leading `_` is an error.
function take_digits!(p::Parser, f, no_underscore_first::Bool = true)
    underscore = false
    any = false
    after_underscore = false
    refuse_underscore = no_underscore_first
    while true
        c = p.cur
        if c == '_'
            underscore = true
            refuse_underscore && return ParserError(ErrUnderscoreNotSurroundedByDigits)
            take_char!(p)
            refuse_underscore = true
            after_underscore = true
        else
            refuse_underscore = false
            if c != EOF_CHAR && f(c)
                any = true
                take_char!(p)
            else
                after_underscore && return ParserError(ErrTrailingUnderscoreNumber)
                return (any, underscore)
            end
            after_underscore = false
        end
    end
end

number_text(p::Parser, underscore::Bool) = underscore ? replace(marked(p), "_" => "") : String(marked(p))

# Integers as Julia 1.10 reads them: the shortest of (`Int64`, `Int128`, `BigInt`) for decimal
# text by its length, (`UInt64`, `UInt128`, `BigInt`) for hexadecimal, octal and binary.
function read_integer(p::Parser, underscore::Bool, short::Int, long::Int, S::Type, L::Type)
    s = number_text(p, underscore)
    n = length(s)
    try
        n <= short && return Base.parse(S, s)
        n <= long && return Base.parse(L, s)
        return Base.parse(BigInt, s)
    catch e
        e isa OverflowError && return ParserError(ErrOverflowError)
        rethrow()
    end
end

function read_int(p::Parser)
    try
        return Base.parse(Int64, marked(p))
    catch e
        e isa OverflowError && return ParserError(ErrOverflowError)
        rethrow()
    end
end

function parse_number_or_date!(p::Parser)
    set_mark!(p)
    sign = 1
    signed = false
    if take_if!(p, '+')
        signed = true
    elseif take_if!(p, '-')
        signed = true
        sign = -1
    end
    if take_if!(p, 'i')
        return (take_if!(p, 'n') && take_if!(p, 'f')) ? sign * Inf : nothing
    elseif take_if!(p, 'n')
        return (take_if!(p, 'a') && take_if!(p, 'n')) ? NaN : nothing
    end
    take_if!(p, '.') && return ParserError(ErrLeadingDot)

    zero = false
    if take_if!(p, '0')
        zero = true
        is_end_of_value(p.cur) && return Int64(0)
        base = take_if!(p, 'x') ? 16 : take_if!(p, 'o') ? 8 : take_if!(p, 'b') ? 2 : 10
        if base != 10
            r = take_digits!(p, base == 16 ? is_hex : base == 8 ? is_oct : is_bin)
            r isa ParserError && return r
            # text: the prefix and up to 16 hexadecimal, 22 octal or 64 binary digits
            r[1] && return read_integer(p, r[2], base == 16 ? 18 : base == 8 ? 24 : 66,
                base == 16 ? 34 : base == 8 ? 45 : 130, UInt64, UInt128)
            # no digits after the prefix: read on as a decimal number (and fail)
        elseif take_if!(p, is_digit)
            return parse_time!(p)
        end
    end
    underscore = false
    digit = take_if!(p, is_digit)
    if !zero && !digit
        return ParserError(p.cur == EOF_CHAR ? ErrUnexpectedEofExpectedValue : ErrUnexpectedStartOfValue)
    end
    r = take_digits!(p, is_digit, zero)
    r isa ParserError && return r
    more, u = r
    underscore |= u
    if (digit || more) && is_end_of_value(p.cur)
        return read_integer(p, u, 17, 33, Int64, Int128)
    end
    if !underscore
        p.cur == '-' && return parse_datetime!(p)
        p.cur == ':' && return parse_time!(p)
    end
    dot = take_if!(p, '.')
    r = take_digits!(p, is_digit, true)
    r isa ParserError && return r
    dot && !r[1] && return ParserError(ErrNoTrailingDigitAfterDot)
    underscore |= r[2]
    if take_if!(p, is_e)
        take_if!(p, is_sign)
        lead = take_while!(p, is_digit)
        r = take_digits!(p, is_digit, !lead)
        r isa ParserError && return r
        # (as in Julia 1.10, whether the exponent held an `_` decides whether any is removed)
        underscore = r[2]
    end
    if !is_end_of_value(p.cur)
        take_char!(p)
        return ParserError(ErrGenericValueError)
    end
    v = Base.tryparse(Float64, number_text(p, underscore))
    v === nothing && return ParserError(ErrGenericValueError)
    return v
end

###############
# Dates/times #
###############

function two_digits!(p::Parser)
    set_mark!(p)
    take_count!(p, 2, is_digit) || return ParserError(ErrParsingDateTime)
    return read_int(p)
end

function parse_datetime!(p::Parser)
    year = read_int(p)
    year isa ParserError && return year
    0 <= year <= 9999 || return ParserError(ErrParsingDateTime)
    take_if!(p, '-') || return ParserError(ErrParsingDateTime)
    month = two_digits!(p)
    month isa ParserError && return month
    1 <= month <= 12 || return ParserError(ErrParsingDateTime)
    take_if!(p, '-') || return ParserError(ErrParsingDateTime)
    day = two_digits!(p)
    day isa ParserError && return day
    1 <= day <= 31 || return ParserError(ErrParsingDateTime)
    space = false
    if is_end_of_value(p.cur)
        space = take_if!(p, ' ')
        if !space || !is_digit(p.cur)
            return make_date(() -> Dates.Date(year, month, day))
        end
    end
    if !space
        (take_if!(p, 'T') || take_if!(p, 't')) || return ParserError(ErrParsingDateTime)
    end
    t = parse_clock!(p, false)
    t isa ParserError && return t
    h, mi, s, ms = t
    if !take_if!(p, 'Z')
        (take_if!(p, '+') || take_if!(p, '-')) && return ParserError(ErrOffsetDateNotSupported)
    end
    is_end_of_value(p.cur) || return ParserError(ErrParsingDateTime)
    return make_date(() -> Dates.DateTime(year, month, day, h, mi, s, ms))
end

function make_date(f)
    try
        return f()
    catch e
        e isa ArgumentError && return ParserError(ErrParsingDateTime)
        rethrow()
    end
end

# A local time whose hour digits have been read from the mark on.
function parse_time!(p::Parser)
    h = read_int(p)
    h isa ParserError && return h
    0 <= h <= 23 || return ParserError(ErrParsingDateTime)
    t = parse_clock!(p, true)
    t isa ParserError && return t
    return make_date(() -> Dates.Time(h, t[2], t[3], t[4]))
end

# `HH:MM:SS[.fff]` (from the `:` when the hour is already read); the fraction keeps up to three
# digits, read as a number of milliseconds, as Julia 1.10 does (`.5` is 5 ms).
function parse_clock!(p::Parser, have_hour::Bool)
    h = 0
    if !have_hour
        h = two_digits!(p)
        h isa ParserError && return h
        0 <= h <= 23 || return ParserError(ErrParsingDateTime)
    end
    take_if!(p, ':') || return ParserError(ErrParsingDateTime)
    mi = two_digits!(p)
    mi isa ParserError && return mi
    0 <= mi <= 59 || return ParserError(ErrParsingDateTime)
    take_if!(p, ':') || return ParserError(ErrParsingDateTime)
    s = two_digits!(p)
    s isa ParserError && return s
    0 <= s <= 59 || return ParserError(ErrParsingDateTime)
    ms = 0
    if take_if!(p, '.')
        set_mark!(p)
        found = false
        for _ in 1:3
            found |= take_if!(p, is_digit)
        end
        found || return ParserError(ErrParsingDateTime)
        ms = read_int(p)
        take_while!(p, is_digit)
    end
    return (h, mi, s, ms)
end

###########
# Strings #
###########

# After the opening quote (`'` when `literal`): a string, a multi-line one after three quotes.
function parse_string!(p::Parser, literal::Bool)
    q = literal ? '\'' : '"'
    multiline = false
    if take_if!(p, q)
        take_if!(p, q) || return ""
        # a newline right after the opening quotes is not part of the string
        take_if!(p, '\r')
        take_if!(p, '\n')
        multiline = true
    end
    return read_string_body!(p, multiline, literal)
end

function read_string_body!(p::Parser, multiline::Bool, literal::Bool)
    q = literal ? '\'' : '"'
    from = p.at
    escapes = false
    nq = multiline ? 3 : 1
    while true
        p.cur == EOF_CHAR && return ParserError(ErrUnexpectedEndString)
        while true
            c = p.cur
            (c == EOF_CHAR || c == q || c == '\\' || (!multiline && c == '\n')) && break
            take_char!(p)
        end
        !multiline && p.cur == '\n' && return ParserError(ErrNewLineInString)
        if p.cur != '\\'
            if take_if!(p, q) && (!multiline || (take_if!(p, q) && take_if!(p, q)))
                push!(p.pieces, from:(p.at - nq - 1))
                return join_pieces!(p, escapes)
            end
        end
        c = take_char!(p)
        if c == '\\' && !literal
            if is_eol(p.cur)
                # a line-ending backslash drops the newline and the blanks after it
                push!(p.pieces, from:(p.at - 2))
                take_while!(p, is_blank_or_eol)
                from = p.at
            else
                e = take_char!(p)
                if e == 'u' || e == 'U'
                    set_mark!(p)
                    take_count!(p, e == 'u' ? 4 : 6, is_hex) || return ParserError(ErrInvalidUnicodeScalar)
                    cp = Base.parse(Int64, marked(p); base = 16)
                    (cp <= 0xd7ff || 0xe000 <= cp <= 0x10ffff) || return ParserError(ErrInvalidUnicodeScalar)
                elseif !(e == 'b' || e == 't' || e == 'n' || e == 'f' || e == 'r' || e == '"' || e == '\\')
                    return ParserError(ErrInvalidEscapeCharacter)
                end
                escapes = true
            end
        end
    end
end

function join_pieces!(p::Parser, escapes::Bool)
    bytes = codeunits(p.str)
    buf = IOBuffer()
    for r in p.pieces
        isempty(r) || Base.write(buf, bytes[r])
    end
    empty!(p.pieces)
    s = String(take!(buf))
    return escapes ? unescape_string(s) : s
end

#######
# API #
#######

read_file_text(f::AbstractString) = isfile(f) ? read(f, String) : error(repr(f), ": No such file")

"""
    TOML.parse(x::Union{AbstractString, IO})
    TOML.parse(p::TOML.Parser, x::Union{AbstractString, IO})

Reads the TOML text `x` (a string, or what remains of a stream) into a `Dict{String, Any}`;
throws a [`TOML.ParserError`](@ref) where the text is not valid TOML.
"""
parse(str::AbstractString) = run_parser!(Parser(String(str)))
parse(p::Parser, str::AbstractString) = run_parser!(restart!(p, String(str)))
parse(io::IO) = parse(read(io, String))
parse(p::Parser, io::IO) = parse(p, read(io, String))

"""
    TOML.tryparse(x::Union{AbstractString, IO})
    TOML.tryparse(p::TOML.Parser, x::Union{AbstractString, IO})

Like [`TOML.parse`](@ref), but returns the [`TOML.ParserError`](@ref) instead of throwing it.
"""
tryparse(str::AbstractString) = run_parser(Parser(String(str)))
tryparse(p::Parser, str::AbstractString) = run_parser(restart!(p, String(str)))
tryparse(io::IO) = tryparse(read(io, String))
tryparse(p::Parser, io::IO) = tryparse(p, read(io, String))

"""
    TOML.parsefile(path)
    TOML.parsefile(p::TOML.Parser, path)

Reads the TOML file at `path` into a `Dict{String, Any}`; a [`TOML.ParserError`](@ref) names
the file (its absolute path). A missing file is an error (`"path": No such file`).
"""
parsefile(f::AbstractString) = run_parser!(Parser(read_file_text(f); filepath = abspath(f)))
parsefile(p::Parser, f::AbstractString) = run_parser!(restart!(p, read_file_text(f); filepath = abspath(f)))

"""
    TOML.tryparsefile(path)
    TOML.tryparsefile(p::TOML.Parser, path)

Like [`TOML.parsefile`](@ref), but returns the [`TOML.ParserError`](@ref) instead of throwing it.
"""
tryparsefile(f::AbstractString) = run_parser(Parser(read_file_text(f); filepath = abspath(f)))
tryparsefile(p::Parser, f::AbstractString) = run_parser(restart!(p, read_file_text(f); filepath = abspath(f)))

############
# Printing #
############

const TOMLValue = Union{AbstractVector, AbstractDict, Dates.DateTime, Dates.Time, Dates.Date,
    Bool, Integer, AbstractFloat, AbstractString}

function write_escaped(io::IO, s::AbstractString)
    for c in s
        isvalid(c) || error("TOML print: invalid character $(repr(c)) encountered when printing string")
        if c == '\b'
            Base.print(io, "\\b")
        elseif c == '\t'
            Base.print(io, "\\t")
        elseif c == '\n'
            Base.print(io, "\\n")
        elseif c == '\f'
            Base.print(io, "\\f")
        elseif c == '\r'
            Base.print(io, "\\r")
        elseif c == '"'
            Base.print(io, "\\\"")
        elseif c == '\\'
            Base.print(io, "\\\\")
        elseif iscntrl(c)
            Base.print(io, "\\u", string(UInt32(c), base = 16, pad = 4))
        else
            Base.print(io, c)
        end
    end
end

function write_key(io::IO, ks::Vector{String})
    for (i, k) in enumerate(ks)
        i == 1 || Base.print(io, '.')
        if isempty(k)
            Base.print(io, "\"\"")
        elseif all(isvalid_barekey_char, k)
            Base.print(io, k)
        else
            Base.print(io, '"')
            write_escaped(io, k)
            Base.print(io, '"')
        end
    end
end

function converted(f, x)
    f === nothing && error("type `$(typeof(x))` is not a valid TOML type, pass a conversion function to `TOML.print`")
    y = f(x)
    y isa TOMLValue || error("TOML syntax function for type `$(typeof(x))` did not return a valid TOML type but a `$(typeof(y))`")
    return y
end

function write_value(f, io::IO, x)
    x isa TOMLValue || (x = converted(f, x))
    if x isa AbstractVector
        Base.print(io, '[')
        for (i, y) in enumerate(x)
            i == 1 || Base.print(io, ", ")
            write_value(f, io, y)
        end
        Base.print(io, ']')
    elseif x isa Dates.DateTime
        Base.print(io, Dates.format(x, Dates.dateformat"YYYY-mm-dd\THH:MM:SS.sss\Z"))
    elseif x isa Dates.Time
        Base.print(io, Dates.format(x, Dates.dateformat"HH:MM:SS.sss"))
    elseif x isa Dates.Date
        Base.print(io, Dates.format(x, Dates.dateformat"YYYY-mm-dd"))
    elseif x isa Bool
        Base.print(io, x ? "true" : "false")
    elseif x isa Signed
        show(io, x)
    elseif x isa Integer
        # unsigned integers are written in hexadecimal, whole bytes
        Base.print(io, "0x", string(x, base = 16, pad = 2 * ndigits(x, base = 256)))
    elseif x isa AbstractFloat
        Base.print(io, isnan(x) ? "nan" : isinf(x) ? (x > 0 ? "+inf" : "-inf") : Float64(x))
    elseif x isa AbstractString
        Base.print(io, '"')
        write_escaped(io, x)
        Base.print(io, '"')
    else
        # a table inside an array is written inline
        Base.print(io, '{')
        for (i, (k, v)) in enumerate(x)
            i == 1 || Base.print(io, ", ")
            write_key(io, [String(k)])
            Base.print(io, " = ")
            write_value(f, io, v)
        end
        Base.print(io, '}')
    end
end

is_table(x) = x isa AbstractDict
is_table_array(x) = x isa AbstractArray && length(x) > 0 &&
    (x isa AbstractArray{<:AbstractDict} || all(y -> y isa AbstractDict, x))
is_tabular(x) = is_table(x) || is_table_array(x)

function write_table(f, io::IO, t::AbstractDict, path::Vector{String}, indent::Int, first::Bool,
                     sorted::Bool, by)
    ks = sorted ? sort!(collect(keys(t)); by = by) : collect(keys(t))
    # plain entries first
    for k in ks
        v = t[k]
        v isa TOMLValue || (v = converted(f, v))
        is_tabular(v) && continue
        Base.print(io, ' '^(4 * max(0, indent - 1)))
        write_key(io, [String(k)])
        Base.print(io, " = ")
        write_value(f, io, v)
        Base.print(io, '\n')
        first = false
    end
    # then sub-tables and arrays of tables
    for k in ks
        v = t[k]
        v isa TOMLValue || (v = converted(f, v))
        if is_table(v)
            push!(path, String(k))
            # a table holding only tables needs no header of its own
            header = isempty(v) || !all(is_tabular, values(v))
            if header
                first || Base.print(io, '\n')
                first = false
                Base.print(io, ' '^(4 * indent), '[')
                write_key(io, path)
                Base.print(io, "]\n")
            end
            write_table(f, io, v, path, indent + header, header, sorted, by)
            pop!(path)
        elseif is_table_array(v)
            first || Base.print(io, '\n')
            first = false
            push!(path, String(k))
            for e in v
                Base.print(io, ' '^(4 * indent), "[[")
                write_key(io, path)
                Base.print(io, "]]\n")
                e isa AbstractDict || error("array should contain only tables")
                write_table(f, io, e, path, indent + 1, true, sorted, by)
            end
            pop!(path)
        end
    end
end

"""
    TOML.print([to_toml::Function], [io::IO = stdout], data::AbstractDict; sorted = false, by = identity)

Writes the dictionary `data` to `io` as TOML: its plain entries (`key = value`) first, then each
sub-table under a `[a.b]` header and each array of tables as `[[a.b]]` sections, nested ones
indented by four spaces. `sorted = true` orders the keys of every table (by `by`). Values may
be dictionaries, vectors, strings, integers (unsigned ones written in hexadecimal), floats,
`Bool`s and `Dates` dates and times; `to_toml` converts any other value into one of those.
"""
print(f::Union{Function, Nothing}, io::IO, a::AbstractDict; sorted::Bool = false, by = identity) =
    (write_table(f, io, a, String[], 0, true, sorted, by); nothing)
print(f::Union{Function, Nothing}, a::AbstractDict; sorted::Bool = false, by = identity) =
    print(f, stdout, a; sorted = sorted, by = by)
print(io::IO, a::AbstractDict; sorted::Bool = false, by = identity) =
    print(nothing, io, a; sorted = sorted, by = by)
print(a::AbstractDict; sorted::Bool = false, by = identity) =
    print(nothing, stdout, a; sorted = sorted, by = by)

end
