package org.trufflejl.builtins;

import org.trufflejl.builtins.BuiltinNode.Builtin1;
import org.trufflejl.builtins.BuiltinNode.Builtin2;
import org.trufflejl.runtime.num.Float16;
import org.trufflejl.runtime.num.Int128;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt16;
import org.trufflejl.runtime.num.UInt32;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.num.Wide;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * Intrinsic arithmetic, comparison and bit operations on every primitive number type, one
 * DSL specialisation per Java representation (Int8=byte, Int16=short, Int32=int, Int64=long,
 * Float32=float, Float64=double, the rest value classes). Each intrinsic is registered once per
 * same-type signature ({@link NumericBuiltins}), so a method's node only ever activates one
 * specialisation; mixed types reach them through Base's promotion. Integers wrap around as in
 * Julia; division raises DivideError ({@link IntMath}); Float16 computes in float and rounds once.
 */
public final class Arith {
    private Arith() {
    }

    /** {@code +}: wrapping integer and IEEE float addition. */
    public abstract static class Add extends Builtin2 {
        @Specialization
        byte add(byte a, byte b) {
            return (byte) (a + b);
        }

        @Specialization
        short add(short a, short b) {
            return (short) (a + b);
        }

        @Specialization
        int add(int a, int b) {
            return a + b;
        }

        @Specialization
        long add(long a, long b) {
            return a + b;
        }

        @Specialization
        UInt8 add(UInt8 a, UInt8 b) {
            return new UInt8((byte) (a.bits + b.bits));
        }

        @Specialization
        UInt16 add(UInt16 a, UInt16 b) {
            return new UInt16((short) (a.bits + b.bits));
        }

        @Specialization
        UInt32 add(UInt32 a, UInt32 b) {
            return new UInt32(a.bits + b.bits);
        }

        @Specialization
        UInt64 add(UInt64 a, UInt64 b) {
            return new UInt64(a.bits + b.bits);
        }

        @Specialization
        Int128 add(Int128 a, Int128 b) {
            return new Int128(Wide.addHi(a.hi, a.lo, b.hi, b.lo), a.lo + b.lo);
        }

        @Specialization
        UInt128 add(UInt128 a, UInt128 b) {
            return new UInt128(Wide.addHi(a.hi, a.lo, b.hi, b.lo), a.lo + b.lo);
        }

        @Specialization
        Float16 add(Float16 a, Float16 b) {
            return Float16.fromFloat(a.floatValue() + b.floatValue());
        }

        @Specialization
        float add(float a, float b) {
            return a + b;
        }

        @Specialization
        double add(double a, double b) {
            return a + b;
        }
    }

    /** {@code -}: wrapping integer and IEEE float subtraction. */
    public abstract static class Sub extends Builtin2 {
        @Specialization
        byte sub(byte a, byte b) {
            return (byte) (a - b);
        }

        @Specialization
        short sub(short a, short b) {
            return (short) (a - b);
        }

        @Specialization
        int sub(int a, int b) {
            return a - b;
        }

        @Specialization
        long sub(long a, long b) {
            return a - b;
        }

        @Specialization
        UInt8 sub(UInt8 a, UInt8 b) {
            return new UInt8((byte) (a.bits - b.bits));
        }

        @Specialization
        UInt16 sub(UInt16 a, UInt16 b) {
            return new UInt16((short) (a.bits - b.bits));
        }

        @Specialization
        UInt32 sub(UInt32 a, UInt32 b) {
            return new UInt32(a.bits - b.bits);
        }

        @Specialization
        UInt64 sub(UInt64 a, UInt64 b) {
            return new UInt64(a.bits - b.bits);
        }

        @Specialization
        Int128 sub(Int128 a, Int128 b) {
            return new Int128(Wide.subHi(a.hi, a.lo, b.hi, b.lo), a.lo - b.lo);
        }

        @Specialization
        UInt128 sub(UInt128 a, UInt128 b) {
            return new UInt128(Wide.subHi(a.hi, a.lo, b.hi, b.lo), a.lo - b.lo);
        }

        @Specialization
        Float16 sub(Float16 a, Float16 b) {
            return Float16.fromFloat(a.floatValue() - b.floatValue());
        }

        @Specialization
        float sub(float a, float b) {
            return a - b;
        }

        @Specialization
        double sub(double a, double b) {
            return a - b;
        }
    }

    /** {@code *}: wrapping integer and IEEE float multiplication. */
    public abstract static class Mul extends Builtin2 {
        @Specialization
        byte mul(byte a, byte b) {
            return (byte) (a * b);
        }

        @Specialization
        short mul(short a, short b) {
            return (short) (a * b);
        }

        @Specialization
        int mul(int a, int b) {
            return a * b;
        }

        @Specialization
        long mul(long a, long b) {
            return a * b;
        }

        @Specialization
        UInt8 mul(UInt8 a, UInt8 b) {
            return new UInt8((byte) (a.bits * b.bits));
        }

        @Specialization
        UInt16 mul(UInt16 a, UInt16 b) {
            return new UInt16((short) (a.bits * b.bits));
        }

        @Specialization
        UInt32 mul(UInt32 a, UInt32 b) {
            return new UInt32(a.bits * b.bits);
        }

