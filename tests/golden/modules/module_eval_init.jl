# Each module's own eval and include work in that module, wherever they are called from; a
# module's __init__ runs after its body; quoted code compares by contents; Meta odds and ends.
t(f) = try; println(f()); catch e; println("ERR ", typeof(e), ": ", replace(sprint(showerror, e), (@__DIR__) => "DIR")); end
module M
const K = 7
f() = eval(:(K + 1))
g() = include_string(@__MODULE__, "K * 2")
end
t(() -> M.f())
t(() -> M.g())
M.eval(:(newvar = 3))
t(() -> (isdefined(M, :newvar), isdefined(Main, :newvar)))
module Inside
h() = eval(Main, :(1 + 1))   # a module's own eval takes the expression alone (Core.eval takes a module)
end
try
    Inside.h()
catch e
    println(typeof(e))
end
t(() -> :(a + b) == :(a + b))
t(() -> isequal(:(a + b), :(a + b)))
t(() -> [:(a + b)] == [:(a + b)])
t(() -> haskey(Dict(:(a + b) => 1), :(a + b)))
t(() -> :(a + b) === :(a + b))
t(() -> (QuoteNode(:a) == QuoteNode(:a), LineNumberNode(1, :a) === LineNumberNode(1, :a), GlobalRef(Main, :x) == GlobalRef(Main, :x)))
module W
const s = Ref(false)
__init__() = (s[] = true; println("init ran"))
end
t(() -> W.s[])
t(() -> eval(Expr(:call)))
t(() -> Meta.parse("x = 1; y = 2"))
t(() -> Meta.parse("x = 1\ny = 2"))
function gen(x)
    if @generated
        :(x + 1)
    else
        x + 1
    end
end
t(() -> gen(1))
t(() -> include("nonexist_file.jl"))
t(() -> (@eval module Foo end))
module C
const N = 1
end
t(() -> (C.N = 2.5))
t(() -> (Base.isidentifier("abc"), Base.isidentifier("1a"), Base.isidentifier("true"), Base.isoperator(:+), Base.isoperator(:abc)))
t(() -> (Meta.isunaryoperator(:-), Meta.isunaryoperator(:*), Meta.isbinaryoperator(:*), Meta.ispostfixoperator(Symbol("'"))))
t(() -> which(Main, :println))
t(() -> (getglobal(M, :K), setglobal!(Main, :zz, 5), zz))
t(() -> convert(Dict{Symbol,Any}, Dict(:a => 1)))
struct WW
    d::Dict{Symbol,Any}
end
t(() -> WW(Dict(:a => 1)).d)
Base.@constprop :aggressive cp(x) = x + 1
t(() -> cp(1))
macro inner(x) :($x * 100) end
macro outer(x) esc(:(@inner $x)) end
t(() -> (@macroexpand1 @outer 3).head)
t(() -> (@macroexpand1 @outer 3).args[1])
t(() -> @macroexpand @outer 3)
t(() -> :(Base.@show x).args[1])
println(:(Base.@show x).args[3], " ", string(Expr(:macrocall, Expr(:., :Base, QuoteNode(Symbol("@show"))), nothing, :x)))
module M
end
t(() -> isdefined(M, :K))
