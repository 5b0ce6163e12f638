package org.trufflejl.builtins;

import java.math.BigInteger;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlBigFloat;
import org.trufflejl.runtime.JlBigInt;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.num.BigFloatMath;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.nodes.Node;

/**
 * BigFloat's primitive steps (BigFloatMath behind boundaries: every operation allocates). Base's
 * bigfloat.jl holds the rest: the default precision, promotion, printing, the math functions'
 * domains. Operations take the result's precision as an argument, as MPFR's do.
 */
final class BigFloatBuiltins {
    private BigFloatBuiltins() {
    }

    private static JlBigFloat f(Object v) {
        return (JlBigFloat) v;
    }

    private static int prec(Object v) {
        long p = (Long) v;
        return (int) Math.max(1, Math.min(p, 1L << 28));
    }

    private static int mode(Object v) {
        long m = (Long) v;
        return m >= BigFloatMath.NEAREST && m <= BigFloatMath.FROM_ZERO ? (int) m : BigFloatMath.NEAREST;
    }

    /** A real value of a built-in type as a BigFloat of {@code prec} bits, or exactly when {@code prec} is 0. */
    static JlBigFloat from(Object v, int prec, Node n) {
        if (v instanceof JlBigFloat b) {
            return prec == 0 ? b : BigFloatMath.round(b, prec);
        }
        BigInteger i = BigIntBuiltins.toBig(v);
        if (i != null) {
            return BigFloatMath.fromBigInteger(i, prec == 0 ? Math.max(1, i.bitLength()) : prec);
        }
        if (v instanceof Double d) {
            return BigFloatMath.fromDouble(d, prec == 0 ? 53 : prec);
        }
        if (v instanceof Float x) {
            return BigFloatMath.fromDouble(x, prec == 0 ? 24 : prec);
        }
        if (v instanceof Float16 h) {
            return BigFloatMath.fromDouble(h.doubleValue(), prec == 0 ? 11 : prec);
        }
        throw Errors.error("cannot convert a " + Types.typeOf(v) + " to BigFloat", n);
    }

    static void install(Builtins bi) {
        JlType F = Types.BigFloatT;
        JlType I = Types.Int64;
        JlType A = Types.Any;
        bi.slowReturning(Types.BigFloatT, "_bf_from", (a, n) -> from(a[0], prec(a[1]), n), A, I);
        bi.slow("_bf_exact", (a, n) -> from(a[0], 0, n), A);
        // conversions rounded in a direction (mode: BigFloatMath.NEAREST ... FROM_ZERO), as BigFloat(x, r::RoundingMode)
        bi.slowReturning(Types.BigFloatT, "_bf_from_rounded", (a, n) -> BigFloatMath.round(from(a[0], 0, n), prec(a[1]), mode(a[2])), A, I, I);
        bi.slow("_bf_div_ints_rounded", (a, n) -> BigFloatMath.divideIntegers(BigIntBuiltins.toBig(a[0]), BigIntBuiltins.toBig(a[1]), prec(a[2]), mode(a[3])),
                        Types.Integer, Types.Integer, I, I);
        bi.slow("_bf_parse_rounded", (a, n) -> {
            JlBigFloat r = BigFloatMath.parse(a[0].toString(), prec(a[1]), mode(a[2]));
            return r == null ? JlNothing.INSTANCE : r;
        }, Types.String, I, I);
        bi.slow("_bf_add", (a, n) -> BigFloatMath.add(f(a[0]), f(a[1]), prec(a[2])), F, F, I);
        bi.slow("_bf_sub", (a, n) -> BigFloatMath.sub(f(a[0]), f(a[1]), prec(a[2])), F, F, I);
        bi.slow("_bf_mul", (a, n) -> BigFloatMath.mul(f(a[0]), f(a[1]), prec(a[2])), F, F, I);
        bi.slow("_bf_div", (a, n) -> BigFloatMath.div(f(a[0]), f(a[1]), prec(a[2])), F, F, I);
        bi.slow("_bf_div_ints", (a, n) -> BigFloatMath.divideIntegers(BigIntBuiltins.toBig(a[0]), BigIntBuiltins.toBig(a[1]), prec(a[2])), Types.Integer, Types.Integer, I);
        bi.slow("_bf_rem", (a, n) -> BigFloatMath.rem(f(a[0]), f(a[1]), prec(a[2])), F, F, I);
        bi.slow("_bf_neg", (a, n) -> BigFloatMath.negate(f(a[0])), F);
        bi.slow("_bf_sqrt", (a, n) -> BigFloatMath.sqrt(f(a[0]), prec(a[1])), F, I);
        bi.slow("_bf_cmp", (a, n) -> (long) BigFloatMath.compare(f(a[0]), f(a[1])), F, F);
        bi.slow("_bf_kind", (a, n) -> (long) f(a[0]).kind, F);
        bi.slow("_bf_signbit", (a, n) -> f(a[0]).negative, F);
        bi.slow("_bf_precision", (a, n) -> (long) f(a[0]).prec, F);
        bi.slow("_bf_exponent", (a, n) -> f(a[0]).top(), F);
        bi.slow("_bf_isinteger", (a, n) -> BigFloatMath.isInteger(f(a[0])), F);
        bi.slow("_bf_to_bigint", (a, n) -> new JlBigInt(BigFloatMath.toBigInteger(f(a[0]))), F);
        bi.slow("_bf_round", (a, n) -> BigFloatMath.roundToInteger(f(a[0]), (int) (long) (Long) a[1], prec(a[2])), F, I, I);
        bi.slow("_bf_ldexp", (a, n) -> {
            JlBigFloat x = f(a[0]);
            if (x.kind != JlBigFloat.FINITE) {
                return BigFloatMath.round(x, prec(a[2]));
            }
            return BigFloatMath.round(x.negative, x.mant, x.exp + (Long) a[1], prec(a[2]), false);
        }, F, I, I);
        bi.slow("_bf_to_float", (a, n) -> {
            JlBigFloat x = f(a[0]);
            return switch ((int) (long) (Long) a[1]) {
                case 32 -> (float) BigFloatMath.toBinary(x, 24, -126, 127);
                case 16 -> Float16.fromDouble(BigFloatMath.toBinary(x, 11, -14, 15));
                default -> BigFloatMath.toBinary(x, 53, -1022, 1023);
            };
        }, F, I);
        bi.slow("_bf_string", (a, n) -> JlString.of(BigFloatMath.toString(f(a[0]), (int) (long) (Long) a[1])), F, I);
        bi.slow("_bf_parse", (a, n) -> {
            JlBigFloat r = BigFloatMath.parse(a[0].toString(), prec(a[1]));
            return r == null ? JlNothing.INSTANCE : r;
        }, Types.String, I);
        bi.slow("_bf_pow_int", (a, n) -> BigFloatMath.powInt(f(a[0]), BigIntBuiltins.toBig(a[1]), prec(a[2])), F, Types.Integer, I);
        bi.slow("_bf_exp", (a, n) -> BigFloatMath.exp(f(a[0]), prec(a[1])), F, I);
        bi.slow("_bf_log", (a, n) -> BigFloatMath.log(f(a[0]), prec(a[1]), (int) (long) (Long) a[2]), F, I, I);
        bi.slow("_bf_trig", (a, n) -> BigFloatMath.trig(f(a[0]), (int) (long) (Long) a[1], prec(a[2])), F, I, I);
        bi.slow("_bf_atan", (a, n) -> BigFloatMath.atan(f(a[0]), prec(a[1])), F, I);
        bi.slow("_bf_pi", (a, n) -> BigFloatMath.pi(prec(a[0])), I);
    }
}