        @Specialization
        UInt64 mul(UInt64 a, UInt64 b) {
            return new UInt64(a.bits * b.bits);
        }

        @Specialization
        Int128 mul(Int128 a, Int128 b) {
            return new Int128(Wide.mulHi(a.hi, a.lo, b.hi, b.lo), a.lo * b.lo);
        }

        @Specialization
        UInt128 mul(UInt128 a, UInt128 b) {
            return new UInt128(Wide.mulHi(a.hi, a.lo, b.hi, b.lo), a.lo * b.lo);
        }

        @Specialization
        Float16 mul(Float16 a, Float16 b) {
            return Float16.fromFloat(a.floatValue() * b.floatValue());
        }

        @Specialization
        float mul(float a, float b) {
            return a * b;
        }

        @Specialization
        double mul(double a, double b) {
            return a * b;
        }
    }

    /** {@code &}: bitwise and. */
    public abstract static class And extends Builtin2 {
        @Specialization
        boolean and(boolean a, boolean b) {
            return a & b;
        }

        @Specialization
        byte and(byte a, byte b) {
            return (byte) (a & b);
        }

        @Specialization
        short and(short a, short b) {
            return (short) (a & b);
        }

        @Specialization
        int and(int a, int b) {
            return a & b;
        }

        @Specialization
        long and(long a, long b) {
            return a & b;
        }

        @Specialization
        UInt8 and(UInt8 a, UInt8 b) {
            return new UInt8((byte) (a.bits & b.bits));
        }

        @Specialization
        UInt16 and(UInt16 a, UInt16 b) {
            return new UInt16((short) (a.bits & b.bits));
        }

        @Specialization
        UInt32 and(UInt32 a, UInt32 b) {
            return new UInt32(a.bits & b.bits);
        }

        @Specialization
        UInt64 and(UInt64 a, UInt64 b) {
            return new UInt64(a.bits & b.bits);
        }

        @Specialization
        Int128 and(Int128 a, Int128 b) {
            return new Int128(a.hi & b.hi, a.lo & b.lo);
        }

        @Specialization
        UInt128 and(UInt128 a, UInt128 b) {
            return new UInt128(a.hi & b.hi, a.lo & b.lo);
        }
    }

    /** {@code |}: bitwise or. */
    public abstract static class Or extends Builtin2 {
        @Specialization
        boolean or(boolean a, boolean b) {
            return a | b;
        }

        @Specialization
        byte or(byte a, byte b) {
            return (byte) (a | b);
        }

        @Specialization
        short or(short a, short b) {
            return (short) (a | b);
        }

        @Specialization
        int or(int a, int b) {
            return a | b;
        }

        @Specialization
        long or(long a, long b) {
            return a | b;
        }

        @Specialization
        UInt8 or(UInt8 a, UInt8 b) {
            return new UInt8((byte) (a.bits | b.bits));
        }

        @Specialization
        UInt16 or(UInt16 a, UInt16 b) {
            return new UInt16((short) (a.bits | b.bits));
        }

        @Specialization
        UInt32 or(UInt32 a, UInt32 b) {
            return new UInt32(a.bits | b.bits);
        }

        @Specialization
        UInt64 or(UInt64 a, UInt64 b) {
            return new UInt64(a.bits | b.bits);
        }

        @Specialization
        Int128 or(Int128 a, Int128 b) {
            return new Int128(a.hi | b.hi, a.lo | b.lo);
        }

        @Specialization
        UInt128 or(UInt128 a, UInt128 b) {
            return new UInt128(a.hi | b.hi, a.lo | b.lo);
        }
    }

    /** {@code xor}/{@code ⊻}: bitwise exclusive or. */
    public abstract static class Xor extends Builtin2 {
        @Specialization
        boolean xor(boolean a, boolean b) {
            return a ^ b;
        }

        @Specialization
        byte xor(byte a, byte b) {
            return (byte) (a ^ b);
        }

        @Specialization
        short xor(short a, short b) {
            return (short) (a ^ b);
        }

        @Specialization
        int xor(int a, int b) {
            return a ^ b;
        }

        @Specialization
        long xor(long a, long b) {
            return a ^ b;
        }

        @Specialization
        UInt8 xor(UInt8 a, UInt8 b) {
            return new UInt8((byte) (a.bits ^ b.bits));
        }

        @Specialization
        UInt16 xor(UInt16 a, UInt16 b) {
            return new UInt16((short) (a.bits ^ b.bits));
        }

        @Specialization
        UInt32 xor(UInt32 a, UInt32 b) {
            return new UInt32(a.bits ^ b.bits);
        }

        @Specialization
        UInt64 xor(UInt64 a, UInt64 b) {
            return new UInt64(a.bits ^ b.bits);
        }

        @Specialization
        Int128 xor(Int128 a, Int128 b) {
            return new Int128(a.hi ^ b.hi, a.lo ^ b.lo);
        }

        @Specialization
        UInt128 xor(UInt128 a, UInt128 b) {
            return new UInt128(a.hi ^ b.hi, a.lo ^ b.lo);
        }
    }

    /** {@code ==} on two values of one type (IEEE equality for floats). */
    public abstract static class Eq extends Builtin2 {
        @Specialization
        boolean eq(boolean a, boolean b) {
            return a == b;
        }

