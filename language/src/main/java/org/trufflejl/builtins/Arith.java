package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.runtime.Errors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * Intrinsic arithmetic on Int64 (wrapping, as Julia's), Float64 and Bool. Each is registered
 * once per same-type signature; mixed types reach them through Base's promotion.
 */
public final class Arith {
    private Arith() {
    }

    public abstract static class Add extends Builtin2 {
        @Specialization
        long add(long a, long b) {
            return a + b;
        }

        @Specialization
        double add(double a, double b) {
            return a + b;
        }
    }

    public abstract static class Sub extends Builtin2 {
        @Specialization
        long sub(long a, long b) {
            return a - b;
        }

        @Specialization
        double sub(double a, double b) {
            return a - b;
        }
    }

    public abstract static class Mul extends Builtin2 {
        @Specialization
        long mul(long a, long b) {
            return a * b;
        }

        @Specialization
        double mul(double a, double b) {
            return a * b;
        }
    }

    /** {@code /}: always floating point. */
    public abstract static class Div extends Builtin2 {
        @Specialization
        double div(long a, long b) {
            return (double) a / (double) b;
        }

        @Specialization
        double div(double a, double b) {
            return a / b;
        }
    }

    static void checkDivisor(long a, long b, BuiltinNode node) {
        if (b == 0 || (b == -1 && a == Long.MIN_VALUE)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.divideError(node);
        }
    }

    /** {@code div}/{@code ÷}: truncating division. */
    public abstract static class IntDiv extends Builtin2 {
        @Specialization
        long div(long a, long b) {
            checkDivisor(a, b, this);
            return a / b;
        }

        @Specialization
        double div(double a, double b) {
            double q = a / b;
            return q < 0 ? Math.ceil(q) : Math.floor(q);
        }
    }

    /** {@code rem}/{@code %}: remainder with the sign of the dividend. */
    public abstract static class Rem extends Builtin2 {
        @Specialization
        long rem(long a, long b) {
            if (b == 0) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.divideError(this);
            }
            return b == -1 ? 0 : a % b;
        }

        @Specialization
        double rem(double a, double b) {
            return a % b;
        }
    }

    /** {@code mod}: remainder with the sign of the divisor. */
    public abstract static class Mod extends Builtin2 {
        @Specialization
        long mod(long a, long b) {
            if (b == 0) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.divideError(this);
            }
            return b == -1 ? 0 : Math.floorMod(a, b);
        }

        @Specialization
        double mod(double a, double b) {
            double r = a % b;
            if (r != 0 && (r < 0) != (b < 0)) {
                r += b;
            }
            return r;
        }
    }

    public abstract static class Fld extends Builtin2 {
        @Specialization
        long fld(long a, long b) {
            checkDivisor(a, b, this);
            return Math.floorDiv(a, b);
        }

        @Specialization
        double fld(double a, double b) {
            return Math.floor(a / b);
        }
    }

    public abstract static class Cld extends Builtin2 {
        @Specialization
        long cld(long a, long b) {
            checkDivisor(a, b, this);
            return -Math.floorDiv(-a, b);
        }

        @Specialization
        double cld(double a, double b) {
            return Math.ceil(a / b);
        }
    }

    /** {@code ^}: integer powers by squaring (wrapping), float powers by Math.pow. */
    public abstract static class Pow extends Builtin2 {
        @Specialization
        long pow(long base, long exp) {
            if (exp < 0) {
                if (base == 1) {
                    return 1;
                } else if (base == -1) {
                    return (exp & 1) == 0 ? 1 : -1;
                }
                CompilerDirectives.transferToInterpreter();
                throw Errors.domainError(exp, "Cannot raise an integer x to a negative power " + exp
                                + ".\nConvert input to float.", this);
            }
            long result = 1;
            long b = base;
            long e = exp;
            while (e != 0) {
                if ((e & 1) != 0) {
                    result *= b;
                }
                b *= b;
                e >>>= 1;
            }
            return result;
        }

        @Specialization
        double pow(double base, long exp) {
            return Math.pow(base, exp);
        }

        @Specialization
        double pow(double base, double exp) {
            if (base < 0 && exp != Math.rint(exp) && !Double.isInfinite(exp)) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.domainError(base, "Exponentiation yielding a complex result requires a complex argument.\n"
                                + "Replace x^y with (x+0im)^y, Complex(x)^y, or similar.", this);
            }
            return Math.pow(base, exp);
        }
    }

    public abstract static class Neg extends Builtin1 {
        @Specialization
        long neg(long a) {
            return -a;
        }

        @Specialization
        double neg(double a) {
            return -a;
        }
    }

    public abstract static class Eq extends Builtin2 {
        @Specialization
        boolean eq(long a, long b) {
            return a == b;
        }

        @Specialization
        boolean eq(double a, double b) {
            return a == b;
        }

        @Specialization
        boolean eq(boolean a, boolean b) {
            return a == b;
        }
    }

    public abstract static class Lt extends Builtin2 {
        @Specialization
        boolean lt(long a, long b) {
            return a < b;
        }

        @Specialization
        boolean lt(double a, double b) {
            return a < b;
        }

        @Specialization
        boolean lt(boolean a, boolean b) {
            return !a && b;
        }
    }

    public abstract static class Le extends Builtin2 {
        @Specialization
        boolean le(long a, long b) {
            return a <= b;
        }

        @Specialization
        boolean le(double a, double b) {
            return a <= b;
        }

        @Specialization
        boolean le(boolean a, boolean b) {
            return !a || b;
        }
    }

    public abstract static class And extends Builtin2 {
        @Specialization
        long and(long a, long b) {
            return a & b;
        }

        @Specialization
        boolean and(boolean a, boolean b) {
            return a & b;
        }
    }

    public abstract static class Or extends Builtin2 {
        @Specialization
        long or(long a, long b) {
            return a | b;
        }

        @Specialization
        boolean or(boolean a, boolean b) {
            return a | b;
        }
    }

    public abstract static class Xor extends Builtin2 {
        @Specialization
        long xor(long a, long b) {
            return a ^ b;
        }

        @Specialization
        boolean xor(boolean a, boolean b) {
            return a ^ b;
        }
    }

    public abstract static class Not extends Builtin1 {
        @Specialization
        boolean not(boolean a) {
            return !a;
        }

        @Specialization
        long not(long a) {
            return ~a;
        }
    }

    /** {@code <<} with Julia's semantics: counts ≥ 64 give 0, negative counts shift the other way. */
    public abstract static class Shl extends Builtin2 {
        @Specialization
        long shl(long a, long n) {
            return shiftLeft(a, n);
        }
    }

    public abstract static class Shr extends Builtin2 {
        @Specialization
        long shr(long a, long n) {
            return n >= 0 ? (n >= 64 ? (a < 0 ? -1 : 0) : a >> n) : shiftLeft(a, -n);
        }
    }

    public abstract static class Ushr extends Builtin2 {
        @Specialization
        long ushr(long a, long n) {
            return n >= 0 ? (n >= 64 ? 0 : a >>> n) : shiftLeft(a, -n);
        }
    }

    static long shiftLeft(long a, long n) {
        if (n < 0) {
            return n <= -64 ? (a < 0 ? -1 : 0) : a >> -n;
        }
        return n >= 64 ? 0 : a << n;
    }

    /** Float64(x::Int64) and friends: exact conversions only, else InexactError. */
    public abstract static class ToFloat64 extends Builtin1 {
        @Specialization
        double conv(long a) {
            return a;
        }

        @Specialization
        double conv(double a) {
            return a;
        }

        @Specialization
        double conv(boolean a) {
            return a ? 1.0 : 0.0;
        }
    }

    public abstract static class ToInt64 extends Builtin1 {
        @Specialization
        long conv(long a) {
            return a;
        }

        @Specialization
        long conv(boolean a) {
            return a ? 1 : 0;
        }

        @Specialization
        long conv(double a) {
            if (a != Math.rint(a) || a < -9.223372036854775808e18 || a >= 9.223372036854775808e18) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.inexactError("Int64", org.trufflejl.runtime.types.Types.Int64, a, this);
            }
            return (long) a;
        }
    }

    /** {@code sqrt} with Julia's DomainError for negative arguments. */
    public abstract static class Sqrt extends Builtin1 {
        @Specialization
        double sqrt(double a) {
            if (a < 0) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.domainError(a, "sqrt was called with a negative real argument but will only return a complex result if called with a complex argument. Try sqrt(Complex(x)).", this);
            }
            return Math.sqrt(a);
        }
    }

    /** One-argument Float64 math functions that are total (no domain errors). */
    public abstract static class FloatFn extends Builtin1 {
        final int op;

        FloatFn(int op) {
            this.op = op;
        }

        @Specialization
        double apply(double a) {
            switch (op) {
                case 0:
                    return Math.floor(a);
                case 1:
                    return Math.ceil(a);
                case 2:
                    return Math.rint(a);
                case 3:
                    return a < 0 ? Math.ceil(a) : Math.floor(a);
                case 4:
                    return Math.exp(a);
                case 5:
                    return Math.sin(a);
                case 6:
                    return Math.cos(a);
                case 7:
                    return Math.tan(a);
                case 8:
                    return Math.atan(a);
                default:
                    return Math.abs(a);
            }
        }
    }

    /** {@code log} family with DomainError below zero. */
    public abstract static class LogFn extends Builtin1 {
        final int base;

        LogFn(int base) {
            this.base = base;
        }

        @Specialization
        double log(double a) {
            if (a < 0) {
                CompilerDirectives.transferToInterpreter();
                String fn = base == 0 ? "log" : base == 2 ? "log2" : "log10";
                throw Errors.domainError(a, fn + " was called with a negative real argument but will only return a complex result if called with a complex argument. Try " + fn + "(Complex(x)).", this);
            }
            return base == 0 ? Math.log(a) : base == 10 ? Math.log10(a) : Math.log(a) / Math.log(2);
        }
    }
}
