"""
    InteractiveUtils

Reflection helpers for interactive work: `subtypes`, `supertypes`, `@which`.
"""
module InteractiveUtils

export subtypes, supertypes, @which

"""
    subtypes(T)

The types whose direct supertype is `T`, among those bound in loaded modules, sorted by name.
"""
subtypes(T::Type) = Base._direct_subtypes(T)

"""
    supertypes(T)

`T` and its supertypes up to `Any`, as a tuple.
"""
function supertypes(T::Type)
    out = Any[T]
    while T !== Any
        T = supertype(T)
        push!(out, T)
    end
    return Tuple(out)
end

"""
    @which f(args...)

The method a call would run.
"""
macro which(call)
    (call isa Expr && call.head === :call) || throw(ArgumentError("@which expects a function call, got $(repr(call))"))
    f = esc(call.args[1])
    args = map(esc, call.args[2:end])
    return :(which($f, Base.map(Core.Typeof, ($(args...),))))
end

end