        @Specialization
        boolean eq(byte a, byte b) {
            return a == b;
        }

        @Specialization
        boolean eq(short a, short b) {
            return a == b;
        }

        @Specialization
        boolean eq(int a, int b) {
            return a == b;
        }

        @Specialization
        boolean eq(long a, long b) {
            return a == b;
        }

        @Specialization
        boolean eq(UInt8 a, UInt8 b) {
            return (a.bits & 0xFFL) == (b.bits & 0xFFL);
        }

        @Specialization
        boolean eq(UInt16 a, UInt16 b) {
            return (a.bits & 0xFFFFL) == (b.bits & 0xFFFFL);
        }

        @Specialization
        boolean eq(UInt32 a, UInt32 b) {
            return (a.bits & 0xFFFFFFFFL) == (b.bits & 0xFFFFFFFFL);
        }

        @Specialization
        boolean eq(UInt64 a, UInt64 b) {
            return Long.compareUnsigned(a.bits, b.bits) == 0;
        }

        @Specialization
        boolean eq(Int128 a, Int128 b) {
            return a.hi == b.hi && a.lo == b.lo;
        }

        @Specialization
        boolean eq(UInt128 a, UInt128 b) {
            return a.hi == b.hi && a.lo == b.lo;
        }

        @Specialization
        boolean eq(Float16 a, Float16 b) {
            return a.floatValue() == b.floatValue();
        }

        @Specialization
        boolean eq(float a, float b) {
            return a == b;
        }

        @Specialization
        boolean eq(double a, double b) {
            return a == b;
        }
    }

    /** {@code <}; unsigned types compare unsigned. */
    public abstract static class Lt extends Builtin2 {
        @Specialization
        boolean lt(boolean a, boolean b) {
            return !a && b;
        }

        @Specialization
        boolean lt(byte a, byte b) {
            return a < b;
        }

        @Specialization
        boolean lt(short a, short b) {
            return a < b;
        }

        @Specialization
        boolean lt(int a, int b) {
            return a < b;
        }

        @Specialization
        boolean lt(long a, long b) {
            return a < b;
        }

        @Specialization
        boolean lt(UInt8 a, UInt8 b) {
            return (a.bits & 0xFFL) < (b.bits & 0xFFL);
        }

        @Specialization
        boolean lt(UInt16 a, UInt16 b) {
            return (a.bits & 0xFFFFL) < (b.bits & 0xFFFFL);
        }

        @Specialization
        boolean lt(UInt32 a, UInt32 b) {
            return (a.bits & 0xFFFFFFFFL) < (b.bits & 0xFFFFFFFFL);
        }

        @Specialization
        boolean lt(UInt64 a, UInt64 b) {
            return Long.compareUnsigned(a.bits, b.bits) < 0;
        }

        @Specialization
        boolean lt(Int128 a, Int128 b) {
            return Wide.compareSigned(a.hi, a.lo, b.hi, b.lo) < 0;
        }

        @Specialization
        boolean lt(UInt128 a, UInt128 b) {
            return Wide.compareUnsigned(a.hi, a.lo, b.hi, b.lo) < 0;
        }

        @Specialization
        boolean lt(Float16 a, Float16 b) {
            return a.floatValue() < b.floatValue();
        }

        @Specialization
        boolean lt(float a, float b) {
            return a < b;
        }

        @Specialization
        boolean lt(double a, double b) {
            return a < b;
        }
    }

    /** {@code <=}; unsigned types compare unsigned. */
    public abstract static class Le extends Builtin2 {
        @Specialization
        boolean le(boolean a, boolean b) {
            return !a || b;
        }

        @Specialization
        boolean le(byte a, byte b) {
            return a <= b;
        }

        @Specialization
        boolean le(short a, short b) {
            return a <= b;
        }

        @Specialization
        boolean le(int a, int b) {
            return a <= b;
        }

        @Specialization
        boolean le(long a, long b) {
            return a <= b;
        }

        @Specialization
        boolean le(UInt8 a, UInt8 b) {
            return (a.bits & 0xFFL) <= (b.bits & 0xFFL);
        }

        @Specialization
        boolean le(UInt16 a, UInt16 b) {
            return (a.bits & 0xFFFFL) <= (b.bits & 0xFFFFL);
        }

        @Specialization
        boolean le(UInt32 a, UInt32 b) {
            return (a.bits & 0xFFFFFFFFL) <= (b.bits & 0xFFFFFFFFL);
        }

        @Specialization
        boolean le(UInt64 a, UInt64 b) {
            return Long.compareUnsigned(a.bits, b.bits) <= 0;
        }

        @Specialization
        boolean le(Int128 a, Int128 b) {
            return Wide.compareSigned(a.hi, a.lo, b.hi, b.lo) <= 0;
        }

        @Specialization
        boolean le(UInt128 a, UInt128 b) {
            return Wide.compareUnsigned(a.hi, a.lo, b.hi, b.lo) <= 0;
        }

        @Specialization
        boolean le(Float16 a, Float16 b) {
            return a.floatValue() <= b.floatValue();
        }

        @Specialization
        boolean le(float a, float b) {
            return a <= b;
        }

        @Specialization
        boolean le(double a, double b) {
            return a <= b;
        }
    }

