package org.trufflejl.builtins;

import java.util.function.Supplier;

import org.trufflejl.runtime.num.Num;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

/**
 * Registers the numeric tower's intrinsics (all primitive integer and float types): arithmetic,
 * comparison, bit operations, conversions. Called by {@link Builtins} before Base is loaded.
 * Every intrinsic is registered per concrete same-type signature, each with its own node, so a
 * method's node stays monomorphic; Base's promotion (numbers.jl) brings mixed arguments to
 * one type.
 */
final class NumericBuiltins {
    private NumericBuiltins() {
    }

    private static final JlType[] INTS = {Types.Int8, Types.Int16, Types.Int32, Types.Int64, Types.Int128T,
                    Types.UInt8T, Types.UInt16T, Types.UInt32T, Types.UInt64T, Types.UInt128T};
    private static final JlType[] FLOATS = {Types.Float16T, Types.Float32, Types.Float64};

    private static JlType[][] same(JlType[]... groups) {
        int n = 0;
        for (JlType[] g : groups) {
            n += g.length;
        }
        JlType[][] sigs = new JlType[n][];
        int i = 0;
        for (JlType[] g : groups) {
            for (JlType t : g) {
                sigs[i++] = new JlType[]{t, t};
            }
        }
        return sigs;
    }

    private static JlType[][] unary(JlType[]... groups) {
        int n = 0;
        for (JlType[] g : groups) {
            n += g.length;
        }
        JlType[][] sigs = new JlType[n][];
        int i = 0;
        for (JlType[] g : groups) {
            for (JlType t : g) {
                sigs[i++] = new JlType[]{t};
            }
        }
        return sigs;
    }

    private static JlType[][] withSecond(JlType second, JlType[]... groups) {
        JlType[][] u = unary(groups);
        for (int i = 0; i < u.length; i++) {
            u[i] = new JlType[]{u[i][0], second};
        }
        return u;
    }

