# Documentation of the functions implemented in Java (the ones written in TruffleJL carry
# their docstrings where they are defined). `?name` in the REPL and `@doc name` show these.

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

"""
    Docs

Documentation lookup: `Docs.doc(f)` is the text `@doc f` gives, for a value in hand.
"""
module Docs
doc(x) = Base._getdoc_value(x)
end

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