    /** {@code div}/{@code ÷}: truncated division; DivideError for a zero divisor and typemin ÷ -1. */
    public abstract static class IntDiv extends Builtin2 {
        @Specialization
        byte div(byte a, byte b) {
            return (byte) (IntMath.sdiv(a, b, Byte.MIN_VALUE, this));
        }

        @Specialization
        short div(short a, short b) {
            return (short) (IntMath.sdiv(a, b, Short.MIN_VALUE, this));
        }

        @Specialization
        int div(int a, int b) {
            return (int) (IntMath.sdiv(a, b, Integer.MIN_VALUE, this));
        }

        @Specialization
        long div(long a, long b) {
            return IntMath.sdiv(a, b, Long.MIN_VALUE, this);
        }

        @Specialization
        UInt8 div(UInt8 a, UInt8 b) {
            return new UInt8((byte) (IntMath.udiv((a.bits & 0xFFL), (b.bits & 0xFFL), this)));
        }

        @Specialization
        UInt16 div(UInt16 a, UInt16 b) {
            return new UInt16((short) (IntMath.udiv((a.bits & 0xFFFFL), (b.bits & 0xFFFFL), this)));
        }

        @Specialization
        UInt32 div(UInt32 a, UInt32 b) {
            return new UInt32((int) (IntMath.udiv((a.bits & 0xFFFFFFFFL), (b.bits & 0xFFFFFFFFL), this)));
        }

        @Specialization
        UInt64 div(UInt64 a, UInt64 b) {
            return new UInt64(IntMath.u64div(a.bits, b.bits, this));
        }

        @Specialization
        Int128 div(Int128 a, Int128 b) {
            return IntMath.s128div(a, b, this);
        }

        @Specialization
        UInt128 div(UInt128 a, UInt128 b) {
            return IntMath.u128div(a, b, this);
        }

        @Specialization
        Float16 div(Float16 a, Float16 b) {
            return Float16.fromDouble(FloatMath.div(a.doubleValue(), b.doubleValue()));
        }

        @Specialization
        float div(float a, float b) {
            return (float) FloatMath.div(a, b);
        }

        @Specialization
        double div(double a, double b) {
            return FloatMath.div(a, b);
        }
    }

    /** {@code rem}/{@code %}: remainder with the sign of the dividend. */
    @ImportStatic(IntMath.class)
    public abstract static class Rem extends Builtin2 {
        @Specialization
        byte rem(byte a, byte b) {
            return (byte) (IntMath.srem(a, b, this));
        }

        @Specialization
        short rem(short a, short b) {
            return (short) (IntMath.srem(a, b, this));
        }

        @Specialization
        int rem(int a, int b) {
            return (int) (IntMath.srem(a, b, this));
        }

        @Specialization
        long rem(long a, long b) {
            return IntMath.srem(a, b, this);
        }

        @Specialization
        UInt8 rem(UInt8 a, UInt8 b) {
            return new UInt8((byte) (IntMath.urem((a.bits & 0xFFL), (b.bits & 0xFFL), this)));
        }

        @Specialization
        UInt16 rem(UInt16 a, UInt16 b) {
            return new UInt16((short) (IntMath.urem((a.bits & 0xFFFFL), (b.bits & 0xFFFFL), this)));
        }

        @Specialization
        UInt32 rem(UInt32 a, UInt32 b) {
            return new UInt32((int) (IntMath.urem((a.bits & 0xFFFFFFFFL), (b.bits & 0xFFFFFFFFL), this)));
        }

        @Specialization
        UInt64 rem(UInt64 a, UInt64 b) {
            return new UInt64(IntMath.u64rem(a.bits, b.bits, this));
        }

        @Specialization(guards = {"divisor != null", "b.hi == 0", "b.lo == divisor.value()"}, limit = "1")
        static Int128 remInvariant(Int128 a, @SuppressWarnings("unused") Int128 b,
                        @Cached("invariantDivisor(b)") Wide.InvariantDivisor divisor) {
            return IntMath.s128remInvariant(a, divisor);
        }

        @Specialization
        Int128 rem(Int128 a, Int128 b) {
            return IntMath.s128rem(a, b, this);
        }

        @Specialization
        UInt128 rem(UInt128 a, UInt128 b) {
            return IntMath.u128rem(a, b, this);
        }

        @Specialization
        Float16 rem(Float16 a, Float16 b) {
            return Float16.fromDouble(FloatMath.rem(a.doubleValue(), b.doubleValue()));
        }

        @Specialization
        float rem(float a, float b) {
            return (float) FloatMath.rem(a, b);
        }

        @Specialization
        double rem(double a, double b) {
            return FloatMath.rem(a, b);
        }
    }

    /** {@code fld}: division rounded down. */
    public abstract static class Fld extends Builtin2 {
        @Specialization
        byte fld(byte a, byte b) {
            return (byte) (IntMath.sfld(a, b, Byte.MIN_VALUE, this));
        }

        @Specialization
        short fld(short a, short b) {
            return (short) (IntMath.sfld(a, b, Short.MIN_VALUE, this));
        }

        @Specialization
        int fld(int a, int b) {
            return (int) (IntMath.sfld(a, b, Integer.MIN_VALUE, this));
        }

        @Specialization
        long fld(long a, long b) {
            return IntMath.sfld(a, b, Long.MIN_VALUE, this);
        }

