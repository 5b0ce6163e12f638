# Markdown's renderers: plain (Markdown text again), terminal (show text/plain) and HTML.
using Markdown

doc = Markdown.parse("""
# Summary

A paragraph long enough to be wrapped at the terminal width: it has many words in it, so that
the eighty columns of the display do not hold all of them on one line, with **bold** and *italic*.

## Usage

```julia
f(1, 2)
g(3)
```

- one item
- another item

1. first
2. second

!!! note
    Indented text in the box.

> A quotation.

| A | B |
|---|:-:|
| x | yy |

---

### Third
""")

println("== plain")
print(Markdown.plain(doc))
println("== string round trip")
println(Markdown.plain(Markdown.parse(string(doc))) == string(doc))
println("== term")
show(IOContext(stdout, :displaysize => (24, 80)), MIME"text/plain"(), doc)
println()
println("== term, 40 columns, colour")
io = IOContext(IOBuffer(), :displaysize => (24, 40), :color => true)
show(io, MIME"text/plain"(), md"""
# Head

Some **bold** and *it* and `code`, then words enough to wrap *the emphasised part over the end* of a line.
""")
println(repr(String(take!(io.io))))
println("== html")
print(Markdown.html(doc))
println("== show text/html")
show(stdout, MIME"text/html"(), md"Hello, world! <b> & \"q\"")
println()
