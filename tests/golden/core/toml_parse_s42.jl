# TOML: parsing TOML 1.0 documents into Dict{String, Any} (Julia 1.10's TOML stdlib)
using TOML, Dates

function dump(d::AbstractDict, indent = "")
    for k in sort!(collect(keys(d)))
        v = d[k]
        if v isa AbstractDict
            println(indent, repr(k), " =>")
            dump(v, indent * "  ")
        else
            println(indent, repr(k), " => ", repr(v), " :: ", typeof(v))
        end
    end
end

doc = """
# a comment line
title = "TOML Example"   # trailing comment
"quoted key" = 1
'literal key' = 2
"" = "empty key"
dotted.key.here = 3
site."google.com" = true
a . b = 4

[numbers]
int = +99
neg = -17
zero = 0
under = 1_000_000
long = 123456789012345678
huge = 170141183460469231731687303715884105728
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101_0110
bighex = 0x1_0000_0000_0000_0000
flt = 3.1415
exp = 5e+22
exp2 = -2E-2
both = 6.626e-34
fu = 224_617.445_991
pinf = inf
ninf = -inf
nan = nan
bools = [true, false]

[strings]
basic = "I'm a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF."
escapes = "\\b\\f\\r\\\\ \\U0001F600"
literal = 'C:\\Users\\nodejs\\templates'
multi = \"\"\"
Roses are red
Violets are blue\"\"\"
folded = \"\"\"
The quick brown \\
      fox jumps over \\
      the lazy dog.\"\"\"
rawmulti = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved. \\n
'''
quotes = \"\"\"Here are two quotation marks: "". Simple enough.\"\"\"
utf8 = "ÅÄÖ → λ"

[dates]
odt = 1979-05-27T07:32:00Z
ldt = 1979-05-27T07:32:00.999
lsp = 1979-05-27 07:32:00
ld = 1979-05-27
lt = 00:32:00.999999
lt2 = 07:32:00

[arrays]
ints = [1, 2, 3]
floats = [0.1, 0.2]
strs = ["red", 'yellow', \"\"\"green\"\"\"]
mixed = [1, 2.0]
mixed3 = [1, 2.0, "three"]
nested = [[1, 2], [3, 4, 5]]
nested_mixed = [[1, 2], ["a", "b"]]
tables = [{x = 1}, {x = 2}]
empty = []
multiline = [
  1,
  2, # two
  3,
]

[inline]
point = { x = 1, y = 2 }
nested = { a = { b = 1 }, c.d = 2 }
empty = {}

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[x.y.z.w]
[x]
late = "x is only implicitly defined before"
"""

d = TOML.parse(doc)
dump(d)
println(typeof(d))
println(d["products"])
println(d["fruits"][1]["varieties"][2]["name"], " ", length(d["fruits"]))
# the same text read from an IO, and through a reused parser
println(isequal(TOML.parse(IOBuffer(doc)), d))  # isequal: nan
p = TOML.Parser()
println(TOML.parse(p, "a = 1") == Dict("a" => 1), " ", TOML.parse(p, "b = [2]"))
println(TOML.tryparse(p, "c = 'x'"))
println(TOML.parse(""), " ", TOML.parse("\n# only a comment\n\n"))
println(TOML.parse("a = 1\r\nb = 2\r\n"))
println(TOML.parse("k\t=\t\"v\""))
# a file
path = tempname() * ".toml"
write(path, "[server]\nhost = \"localhost\"\nport = 8080\n")
println(TOML.parsefile(path))
println(TOML.tryparsefile(path))
println(TOML.parsefile(TOML.Parser(), path)["server"]["port"])
rm(path)
try
    TOML.parsefile(path)
catch e
    println(typeof(e), ": ", occursin("No such file", sprint(showerror, e)))
end