        @Specialization
        UInt8 fld(UInt8 a, UInt8 b) {
            return new UInt8((byte) (IntMath.ufld((a.bits & 0xFFL), (b.bits & 0xFFL), this)));
        }

        @Specialization
        UInt16 fld(UInt16 a, UInt16 b) {
            return new UInt16((short) (IntMath.ufld((a.bits & 0xFFFFL), (b.bits & 0xFFFFL), this)));
        }

        @Specialization
        UInt32 fld(UInt32 a, UInt32 b) {
            return new UInt32((int) (IntMath.ufld((a.bits & 0xFFFFFFFFL), (b.bits & 0xFFFFFFFFL), this)));
        }

        @Specialization
        UInt64 fld(UInt64 a, UInt64 b) {
            return new UInt64(IntMath.u64fld(a.bits, b.bits, this));
        }

        @Specialization
        Int128 fld(Int128 a, Int128 b) {
            return IntMath.s128fld(a, b, this);
        }

        @Specialization
        UInt128 fld(UInt128 a, UInt128 b) {
            return IntMath.u128fld(a, b, this);
        }

        @Specialization
        Float16 fld(Float16 a, Float16 b) {
            return Float16.fromDouble(FloatMath.fld(a.doubleValue(), b.doubleValue()));
        }

        @Specialization
        float fld(float a, float b) {
            return (float) FloatMath.fld(a, b);
        }

        @Specialization
        double fld(double a, double b) {
            return FloatMath.fld(a, b);
        }
    }

    /** {@code cld}: division rounded up. */
    public abstract static class Cld extends Builtin2 {
        @Specialization
        byte cld(byte a, byte b) {
            return (byte) (IntMath.scld(a, b, Byte.MIN_VALUE, this));
        }

        @Specialization
        short cld(short a, short b) {
            return (short) (IntMath.scld(a, b, Short.MIN_VALUE, this));
        }

        @Specialization
        int cld(int a, int b) {
            return (int) (IntMath.scld(a, b, Integer.MIN_VALUE, this));
        }

        @Specialization
        long cld(long a, long b) {
            return IntMath.scld(a, b, Long.MIN_VALUE, this);
        }

        @Specialization
        UInt8 cld(UInt8 a, UInt8 b) {
            return new UInt8((byte) (IntMath.ucld((a.bits & 0xFFL), (b.bits & 0xFFL), this)));
        }

        @Specialization
        UInt16 cld(UInt16 a, UInt16 b) {
            return new UInt16((short) (IntMath.ucld((a.bits & 0xFFFFL), (b.bits & 0xFFFFL), this)));
        }

        @Specialization
        UInt32 cld(UInt32 a, UInt32 b) {
            return new UInt32((int) (IntMath.ucld((a.bits & 0xFFFFFFFFL), (b.bits & 0xFFFFFFFFL), this)));
        }

        @Specialization
        UInt64 cld(UInt64 a, UInt64 b) {
            return new UInt64(IntMath.u64cld(a.bits, b.bits, this));
        }

        @Specialization
        Int128 cld(Int128 a, Int128 b) {
            return IntMath.s128cld(a, b, this);
        }

        @Specialization
        UInt128 cld(UInt128 a, UInt128 b) {
            return IntMath.u128cld(a, b, this);
        }

        @Specialization
        Float16 cld(Float16 a, Float16 b) {
            return Float16.fromDouble(FloatMath.cld(a.doubleValue(), b.doubleValue()));
        }

        @Specialization
        float cld(float a, float b) {
            return (float) FloatMath.cld(a, b);
        }

        @Specialization
        double cld(double a, double b) {
            return FloatMath.cld(a, b);
        }
    }

    /** {@code mod}: remainder with the sign of the divisor. */
    @ImportStatic(IntMath.class)
    public abstract static class Mod extends Builtin2 {
        @Specialization
        byte mod(byte a, byte b) {
            return (byte) (IntMath.smod(a, b, this));
        }

        @Specialization
        short mod(short a, short b) {
            return (short) (IntMath.smod(a, b, this));
        }

        @Specialization
        int mod(int a, int b) {
            return (int) (IntMath.smod(a, b, this));
        }

        @Specialization
        long mod(long a, long b) {
            return IntMath.smod(a, b, this);
        }

        @Specialization
        UInt8 mod(UInt8 a, UInt8 b) {
            return new UInt8((byte) (IntMath.umod((a.bits & 0xFFL), (b.bits & 0xFFL), this)));
        }

        @Specialization
        UInt16 mod(UInt16 a, UInt16 b) {
            return new UInt16((short) (IntMath.umod((a.bits & 0xFFFFL), (b.bits & 0xFFFFL), this)));
        }

        @Specialization
        UInt32 mod(UInt32 a, UInt32 b) {
            return new UInt32((int) (IntMath.umod((a.bits & 0xFFFFFFFFL), (b.bits & 0xFFFFFFFFL), this)));
        }

        @Specialization
        UInt64 mod(UInt64 a, UInt64 b) {
            return new UInt64(IntMath.u64mod(a.bits, b.bits, this));
        }

