package org.trufflejl.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** The Java primitives node specialisations unbox: Int64, Float64 and Bool. */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class JlTypes {
}
