package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin2;

import com.oracle.truffle.api.dsl.Specialization;

/**
 * Float64 with Int64, the commonest mixed pair in numeric code, without going through
 * promotion: arithmetic converts the integer to Float64 exactly as {@code promote} would;
 * comparisons are exact, as Julia's ({@code 2^53 + 1 == 2.0^53} is false).
 */
public final class MixedArith {
    private MixedArith() {
    }

    public abstract static class Add extends Builtin2 {
        @Specialization
        double add(double a, long b) {
            return a + (double) b;
        }

        @Specialization
        double add(long a, double b) {
            return (double) a + b;
        }
    }

    public abstract static class Sub extends Builtin2 {
        @Specialization
        double sub(double a, long b) {
            return a - (double) b;
        }

        @Specialization
        double sub(long a, double b) {
            return (double) a - b;
        }
    }

    public abstract static class Mul extends Builtin2 {
        @Specialization
        double mul(double a, long b) {
            return a * (double) b;
        }

        @Specialization
        double mul(long a, double b) {
            return (double) a * b;
        }
    }

    public abstract static class Div extends Builtin2 {
        @Specialization
        double div(double a, long b) {
            return a / (double) b;
        }

        @Specialization
        double div(long a, double b) {
            return (double) a / b;
        }
    }

    /** Exact order of a double and a long: negative, zero or positive; 2 when d is NaN. */
    static int compare(double d, long l) {
        if (d != d) {
            return 2;
        }
        if (d < -9.223372036854775808E18) {
            return -1;
        }
        if (d >= 9.223372036854775808E18) {
            return 1;
        }
        long t = (long) d; // truncated toward zero, exactly representable
        if (t != l) {
            return t < l ? -1 : 1;
        }
        double frac = d - (double) t;
        return frac < 0 ? -1 : frac > 0 ? 1 : 0;
    }

    public abstract static class Eq extends Builtin2 {
        @Specialization
        boolean eq(double a, long b) {
            return compare(a, b) == 0;
        }

        @Specialization
        boolean eq(long a, double b) {
            return compare(b, a) == 0;
        }
    }

    public abstract static class Lt extends Builtin2 {
        @Specialization
        boolean lt(double a, long b) {
            return compare(a, b) == -1;
        }

        @Specialization
        boolean lt(long a, double b) {
            return compare(b, a) == 1;
        }
    }

    public abstract static class Le extends Builtin2 {
        @Specialization
        boolean le(double a, long b) {
            int c = compare(a, b);
            return c == -1 || c == 0;
        }

        @Specialization
        boolean le(long a, double b) {
            int c = compare(b, a);
            return c == 1 || c == 0;
        }
    }
}
