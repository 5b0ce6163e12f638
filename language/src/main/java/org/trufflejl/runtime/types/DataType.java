package org.trufflejl.runtime.types;

import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A named type: abstract ({@code Number}), primitive ({@code Int64}), struct, or an instance of a
 * parametric family ({@code Vector{Int64}}: family {@code Array}, parameters {@code [Int64, 1]}).
 * Identity is the type's identity: parametric instances are interned by {@link TypeFamily}.
 */
public final class DataType extends JlType {
    public final Symbol name;
    /** Module path for printing user types, null for Core/Base types. */
    public final String modulePrefix;
    @CompilationFinal public DataType supertype;
    public final boolean isAbstract;
    public final boolean isMutable;
    /** The parametric family this type belongs to, or null for a plain type. */
    public final TypeFamily family;
    /** Type parameters: types or plain values such as the dimension count of an Array. */
    @CompilationFinal(dimensions = 1) public final Object[] parameters;
    @CompilationFinal(dimensions = 1) public Symbol[] fieldNames = new Symbol[0];
    @CompilationFinal(dimensions = 1) public JlType[] fieldTypes = new JlType[0];
    /** Calling the type ({@code Point(1, 2)}, {@code Int8(3)}) dispatches on this function's methods. */
    private volatile org.trufflejl.runtime.JlFunction constructor;

    public DataType(Symbol name, String modulePrefix, DataType supertype, boolean isAbstract, boolean isMutable,
                    TypeFamily family, Object[] parameters) {
        this.name = name;
        this.modulePrefix = modulePrefix;
        this.supertype = supertype;
        this.isAbstract = isAbstract;
        this.isMutable = isMutable;
        this.family = family;
        this.parameters = parameters;
    }

    public static DataType plain(String name, DataType supertype, boolean isAbstract) {
        return new DataType(Symbol.of(name), null, supertype, isAbstract, false, null, new Object[0]);
    }

    /** The function behind calls of this type, created on first use. */
    public org.trufflejl.runtime.JlFunction constructor() {
        org.trufflejl.runtime.JlFunction c = constructor;
        if (c == null) {
            c = createConstructor();
        }
        return c;
    }

    @TruffleBoundary
    private synchronized org.trufflejl.runtime.JlFunction createConstructor() {
        if (constructor == null) {
            constructor = new org.trufflejl.runtime.JlFunction(new org.trufflejl.runtime.MethodTable(Symbol.of(show()), null));
        }
        return constructor;
    }

    @Override
    public boolean isConcrete() {
        return !isAbstract && (family == null || family.isConcreteInstance(this));
    }

    public int fieldIndex(Symbol field) {
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i] == field) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @TruffleBoundary
    public String show() {
        if (family != null) {
            return family.show(this);
        }
        return modulePrefix == null ? name.name : modulePrefix + "." + name.name;
    }
}
