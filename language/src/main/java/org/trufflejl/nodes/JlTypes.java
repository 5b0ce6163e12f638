package org.trufflejl.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The Java primitives node specialisations unbox: Int64=long, Float64=double, Bool=boolean,
 * and the boxed narrower primitives Int32=int, Int16=short, Int8=byte, Float32=float. The
 * other numbers (unsigned, 128-bit, Float16) are value classes in runtime.num.
 */
@TypeSystem({long.class, double.class, boolean.class, int.class, short.class, byte.class, float.class})
public abstract class JlTypes {
}
