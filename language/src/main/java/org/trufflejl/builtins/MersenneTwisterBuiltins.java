package org.trufflejl.builtins;

import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.MersenneTwisterState;
import org.trufflejl.runtime.num.UInt128;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.dsl.Specialization;

/**
 * The Java half of {@code MersenneTwister} (runtime/MersenneTwisterState); the Julia half, with
 * the conversions of raw draws into each type, is Base's random.jl. The scalar draws are nodes
 * compiled into their callers; the rest are calls.
 */
final class MersenneTwisterBuiltins {
    private MersenneTwisterBuiltins() {
    }

    static void install(Builtins b, JlContext context) {
        JlType S = MersenneTwisterState.TYPE;
        JlType I = Types.Int64;
        JlContext.defineConst(context.base, "DSFMT_state", S);
        b.slow("_dsfmt_seeded", (a, n) -> {
            JlArray key = (JlArray) a[0];
            return MersenneTwisterState.seeded(java.util.Arrays.copyOf((int[]) key.store, key.length));
        }, Types.ArrayFamily.instantiate(Types.UInt32T, 1L));
        b.slow("_dsfmt_copy", (a, n) -> ((MersenneTwisterState) a[0]).copy(), S);
        b.slow("_dsfmt_same", (a, n) -> ((MersenneTwisterState) a[0]).sameAs((MersenneTwisterState) a[1]), S, S);
        b.slow("_dsfmt_counters", (a, n) -> {
            long[] c = ((MersenneTwisterState) a[0]).counters();
            return new JlTuple(c[0], c[1], c[2], c[3], c[4]);
        }, S);
        b.def("_dsfmt_float12", MersenneTwisterBuiltinsFactory.Float12NodeGen::create, Builtins.sig(S));
        b.def("_dsfmt_raw52", MersenneTwisterBuiltinsFactory.Raw52NodeGen::create, Builtins.sig(S));
        b.def("_dsfmt_u64", MersenneTwisterBuiltinsFactory.PopU64NodeGen::create, Builtins.sig(S));
        b.def("_dsfmt_reserve", MersenneTwisterBuiltinsFactory.ReserveNodeGen::create, Builtins.sig(S, I));
        b.slow("_dsfmt_u128", (a, n) -> {
            long[] w = ((MersenneTwisterState) a[0]).popU128();
            return new UInt128(w[0], w[1]);
        }, S);
        b.slow("_dsfmt_fill!", (a, n) -> {
            ((MersenneTwisterState) a[0]).fill((JlArray) a[1]);
            return a[1];
        }, S, Types.ArrayFamily.any);
        b.slow("_dsfmt_advance!", (a, n) -> ((MersenneTwisterState) a[0]).advance((Long) a[1], (Long) a[2], (int) (long) (Long) a[3], (Long) a[4], (int) (long) (Long) a[5]),
                        S, I, I, I, I, I);
    }

    /** The next cached double in [1, 2). */
    public abstract static class Float12 extends BuiltinNode.Builtin1 {
        @Specialization
        double draw(MersenneTwisterState s) {
            return s.float12();
        }
    }

    /** The bits of the next cached double (Julia's {@code UInt52Raw}: exponent bits included). */
    public abstract static class Raw52 extends BuiltinNode.Builtin1 {
        @Specialization
        UInt64 draw(MersenneTwisterState s) {
            return new UInt64(Double.doubleToRawLongBits(s.float12()));
        }
    }

    public abstract static class PopU64 extends BuiltinNode.Builtin1 {
        @Specialization
        UInt64 draw(MersenneTwisterState s) {
            return new UInt64(s.popU64());
        }
    }

    public abstract static class Reserve extends BuiltinNode.Builtin2 {
        @Specialization
        JlNothing reserve(MersenneTwisterState s, long count) {
            s.reserve((int) count);
            return JlNothing.INSTANCE;
        }
    }
}
