package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trufflejl.parser.Expr;
import org.trufflejl.parser.LineNumberNode;
import org.trufflejl.parser.ParseError;
import org.trufflejl.parser.Parser;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;

/** The parser produces the Expr shapes of Julia 1.10's {@code Meta.parse}, and precise, correctly flagged errors. */
public class ParserTest {

    private static Expr parse(String source) {
        return new Parser(source, "test.jl").parseToplevel();
    }

    /** The statements of {@code source} without their line nodes. */
    private static List<Object> statements(String source) {
        List<Object> result = new ArrayList<>();
        for (Object a : parse(source).args()) {
            if (!(a instanceof LineNumberNode)) {
                result.add(a);
            }
        }
        return result;
    }

    /** S-expressions of the statements, joined by {@code " ; "}. */
    private static String render(String source) {
        List<String> parts = new ArrayList<>();
        for (Object s : statements(source)) {
            parts.add(Expr.sexpr(s));
        }
        return String.join(" ; ", parts);
    }

    private static Object single(String source) {
        List<Object> s = statements(source);
        assertEquals(1, s.size(), "statements of " + source);
        return s.get(0);
    }

    private static Arguments shape(String source, String expected) {
        return Arguments.of(source, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"calls", "operators", "assignments", "functionsAndLambdas", "accessAndPostfix", "juxtaposition", "bracketsAndArrays", "comprehensions",
                    "literals", "strings", "quoting", "controlFlow", "declarationsAndTypes", "modulesAndImports", "macros", "docstrings"})
    void parsesToJuliaShape(String source, String expected) {
        assertEquals(expected, render(source));
    }

