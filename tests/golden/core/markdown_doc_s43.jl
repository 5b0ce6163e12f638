# md"..." interpolation, doc"...", and @doc giving a Markdown.MD (Julia's Docs.doc joins the
# docstrings of a function's methods into one MD, one MD each).
using Markdown

x = 42
name = "world"
m = md"Value $x and sum $(x + 1)."
println(m.content[1].content)
print(m)
println(md"hello *$name*".content[1].content)
# a `$` after a word closes the first one: inline maths (Julia's `tex` is tried before `interp`)
println(md"from $x to y$".content[1].content)
v = [1, 2]
println(md"A vector: $v".content[1].content[2] === v)
block = md"""
# Title $x

$name
"""
println(block.content[1].text, " ", block.content[2])
println(md"price \$5".content[1].content)

"""
    area(r)

Area of a circle of radius `r`.

# Examples

```julia
area(1.0)
```

!!! note
    `r` must not be negative.
"""
area(r) = pi * r^2

"""
    area(w, h)

Area of a `w` by `h` rectangle:
- `w` the width
- `h` the height
"""
area(w, h) = w * h

d = @doc(area)
println(typeof(d), " ", length(d.content), " ", typeof(d.content[1]), " ", typeof(d.content[2]))
println(occursin("Area of a circle", string(d)), " ", occursin("rectangle", string(d)))
println("== plain")
print(d)
println("== term")
show(IOContext(stdout, :displaysize => (24, 80)), MIME"text/plain"(), d)
println()
println("== Docs.doc")
print(Docs.doc(area) == d, " ")
show(IOContext(stdout, :displaysize => (24, 80)), MIME"text/plain"(), Docs.doc(x -> x))
println()
