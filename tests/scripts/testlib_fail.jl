# A test file with failures: the Test library must report them as Julia does.
using Test
@test 1 + 1 == 2
@testset "arith" begin
    @test 2 * 3 == 6
    @test_throws DivideError 1 ÷ 0
    @test 1 > 2 broken=true
    @testset "inner" begin
        @test true
    end
end
@testset "failing" begin
    @test 1 + 1 == 3
    @test_throws ArgumentError sqrt(4.0)
end
