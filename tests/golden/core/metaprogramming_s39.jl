# local function definitions, $ outside a quote, @kwdef of an empty struct, GlobalRef macro names,
# Meta.@dump, isbinaryoperator, @views of a string, @test's value and keywords, @testset loops
function g()
    local helper(x) = x * 2
    helper(21)
end
println(g())
let
    local lf(x) = x + 1
    y = 2
    println(lf(y))
end
try; eval(Expr(:$, :x)); catch e; println(e); end
Base.@kwdef struct Empty end
println(Empty())
Base.@kwdef struct WithDefault; a::Int = 1; end
println(WithDefault(), " ", WithDefault(a = 5))
x = 3
eval(Expr(:macrocall, GlobalRef(Base, Symbol("@show")), nothing, :x))
Meta.@dump 1 + 2
println(Meta.isbinaryoperator(:!), " ", Meta.isbinaryoperator(:-), " ", Meta.isbinaryoperator(:+), " ", Meta.isbinaryoperator(:*), " ", Meta.isbinaryoperator(:¬))
st = "hello"
println(typeof(@views st[2:3]), " ", typeof(@view st[2:3]), " ", typeof(@views [1, 2, 3][2:3]))
using Test
println(@test 1 == 1)
println(@test_throws ArgumentError throw(ArgumentError("x")))
println(@test 1 ≈ 1.1 atol = 0.2)
println(@test isapprox(1, 1.05; rtol = 0.1))
println(@test 1 == 2 broken = true)
println(@test error("not run") skip = true)
sets = redirect_stdout(devnull) do
    @testset "i = $i" for i in 1:3
        @test i > 0
        @test i < 3 broken = i >= 3
    end
end
println(length(sets), " ", [s.description for s in sets], " ", typeof(sets[1]), " ", [s.n_passed for s in sets])
