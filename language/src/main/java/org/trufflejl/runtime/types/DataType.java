package org.trufflejl.runtime.types;

import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.MethodTable;
import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A named type: abstract ({@code Number}), primitive ({@code Int64}), a struct, or an instance
 * of a parametric type ({@code Vector{Int64}}: family {@code Array}, parameters
 * {@code [Int64, 1]}). Instances are interned by their {@link TypeFamily}, so identity is
 * type equality.
 */
public final class DataType extends JlType {
    public final Symbol name;
    /** For {@code typeof(f)} of a generic function {@code f}: its name and module (null for other types). */
    public Symbol functionName;
    /** Weak: types outlive contexts in shared caches, and must not keep a closed context's modules. */
    public java.lang.ref.WeakReference<org.trufflejl.runtime.JlModule> functionModule;
    /**
     * For the type of a closure or anonymous function: the name Julia's lowering gives it
     * ({@code #1#2}, {@code #inner#3}), set once when the statement defining it is lowered; it
     * prints as {@code var"#1#2"} instead of {@code typeof(f)}. Null for other types.
     */
    public Symbol closureName;
    public final TypeFamily family;
    @CompilationFinal public DataType supertype;
    public final boolean isAbstract;
    public final boolean isMutable;
    /** Type parameters: types, type variables, or plain values such as an Array's dimension count; null for the bare Tuple. */
    @CompilationFinal(dimensions = 1) public final Object[] parameters;
    @CompilationFinal(dimensions = 1) public Symbol[] fieldNames = new Symbol[0];
    @CompilationFinal(dimensions = 1) public JlType[] fieldTypes = new JlType[0];
    /** Unboxed field kinds when instances are JlStructObject.Inline, empty when boxed; null until first needed. */
    @CompilationFinal(dimensions = 1) public byte[] inlineLayout;
    /** Calling the type ({@code Point(1, 2)}, {@code Int8(3)}) dispatches on this function's methods. */

    private final boolean contextLocal;

    @Override
    public boolean isContextLocal() {
        return contextLocal;
    }

    DataType(TypeFamily family, Object[] parameters, DataType supertype, boolean isAbstract) {
        boolean local = family.isContextOwned();
        if (parameters != null) {
            for (Object p : parameters) {
                local |= JlType.isContextLocal(p);
            }
        }
        this.contextLocal = local;
        this.family = family;
        this.name = family.name;
        this.parameters = parameters;
        this.supertype = supertype;
        this.isAbstract = isAbstract;
        this.isMutable = family.isMutable;
    }

    /** A type without parameters. */
    public static DataType plain(String name, DataType supertype, boolean isAbstract) {
        return newType(Symbol.of(name), null, supertype, isAbstract, false);
    }

    public static DataType newType(Symbol name, String modulePrefix, DataType supertype, boolean isAbstract, boolean isMutable) {
        TypeFamily f = new TypeFamily(name, modulePrefix, new TypeVar[0], supertype, isAbstract, isMutable, false);
        f.primary.supertype = supertype;
        return f.primary;
    }

    /** The function behind calls of this type in the current context, created on first use. */
    public JlFunction constructor() {
        return family.constructorOf(this);
    }

    public boolean hasConstructor() {
        return family.hasConstructor(this);
    }

    public boolean isTupleType() {
        return family.isTuple;
    }

    @Override
    public boolean isConcrete() {
        if (isAbstract || parameters == null) {
            return false;
        }
        for (Object p : parameters) {
            if (p instanceof TypeVar || (family.isTuple && p instanceof JlType t && !t.isConcrete())) {
                return false;
            }
        }
        return true;
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
        org.trufflejl.runtime.JlModule module = functionModule != null ? functionModule.get() : null;
        if (closureName != null) {
            // as Julia's show_typename: the module path unless the name is visible from Main
            String shown = "var\"" + closureName.name + "\"";   // (never an identifier: it has a '#')
            shown = module == null || module.path().equals("Main") ? shown : module.path() + "." + shown;
            if (parameters != null && parameters.length > 0) {
                // a closure's captured types, var"#1#2"{Int64}
                StringBuilder sb = new StringBuilder(shown).append('{');
                for (int i = 0; i < parameters.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(showParameter(parameters[i]));
                }
                shown = sb.append('}').toString();
            }
            return shown;
        }
        if (functionName != null && module != null) {
            return "typeof(" + module.functionDisplayName(functionName) + ")";
        }
        if (parameters == null || parameters.length == 0 && !family.isTuple) {
            return family.qualifiedName();
        }
        String special = Types.showSpecial(this);
        if (special != null) {
            return special;
        }
        StringBuilder sb = new StringBuilder(family.qualifiedName()).append('{');
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(showParameter(parameters[i]));
        }
        return sb.append('}').toString();
    }

    static String showParameter(Object p) {
        if (p instanceof Symbol s) {
            return org.trufflejl.runtime.Printing.showSymbol(s);
        } else if (p instanceof JlTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.elements.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(showParameter(t.elements[i]));
            }
            return sb.append(t.elements.length == 1 ? ",)" : ")").toString();
        } else if (p instanceof JlType t) {
            return t.show();   // (a type variable by its name: the where clause shows its bounds)
        }
        String leaf = org.trufflejl.runtime.Printing.showLeaf(p);   // Val{'c'}, Val{0x01}
        return leaf != null ? leaf : String.valueOf(p);
    }
}
