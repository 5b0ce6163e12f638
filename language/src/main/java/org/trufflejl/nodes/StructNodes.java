package org.trufflejl.nodes;

import org.trufflejl.JlLanguage;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.TypeFamily;
import org.trufflejl.runtime.types.TypeVar;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** {@code struct}/{@code abstract type} definitions and {@code new}. */
public final class StructNodes {
    private StructNodes() {
    }

    /** Converts a value stored in field {@code i} to the declared type (Base.convert), as Julia does. */
    public static Object convertField(DataType type, int i, Object v, Node node) {
        JlType ft = type.fieldTypes[i];
        if (ft == Types.Any || Types.isa(v, ft)) {
            return v;
        }
        return convertSlow(ft, v, node);
    }

    @TruffleBoundary
    private static Object convertSlow(JlType ft, Object v, Node node) {
        Object r = JlContext.get(node).callBase("convert", ft, v);
        if (!Types.isa(r, ft)) {
            throw Errors.typeError("new", "", ft, v, node);
        }
        return r;
    }

    static DataType superOf(Object sup, Node node) {
        if (!(sup instanceof DataType d) || !d.isAbstract) {
            throw Errors.error("invalid subtyping in definition: supertype must be an abstract type", node);
        }
        return d;
    }

    /**
     * Defines {@code struct}/{@code mutable struct}/{@code abstract type}, parametric or not: makes
     * the type's variables, binds the name (so field types may refer to the type itself), then
     * evaluates the supertype and field types and adds the default constructors unless the body
     * has inner constructors: {@code T(fields...)} converting each field, and for parametric
     * structs {@code Point(x::T, y::T) where T} inferring the parameters and
     * {@code Point{Int8}(x, y)} converting to them.
     */
    public static final class TypeDefNode extends JlNode {
        private final JlLanguage language;
        private final JlModule module;
        private final Symbol name;
        private final boolean isAbstract;
        private final boolean mutable;
        private final Symbol[] fieldNames;
        private final boolean[] constFields;
        @Children private final JlNode[] typeVars;
        @Children private final JlNode[] fieldTypes;
        @Child private JlNode supertype;
        /** The size in bits of a {@code primitive type}; null for structs and abstract types. */
        @Child private JlNode primitiveBits;
        private final boolean defaultConstructors;
        private final String file;
        private final int line;

        public TypeDefNode(JlLanguage language, JlModule module, Symbol name, boolean isAbstract, boolean mutable, JlNode[] typeVars,
                        Symbol[] fieldNames, boolean[] constFields, JlNode[] fieldTypes, JlNode supertype, JlNode primitiveBits, boolean defaultConstructors,
                        String file, int line) {
            this.language = language;
            this.primitiveBits = primitiveBits;
            this.constFields = constFields;
            this.module = module;
            this.name = name;
            this.isAbstract = isAbstract;
            this.mutable = mutable;
            this.typeVars = typeVars;
            this.fieldNames = fieldNames;
            this.fieldTypes = fieldTypes;
            this.supertype = supertype;
            this.defaultConstructors = defaultConstructors;
            this.file = file;
            this.line = line;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            TypeVar[] vars = new TypeVar[typeVars.length];
            for (int i = 0; i < vars.length; i++) {
                vars[i] = (TypeVar) typeVars[i].execute(frame);
            }
            Object previous = previousDefinition();
            TypeFamily family = declare(vars);
            Object sup;
            Object[] types = new Object[fieldTypes.length];
            int bytes = 0;
            try {
                sup = supertype == null ? Types.Any : supertype.execute(frame);
                for (int i = 0; i < fieldTypes.length; i++) {
                    types[i] = fieldTypes[i] == null ? Types.Any : fieldTypes[i].execute(frame);
                }
                if (primitiveBits != null) {
                    bytes = primitiveBytes(primitiveBits.execute(frame));
                }
            } catch (RuntimeException e) {
                restore(previous);
                throw e;
            }
            if (previous != null) {
                restore(previous);
                if (sameAsPrevious(previous, vars, sup, types) && familyOf(previous).primitiveBytes == bytes) {
                    return org.trufflejl.runtime.JlNothing.INSTANCE; // as Julia: an identical redefinition changes nothing
                }
                throw Errors.invalidConstantRedefinition(module, name, this);
            }
            family.primitiveBytes = bytes;
            return define(family, sup, types);
        }

        /** As Julia's {@code jl_new_primitivetype}: a positive multiple of 8 bits. */
        @TruffleBoundary
        private int primitiveBytes(Object bits) {
            if (!(bits instanceof Long n) || n <= 0 || n % 8 != 0 || n > 8L * (1 << 23)) {
                throw Errors.error("invalid number of bits in primitive type " + name.name, this);
            }
            return (int) (n / 8);
        }

        /** What the name held before this definition (null if nothing): only a type of the same name can be defined again. */
        @TruffleBoundary
        private Object previousDefinition() {
            org.trufflejl.runtime.Binding b = module.existingOwnBinding(name);
            Object old = b == null ? null : b.value;
            if (old != null && familyOf(old) == null) {
                throw Errors.invalidConstantRedefinition(module, name, this);
            }
            return old;
        }

