# @enum (base/Enums.jl): a type whose few values are named constants, each holding an integer.

"""
    Enum{T<:Integer}

The supertype of every type made by `@enum`; `T` is the integer type of the values.
"""
abstract type Enum{T<:Integer} end

# An enum type is a primitive type of its base type's size (as Julia's: isprimitivetype(Color),
# sizeof(Color) == 4); a value's integer is its bits read as the base type.
_enum_basetype(::Type{<:Enum{T}}) where {T<:Integer} = T
_enum_val(x::Enum) = _enum_val(_enum_basetype(typeof(x)), x)
# (up to 64 bits: the low bits truncated to the base type, which is what the bits hold)
_enum_val(::Type{T}, x::Enum) where {T<:Integer} = sizeof(T) <= 8 ? _primitive_bits(x) % T : _bitcast(T, x)
# the names and values of each enum type, in definition order
const _enum_table = Dict{Any,Any}()
_enum_register(E, names, vals) = (_enum_table[E] = (names, vals); nothing)
_enum_info(E) = _enum_table[E]
function _enum_symbol(x::Enum)
    names, vals = _enum_info(typeof(x))
    v = _enum_val(x)
    for i in 1:length(vals)
        vals[i] == v && return names[i]
    end
    Symbol("<invalid #", v, ">")
end
_enum_argument_error(name, x) = throw(ArgumentError(string("invalid value for Enum ", name, ": ", x)))

"""
    instances(T)

The values of an enum type, in order: `instances(Color) == (red, green, blue)`.
"""
instances(E::Type{<:Enum}) = map_tuple(v -> E(v), _enum_info(E)[2])
Integer(x::Enum) = _enum_val(x)
# any integer type from an enum value, as Julia's (T::Type{<:Integer})(x::Enum)
Int8(x::Enum) = Int8(_enum_val(x))
Int16(x::Enum) = Int16(_enum_val(x))
Int32(x::Enum) = Int32(_enum_val(x))
Int64(x::Enum) = Int64(_enum_val(x))
Int128(x::Enum) = Int128(_enum_val(x))
UInt8(x::Enum) = UInt8(_enum_val(x))
UInt16(x::Enum) = UInt16(_enum_val(x))
UInt32(x::Enum) = UInt32(_enum_val(x))
UInt64(x::Enum) = UInt64(_enum_val(x))
UInt128(x::Enum) = UInt128(_enum_val(x))
Symbol(x::Enum) = _enum_symbol(x)
print(io::IO, x::Enum) = print(io, _enum_symbol(x))
# qualified by its module where Main does not see the name (Julia's isvisible): Main.Inner.light
function show(io::IO, x::Enum)
    sym = _enum_symbol(x)
    if !get(io, :compact, false)
        def = parentmodule(typeof(x))
        if !(def === Main || isdefined(Main, sym) && getfield(Main, sym) === x)
            show(io, def)
            print(io, ".")
        end
    end
    print(io, sym)
end
function show(io::IO, ::MIME"text/plain", x::Enum)
    print(io, _enum_symbol(x), "::", typeof(x), " = ")
    show(io, _enum_val(x))
end
# an enum type displays its values (Julia's Enums.jl)
function show(io::IO, ::MIME"text/plain", E::Type{<:Enum})
    isconcretetype(E) || return show(io, E)
    print(io, "Enum ")
    show(io, E)
    print(io, ":")
    for x in instances(E)
        print(io, "\n", _enum_symbol(x), " = ")
        show(io, _enum_val(x))
    end
end
isless(a::Enum, b::Enum) = isless(_enum_val(a), _enum_val(b))
<(a::Enum, b::Enum) = _enum_val(a) < _enum_val(b)
<=(a::Enum, b::Enum) = _enum_val(a) <= _enum_val(b)
hash(x::Enum, h::UInt) = hash(_enum_val(x), hash(typeof(x), h))
typemin(E::Type{<:Enum}) = E(minimum(_enum_info(E)[2]))
typemax(E::Type{<:Enum}) = E(maximum(_enum_info(E)[2]))
iterate(x::Enum, done = false) = done ? nothing : (x, true)
length(::Enum) = 1

"""
    @enum Name[::BaseType] value1[=x] value2[=y] ...

Defines the type `Name <: Enum{BaseType}` (`Int32` unless given) and a constant for each value,
numbered from 0 or as assigned: `@enum Fruit apple=1 orange`. `Name(i)` converts an integer
back (an `ArgumentError` if no value has it), `Int(x)` the other way, `instances(Name)` lists them.
The values may also be given one per line in a `begin ... end` block.
"""
macro enum(T, syms...)
    name, basetype = T isa Expr && T.head === :(::) ? (T.args[1], T.args[2]) : (T, :Int32)
    if basetype !== :Int32
        B = Core.eval(__module__, basetype)
        (B isa DataType && B <: Integer && isbitstype(B)) || throw(ArgumentError(string("invalid base type for Enum ", name,
            ", ", T, "=::", B, "; base type must be an integer primitive type")))
    end
    items = Any[]
    for s in syms
        if s isa Expr && s.head === :block
            for a in s.args
                (a isa Symbol || a isa Expr) && push!(items, a)
            end
        else
            push!(items, s)
        end
    end
    names = Symbol[]
    vals = Any[]
    next = 0
    hasexpr = false
    for s in items
        if s isa Symbol
            v = next
        elseif s isa Expr && s.head === :(=) && s.args[1] isa Symbol
            v = Core.eval(__module__, s.args[2])
            v isa Integer || throw(ArgumentError(string("invalid value for Enum ", name, ", ", s, "; values must be integers")))
            s = s.args[1]
            hasexpr = true
        else
            throw(ArgumentError(string("invalid argument for Enum ", name, ": ", s)))
        end
        # (as Julia's, values are checked from the first assigned one on)
        k = hasexpr ? findlast(isequal(v), vals) : nothing
        k === nothing || throw(ArgumentError(string("both ", s, " and ", names[k], " have value ", v, " in Enum ", name, "; values must be unique")))
        s in names && throw(ArgumentError(string("name \"", s, "\" in Enum ", name, " is not unique")))
        push!(names, s)
        push!(vals, v)
        next = v + 1
    end
    valtuple = Tuple(vals)
    defs = [:(const $(names[i]) = $name($(vals[i]))) for i in 1:length(names)]
    nbits = 8 * sizeof(basetype === :Int32 ? Int32 : Core.eval(__module__, basetype))
    esc(quote
        primitive type $name <: Base.Enum{$basetype} $nbits end
        function $name(x::Integer)
            x in $valtuple || Base._enum_argument_error($(QuoteNode(name)), x)
            Base._bitcast($name, convert($basetype, x))
        end
        Base._enum_register($name, $(Tuple(names)), $valtuple)
        $(defs...)
        nothing
    end)
end