    static void install(Builtins b) {
        JlType[] bool = {Types.Bool};
        JlType[][] numbers = same(INTS, FLOATS);
        b.def("+", ArithFactory.AddNodeGen::create, numbers);
        b.def("-", ArithFactory.SubNodeGen::create, numbers);
        b.def("*", ArithFactory.MulNodeGen::create, numbers);
        b.def("-", ArithFactory.NegNodeGen::create, unary(INTS, FLOATS));
        b.def("/", ArithFactory.DivNodeGen::create, same(new JlType[]{Types.Int64}, FLOATS));
        // as Julia's `const ÷ = div` and `const % = rem`: one function under two names
        org.trufflejl.runtime.JlContext.defineConst(b.base, "÷", b.fn("div"));
        org.trufflejl.runtime.JlContext.defineConst(b.base, "%", b.fn("rem"));
        b.def("div", ArithFactory.IntDivNodeGen::create, numbers);
        b.def("rem", ArithFactory.RemNodeGen::create, numbers);
        b.def("fld", ArithFactory.FldNodeGen::create, numbers);
        b.def("cld", ArithFactory.CldNodeGen::create, numbers);
        b.def("mod", ArithFactory.ModNodeGen::create, numbers);
        JlType[][] mixed = {{Types.Float64, Types.Int64}, {Types.Int64, Types.Float64}};
        b.def("+", MixedArithFactory.AddNodeGen::create, mixed);
        b.def("-", MixedArithFactory.SubNodeGen::create, mixed);
        b.def("*", MixedArithFactory.MulNodeGen::create, mixed);
        b.def("/", MixedArithFactory.DivNodeGen::create, mixed);
        b.def("==", MixedArithFactory.EqNodeGen::create, mixed);
        b.def("<", MixedArithFactory.LtNodeGen::create, mixed);
        b.def("<=", MixedArithFactory.LeNodeGen::create, mixed);
        b.def(">", () -> new BuiltinNode.Derived(MixedArithFactory.LtNodeGen.create(), true, false), mixed);
        b.def("!=", () -> new BuiltinNode.Derived(MixedArithFactory.EqNodeGen.create(), false, true), mixed);
        b.def(">=", () -> new BuiltinNode.Derived(MixedArithFactory.LeNodeGen.create(), true, false), mixed);
        JlType[][] comparable = same(bool, INTS, FLOATS);
        b.def("==", ArithFactory.EqNodeGen::create, comparable);
        b.def("<", ArithFactory.LtNodeGen::create, comparable);
        b.def("<=", ArithFactory.LeNodeGen::create, comparable);
        b.def(">", () -> new BuiltinNode.Derived(ArithFactory.LtNodeGen.create(), true, false), comparable);
        b.def("!=", () -> new BuiltinNode.Derived(ArithFactory.EqNodeGen.create(), false, true), comparable);
        b.def(">=", () -> new BuiltinNode.Derived(ArithFactory.LeNodeGen.create(), true, false), comparable);
        JlType[][] bitwise = same(bool, INTS);
        b.def("&", ArithFactory.AndNodeGen::create, bitwise);
        b.def("|", ArithFactory.OrNodeGen::create, bitwise);
        b.def("xor", ArithFactory.XorNodeGen::create, bitwise);
        b.def("⊻", ArithFactory.XorNodeGen::create, bitwise);
        b.def("!", ArithFactory.NotNodeGen::create, unary(bool));
        b.def("~", ArithFactory.NotNodeGen::create, unary(bool, INTS));
        JlType[][] shifts = withSecond(Types.Int64, INTS);
        b.def("<<", ArithFactory.ShlNodeGen::create, shifts);
        b.def(">>", ArithFactory.ShrNodeGen::create, shifts);
        b.def(">>>", ArithFactory.UshrNodeGen::create, shifts);
        b.def("count_ones", ArithFactory.CountOnesNodeGen::create, unary(INTS));
        b.def("leading_zeros", ArithFactory.LeadingZerosNodeGen::create, unary(INTS));
        b.def("trailing_zeros", ArithFactory.TrailingZerosNodeGen::create, unary(INTS));
        b.def("bitreverse", ArithFactory.BitReverseNodeGen::create, unary(INTS));
        b.def("bswap", ArithFactory.BswapNodeGen::create, unary(INTS));

        b.def("^", NumericMathFactory.PowIntNodeGen::create, withSecond(Types.Int64, bool, INTS, FLOATS));
        b.def("^", NumericMathFactory.PowFloatNodeGen::create, same(FLOATS));
        b.def("sqrt", NumericMathFactory.SqrtNodeGen::create, unary(FLOATS));
        for (int i = 0; i < NumericMath.FloatFn.NAMES.length; i++) {
            int op = i;
            String name = NumericMath.FloatFn.NAMES[i];
            // round(x) takes keywords (digits, sigdigits, base), so its intrinsic has an internal name.
            b.def(name.equals("round") ? "_round_even" : name, () -> NumericMathFactory.FloatFnNodeGen.create(op), unary(FLOATS));
        }
        for (int i = 0; i < NumericMath.DomainFn.NAMES.length; i++) {
            int op = i;
            b.def(NumericMath.DomainFn.NAMES[i], () -> NumericMathFactory.DomainFnNodeGen.create(op), unary(FLOATS));
        }
        for (int i = 0; i < NumericMath.FloatFn2.NAMES.length; i++) {
            int op = i;
            b.def(NumericMath.FloatFn2.NAMES[i], () -> NumericMathFactory.FloatFn2NodeGen.create(op), same(FLOATS));
        }
        JlType[][] fma = new JlType[FLOATS.length][];
        for (int i = 0; i < FLOATS.length; i++) {
            fma[i] = new JlType[]{FLOATS[i], FLOATS[i], FLOATS[i]};
        }
        b.def("fma", NumericMathFactory.FmaNodeGen::create, fma);
        b.def("muladd", NumericMathFactory.FmaNodeGen::create, fma);
        for (int i = 0; i < NumericMath.FloatBits.NAMES.length; i++) {
            int op = i;
            b.def(NumericMath.FloatBits.NAMES[i], () -> NumericMathFactory.FloatBitsNodeGen.create(op), unary(FLOATS));
        }

        installConversions(b);
        NumericText.install(b);
    }

    private static void installConversions(Builtins b) {
        for (int to = 0; to < Num.COUNT; to++) {
            for (int from = 0; from < Num.COUNT; from++) {
                int t = to;
                int f = from;
                b.add(Num.type(to).constructor(), new JlType[]{Num.type(from)}, null,
                                () -> new NumericConvert.ToKind(t, f, NumericConvert.CONVERT));
            }
        }
        // convert(T, x) is Julia code (numbers.jl) calling T(x), so that user methods on Type{T} stay unambiguous.
        for (int from = 0; from < Num.COUNT; from++) {
            JlType s = Num.type(from);
            typed(b, "reinterpret", from, NumericConvert.REINTERPRET, false, Types.Type, s);
            typed(b, "trunc", from, NumericConvert.TRUNC, false, Types.Type, s);
            typed(b, "floor", from, NumericConvert.FLOOR, false, Types.Type, s);
            typed(b, "ceil", from, NumericConvert.CEIL, false, Types.Type, s);
            typed(b, "round", from, NumericConvert.ROUND, false, Types.Type, s);
            typed(b, "unsafe_trunc", from, NumericConvert.UNSAFE_TRUNC, false, Types.Type, s);
            if (Num.isInteger(from)) {
                for (String name : new String[]{"rem", "mod"}) {
                    typed(b, name, from, NumericConvert.WRAP, true, s, Types.Type);
                }
            }
        }
    }

    private static void typed(Builtins b, String name, int from, int mode, boolean typeSecond, JlType... sig) {
        Supplier<BuiltinNode> factory = () -> new NumericConvert.ToType(from, mode, typeSecond);
        b.def(name, factory, sig);
    }
}
