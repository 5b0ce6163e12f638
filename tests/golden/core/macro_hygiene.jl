# Macro hygiene (Julia's rules): a macro's own variables are renamed, its free names mean what
# they mean in the macro's module, and esc(x) hands x back to the caller.
module Helpers
helper(x) = 2x
macro dbl(x)
    :(helper($(esc(x))))
end
macro counted(ex)
    quote
        calls = 0
        r = $(esc(ex))
        calls += 1
        (r, calls)
    end
end
export @dbl, @counted
end
using .Helpers
helper(x) = -1          # the caller's helper: not the one the macro means
println(@dbl 4)
println(@counted 10)
println(@macroexpand @dbl y)

# assignments in an expansion are the expansion's own locals
macro setx(v)
    :(x = $(esc(v)))
end
function f()
    x = 1
    @setx 5
    x
end
println(f())

# a free name reads the macro module's global, even where the caller has a local of that name
x = 10
macro readx()
    :(x)
end
function g()
    x = 99
    @readx
end
println(g())

# locals of a quote block: renamed, so the caller's variable of that name is untouched
macro twice(ex)
    quote
        tmp = $(esc(ex))
        tmp + tmp
    end
end
function h()
    tmp = 100
    (@twice(3), tmp)
end
println(h())

# loop variables and try/catch variables are the expansion's too
macro sumto(n)
    quote
        s = 0
        for i in 1:$(esc(n))
            s += i
        end
        try
            error("boom")
        catch err
            s += length(err.msg)
        end
        s
    end
end
function k()
    i = -1; s = -2; err = -3
    (@sumto(10), i, s, err)
end
println(k())

# esc'd assignment: the caller's variable
macro assign(name, v)
    :($(esc(name)) = $(esc(v)))
end
function m()
    @assign y 7
    y
end
println(m())

# a function an expansion defines at top level: named in the macro's module
macro mkf()
    :(hello() = "hi")
end
@mkf
println(hello())
println(Base.remove_linenums!(@macroexpand @mkf))

# a local function in a block: renamed with the block's locals
macro withlocal(a)
    quote
        sq(v) = v * v
        sq($(esc(a)))
    end
end
sq(v) = "caller's sq"
println(@withlocal(6), " ", sq(2))

# keyword names of calls stay as written; named tuple fields too
kk(v; k = 0) = v + k
macro kwcall(fn)
    :($(esc(fn))(1; k = 2))
end
println(@kwcall kk)
macro nt()
    :((a = 1, b = 2))
end
println(@nt)

# `x += 1` is not an assignment for hygiene (as in Julia): x is the macro module's global
counter = 0
macro bump()
    :(counter += 1)
end
function bump_twice()
    counter = "local"
    @bump; @bump
    counter
end
println(bump_twice(), " ", counter)

# an inner macro's escaped argument belongs to the outer expansion
macro inner(ex)
    :(2 * $(esc(ex)))
end
macro outer(ex)
    :(@inner $(esc(ex)) + 1)
end
function t()
    z = 10
    @outer z
end
println(t())
println(@macroexpand @outer q)

# structs an expansion defines keep their names and field names
macro defstruct(name)
    quote
        struct $(esc(name))
            a::Int
        end
        $(esc(name))(s::String) = $(esc(name))(length(s))
    end
end
@defstruct Box
println(Box("abc"), " ", fieldnames(Box))

# Base macros inside user macros still see the caller's values through esc
macro logged(ex)
    quote
        local val = $(esc(ex))
        println("value: ", val)
        val
    end
end
function n()
    val = 5
    (@logged(val + 1), val)
end
println(n())

# GlobalRef values
r = GlobalRef(Main, :x)
println(r, " ", typeof(r), " ", r.mod, " ", r.name)
show(r); println()
