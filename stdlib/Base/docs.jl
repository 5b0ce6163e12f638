# The Docs and Polyglot modules (Base's docstrings are in docstrings.jl, loaded on demand).

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