        @TruffleBoundary
        private void restore(Object previous) {
            if (previous != null) {
                JlContext.defineConst(module, name.name, previous);
            }
        }

        @TruffleBoundary
        private boolean sameAsPrevious(Object previous, TypeVar[] vars, Object sup, Object[] types) {
            TypeFamily old = familyOf(previous);
            JlType[] fts = new JlType[types.length];
            for (int i = 0; i < types.length; i++) {
                if (!(types[i] instanceof JlType ft)) {
                    return false;
                }
                fts[i] = ft;
            }
            return sup instanceof JlType st && old.name == name && old.sameDefinition(isAbstract, mutable, vars, st, fieldNames, fts)
                            && java.util.Arrays.equals(old.constFields, constFields);
        }

        private static TypeFamily familyOf(Object t) {
            Object body = t;
            while (body instanceof org.trufflejl.runtime.types.UnionAll u) {
                body = u.body;
            }
            return body instanceof DataType d && d.family != null && d.family.any == t ? d.family : null;
        }

        @TruffleBoundary
        private TypeFamily declare(TypeVar[] vars) {
            TypeFamily family = new TypeFamily(name, null, vars, null, isAbstract, mutable, false, true);
            family.module = module;
            JlContext.defineConst(module, name.name, family.any);
            return family;
        }

        @TruffleBoundary
        private Object define(TypeFamily family, Object sup, Object[] types) {
            JlType superType = sup instanceof DataType d && d.isAbstract ? d : null;
            if (superType == null) {
                throw Errors.error("invalid subtyping in definition of " + name.name + ": supertype must be an abstract type", this);
            }
            JlType[] fts = new JlType[types.length];
            for (int i = 0; i < types.length; i++) {
                if (!(types[i] instanceof JlType ft)) {
                    throw Errors.error("field type of " + fieldNames[i].name + " is not a type", this);
                }
                fts[i] = ft;
            }
            family.define(superType, fieldNames, fts);
            family.constFields = constFields;
            if (!isAbstract && defaultConstructors) {
                // the constructors print "@ Module file:line" with the struct's module
                if (family.vars.length == 0) {
                    Method m = defaultConstructorMethod(language, family.primary, file, line);
                    m.module = module;
                    family.primary.constructor().table.add(m);
                    // as Julia: T(x::FT...) beside the converting T(x...) when a field is typed
                    if (hasTypedField(fts)) {
                        Method typed = typedConstructorMethod(language, family.primary, fts, file, line);
                        typed.module = module;
                        family.primary.constructor().table.add(typed);
                    }
                } else {
                    family.setInstanceConstructor(t -> {
                        Method m = defaultConstructorMethod(language, t, file, line);
                        m.module = module;
                        m.genericCallee = family.any instanceof org.trufflejl.runtime.types.UnionAll u ? u : null;   // shown as Julia's one method: Pt{T}(x, y) where T<:Real
                        return m;
                    });
                    if (allVariablesInFields(family.vars, fts)) {
                        addInferringConstructor(family, fts);
                    }
                }
            }
            return org.trufflejl.runtime.JlNothing.INSTANCE;
        }

