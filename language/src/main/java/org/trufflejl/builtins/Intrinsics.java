package org.trufflejl.builtins;

import java.math.BigInteger;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.nodes.Node;

/**
 * {@code Core.Intrinsics}: the integer intrinsics a program uses to give its own
 * {@code primitive type}s arithmetic ({@code add_int}, {@code slt_int}, {@code trunc_int},
 * {@code bitcast}...). They work on the bytes of any primitive value, numbers included, as
 * two's-complement integers of the value's size; Base's own arithmetic does not go through them.
 */
final class Intrinsics {
    private Intrinsics() {
    }

    private interface Binary {
        BigInteger apply(BigInteger a, BigInteger b);
    }

    private static final String[] COMPARISONS = {"eq_int", "ne_int", "slt_int", "sle_int", "ult_int", "ule_int"};

    static void install(Builtins b, JlContext context) {
        JlModule m = new JlModule(Symbol.of("Intrinsics"), context.core);
        JlContext.defineConst(context.core, "Intrinsics", m);
        // Base sees them as Julia's does (`using Core.Intrinsics`): Base.bitcast, Base.add_int
        context.base.addUsing(m);
        wrapping(b, m, "add_int", false, BigInteger::add);
        wrapping(b, m, "sub_int", false, BigInteger::subtract);
        wrapping(b, m, "mul_int", false, BigInteger::multiply);
        wrapping(b, m, "and_int", false, BigInteger::and);
        wrapping(b, m, "or_int", false, BigInteger::or);
        wrapping(b, m, "xor_int", false, BigInteger::xor);
        wrapping(b, m, "sdiv_int", true, BigInteger::divide);
        wrapping(b, m, "srem_int", true, BigInteger::remainder);
        wrapping(b, m, "udiv_int", false, BigInteger::divide);
        wrapping(b, m, "urem_int", false, BigInteger::remainder);
        for (String name : COMPARISONS) {
            boolean signed = name.charAt(0) == 's';
            define(b, m, name, (a, n) -> {
                sameType(name, a, n);
                return compare(name, integer(a[0], signed, n).compareTo(integer(a[1], signed, n)));
            }, Types.Any, Types.Any);
        }
        unary(b, m, "neg_int", x -> x.negate());
        unary(b, m, "not_int", x -> x.not());
        for (String name : new String[]{"shl_int", "lshr_int", "ashr_int"}) {
            define(b, m, name, (a, n) -> shift(name, a[0], a[1], n), Types.Any, Types.Any);
        }
        define(b, m, "ctpop_int", (a, n) -> count(a[0], n, 0), Types.Any);
        define(b, m, "ctlz_int", (a, n) -> count(a[0], n, 1), Types.Any);
        define(b, m, "cttz_int", (a, n) -> count(a[0], n, 2), Types.Any);
        define(b, m, "bswap_int", (a, n) -> {
            byte[] bits = bytes(a[0], n);
            byte[] swapped = new byte[bits.length];
            for (int i = 0; i < bits.length; i++) {
                swapped[i] = bits[bits.length - 1 - i];
            }
            return NumericConvert.ofBytes(type(a[0]), swapped, n);
        }, Types.Any);
        define(b, m, "trunc_int", (a, n) -> resize("trunc_int", a[0], a[1], false, n), Types.Any, Types.Any);
        define(b, m, "sext_int", (a, n) -> resize("sext_int", a[0], a[1], true, n), Types.Any, Types.Any);
        define(b, m, "zext_int", (a, n) -> resize("zext_int", a[0], a[1], false, n), Types.Any, Types.Any);
        define(b, m, "bitcast", (a, n) -> NumericConvert.bitcast(a[0], a[1], n), Types.Any, Types.Any);
    }

    private static void define(Builtins b, JlModule m, String name, SlowBuiltin.Body body, JlType... sig) {
        JlFunction f = JlContext.functionIn(m, Symbol.of(name));
        m.export(Symbol.of(name));
        b.add(f, sig, null, () -> new SlowBuiltin(body, f));
    }

