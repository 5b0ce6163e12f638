# TOML: ParserError positions and messages (Julia 1.10's base/toml_parser.jl), tryparse/parse
using TOML

function try_show(s)
    r = TOML.tryparse(s)
    if r isa TOML.ParserError
        println(repr(s), ": ", r.type, " at line ", r.line, ", column ", r.column, ", byte ", r.pos)
        println(sprint(showerror, r))
    else
        println(repr(s), " parsed: ", r)
    end
end

for s in [
    # keys
    "fooα = 3", "a b", "= 1", "abc", "[a\nb = 1", "a.b.c", "a = 1 b = 2",
    # values
    "foo = [1, 2,", "\"fαβ\" = [1.2, 1.2.3]", "a = tru", "a = [1 2]", "a = {x = 1 y = 2}",
    "a = {b = 1,}", "a = {b = 1", "a = @", "a = [,]", "a =",
    # numbers
    "a = 01", "a = 1__0", "a = 1_", "a = _1", "a = .5", "a = 1.", "a = 1e_5", "a = 1.5x", "a = 0xg",
    # strings
    "a = \"abc", "a = \"ab\nc\"", "a = \"\\q\"", "a = \"\\uD800\"", "a = \"\\u12\"", "a = '''abc",
    # dates and times
    "x = 2000-01-01T00:00:00+01:00", "x = 2000-01-01T00:00:00.5-05:00", "a = 2000-13-01",
    "a = 2000-02-30", "a = 25:00:00", "a = 12:60:00", "a = 2000-01-01T12", "a = 1979-05-27T07:32:00z",
    # tables and redefinitions
    "a = 1\na = 2", "[a]\n[a]", "[a]\nb = 1\n[a]", "a.b = 1\n[a]\nc = 2\n[a]", "[[a]\n", "[a",
    "[a] x", "a = [1]\n[[a]]", "a = 1\na.b = 2", "a = {x=1}\na.y = 2", "a = {x=1}\n[a.b]",
    "[t]\nx = 1\n[[t]]", "a = 1\n[a]", "[a]\nb = 1\n[a.b]",
    ]
    try_show(s)
end

# throwing forms
try
    TOML.parse("key = \n")
catch e
    println(typeof(e) <: Exception, " ", e isa TOML.ParserError)
    showerror(stdout, e); println()
end
try
    TOML.parse(TOML.Parser(), "x = [1,\n2,\n3 4]")
catch e
    showerror(stdout, e); println()
end
# the error keeps what was read before it
r = TOML.tryparse("a = 1\nb = [2]\n[c]\nd = 3\ne = ?")
println(r.table)
# a file's error names it
path = tempname() * ".toml"
write(path, "ok = 1\nbad = 'x\n")
r = TOML.tryparsefile(path)
println(r.filepath == abspath(path), " ", r.line, " ", r.column)
println(replace(sprint(showerror, r), abspath(path) => "FILE"))
rm(path)