        @Specialization(guards = {"divisor != null", "b.hi == 0", "b.lo == divisor.value()"}, limit = "1")
        static Int128 modInvariant(Int128 a, @SuppressWarnings("unused") Int128 b,
                        @Cached("invariantDivisor(b)") Wide.InvariantDivisor divisor) {
            return IntMath.s128modInvariant(a, divisor);
        }

        @Specialization
        Int128 mod(Int128 a, Int128 b) {
            return IntMath.s128mod(a, b, this);
        }

        @Specialization
        UInt128 mod(UInt128 a, UInt128 b) {
            return IntMath.u128mod(a, b, this);
        }

        @Specialization
        Float16 mod(Float16 a, Float16 b) {
            return Float16.fromDouble(FloatMath.mod(a.doubleValue(), b.doubleValue()));
        }

        @Specialization
        float mod(float a, float b) {
            return (float) FloatMath.mod(a, b);
        }

        @Specialization
        double mod(double a, double b) {
            return FloatMath.mod(a, b);
        }
    }

    /** {@code <<} by an Int64 count: counts beyond the width give 0, negative counts shift right. */
    public abstract static class Shl extends Builtin2 {
        @Specialization
        byte shl(byte a, long n) {
            return (byte) (IntMath.shl(a, n, 8, true));
        }

        @Specialization
        short shl(short a, long n) {
            return (short) (IntMath.shl(a, n, 16, true));
        }

        @Specialization
        int shl(int a, long n) {
            return (int) (IntMath.shl(a, n, 32, true));
        }

        @Specialization
        long shl(long a, long n) {
            return IntMath.shl(a, n, 64, true);
        }

        @Specialization
        UInt8 shl(UInt8 a, long n) {
            return new UInt8((byte) (IntMath.shl((a.bits & 0xFFL), n, 8, false)));
        }

        @Specialization
        UInt16 shl(UInt16 a, long n) {
            return new UInt16((short) (IntMath.shl((a.bits & 0xFFFFL), n, 16, false)));
        }

        @Specialization
        UInt32 shl(UInt32 a, long n) {
            return new UInt32((int) (IntMath.shl((a.bits & 0xFFFFFFFFL), n, 32, false)));
        }

        @Specialization
        UInt64 shl(UInt64 a, long n) {
            return new UInt64(IntMath.shl(a.bits, n, 64, false));
        }

        @Specialization
        Int128 shl(Int128 a, long n) {
            return IntMath.shl128(a, n);
        }

        @Specialization
        UInt128 shl(UInt128 a, long n) {
            return IntMath.shl128(a, n);
        }
    }

    /** {@code >>}: arithmetic for signed, logical for unsigned types; negative counts shift left. */
    public abstract static class Shr extends Builtin2 {
        @Specialization
        byte shr(byte a, long n) {
            return (byte) (IntMath.sar(a, n, 8, true));
        }

        @Specialization
        short shr(short a, long n) {
            return (short) (IntMath.sar(a, n, 16, true));
        }

        @Specialization
        int shr(int a, long n) {
            return (int) (IntMath.sar(a, n, 32, true));
        }

        @Specialization
        long shr(long a, long n) {
            return IntMath.sar(a, n, 64, true);
        }

        @Specialization
        UInt8 shr(UInt8 a, long n) {
            return new UInt8((byte) (IntMath.sar((a.bits & 0xFFL), n, 8, false)));
        }

        @Specialization
        UInt16 shr(UInt16 a, long n) {
            return new UInt16((short) (IntMath.sar((a.bits & 0xFFFFL), n, 16, false)));
        }

        @Specialization
        UInt32 shr(UInt32 a, long n) {
            return new UInt32((int) (IntMath.sar((a.bits & 0xFFFFFFFFL), n, 32, false)));
        }

        @Specialization
        UInt64 shr(UInt64 a, long n) {
            return new UInt64(IntMath.sar(a.bits, n, 64, false));
        }

        @Specialization
        Int128 shr(Int128 a, long n) {
            return IntMath.sar128(a, n);
        }

        @Specialization
        UInt128 shr(UInt128 a, long n) {
            return IntMath.sar128(a, n);
        }
    }

    /** {@code >>>}: logical shift right of the bit pattern; negative counts shift left. */
    public abstract static class Ushr extends Builtin2 {
        @Specialization
        byte ushr(byte a, long n) {
            return (byte) (IntMath.shr(a, n, 8, true));
        }

        @Specialization
        short ushr(short a, long n) {
            return (short) (IntMath.shr(a, n, 16, true));
        }

        @Specialization
        int ushr(int a, long n) {
            return (int) (IntMath.shr(a, n, 32, true));
        }

        @Specialization
        long ushr(long a, long n) {
            return IntMath.shr(a, n, 64, true);
        }

        @Specialization
        UInt8 ushr(UInt8 a, long n) {
            return new UInt8((byte) (IntMath.shr((a.bits & 0xFFL), n, 8, false)));
        }

        @Specialization
        UInt16 ushr(UInt16 a, long n) {
            return new UInt16((short) (IntMath.shr((a.bits & 0xFFFFL), n, 16, false)));
        }

        @Specialization
        UInt32 ushr(UInt32 a, long n) {
            return new UInt32((int) (IntMath.shr((a.bits & 0xFFFFFFFFL), n, 32, false)));
        }

        @Specialization
        UInt64 ushr(UInt64 a, long n) {
            return new UInt64(IntMath.shr(a.bits, n, 64, false));
        }