    private static void wrapping(Builtins b, JlModule m, String name, boolean signed, Binary op) {
        boolean division = name.contains("div") || name.contains("rem");
        define(b, m, name, (a, n) -> {
            DataType t = sameType(name, a, n);
            BigInteger y = integer(a[1], signed, n);
            if (division && y.signum() == 0) {
                throw Errors.divideError(n);
            }
            return wrap(t, op.apply(integer(a[0], signed, n), y), n);
        }, Types.Any, Types.Any);
    }

    private static void unary(Builtins b, JlModule m, String name, java.util.function.UnaryOperator<BigInteger> op) {
        define(b, m, name, (a, n) -> wrap(type(a[0]), op.apply(integer(a[0], true, n)), n), Types.Any);
    }

    private static DataType type(Object x) {
        return (DataType) Types.typeOf(x);
    }

    /** The bytes of a primitive value, least significant first (an error for any other value). */
    private static byte[] bytes(Object x, Node n) {
        byte[] bits = NumericConvert.primitiveBytes(x);
        if (bits == null) {
            throw Errors.error("Intrinsics: value not a primitive type", n);
        }
        return bits;
    }

    private static BigInteger integer(Object x, boolean signed, Node n) {
        byte[] bits = bytes(x, n);
        byte[] bigEndian = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            bigEndian[i] = bits[bits.length - 1 - i];
        }
        return signed ? new BigInteger(bigEndian) : new BigInteger(1, bigEndian);
    }

    /** {@code v} modulo 2^(8·size) as a value of {@code t}. */
    private static Object wrap(DataType t, BigInteger v, Node n) {
        int size = NumericConvert.primitiveSize(t);
        byte[] bits = new byte[size];
        for (int i = 0; i < size; i++) {
            bits[i] = v.shiftRight(8 * i).byteValue();
        }
        return NumericConvert.ofBytes(t, bits, n);
    }

    private static DataType sameType(String name, Object[] a, Node n) {
        DataType t = type(a[0]);
        if (t != type(a[1])) {
            throw Errors.error(name + ": types of a and b must match", n);
        }
        return t;
    }

    private static boolean compare(String name, int c) {
        switch (name) {
            case "eq_int":
                return c == 0;
            case "ne_int":
                return c != 0;
            case "slt_int", "ult_int":
                return c < 0;
            default:
                return c <= 0;
        }
    }

    private static Object shift(String name, Object x, Object amount, Node n) {
        DataType t = type(x);
        int bits = 8 * NumericConvert.primitiveSize(t);
        BigInteger by = integer(amount, false, n);
        boolean all = by.compareTo(BigInteger.valueOf(bits)) >= 0;
        int k = all ? bits : by.intValue();
        BigInteger v;
        if (name.equals("shl_int")) {
            v = all ? BigInteger.ZERO : integer(x, false, n).shiftLeft(k);
        } else {
            v = integer(x, name.equals("ashr_int"), n).shiftRight(k);
        }
        return wrap(t, v, n);
    }

    /** {@code ctpop_int} (0), {@code ctlz_int} (1), {@code cttz_int} (2): a value of x's type. */
    private static Object count(Object x, Node n, int which) {
        DataType t = type(x);
        int bits = 8 * NumericConvert.primitiveSize(t);
        BigInteger v = integer(x, false, n);
        long c = which == 0 ? v.bitCount() : which == 1 ? bits - v.bitLength() : v.signum() == 0 ? bits : v.getLowestSetBit();
        return wrap(t, BigInteger.valueOf(c), n);
    }

    /** {@code trunc_int(T, x)}, {@code sext_int(T, x)}, {@code zext_int(T, x)}. */
    private static Object resize(String name, Object target, Object x, boolean signed, Node n) {
        int to = NumericConvert.primitiveSize(target);
        if (to < 0) {
            throw Errors.error(name + ": target type not a leaf primitive type", n);
        }
        int from = bytes(x, n).length;
        boolean truncating = name.equals("trunc_int");
        if (truncating ? to >= from : to <= from) {
            throw Errors.error("Intrinsics." + name + ": output bitsize must be " + (truncating ? "<" : ">") + " input bitsize", n);
        }
        return wrap((DataType) target, integer(x, signed, n), n);
    }
}
