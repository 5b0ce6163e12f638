# Documentation of the functions implemented in Java, and of the Base functions whose methods
# are spread over several files (a function defined once carries its docstring where it is
# defined). `?name` in the REPL and `@doc name` show these. Loaded into Base on the first
# documentation query, not at start-up (Builtins.ensureBaseDocs): every program would pay for
# parsing and lowering it otherwise.

@doc """
    +(x, y...)

Addition. Integer addition wraps around on overflow (`typemax(Int8) + Int8(1) == typemin(Int8)`);
arguments of different types are promoted to a common type first.
""" (+)

@doc """
    -(x, y)
    -(x)

Subtraction, or negation with one argument. Integer arithmetic wraps around.
""" (-)

@doc """
    *(x, y...)

Multiplication; for strings and characters, concatenation (`"ab" * "c" == "abc"`).
""" (*)

@doc """
    /(x, y)

Division; always floating point for integer arguments (`7 / 2 == 3.5`).
""" (/)

@doc """
    div(x, y)
    ÷(x, y)

Truncated division: the quotient rounded toward zero. Throws `DivideError` when `y` is zero.
""" div

@doc """
    rem(x, y)
    %(x, y)

Remainder of `div(x, y)`: it has the sign of `x`. See also `mod`.
""" rem

@doc """
    mod(x, y)

The remainder after floored division: it has the sign of `y` (`mod(-7, 3) == 2`).
""" mod

@doc """
    ^(x, y)

Exponentiation. Integer powers are computed by repeated squaring and wrap around.
""" (^)

@doc """
    ==(x, y)

Equality of values; numbers of different types compare by mathematical value (`1 == 1.0`).
""" (==)

@doc """
    <(x, y)

Less-than, comparing numbers by mathematical value across types.
""" (<)

@doc """
    typeof(x)

The concrete type of `x`.
""" typeof

@doc """
    isa(x, T) -> Bool

Whether `x` is of type `T` (or a subtype of it).
""" (isa)

@doc """
    convert(T, x)

Convert `x` to a value of type `T`; lossy conversions throw `InexactError`.
""" convert

@doc """
    promote(xs...)

Convert all arguments to a common type, following the promotion rules (`promote_rule`).
""" promote

@doc """
    length(collection) -> Integer

The number of elements of an array, tuple, range, string (in characters) or other collection.
""" length

@doc """
    getindex(collection, i...)

`collection[i...]`: the element(s) at the given indices. Throws `BoundsError` out of range.
""" getindex

@doc """
    setindex!(collection, value, i...)

`collection[i...] = value`, converting the value to the element type.
""" setindex!

@doc """
    push!(collection, item) -> collection

Append `item` to the end of a vector.
""" push!

@doc """
    throw(e)

Throw `e` as an exception; `try`/`catch` can handle it.
""" throw

@doc """
    rethrow()

Throw the exception being handled again, with its original stack trace (only inside `catch`).
""" rethrow

@doc """
    exit(code = 0)

End the program with the given exit status.
""" exit

@doc """
    write(io, x)

Write the bytes of a string or character to a stream; returns the number of bytes written.
""" write

@doc """
    parse(T, s)

Read a number of type `T` from the string `s`; throws `ArgumentError` if `s` is not a valid number.
""" parse

@doc """
    include(path)

Run the TruffleJL file `path` (relative to the including file) in the current module.
""" include

# ---- Base functions written in TruffleJL whose methods are spread over several files ----

@doc """
    sum(itr)
    sum(f, itr)
    sum(A; dims)

The sum of the elements (of `f` applied to them). Small integers are widened as in Julia
(`sum(UInt8[200, 100]) == 300` is a `UInt64`); `dims` sums along a dimension of an array.
""" sum

@doc """
    prod(itr)
    prod(f, itr)

The product of the elements (of `f` applied to them).
""" prod

@doc """
    map(f, c...)

A collection of `f` applied to each element (to the elements of several collections in
step, stopping at the shortest): `map(x -> x^2, [1, 2, 3]) == [1, 4, 9]`.
""" map

@doc """
    map!(f, dest, src...)

Like `map`, storing the results in `dest`; returns `dest`.
""" map!