        @Specialization
        Int128 ushr(Int128 a, long n) {
            return IntMath.shr128(a, n);
        }

        @Specialization
        UInt128 ushr(UInt128 a, long n) {
            return IntMath.shr128(a, n);
        }
    }

    /** {@code ~} (bitwise not); {@code !} on Bool. */
    public abstract static class Not extends Builtin1 {
        @Specialization
        boolean not(boolean a) {
            return !a;
        }

        @Specialization
        byte not(byte a) {
            return (byte) ~a;
        }

        @Specialization
        short not(short a) {
            return (short) ~a;
        }

        @Specialization
        int not(int a) {
            return ~a;
        }

        @Specialization
        long not(long a) {
            return ~a;
        }

        @Specialization
        UInt8 not(UInt8 a) {
            return new UInt8((byte) ~a.bits);
        }

        @Specialization
        UInt16 not(UInt16 a) {
            return new UInt16((short) ~a.bits);
        }

        @Specialization
        UInt32 not(UInt32 a) {
            return new UInt32(~a.bits);
        }

        @Specialization
        UInt64 not(UInt64 a) {
            return new UInt64(~a.bits);
        }

        @Specialization
        Int128 not(Int128 a) {
            return new Int128(~a.hi, ~a.lo);
        }

        @Specialization
        UInt128 not(UInt128 a) {
            return new UInt128(~a.hi, ~a.lo);
        }
    }

    /** {@code count_ones}. */
    public abstract static class CountOnes extends Builtin1 {
        @Specialization
        long countOnes(byte a) {
            return Integer.bitCount(a & 0xFF);
        }

        @Specialization
        long countOnes(short a) {
            return Integer.bitCount(a & 0xFFFF);
        }

        @Specialization
        long countOnes(int a) {
            return Integer.bitCount(a);
        }

        @Specialization
        long countOnes(long a) {
            return Long.bitCount(a);
        }

        @Specialization
        long countOnes(UInt8 a) {
            return Integer.bitCount(a.bits & 0xFF);
        }

        @Specialization
        long countOnes(UInt16 a) {
            return Integer.bitCount(a.bits & 0xFFFF);
        }

        @Specialization
        long countOnes(UInt32 a) {
            return Integer.bitCount(a.bits);
        }

        @Specialization
        long countOnes(UInt64 a) {
            return Long.bitCount(a.bits);
        }

        @Specialization
        long countOnes(Int128 a) {
            return Long.bitCount(a.hi) + Long.bitCount(a.lo);
        }

        @Specialization
        long countOnes(UInt128 a) {
            return Long.bitCount(a.hi) + Long.bitCount(a.lo);
        }
    }

    /** {@code leading_zeros}. */
    public abstract static class LeadingZeros extends Builtin1 {
        @Specialization
        long leadingZeros(byte a) {
            return Integer.numberOfLeadingZeros(a & 0xFF) - 24;
        }

        @Specialization
        long leadingZeros(short a) {
            return Integer.numberOfLeadingZeros(a & 0xFFFF) - 16;
        }

        @Specialization
        long leadingZeros(int a) {
            return Integer.numberOfLeadingZeros(a);
        }

        @Specialization
        long leadingZeros(long a) {
            return Long.numberOfLeadingZeros(a);
        }

        @Specialization
        long leadingZeros(UInt8 a) {
            return Integer.numberOfLeadingZeros(a.bits & 0xFF) - 24;
        }

        @Specialization
        long leadingZeros(UInt16 a) {
            return Integer.numberOfLeadingZeros(a.bits & 0xFFFF) - 16;
        }

        @Specialization
        long leadingZeros(UInt32 a) {
            return Integer.numberOfLeadingZeros(a.bits);
        }

        @Specialization
        long leadingZeros(UInt64 a) {
            return Long.numberOfLeadingZeros(a.bits);
        }

        @Specialization
        long leadingZeros(Int128 a) {
            return a.hi != 0 ? Long.numberOfLeadingZeros(a.hi) : 64 + Long.numberOfLeadingZeros(a.lo);
        }

        @Specialization
        long leadingZeros(UInt128 a) {
            return a.hi != 0 ? Long.numberOfLeadingZeros(a.hi) : 64 + Long.numberOfLeadingZeros(a.lo);
        }
    }

    /** {@code trailing_zeros}. */
    public abstract static class TrailingZeros extends Builtin1 {
        @Specialization
        long trailingZeros(byte a) {
            return Integer.numberOfTrailingZeros(a | 0x100);
        }

        @Specialization
        long trailingZeros(short a) {
            return Integer.numberOfTrailingZeros(a | 0x10000);
        }

        @Specialization
        long trailingZeros(int a) {
            return Integer.numberOfTrailingZeros(a);
        }

        @Specialization
        long trailingZeros(long a) {
            return Long.numberOfTrailingZeros(a);
        }

        @Specialization
        long trailingZeros(UInt8 a) {
            return Integer.numberOfTrailingZeros(a.bits | 0x100);
        }

        @Specialization
        long trailingZeros(UInt16 a) {
            return Integer.numberOfTrailingZeros(a.bits | 0x10000);
        }

        @Specialization
        long trailingZeros(UInt32 a) {
            return Integer.numberOfTrailingZeros(a.bits);
        }