        private static boolean allVariablesInFields(TypeVar[] vars, JlType[] fts) {
            for (TypeVar v : vars) {
                boolean found = false;
                for (JlType ft : fts) {
                    found |= mentions(ft, v);
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        private static boolean mentions(Object t, TypeVar v) {
            if (t == v) {
                return true;
            } else if (t instanceof DataType d && d.parameters != null) {
                for (Object p : d.parameters) {
                    if (mentions(p, v)) {
                        return true;
                    }
                }
            } else if (t instanceof org.trufflejl.runtime.types.VarargType va) {
                // NTuple{N, T}: N is the Vararg's count
                return va.count == v || mentions(va.elementType, v);
            } else if (t instanceof org.trufflejl.runtime.types.UnionType u) {
                for (JlType m : u.types) {
                    if (mentions(m, v)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void addInferringConstructor(TypeFamily family, JlType[] fts) {
            String[] argNames = new String[fieldNames.length];
            for (int i = 0; i < argNames.length; i++) {
                argNames[i] = fieldNames[i].name;
            }
            InferringNewRootNode[] root = new InferringNewRootNode[1];
            Method m = new Method(fts, null, family.vars, null, null, argNames, file, line, () -> root[0]);
            root[0] = new InferringNewRootNode(language, family, m);
            m.module = module;
            family.wrapperConstructor().table.add(m);
        }
    }

    /**
     * {@code Point(1, 2)}: the parameters follow from the argument types. The arguments matched
     * the field types under those parameters, so they are the fields as they are.
     */
    static final class InferringNewRootNode extends JlRootNode {
        private final int fieldCount;
        @Child private InferStructTypeNode infer;

        /** The instance made from arguments of these dispatch types (their concrete types, so the parameters are bound). */
        DataType constructedType(JlType[] types) {
            return infer.infer(types);
        }

        InferringNewRootNode(JlLanguage language, TypeFamily family, Method method) {
            super(language, new FrameDescriptor(), family.name.name, null, null);
            this.fieldCount = method.sig.length;
            this.infer = InferStructTypeNodeGen.create(family, method);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            DataType t = infer.execute(args);
            if (args.length - DispatchNode.FIRST_POSITIONAL != fieldCount || t.fieldNames.length != fieldCount) {
                return construct(t, args, DispatchNode.FIRST_POSITIONAL, this);
            }
            Object[] fields = new Object[fieldCount];
            for (int i = 0; i < fieldCount; i++) {
                fields[i] = args[DispatchNode.FIRST_POSITIONAL + i];
            }
            return JlStructObject.of(t, fields);
        }

        @Override
        public boolean isCloningAllowed() {
            return true;
        }
    }

    /** Adds the default constructor {@code T(fields...)} (converting each field) to {@code t}. */
    public static void addDefaultConstructor(JlLanguage language, DataType t, String file, int line) {
        t.constructor().table.add(defaultConstructorMethod(language, t, file, line));
    }

    static Method defaultConstructorMethod(JlLanguage language, DataType t, String file, int line) {
        JlType[] sig = new JlType[t.fieldNames.length];
        String[] argNames = new String[sig.length];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = Types.Any;
            argNames[i] = t.fieldNames[i].name;
        }
        return new Method(sig, null, null, null, argNames, file, line, () -> new NewRootNode(language, t));
    }

    private static boolean hasTypedField(JlType[] fts) {
        for (JlType t : fts) {
            if (t != Types.Any) {
                return true;
            }
        }
        return false;
    }

    static Method typedConstructorMethod(JlLanguage language, DataType t, JlType[] fieldTypes, String file, int line) {
        String[] argNames = new String[fieldTypes.length];
        for (int i = 0; i < argNames.length; i++) {
            argNames[i] = t.fieldNames[i].name;
        }
        return new Method(fieldTypes.clone(), null, null, null, argNames, file, line, () -> new NewRootNode(language, t));
    }

    /** The default constructor's body: {@code new(args...)}. */
    static final class NewRootNode extends JlRootNode {
        private final DataType type;

        @Children private final ConvertNode[] converters;

        DataType constructedType() {
            return type;
        }

        NewRootNode(JlLanguage language, DataType type) {
            super(language, new FrameDescriptor(), type.name.name, null, null);
            this.type = type;
            this.converters = converters(type.fieldNames.length);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            ConvertNode[] cs = converters;
            if (args.length - DispatchNode.FIRST_POSITIONAL != cs.length) {
                return construct(type, args, DispatchNode.FIRST_POSITIONAL, this);
            }
            Object[] fields = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                fields[i] = cs[i].execute(type.fieldTypes[i], args[DispatchNode.FIRST_POSITIONAL + i]);
            }
            return JlStructObject.of(type, fields);
        }
    }

    static ConvertNode[] converters(int n) {
        ConvertNode[] cs = new ConvertNode[n];
        for (int i = 0; i < n; i++) {
            cs[i] = ConvertNode.create("new");
        }
        return cs;
    }

    @TruffleBoundary
    static JlStructObject construct(DataType type, Object[] values, int from, Node node) {
        int n = type.fieldNames.length;
        int given = values.length - from;
        if (given > n) {
            throw Errors.error("new: too many arguments (expected " + n + ")", node);
        }
        // new(a) with fewer values leaves the other fields unassigned, as Julia does
        Object[] fields = new Object[n];
        for (int i = 0; i < given; i++) {
            fields[i] = convertField(type, i, values[from + i], node);
        }
        return JlStructObject.of(type, fields);
    }

    /** {@code new(args...)} inside an inner constructor. */
    public static final class NewNode extends JlNode {
        @Child private JlNode type;
        @Children private final JlNode[] values;
        @Children private final ConvertNode[] converters;
        @CompilationFinal private DataType cachedType;

        public NewNode(JlNode type, JlNode[] values) {
            this.type = type;
            this.values = values;
            this.converters = converters(values.length);
        }

        /** {@code new(...)} of a known concrete type is an instance of it (the fields converted to theirs). */
        @Override
        public Object infer(Inference in) {
            Object t = type.infer(in);
            for (Object v : in.all(values)) {
                if (Inference.never(v)) {
                    return v;
                }
            }
            return t instanceof Inference.Const c && c.value() instanceof DataType d && d.isConcrete() ? d : Inference.ANY;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object t = type.execute(frame);
            Object[] vs = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                vs[i] = values[i].execute(frame);
            }
            if (!(t instanceof DataType dt)) {
                throw Errors.error("new: not a struct type", this);
            }
            if (dt == cachedType) {
                for (int i = 0; i < vs.length; i++) {
                    vs[i] = converters[i].execute(dt.fieldTypes[i], vs[i]);
                }
                return JlStructObject.of(dt, vs);
            }
            if (cachedType == null && dt.fieldNames.length == vs.length) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                JlStructObject.layoutOf(dt); // before compiled code reads it as a constant
                cachedType = dt;
            }
            return construct(dt, vs, 0, this);
        }
    }
}