@doc """
    foreach(f, c...)

Call `f` on each element, for its effects; returns `nothing`.
""" foreach

@doc """
    filter(f, c)

The elements of `c` for which `f` is true (for a `Dict`, the pairs).
""" filter

@doc """
    reduce(op, itr; init)

Combine the elements with the binary operator `op` (`reduce(+, [1, 2, 3]) == 6`); `init` is
the value for an empty collection and starts the combination.
""" reduce

@doc """
    foldl(op, itr; init)

Like `reduce`, combining from the left: `op(op(op(init, a), b), c)`.
""" foldl

@doc """
    mapreduce(f, op, itr; init)

`reduce(op, map(f, itr))` without the intermediate collection.
""" mapreduce

@doc """
    accumulate(op, A)

The running combination of the elements: `accumulate(+, [1, 2, 3]) == [1, 3, 6]`.
""" accumulate

@doc """
    cumsum(A)

The running sums: `cumsum([1, 2, 3]) == [1, 3, 6]`.
""" cumsum

@doc """
    maximum(itr)
    maximum(f, itr)

The largest element (of `f` applied to the elements); an error for an empty collection.
""" maximum

@doc """
    minimum(itr)
    minimum(f, itr)

The smallest element (of `f` applied to the elements); an error for an empty collection.
""" minimum

@doc """
    any(itr)
    any(f, itr)

Whether some element is `true` (satisfies `f`).
""" any

@doc """
    all(itr)
    all(f, itr)

Whether every element is `true` (satisfies `f`).
""" all

@doc """
    count(f, itr)
    count(itr)

How many elements satisfy `f` (are `true`).
""" count

@doc """
    collect(itr)

An `Array` of the elements of a collection or iterator: `collect(1:3) == [1, 2, 3]`.
""" collect

@doc """
    zip(iters...)

Iterate several collections in step, as tuples, until the shortest ends.
""" zip

@doc """
    enumerate(itr)

Iterate `(i, x)`: the index (from 1) and the element.
""" enumerate

@doc """
    sort(v; by, lt, rev)

A sorted copy of `v` (stable). `by` maps elements to the keys compared, `lt` is the order
(`isless` by default), `rev=true` reverses it.
""" sort

@doc """
    sort!(v; by, lt, rev)

Sort `v` in place; see `sort`.
""" sort!

@doc """
    reverse(v)

A copy of `v` (or a string) with the elements in reverse order.
""" reverse

@doc """
    unique(itr)

The distinct elements, in order of first appearance.
""" unique

@doc """
    first(c)
    first(c, n)

The first element (or the first `n` elements) of a collection.
""" first

@doc """
    last(c)
    last(c, n)

The last element (or the last `n` elements) of a collection.
""" last

@doc """
    findfirst(f, A)
    findfirst(A)

The index of the first element satisfying `f` (the first `true`), or `nothing`.
""" findfirst

@doc """
    in(x, collection)
    x ∈ collection

Whether `x` is an element (`==`; for Dicts and Sets, `isequal` on keys).
""" (in)

@doc """
    isempty(c)

Whether a collection has no elements.
""" isempty

@doc """
    empty!(c)

Remove every element of a collection; returns it.
""" empty!

@doc """
    pop!(v)
    pop!(d, key[, default])

Remove and return the last element of a vector; for a Dict, the value of `key`.
""" pop!

@doc """
    append!(v, items)

Add the elements of `items` to the end of `v`; returns `v`.
""" append!

@doc """
    delete!(d, key)

Remove `key` (and its value) from a Dict or Set; returns the collection.
""" delete!

@doc """
    get(d, key, default)
    get(f, d, key)

The value of `key` in `d`, or `default` (the result of `f()`) when it is absent.
""" get

@doc """
    haskey(d, key)

Whether a Dict has a value for `key`.
""" haskey

@doc """
    keys(d)

The keys of a Dict (the indices of an array).
""" keys

@doc """
    values(d)

The values of a Dict.
""" values

@doc """
    Dict(pairs...)
    Dict{K,V}()

A hash table from keys to values: `Dict("a" => 1, "b" => 2)`. Keys compare with `isequal`.
""" Dict

@doc """
    eltype(c)

The type of the elements of a collection (or of a collection type).
""" eltype