        @Specialization
        long trailingZeros(UInt64 a) {
            return Long.numberOfTrailingZeros(a.bits);
        }

        @Specialization
        long trailingZeros(Int128 a) {
            return a.lo != 0 ? Long.numberOfTrailingZeros(a.lo) : 64 + Long.numberOfTrailingZeros(a.hi);
        }

        @Specialization
        long trailingZeros(UInt128 a) {
            return a.lo != 0 ? Long.numberOfTrailingZeros(a.lo) : 64 + Long.numberOfTrailingZeros(a.hi);
        }
    }

    /** {@code bitreverse}. */
    public abstract static class BitReverse extends Builtin1 {
        @Specialization
        byte bitreverse(byte a) {
            return (byte) (Integer.reverse(a) >>> 24);
        }

        @Specialization
        short bitreverse(short a) {
            return (short) (Integer.reverse(a) >>> 16);
        }

        @Specialization
        int bitreverse(int a) {
            return Integer.reverse(a);
        }

        @Specialization
        long bitreverse(long a) {
            return Long.reverse(a);
        }

        @Specialization
        UInt8 bitreverse(UInt8 a) {
            return new UInt8((byte) (Integer.reverse(a.bits) >>> 24));
        }

        @Specialization
        UInt16 bitreverse(UInt16 a) {
            return new UInt16((short) (Integer.reverse(a.bits) >>> 16));
        }

        @Specialization
        UInt32 bitreverse(UInt32 a) {
            return new UInt32(Integer.reverse(a.bits));
        }

        @Specialization
        UInt64 bitreverse(UInt64 a) {
            return new UInt64(Long.reverse(a.bits));
        }

        @Specialization
        Int128 bitreverse(Int128 a) {
            return new Int128(Long.reverse(a.lo), Long.reverse(a.hi));
        }

        @Specialization
        UInt128 bitreverse(UInt128 a) {
            return new UInt128(Long.reverse(a.lo), Long.reverse(a.hi));
        }
    }

    /** {@code bswap}: reverses the byte order. */
    public abstract static class Bswap extends Builtin1 {
        @Specialization
        byte bswap(byte a) {
            return a;
        }

        @Specialization
        short bswap(short a) {
            return Short.reverseBytes(a);
        }

        @Specialization
        int bswap(int a) {
            return Integer.reverseBytes(a);
        }

        @Specialization
        long bswap(long a) {
            return Long.reverseBytes(a);
        }

        @Specialization
        UInt8 bswap(UInt8 a) {
            return a;
        }

        @Specialization
        UInt16 bswap(UInt16 a) {
            return new UInt16(Short.reverseBytes(a.bits));
        }

        @Specialization
        UInt32 bswap(UInt32 a) {
            return new UInt32(Integer.reverseBytes(a.bits));
        }

        @Specialization
        UInt64 bswap(UInt64 a) {
            return new UInt64(Long.reverseBytes(a.bits));
        }

        @Specialization
        Int128 bswap(Int128 a) {
            return new Int128(Long.reverseBytes(a.lo), Long.reverseBytes(a.hi));
        }

        @Specialization
        UInt128 bswap(UInt128 a) {
            return new UInt128(Long.reverseBytes(a.lo), Long.reverseBytes(a.hi));
        }
    }

    /** Unary {@code -}: wrapping for integers, sign flip for floats. */
    public abstract static class Neg extends Builtin1 {
        @Specialization
        byte neg(byte a) {
            return (byte) -a;
        }

        @Specialization
        short neg(short a) {
            return (short) -a;
        }

        @Specialization
        int neg(int a) {
            return -a;
        }

        @Specialization
        long neg(long a) {
            return -a;
        }

        @Specialization
        UInt8 neg(UInt8 a) {
            return new UInt8((byte) -a.bits);
        }

        @Specialization
        UInt16 neg(UInt16 a) {
            return new UInt16((short) -a.bits);
        }

        @Specialization
        UInt32 neg(UInt32 a) {
            return new UInt32(-a.bits);
        }

        @Specialization
        UInt64 neg(UInt64 a) {
            return new UInt64(-a.bits);
        }

        @Specialization
        Int128 neg(Int128 a) {
            return new Int128(-a.hi - (a.lo != 0 ? 1 : 0), -a.lo);
        }

        @Specialization
        UInt128 neg(UInt128 a) {
            return new UInt128(-a.hi - (a.lo != 0 ? 1 : 0), -a.lo);
        }

        @Specialization
        Float16 neg(Float16 a) {
            return new Float16((short) (a.bits ^ 0x8000));
        }

        @Specialization
        float neg(float a) {
            return -a;
        }

        @Specialization
        double neg(double a) {
            return -a;
        }
    }

    /** {@code /}: float division (Int64 / Int64 gives Float64). */
    public abstract static class Div extends Builtin2 {
        @Specialization
        double div(long a, long b) {
            return (double) a / (double) b;
        }

        @Specialization
        Float16 div(Float16 a, Float16 b) {
            return Float16.fromFloat(a.floatValue() / b.floatValue());
        }

        @Specialization
        float div(float a, float b) {
            return a / b;
        }

        @Specialization
        double div(double a, double b) {
            return a / b;
        }
    }

}
