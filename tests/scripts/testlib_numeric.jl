# A Julia-style test file over the numeric tower, run unmodified by TruffleJL's Test library.
using Test

@testset "numeric tower" begin
    @testset "wraparound" begin
        @test typemax(Int8) + Int8(1) == typemin(Int8)
        @test UInt8(255) + UInt8(1) == 0x00
        @test typemax(Int64) + 1 == typemin(Int64)
    end
    @testset "promotion" begin
        @test typeof(Int8(1) + Int16(1)) == Int16
        @test typeof(UInt8(1) + Int8(1)) == UInt8
        @test typeof(1 + 1.0f0) == Float32
        @test promote_type(Float16, Float32) == Float32
    end
    @testset "conversion errors" begin
        @test_throws InexactError Int8(128)
        @test_throws InexactError UInt64(-1)
        @test_throws InexactError Int64(2.5)
        @test_throws DivideError div(1, 0)
        @test_throws OverflowError Base.checked_add(typemax(Int8), Int8(1))
    end
    @testset "floats" begin
        @test Float16(0.5) + Float16(0.25) == Float16(0.75)
        @test isnan(0.0 / 0.0)
        @test sqrt(4.0) == 2.0
        @test_throws DomainError sqrt(-1.0)
    end
end