@doc """
    size(A)
    size(A, d)

The dimensions of an array as a tuple (or along dimension `d`).
""" size

@doc """
    ndims(A)

The number of dimensions of an array.
""" ndims

@doc """
    similar(A, [T], [dims])

An uninitialised array like `A`, optionally with another element type or dimensions.
""" similar

@doc """
    copy(x)

A shallow copy: a new container holding the same elements.
""" copy

@doc """
    deepcopy(x)

A copy of `x` and, recursively, of everything it contains.
""" deepcopy

@doc """
    zeros([T=Float64,] dims...)

An array of zeros: `zeros(Int8, 2, 3)`.
""" zeros

@doc """
    ones([T=Float64,] dims...)

An array of ones.
""" ones

@doc """
    fill(x, dims...)

An array with every element `x`.
""" fill

@doc """
    range(start, stop; length, step)

A range from `start` to `stop` with the given `length` or `step`.
""" range

@doc """
    vcat(A...)

Concatenate along the first dimension: `vcat([1, 2], [3]) == [1, 2, 3]`.
""" vcat

@doc """
    hcat(A...)

Concatenate along the second dimension: `hcat([1, 2], [3, 4])` is a 2×2 matrix.
""" hcat

@doc """
    split(s, [delim]; limit, keepempty)

The pieces of string `s` between occurrences of `delim` (whitespace by default), as SubStrings.
""" split

@doc """
    join(strings, [delim, [last]])

Concatenate the strings (printed values) of a collection, separated by `delim`.
""" join

@doc """
    replace(s, old => new; count)

A copy of string `s` with occurrences of `old` replaced by `new`.
""" replace

@doc """
    occursin(needle, haystack)

Whether string `needle` occurs in `haystack`.
""" occursin

@doc """
    startswith(s, prefix)

Whether string `s` starts with `prefix`.
""" startswith

@doc """
    endswith(s, suffix)

Whether string `s` ends with `suffix`.
""" endswith

@doc """
    uppercase(s)

`s` with every letter in upper case.
""" uppercase

@doc """
    lowercase(s)

`s` with every letter in lower case.
""" lowercase

@doc """
    strip(s)

`s` without leading and trailing whitespace.
""" strip

@doc """
    repeat(s, n)

String (or array) `s` repeated `n` times.
""" repeat

@doc """
    lpad(s, n, [p=' '])

String `s` padded on the left with `p` to `n` characters.
""" lpad

@doc """
    rpad(s, n, [p=' '])

String `s` padded on the right with `p` to `n` characters.
""" rpad

@doc """
    print([io], xs...)

Write the values in their plain text form (strings without quotes) to `io` (`stdout`).
""" print

@doc """
    error(msg...)

Throw an `ErrorException` with the message made of `msg`.
""" error

@doc """
    abs(x)

The absolute value. For signed integers it wraps like Julia's: `abs(typemin(Int8)) == typemin(Int8)`.
""" abs

@doc """
    round(x, [r::RoundingMode]; digits)
    round(T, x)

Round to the nearest integer value, ties to even (`round(2.5) == 2.0`); `round(T, x)` converts
to integer type `T` (InexactError when it does not fit); `digits` rounds to decimal places.
""" round

@doc """
    sqrt(x)

The square root; a `DomainError` for negative reals.
""" sqrt

@doc """
    time()

The time in seconds since the epoch, as a Float64.
""" time

@doc """
    sleep(seconds)

Suspend the current task for the given number of seconds.
""" sleep

@doc """
    BigFloat(x; precision = precision(BigFloat))
    BigFloat(s::AbstractString)

A binary floating-point number of any precision (256 bits by default; `setprecision` changes it):
`big(1)/3`, `BigFloat("0.1")`, `big"0.1"`, `BigFloat(π)`. Arithmetic rounds each result to the
current precision (to nearest, ties to even); it prints with enough digits to read it back.
""" BigFloat

@doc """
    BigInt(x)

An integer of any size: `big(2)^100`, `factorial(big(30))`, `parse(BigInt, s)`, `big"123..."`.
Mixed with other integers it wins; with floats, and divided by `/`, it gives a `BigFloat`.
""" BigInt
