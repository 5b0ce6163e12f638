# The Test library: passing tests print nothing but the summary's time varies, so this case
# checks results through the exit status and a test set's counts.
using Test
@test 1 + 1 == 2
@test_throws DivideError 1 ÷ 0
@test_throws MethodError nothing + 1
ts = @testset "quiet" begin
    @test true
    @test 3 > 2
    @test 1 == 2 broken=true
end
println(ts.n_passed, " ", ts.broken, " ", ts.fail)