    static Stream<Arguments> calls() {
        return Stream.of(
                        shape("f(x, y; k=1, j)", "(:call, :f, (:parameters, (:kw, :k, 1::Int64), :j), :x, :y)"),
                        shape("f(x, k=1)", "(:call, :f, :x, (:kw, :k, 1::Int64))"),
                        shape("f(a...)", "(:call, :f, (:..., :a))"),
                        shape("f()", "(:call, :f)"),
                        shape("f(;)", "(:call, :f, (:parameters))"),
                        shape("f(x...; y...)", "(:call, :f, (:parameters, (:..., :y)), (:..., :x))"),
                        shape("f(::T)", "(:call, :f, (:::, :T))"),
                        shape("f(x)(y)", "(:call, (:call, :f, :x), :y)"),
                        shape("f(a,\n  b\n)", "(:call, :f, :a, :b)"),
                        shape("Dict(\"a\" => 1, \"b\" => 2)", "(:call, :Dict, (:call, :=>, \"a\", 1::Int64), (:call, :=>, \"b\", 2::Int64))"),
                        shape("map(+, a, b)", "(:call, :map, :+, :a, :b)"),
                        shape("sort(x, by = -)", "(:call, :sort, :x, (:kw, :by, :-))"),
                        shape("-(a, b)", "(:call, :-, :a, :b)"),
                        shape("(-)(a)", "(:call, :-, :a)"),
                        shape("Point{Float64}(1.0, 2.0)", "(:call, (:curly, :Point, :Float64), 1.0::Float64, 2.0::Float64)"),
                        // a bare broadcasting operator is (. op), except as a callee
                        shape("f(.+)", "(:call, :f, (:., :+))"),
                        shape("(.+)(x)", "(:call, (:., :+), :x)"),
                        shape(".*(x, y)", "(:call, :.*, :x, :y)"),
                        shape("x .= .-y", "(:.=, :x, (:call, :.-, :y))"));
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                        shape("a + b + c", "(:call, :+, :a, :b, :c)"),
                        shape("a * b * c", "(:call, :*, :a, :b, :c)"),
                        shape("a + b - c", "(:call, :-, (:call, :+, :a, :b), :c)"),
                        shape("a + b .+ c", "(:call, :.+, (:call, :+, :a, :b), :c)"),
                        shape("x^2 + 2x + 1", "(:call, :+, (:call, :^, :x, 2::Int64), (:call, :*, 2::Int64, :x), 1::Int64)"),
                        shape("a .+ b", "(:call, :.+, :a, :b)"),
                        shape("a .!= b", "(:call, :.!=, :a, :b)"),
                        shape(".!x", "(:call, :.!, :x)"),
                        shape("-x", "(:call, :-, :x)"),
                        shape("+x", "(:call, :+, :x)"),
                        shape("!x", "(:call, :!, :x)"),
                        shape("~x", "(:call, :~, :x)"),
                        shape("√x", "(:call, :√, :x)"),
                        shape("-x^2", "(:call, :-, (:call, :^, :x, 2::Int64))"),
                        shape("-2^2", "(:call, :-, (:call, :^, 2::Int64, 2::Int64))"),
                        shape("2^-3", "(:call, :^, 2::Int64, -3::Int64)"),
                        shape("x^y^z", "(:call, :^, :x, (:call, :^, :y, :z))"),
                        shape("a < b", "(:call, :<, :a, :b)"),
                        shape("a < b <= c", "(:comparison, :a, :<, :b, :<=, :c)"),
                        shape("a ≤ b ≠ c", "(:comparison, :a, :≤, :b, :≠, :c)"),
                        shape("a <: b", "(:<:, :a, :b)"),
                        shape("a >: b", "(:>:, :a, :b)"),
                        shape("a in b", "(:call, :in, :a, :b)"),
                        shape("x ∈ s", "(:call, :∈, :x, :s)"),
                        shape("a isa T", "(:call, :isa, :a, :T)"),
                        shape("a === b", "(:call, :===, :a, :b)"),
                        shape("a!=b", "(:call, :!=, :a, :b)"),
                        shape("a && b || c", "(:||, (:&&, :a, :b), :c)"),
                        shape("a && b && c", "(:&&, :a, (:&&, :b, :c))"),
                        shape("c ? a : b", "(:if, :c, :a, :b)"),
                        shape("a ? b : c ? d : e", "(:if, :a, :b, (:if, :c, :d, :e))"),
                        shape("a => b => c", "(:call, :=>, :a, (:call, :=>, :b, :c))"),
                        shape("a:b", "(:call, ::, :a, :b)"),
                        shape("a:s:b", "(:call, ::, :a, :s, :b)"),
                        shape("1:n-1", "(:call, ::, 1::Int64, (:call, :-, :n, 1::Int64))"),
                        shape("1:-1:0", "(:call, ::, 1::Int64, -1::Int64, 0::Int64)"),
                        shape("x...", "(:..., :x)"),
                        shape("a |> f |> g", "(:call, :|>, (:call, :|>, :a, :f), :g)"),
                        shape("f <| g <| x", "(:call, :<|, :f, (:call, :<|, :g, :x))"),
                        shape("a ∘ b", "(:call, :∘, :a, :b)"),
                        shape("x ÷ y", "(:call, :÷, :x, :y)"),
                        shape("a ⊻ b", "(:call, :⊻, :a, :b)"),
                        shape("1 // 2", "(:call, ://, 1::Int64, 2::Int64)"),
                        shape("a << 1 + 2", "(:call, :+, (:call, :<<, :a, 1::Int64), 2::Int64)"),
                        shape("x .|> f", "(:call, :.|>, :x, :f)"),
                        shape("!(a && b)", "(:call, :!, (:&&, :a, :b))"),
                        shape("x == 1 ? \"a\" : \"b\"", "(:if, (:call, :==, :x, 1::Int64), \"a\", \"b\")"),
                        shape("(1 +\n 2)", "(:call, :+, 1::Int64, 2::Int64)"),
                        shape("x = 1 +\n 2", "(:=, :x, (:call, :+, 1::Int64, 2::Int64))"));
    }

    static Stream<Arguments> assignments() {
        return Stream.of(
                        shape("x = 1", "(:=, :x, 1::Int64)"),
                        shape("x += 1", "(:+=, :x, 1::Int64)"),
                        shape("x //= 2", "(://=, :x, 2::Int64)"),
                        shape("x >>>= 2", "(:>>>=, :x, 2::Int64)"),
                        shape("x ⊻= y", "(:⊻=, :x, :y)"),
                        shape("x .= y .+ 1", "(:.=, :x, (:call, :.+, :y, 1::Int64))"),
                        shape("x .+= 1", "(:.+=, :x, 1::Int64)"),
                        shape("a, b = 1, 2", "(:=, (:tuple, :a, :b), (:tuple, 1::Int64, 2::Int64))"),
                        shape("x, = xs", "(:=, (:tuple, :x), :xs)"),
                        shape("x = y = 1", "(:=, :x, (:=, :y, 1::Int64))"),
                        shape("1, 2", "(:tuple, 1::Int64, 2::Int64)"),
                        shape("a[i, j] = 1", "(:=, (:ref, :a, :i, :j), 1::Int64)"),
                        shape("x.y += 1", "(:+=, (:., :x, (quote :y)), 1::Int64)"),
                        shape("a::Int = 3", "(:=, (:::, :a, :Int), 3::Int64)"),
                        shape("x = 1; y = 2", "(:=, :x, 1::Int64) ; (:=, :y, 2::Int64)"));
    }

    static Stream<Arguments> functionsAndLambdas() {
        return Stream.of(
                        shape("function f(x, y=2; k=3)\n  x\nend", "(:function, (:call, :f, (:parameters, (:kw, :k, 3::Int64)), :x, (:kw, :y, 2::Int64)), (:block, :x))"),
                        shape("f(x) = x + 1", "(:=, (:call, :f, :x), (:block, (:call, :+, :x, 1::Int64)))"),
                        shape("function f end", "(:function, :f)"),
                        shape("function (x)\n x\nend", "(:function, (:tuple, :x), (:block, :x))"),
                        shape("function (xs...) end", "(:function, (:..., :xs), (:block))"),
                        shape("function f(x)::Int\n x\nend", "(:function, (:::, (:call, :f, :x), :Int), (:block, :x))"),
                        shape("f(x)::Int = x", "(:=, (:::, (:call, :f, :x), :Int), (:block, :x))"),
                        shape("Base.:+(a, b) = 1", "(:=, (:call, (:., :Base, (quote :+)), :a, :b), (:block, 1::Int64))"),
                        shape("function Base.:(==)(a, b) end", "(:function, (:call, (:., :Base, (quote :==)), :a, :b), (:block))"),
                        shape("(p::Poly)(x) = 1", "(:=, (:call, (:::, :p, :Poly), :x), (:block, 1::Int64))"),
                        shape("+(a::T, b::T) = 1", "(:=, (:call, :+, (:::, :a, :T), (:::, :b, :T)), (:block, 1::Int64))"),
                        shape("a ⊕ b = 1", "(:=, (:call, :⊕, :a, :b), (:block, 1::Int64))"),
                        shape("f(x::T) where T", "(:where, (:call, :f, (:::, :x, :T)), :T)"),
                        shape("f(x::T) where T = x", "(:=, (:where, (:call, :f, (:::, :x, :T)), :T), (:block, :x))"),
                        shape("f(x) where {T<:Real, S}", "(:where, (:call, :f, :x), (:<:, :T, :Real), :S)"),
                        shape("function f(x::T)::T where T<:Number\n x\nend", "(:function, (:where, (:::, (:call, :f, (:::, :x, :T)), :T), (:<:, :T, :Number)), (:block, :x))"),
                        shape("function f(args...; kwargs...) end", "(:function, (:call, :f, (:parameters, (:..., :kwargs)), (:..., :args)), (:block))"),
                        shape("macro m(x)\n x\nend", "(:macro, (:call, :m, :x), (:block, :x))"),
                        shape("x -> x + 1", "(:->, :x, (:block, (:call, :+, :x, 1::Int64)))"),
                        shape("(x, y) -> x", "(:->, (:tuple, :x, :y), (:block, :x))"),
                        shape("(x) -> x", "(:->, :x, (:block, :x))"),
                        shape("(x,) -> x", "(:->, (:tuple, :x), (:block, :x))"),
                        shape("() -> 1", "(:->, (:tuple), (:block, 1::Int64))"),
                        shape("x::Int -> x", "(:->, (:::, :x, :Int), (:block, :x))"),
                        shape("f = x -> 2x", "(:=, :f, (:->, :x, (:block, (:call, :*, 2::Int64, :x))))"),
                        shape("map((x, y) -> x + y, a, b)", "(:call, :map, (:->, (:tuple, :x, :y), (:block, (:call, :+, :x, :y))), :a, :b)"),
                        shape("map(xs) do v\n v + 1\nend", "(:do, (:call, :map, :xs), (:->, (:tuple, :v), (:block, (:call, :+, :v, 1::Int64))))"),
                        shape("f() do; 1 end", "(:do, (:call, :f), (:->, (:tuple), (:block, 1::Int64)))"),
                        shape("@m(x) do y\n y\nend", "(:do, (:macrocall, :@m, :x), (:->, (:tuple, :y), (:block, :y)))"));
    }

    static Stream<Arguments> accessAndPostfix() {
        return Stream.of(
                        shape("a.b", "(:., :a, (quote :b))"),
                        shape("a.b.c", "(:., (:., :a, (quote :b)), (quote :c))"),
                        shape("Base.:+", "(:., :Base, (quote :+))"),
                        shape("f.(x, y)", "(:., :f, (:tuple, :x, :y))"),
                        shape("Base.sin(1)", "(:call, (:., :Base, (quote :sin)), 1::Int64)"),
                        shape("f(a)[1].b", "(:., (:ref, (:call, :f, :a), 1::Int64), (quote :b))"),
                        shape("x'", "(:', :x)"),
                        shape("y''", "(:', (:', :y))"),
                        shape("a.b'", "(:', (:., :a, (quote :b)))"),
                        shape("[1, 2]'", "(:', (:vect, 1::Int64, 2::Int64))"),
                        shape("a = b' * c", "(:=, :a, (:call, :*, (:', :b), :c))"),
                        shape("a .* b'", "(:call, :.*, :a, (:', :b))"),
                        shape("x::T", "(:::, :x, :T)"),
                        shape("x::T where T", "(:::, :x, (:where, :T, :T))"),
                        shape("A{T, S}", "(:curly, :A, :T, :S)"),
                        shape("Vector{<:Integer}", "(:curly, :Vector, (:<:, :Integer))"),
                        shape("Vector{T} where T", "(:where, (:curly, :Vector, :T), :T)"),
                        shape("a[i]", "(:ref, :a, :i)"),
                        shape("a[end]", "(:ref, :a, :end)"),
                        shape("a[begin+1]", "(:ref, :a, (:call, :+, :begin, 1::Int64))"),
                        shape("a[:]", "(:ref, :a, ::)"),
                        shape("A[i, :]", "(:ref, :A, :i, ::)"),
                        shape("a[1:end]", "(:ref, :a, (:call, ::, 1::Int64, :end))"),
                        shape("a[end÷2]", "(:ref, :a, (:call, :÷, :end, 2::Int64))"),
                        shape("a[2end]", "(:ref, :a, (:call, :*, 2::Int64, :end))"),
                        shape("a[f(end)]", "(:ref, :a, (:call, :f, :end))"),
                        shape("Int[]", "(:ref, :Int)"));
    }

    static Stream<Arguments> juxtaposition() {
        return Stream.of(
                        shape("2x", "(:call, :*, 2::Int64, :x)"),
                        shape("3(a+b)", "(:call, :*, 3::Int64, (:call, :+, :a, :b))"),
                        shape("(a+b)(c)", "(:call, (:call, :+, :a, :b), :c)"),
                        shape("2x^2", "(:call, :*, 2::Int64, (:call, :^, :x, 2::Int64))"),
                        shape("1.5x", "(:call, :*, 1.5::Float64, :x)"),
                        shape("2π", "(:call, :*, 2::Int64, :π)"),
                        shape("2(x + 1)^2", "(:call, :*, 2::Int64, (:call, :^, (:call, :+, :x, 1::Int64), 2::Int64))"),
                        shape("2^3x", "(:call, :^, 2::Int64, (:call, :*, 3::Int64, :x))"),
                        shape("z = 3 + 4im", "(:=, :z, (:call, :+, 3::Int64, (:call, :*, 4::Int64, :im)))"),
                        shape("2√x", "(:call, :*, 2::Int64, (:call, :√, :x))"),
                        shape("x = a'b", "(:=, :x, (:call, :*, (:', :a), :b))"),
                        shape("-2x", "(:call, :*, -2::Int64, :x)"),
                        shape("(2)(3)x", "(:call, :*, 2::Int64, 3::Int64, :x)"),
                        // an `e` without exponent digits is a name, as in Julia: `2e^2` is 2 * e^2
                        shape("1.0e", "(:call, :*, 1.0::Float64, :e)"),
                        shape("2e^2", "(:call, :*, 2::Int64, (:call, :^, :e, 2::Int64))"),
                        shape("2exp(x)", "(:call, :*, 2::Int64, (:call, :exp, :x))"));
    }

    static Stream<Arguments> bracketsAndArrays() {
        return Stream.of(
                        shape("(1, 2)", "(:tuple, 1::Int64, 2::Int64)"),
                        shape("(1,)", "(:tuple, 1::Int64)"),
                        shape("()", "(:tuple)"),
                        shape("(x)", ":x"),
                        shape("(a; b)", "(:block, :a, :b)"),
                        shape("(a=1, b=2)", "(:tuple, (:=, :a, 1::Int64), (:=, :b, 2::Int64))"),
                        shape("(; a=1)", "(:tuple, (:parameters, (:kw, :a, 1::Int64)))"),
                        shape("[1, 2]", "(:vect, 1::Int64, 2::Int64)"),
                        shape("[]", "(:vect)"),
                        shape("[a..., b]", "(:vect, (:..., :a), :b)"),
                        shape("[1 2 3]", "(:hcat, 1::Int64, 2::Int64, 3::Int64)"),
                        shape("[1 2; 3 4]", "(:vcat, (:row, 1::Int64, 2::Int64), (:row, 3::Int64, 4::Int64))"),
                        shape("[a; b]", "(:vcat, :a, :b)"),
                        shape("[1:3;]", "(:vcat, (:call, ::, 1::Int64, 3::Int64))"),
                        shape("[1 2\n3 4]", "(:vcat, (:row, 1::Int64, 2::Int64), (:row, 3::Int64, 4::Int64))"),
                        shape("[\n  1 2\n  3 4\n]", "(:vcat, (:row, 1::Int64, 2::Int64), (:row, 3::Int64, 4::Int64))"),
                        shape("[1, 2,\n 3]", "(:vect, 1::Int64, 2::Int64, 3::Int64)"),
                        shape("[1;;2]", "(:ncat, 2::Int64, 1::Int64, 2::Int64)"),
                        shape("Int8[1, 2]", "(:ref, :Int8, 1::Int64, 2::Int64)"),
                        shape("Int8[1 2]", "(:typed_hcat, :Int8, 1::Int64, 2::Int64)"),
                        shape("Int8[1; 2]", "(:typed_vcat, :Int8, 1::Int64, 2::Int64)"),
                        // whitespace inside [ ] separates elements
                        shape("[1 -2]", "(:hcat, 1::Int64, -2::Int64)"),
                        shape("[1 - 2]", "(:vect, (:call, :-, 1::Int64, 2::Int64))"),
                        shape("[1 -x]", "(:hcat, 1::Int64, (:call, :-, :x))"),
                        shape("[1 - x]", "(:vect, (:call, :-, 1::Int64, :x))"),
                        shape("[x+y +z]", "(:hcat, (:call, :+, :x, :y), (:call, :+, :z))"),
                        shape("[a' b']", "(:hcat, (:', :a), (:', :b))"),
                        shape("[a 'b']", "(:hcat, :a, 'b')"),
                        shape("[f(x) g(y)]", "(:hcat, (:call, :f, :x), (:call, :g, :y))"),
                        shape("[x [1]]", "(:hcat, :x, (:vect, 1::Int64))"),
                        shape("[f (x)]", "(:hcat, :f, :x)"),
                        shape("[1 :a]", "(:hcat, 1::Int64, (quote :a))"),
                        shape("[x' ; y']", "(:vcat, (:', :x), (:', :y))"),
                        // but not inside parentheses
                        shape("(1 -2)", "(:call, :-, 1::Int64, 2::Int64)"),
                        shape("[(1 -2)]", "(:vect, (:call, :-, 1::Int64, 2::Int64))"),
                        shape("{a, b}", "(:braces, :a, :b)"));
    }

    static Stream<Arguments> comprehensions() {
        return Stream.of(
                        shape("[x^2 for x in xs]", "(:comprehension, (:generator, (:call, :^, :x, 2::Int64), (:=, :x, :xs)))"),
                        shape("[x for x in xs if p(x)]", "(:comprehension, (:generator, :x, (:filter, (:call, :p, :x), (:=, :x, :xs))))"),
                        shape("[i+j for i in 1:2, j in 1:3]",
                                        "(:comprehension, (:generator, (:call, :+, :i, :j), (:=, :i, (:call, ::, 1::Int64, 2::Int64)), (:=, :j, (:call, ::, 1::Int64, 3::Int64))))"),
                        shape("[i for i = 1:3]", "(:comprehension, (:generator, :i, (:=, :i, (:call, ::, 1::Int64, 3::Int64))))"),
                        shape("[x for x ∈ xs]", "(:comprehension, (:generator, :x, (:=, :x, :xs)))"),
                        shape("[(i, c) for (i, c) in xs]", "(:comprehension, (:generator, (:tuple, :i, :c), (:=, (:tuple, :i, :c), :xs)))"),
                        shape("[x for i in 1:2 for x in 1:i]",
                                        "(:comprehension, (:flatten, (:generator, (:generator, :x, (:=, :x, (:call, ::, 1::Int64, :i))), (:=, :i, (:call, ::, 1::Int64, 2::Int64)))))"),
                        shape("(x for x in xs)", "(:generator, :x, (:=, :x, :xs))"),
                        shape("sum(x for x in xs)", "(:call, :sum, (:generator, :x, (:=, :x, :xs)))"),
                        shape("Int[x for x in xs]", "(:typed_comprehension, :Int, (:generator, :x, (:=, :x, :xs)))"),
                        shape("Dict(k => v for (k, v) in x)", "(:call, :Dict, (:generator, (:call, :=>, :k, :v), (:=, (:tuple, :k, :v), :x)))"));
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                        shape("1", "1::Int64"),
                        shape("-1", "-1::Int64"),
                        shape("1_000", "1000::Int64"),
                        shape("9223372036854775807", "9223372036854775807::Int64"),
                        shape("9223372036854775808", "9223372036854775808::Int128"),
                        shape("-9223372036854775808", "-9223372036854775808::Int64"),
                        shape("170141183460469231731687303715884105728", "170141183460469231731687303715884105728::BigInt"),
                        shape("0x1", "1::UInt8"),
                        shape("0xff", "255::UInt8"),
                        shape("0x123", "291::UInt16"),
                        shape("0x0001", "1::UInt16"),
                        shape("0x12345", "74565::UInt32"),
                        shape("0x123456789", "4886718345::UInt64"),
                        shape("0xffffffffffffffffff", "4722366482869645213695::UInt128"),
                        shape("0xff_ff", "65535::UInt16"),
                        shape("0b101", "5::UInt8"),
                        shape("0b111111111", "511::UInt16"),
                        shape("0o7", "7::UInt8"),
                        shape("0o777", "511::UInt16"),
                        shape("-0x1", "(:call, :-, 1::UInt8)"),
                        shape("1.0", "1.0::Float64"),
                        shape(".5", "0.5::Float64"),
                        shape("1.", "1.0::Float64"),
                        shape("1e3", "1000.0::Float64"),
                        shape("1.5E-3", "0.0015::Float64"),
                        shape("2.5e+2", "250.0::Float64"),
                        shape("-1.5", "-1.5::Float64"),
                        shape("0x1p3", "8.0::Float64"),
                        shape("1f0", "1.0::Float32"),
                        shape("1.5f-3", "0.0015::Float32"),
                        shape("2f3", "2000.0::Float32"),
                        shape("true", "true::Bool"),
                        shape("false", "false::Bool"),
                        shape("nothing", ":nothing"),
                        shape("'a'", "'a'"),
                        shape("'\\''", "'''"),
                        shape("'\\u03b1'", "'α'"),
                        shape("'α'", "'α'"),
                        shape("'\\x41'", "'A'"),
                        shape("π", ":π"),
                        shape("x₁′ = 2", "(:=, :x₁′, 2::Int64)"),
                        shape("push!(a, 1)", "(:call, :push!, :a, 1::Int64)"),
                        shape("var\"my var\"", ":my var"),
                        shape("s = 'a':'z'", "(:=, :s, (:call, ::, 'a', 'z'))"));
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                        shape("\"abc\"", "\"abc\""),
                        shape("\"\"", "\"\""),
                        shape("\"\\xce\\xb1\"", "\"α\""),
                        shape("\"a\\tb\\\\c\\\"d\\$e\\x41\\u03b1\\101\\n\"", "\"a\tb\\\\c\\\"d$eAαA\\n\""),
                        shape("\"a $x b $(f(y))\"", "(:string, \"a \", :x, \" b \", (:call, :f, :y))"),
                        shape("\"$x\"", "(:string, :x)"),
                        shape("\"$x$y\"", "(:string, :x, :y)"),
                        shape("\"$push!\"", "(:string, :push, \"!\")"), // Julia: `!` ends an interpolated name
                        shape("\"$(\"s\")\"", "(:string, (:string, \"s\"))"),
                        shape("\"a $(f(\"b $(c)\")) d\"", "(:string, \"a \", (:call, :f, (:string, \"b \", :c)), \" d\")"),
                        shape("\"a\\\n    b\"", "\"ab\""),
                        shape("\"\"\"\n    hello\n      world\n    \"\"\"", "\"hello\\n  world\\n\""),
                        shape("\"\"\"\n    a\n    \"\"\"", "\"a\\n\""),
                        shape("\"\"\"\n  a\n\n  b\"\"\"", "\"a\\n\\nb\""),
                        shape("\"\"\" x\n y\"\"\"", "\" x\\ny\""),
                        shape("\"\"\"\n  a $x\n  b\"\"\"", "(:string, \"a \", :x, \"\\nb\")"),
                        shape("\"\"\"\n  $(x)\n  y\n  \"\"\"", "(:string, :x, \"\\ny\\n\")"),
                        shape("r\"a\\d+\"", "(:macrocall, :@r_str, \"a\\\\d+\")"),
                        shape("r\"a\"i", "(:macrocall, :@r_str, \"a\", \"i\")"),
                        shape("b\"xy\"", "(:macrocall, :@b_str, \"xy\")"),
                        shape("MIME\"text/plain\"", "(:macrocall, :@MIME_str, \"text/plain\")"),
                        shape("raw\"a\\\\b\\\"c\"", "(:macrocall, :@raw_str, \"a\\\\\\\\b\\\"c\")"),
                        shape("r\"$x\"", "(:macrocall, :@r_str, \"$x\")"),
                        shape("`ls -l $x`", "(:macrocall, :@cmd, \"ls -l $x\")"),
                        shape("println(\"Hello, $(name)!\")", "(:call, :println, (:string, \"Hello, \", :name, \"!\"))"));
    }

    static Stream<Arguments> quoting() {
        return Stream.of(
                        shape(":abc", "(quote :abc)"),
                        shape(":end", "(quote :end)"),
                        shape(":+", "(quote :+)"),
                        shape(":.+", "(quote :.+)"),
                        shape("A.:.+", "(:., :A, (quote :.+))"),
                        shape(":(.=)", "(quote :.=)"),
                        shape(":(a + b)", "(:quote, (:call, :+, :a, :b))"),
                        shape(":(x)", "(quote :x)"),
                        shape("ex = :(a + $b)", "(:=, :ex, (:quote, (:call, :+, :a, (:$, :b))))"),
                        shape("quote\n x\n y\nend", "(:quote, (:block, :x, :y))"),
                        shape("quote x = $y end", "(:quote, (:block, (:=, :x, (:$, :y))))"),
                        shape("x ? :a : :b", "(:if, :x, (quote :a), (quote :b))"),
                        shape("f(:)", "(:call, :f, ::)"));
    }

    static Stream<Arguments> controlFlow() {
        return Stream.of(
                        shape("begin a; b end", "(:block, :a, :b)"),
                        shape("begin end", "(:block)"),
                        shape("if c; a; elseif d; b; else; e; end", "(:if, :c, (:block, :a), (:elseif, (:block, :d), (:block, :b), (:block, :e)))"),
                        shape("if c\n a\nelseif d\n b\nend", "(:if, :c, (:block, :a), (:elseif, (:block, :d), (:block, :b)))"),
                        shape("if !haskey(d, k) d[k] = 0 end", "(:if, (:call, :!, (:call, :haskey, :d, :k)), (:block, (:=, (:ref, :d, :k), 0::Int64)))"),
                        shape("x = if a 1 else 2 end", "(:=, :x, (:if, :a, (:block, 1::Int64), (:block, 2::Int64)))"),
                        shape("while c; body end", "(:while, :c, (:block, :body))"),
                        shape("for i in r; body end", "(:for, (:=, :i, :r), (:block, :body))"),
                        shape("for i in a, j in b\n body\nend", "(:for, (:block, (:=, :i, :a), (:=, :j, :b)), (:block, :body))"),
                        shape("for i = 1:3 end", "(:for, (:=, :i, (:call, ::, 1::Int64, 3::Int64)), (:block))"),
                        shape("for (i, c) in enumerate(s) end", "(:for, (:=, (:tuple, :i, :c), (:call, :enumerate, :s)), (:block))"),
                        shape("for outer i = 1:3 end", "(:for, (:=, (:outer, :i), (:call, ::, 1::Int64, 3::Int64)), (:block))"),
                        shape("break", "(:break)"),
                        shape("continue", "(:continue)"),
                        shape("return", "(:return, :nothing)"),
                        shape("return x", "(:return, :x)"),
                        shape("return a, b", "(:return, (:tuple, :a, :b))"),
                        shape("isempty(x) || return", "(:||, (:call, :isempty, :x), (:return, :nothing))"),
                        shape("let a = 1, b = 2; a + b end", "(:let, (:block, (:=, :a, 1::Int64), (:=, :b, 2::Int64)), (:block, (:call, :+, :a, :b)))"),
                        shape("let a = 1\n a\nend", "(:let, (:=, :a, 1::Int64), (:block, :a))"),
                        shape("let\n 1\nend", "(:let, (:block), (:block, 1::Int64))"),
                        shape("try a catch e b end", "(:try, (:block, :a), :e, (:block, :b))"),
                        shape("try\n a\ncatch\n b\nend", "(:try, (:block, :a), false::Bool, (:block, :b))"),
                        shape("try a catch; b end", "(:try, (:block, :a), false::Bool, (:block, :b))"),
                        shape("try a finally c end", "(:try, (:block, :a), false::Bool, false::Bool, (:block, :c))"),
                        shape("try a catch e b finally c end", "(:try, (:block, :a), :e, (:block, :b), (:block, :c))"),
                        shape("try a catch e b else d end", "(:try, (:block, :a), :e, (:block, :b), false::Bool, (:block, :d))"));
    }

    static Stream<Arguments> declarationsAndTypes() {
        return Stream.of(
                        shape("global x", "(:global, :x)"),
                        shape("global x = 1", "(:global, (:=, :x, 1::Int64))"),
                        shape("global x += 1", "(:global, (:+=, :x, 1::Int64))"),
                        shape("local x, y", "(:local, :x, :y)"),
                        shape("const C = 1", "(:const, (:=, :C, 1::Int64))"),
                        shape("const global G = 1", "(:const, (:global, (:=, :G, 1::Int64)))"),
                        shape("struct P{T} <: A\n x::T\n y\nend", "(:struct, false::Bool, (:<:, (:curly, :P, :T), :A), (:block, (:::, :x, :T), :y))"),
                        shape("mutable struct Q\n x\nend", "(:struct, true::Bool, :Q, (:block, :x))"),
                        shape("struct Foo\n  x::Int\n  Foo(x) = new(x)\nend",
                                        "(:struct, false::Bool, :Foo, (:block, (:::, :x, :Int), (:=, (:call, :Foo, :x), (:block, (:call, :new, :x)))))"),
                        shape("struct S\n \"field doc\"\n x::Int\n const y\nend", "(:struct, false::Bool, :S, (:block, \"field doc\", (:::, :x, :Int), (:const, :y)))"),
                        shape("abstract type A <: B end", "(:abstract, (:<:, :A, :B))"),
                        shape("abstract type A end", "(:abstract, :A)"),
                        shape("primitive type T 8 end", "(:primitive, :T, 8::Int64)"),
                        shape("mutable = 3", "(:=, :mutable, 3::Int64)"));
    }

    static Stream<Arguments> modulesAndImports() {
        return Stream.of(
                        shape("module M\n x = 1\nend", "(:module, true::Bool, :M, (:block, (:=, :x, 1::Int64)))"),
                        shape("baremodule B end", "(:module, false::Bool, :B, (:block))"),
                        shape("using .M", "(:using, (:., :., :M))"),
                        shape("using Foo", "(:using, (:., :Foo))"),
                        shape("using ..M", "(:using, (:., :., :., :M))"),
                        shape("using .M: a, b", "(:using, (::, (:., :., :M), (:., :a), (:., :b)))"),
                        shape("using Foo: @bar", "(:using, (::, (:., :Foo), (:., :@bar)))"),
                        shape("import Base: length, +", "(:import, (::, (:., :Base), (:., :length), (:., :+)))"),
                        shape("import .M: f as g", "(:import, (::, (:., :., :M), (:as, (:., :f), :g)))"),
                        shape("import A.B", "(:import, (:., :A, :B))"),
                        shape("import Base.+", "(:import, (:., :Base, :+))"),
                        shape("using A, B", "(:using, (:., :A), (:., :B))"),
                        shape("export a, b", "(:export, :a, :b)"),
                        shape("export +, @m", "(:export, :+, :@m)"));
    }

    static Stream<Arguments> macros() {
        return Stream.of(
                        shape("@m a b", "(:macrocall, :@m, :a, :b)"),
                        shape("@m a, b", "(:macrocall, :@m, (:tuple, :a, :b))"),
                        shape("@m(a, b)", "(:macrocall, :@m, :a, :b)"),
                        shape("@m (a, b)", "(:macrocall, :@m, (:tuple, :a, :b))"),
                        shape("@m(a=1; b=2)", "(:macrocall, :@m, (:parameters, (:kw, :b, 2::Int64)), (:=, :a, 1::Int64))"),
                        shape("@m", "(:macrocall, :@m)"),
                        shape("Threads.@spawn x", "(:macrocall, (:., :Threads, (quote :@spawn)), :x)"),
                        shape("@Base.kwdef struct A end", "(:macrocall, (:., :Base, (quote :@kwdef)), (:struct, false::Bool, :A, (:block)))"),
                        shape("@assert x > 1 \"msg\"", "(:macrocall, :@assert, (:call, :>, :x, 1::Int64), \"msg\")"),
                        shape("@test_throws DomainError sqrt(-1.0)", "(:macrocall, :@test_throws, :DomainError, (:call, :sqrt, -1.0::Float64))"),
                        shape("@time f()", "(:macrocall, :@time, (:call, :f))"),
                        shape("@sync for i in 1:2\n f(i)\nend", "(:macrocall, :@sync, (:for, (:=, :i, (:call, ::, 1::Int64, 2::Int64)), (:block, (:call, :f, :i))))"),
                        shape("@inbounds x[i] = y", "(:macrocall, :@inbounds, (:=, (:ref, :x, :i), :y))"),
                        shape("@. x + y", "(:macrocall, :@__dot__, (:call, :+, :x, :y))"),
                        shape("@m [1 2]", "(:macrocall, :@m, (:hcat, 1::Int64, 2::Int64))"),
                        shape("@m[1, 2]", "(:macrocall, :@m, (:vect, 1::Int64, 2::Int64))"),
                        shape("[@m x y]", "(:vect, (:macrocall, :@m, :x, :y))"),
                        shape("x = @m a\ny", "(:=, :x, (:macrocall, :@m, :a)) ; :y"),
                        shape("@testset \"name\" begin\n @test true\nend", "(:macrocall, :@testset, \"name\", (:block, (:macrocall, :@test, true::Bool)))"),
                        shape("@eval $(Symbol(:f, i))() = $i", "(:macrocall, :@eval, (:=, (:call, (:$, (:call, :Symbol, (quote :f), :i))), (:block, (:$, :i))))"),
                        shape("@doc \"text\"\nf", "(:macrocall, :@doc, \"text\", :f)"));
    }

    static Stream<Arguments> docstrings() {
        return Stream.of(
                        shape("\"doc\"\nf(x) = 1", "(:macrocall, :@doc, \"doc\", (:=, (:call, :f, :x), (:block, 1::Int64)))"),
                        shape("\"doc\" f", "(:macrocall, :@doc, \"doc\", :f)"),
                        shape("\"\"\"\ndoc\n\"\"\"\nfunction f() end", "(:macrocall, :@doc, \"doc\\n\", (:function, (:call, :f), (:block)))"),
                        shape("\"doc $x\"\nf", "(:macrocall, :@doc, (:string, \"doc \", :x), :f)"),
                        shape("\"not doc\"\n\nf(x) = 1", "\"not doc\" ; (:=, (:call, :f, :x), (:block, 1::Int64))"),
                        shape("\"just a string\"", "\"just a string\""),
                        shape("\"a\" * b\nf", "(:call, :*, \"a\", :b) ; :f"),
                        shape("module M\n\"doc\"\nf() = 1\nend", "(:module, true::Bool, :M, (:block, (:macrocall, :@doc, \"doc\", (:=, (:call, :f), (:block, 1::Int64)))))"),
                        shape("begin\n \"x\"\nend", "(:block, \"x\")"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                        // input ended inside an open construct: more input could fix it
                        Arguments.of("f(1,\n", 2, 1, true, "expected `)`"),
                        Arguments.of("function f()\n  1", 2, 4, true, "expected `end`"),
                        Arguments.of("\"abc", 1, 1, true, "unterminated string"),
                        Arguments.of("x = \"\"\"abc\n", 1, 5, true, "unterminated triple-quoted string"),
                        Arguments.of("'a", 1, 1, true, "unterminated character literal"),
                        Arguments.of("#= a #= b =#", 1, 1, true, "unterminated multi-line comment"),
                        Arguments.of("1 +", 1, 4, true, "unexpected end of input"),
                        Arguments.of("x = 1 +\n", 2, 1, true, "unexpected end of input"),
                        Arguments.of("a,", 1, 3, true, "unexpected end of input"),
                        Arguments.of("[1 2", 1, 5, true, "expected `]`"),
                        Arguments.of("if x", 1, 5, true, "expected `end`"),
                        Arguments.of("begin\n x = 1\n", 3, 1, true, "expected `end`"),
                        Arguments.of("quote", 1, 6, true, "expected `end`"),
                        Arguments.of("struct A", 1, 9, true, "expected `end`"),
                        Arguments.of("module M", 1, 9, true, "expected `end`"),
                        Arguments.of("try\nx", 2, 2, true, "expected `end`"),
                        Arguments.of("for i in 1:10", 1, 14, true, "expected `end`"),
                        Arguments.of("f() do x", 1, 9, true, "expected `end`"),
                        Arguments.of("\"a $(b", 1, 1, true, "unterminated string"),
                        Arguments.of("a ? b", 1, 6, true, "expected `:`"),
                        Arguments.of("x ->", 1, 5, true, "unexpected end of input"),
                        // everything else is a plain syntax error
                        Arguments.of("f(x y)", 1, 5, false, "unexpected `y`"),
                        Arguments.of(")", 1, 1, false, "unexpected `)`"),
                        Arguments.of("end", 1, 1, false, "unexpected `end`"),
                        Arguments.of("1 + 2)", 1, 6, false, "unexpected `)`"),
                        Arguments.of("x y", 1, 3, false, "extra token `y`"),
                        Arguments.of("begin x y end", 1, 9, false, "extra token `y`"),
                        Arguments.of("[1, 2 3]", 1, 7, false, "unexpected `3`"),
                        Arguments.of("a ?b : c", 1, 4, false, "space required after `?`"),
                        Arguments.of("a ? b :c", 1, 8, false, "space required after `:`"),
                        Arguments.of("x = 1e+", 1, 5, false, "invalid numeric constant `1e+`"),
                        Arguments.of("1.2.3", 1, 1, false, "invalid numeric constant"),
                        Arguments.of("0xg", 1, 1, false, "invalid numeric constant"),
                        Arguments.of("1.+2", 1, 1, false, "ambiguous numeric constant"),
                        Arguments.of("'ab'", 1, 1, false, "invalid character literal"),
                        Arguments.of("''", 1, 1, false, "empty character literal"),
                        Arguments.of("\"bad \\q\"", 1, 6, false, "invalid escape sequence"),
                        Arguments.of("\"a$\"", 1, 3, false, "after `$` in string"),
                        Arguments.of("\"$(1 +)\"", 1, 7, false, "unexpected `)`"),
                        Arguments.of("a**b", 1, 2, false, "invalid operator `**`"),
                        Arguments.of("f (x)", 1, 3, false, "whitespace is not allowed"),
                        Arguments.of("try x end", 1, 1, false, "without `catch` or `finally`"),
                        Arguments.of("const x", 1, 1, false, "expected assignment after `const`"),
                        Arguments.of("using A as B", 1, 9, false, "requires a `:`"),
                        Arguments.of("x = 1\ny = )", 2, 5, false, "unexpected `)`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void reportsErrors(String source, int line, int column, boolean incomplete, String detail) {
        ParseError e = assertThrows(ParseError.class, () -> parse(source));
        assertAll(
                        () -> assertEquals(line, e.line, "line"),
                        () -> assertEquals(column, e.column, "column"),
                        () -> assertEquals(incomplete, e.incomplete, "incomplete"),
                        () -> assertEquals("test.jl", e.file, "file"),
                        () -> assertTrue(e.detail.contains(detail), () -> "detail was: " + e.detail));
    }

    @Test
    void literalsHaveJuliasTypes() {
        assertAll(
                        () -> assertInstanceOf(Long.class, single("42")),
                        () -> assertInstanceOf(Int128.class, single("9223372036854775808")),
                        () -> assertInstanceOf(BigInteger.class, single("170141183460469231731687303715884105728")),
                        () -> assertInstanceOf(UInt8.class, single("0x1")),
                        () -> assertInstanceOf(UInt16.class, single("0x123")),
                        () -> assertInstanceOf(UInt32.class, single("0x12345")),
                        () -> assertInstanceOf(UInt64.class, single("0x123456789")),
                        () -> assertInstanceOf(UInt128.class, single("0x123456789abcdef01")),
                        () -> assertInstanceOf(Double.class, single("1.0")),
                        () -> assertInstanceOf(Float.class, single("1f0")),
                        () -> assertInstanceOf(Boolean.class, single("true")),
                        () -> assertEquals(new JlChar(0x1F600), single("'\\U0001F600'")),
                        () -> assertEquals("\u001b\u0007\b\f\u000b\0", single("\"\\e\\a\\b\\f\\v\\0\"")));
    }

    @Test
    void statementsGetLineNodes() {
        Expr top = parse("x = 1\n\n# comment\ny = 2; z = 3\n");
        assertEquals("toplevel", top.head.name);
        assertEquals(6, top.nargs());
        int[] lines = {1, 4, 4};
        for (int i = 0; i < 3; i++) {
            LineNumberNode line = assertInstanceOf(LineNumberNode.class, top.arg(2 * i));
            assertEquals(lines[i], line.line);
            assertEquals("test.jl", line.file);
        }
    }

    @Test
    void functionBodiesStartWithTheDefinitionLine() {
        Expr function = (Expr) single("function f()\n  a\n  b\nend");
        Expr body = (Expr) function.arg(1);
        assertEquals(5, body.nargs());
        assertEquals(1, ((LineNumberNode) body.arg(0)).line);
        assertEquals(2, ((LineNumberNode) body.arg(1)).line);
        assertEquals(3, ((LineNumberNode) body.arg(3)).line);
        Expr macrocall = (Expr) single("\n@m x");
        assertEquals(2, ((LineNumberNode) macrocall.arg(1)).line);
    }

    @Test
    void loopsEndWithTheLineOfTheirEnd() {
        Expr loop = (Expr) single("for x = xs\n  y\nend");
        Object[] body = ((Expr) loop.arg(1)).args();
        assertEquals(3, body.length);
        assertEquals(2, ((LineNumberNode) body[0]).line);
        assertEquals(3, ((LineNumberNode) body[2]).line);
    }

    @Test
    void emptyBlocksGetTheLineWhereTheyStart() {
        Expr let = (Expr) single("let x = 1\n end");
        assertEquals(2, ((LineNumberNode) ((Expr) let.arg(1)).arg(0)).line);
        Expr function = (Expr) single("function f()\nend");
        assertEquals(1, ((LineNumberNode) ((Expr) function.arg(1)).arg(1)).line);
    }

    @Test
    void exprsSpanTheirSource() {
        String source = "x = f(a, b=1) + 2y\nfunction g(x)\n  [1 2][x]\nend";
        Expr assignment = (Expr) parse(source).arg(1);
        Expr sum = (Expr) assignment.arg(1);
        Expr call = (Expr) sum.arg(1);
        Expr kw = (Expr) call.arg(2);
        Expr function = (Expr) parse(source).arg(3);
        Expr ref = (Expr) ((Expr) function.arg(1)).arg(2); // after the lines of `function` and of the statement
        assertAll(
                        () -> assertEquals("x = f(a, b=1) + 2y", text(source, assignment)),
                        () -> assertEquals("f(a, b=1) + 2y", text(source, sum)),
                        () -> assertEquals("f(a, b=1)", text(source, call)),
                        () -> assertEquals("b=1", text(source, kw)),
                        () -> assertEquals(1, kw.line),
                        () -> assertEquals(10, kw.column),
                        () -> assertEquals("function g(x)\n  [1 2][x]\nend", text(source, function)),
                        () -> assertEquals("[1 2][x]", text(source, ref)),
                        () -> assertEquals(3, ref.line),
                        () -> assertEquals(3, ref.column));
    }

    private static String text(String source, Expr e) {
        return source.substring(e.startOffset, e.endOffset);
    }
}
