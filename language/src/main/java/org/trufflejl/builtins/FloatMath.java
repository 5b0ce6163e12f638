package org.trufflejl.builtins;

/**
 * Julia's float division family on doubles (Float32 and Float16 call these with their exactly
 * widened values and round the result once).
 */
final class FloatMath {
    private FloatMath() {
    }

    static double rem(double x, double y) {
        return x % y; // IEEE fmod: exact, sign of the dividend
    }

    static double mod(double x, double y) {
        double r = x % y;
        if (r == 0) {
            return Math.copySign(0.0, y);
        }
        return (r > 0) != (y > 0) ? r + y : r;
    }

    /** div(x, y): Julia's round((x - rem(x, y)) / y), i.e. the truncated quotient. */
    static double div(double x, double y) {
        return Math.rint((x - rem(x, y)) / y);
    }

    static double fld(double x, double y) {
        return Math.rint((x - mod(x, y)) / y);
    }

    static double cld(double x, double y) {
        return Math.rint((x - mod(x, -y)) / y);
    }
}
