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
import org.trufflejl.runtime.types.Types;

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

    /** Defines {@code abstract type Name <: Super end} and binds the name. */
    public static final class AbstractTypeDefNode extends JlNode {
        private final JlModule module;
        private final Symbol name;
        @Child private JlNode supertype;

        public AbstractTypeDefNode(JlModule module, Symbol name, JlNode supertype) {
            this.module = module;
            this.name = name;
            this.supertype = supertype;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object sup = supertype == null ? Types.Any : supertype.execute(frame);
            return define(sup);
        }

        @TruffleBoundary
        private Object define(Object sup) {
            DataType t = new DataType(name, modulePrefix(module), superOf(sup, this), true, false, null, new Object[0]);
            JlContext.defineConst(module, name.name, t);
            return org.trufflejl.runtime.JlNothing.INSTANCE;
        }
    }

    static String modulePrefix(JlModule m) {
        return null; // Types print unqualified for now; module-qualified names come with the modules issue.
    }

    static DataType superOf(Object sup, Node node) {
        if (!(sup instanceof DataType d) || !d.isAbstract) {
            throw Errors.error("invalid subtyping in definition: supertype must be an abstract type", node);
        }
        return d;
    }

    /**
     * Defines {@code struct Name <: Super; fields; end}: the type, then (unless the body has inner
     * constructors) the default constructor taking every field and converting to field types.
     */
    public static final class StructDefNode extends JlNode {
        private final JlLanguage language;
        private final JlModule module;
        private final Symbol name;
        private final boolean mutable;
        private final Symbol[] fieldNames;
        @Children private final JlNode[] fieldTypes;
        @Child private JlNode supertype;
        private final boolean defaultConstructor;
        private final String file;
        private final int line;

        public StructDefNode(JlLanguage language, JlModule module, Symbol name, boolean mutable, Symbol[] fieldNames, JlNode[] fieldTypes,
                        JlNode supertype, boolean defaultConstructor, String file, int line) {
            this.language = language;
            this.module = module;
            this.name = name;
            this.mutable = mutable;
            this.fieldNames = fieldNames;
            this.fieldTypes = fieldTypes;
            this.supertype = supertype;
            this.defaultConstructor = defaultConstructor;
            this.file = file;
            this.line = line;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object sup = supertype == null ? Types.Any : supertype.execute(frame);
            Object[] types = new Object[fieldTypes.length];
            for (int i = 0; i < fieldTypes.length; i++) {
                types[i] = fieldTypes[i] == null ? Types.Any : fieldTypes[i].execute(frame);
            }
            return define(sup, types);
        }

        @TruffleBoundary
        private Object define(Object sup, Object[] types) {
            DataType t = new DataType(name, modulePrefix(module), superOf(sup, this), false, mutable, null, new Object[0]);
            t.fieldNames = fieldNames;
            t.fieldTypes = new JlType[types.length];
            for (int i = 0; i < types.length; i++) {
                if (!(types[i] instanceof JlType ft)) {
                    throw Errors.error("field type of " + fieldNames[i].name + " is not a type", this);
                }
                t.fieldTypes[i] = ft;
            }
            JlContext.defineConst(module, name.name, t);
            if (defaultConstructor) {
                addDefaultConstructor(language, t, file, line);
            }
            return org.trufflejl.runtime.JlNothing.INSTANCE;
        }
    }

    /** Adds the default constructor {@code T(fields...)} (converting each field) to {@code t}. */
    public static void addDefaultConstructor(JlLanguage language, DataType t, String file, int line) {
        JlType[] sig = new JlType[t.fieldNames.length];
        String[] argNames = new String[sig.length];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = Types.Any;
            argNames[i] = t.fieldNames[i].name;
        }
        t.constructor().table.add(new Method(sig, null, null, false, argNames, file, line, () -> new NewRootNode(language, t)));
    }

    /** The default constructor's body: {@code new(args...)}. */
    static final class NewRootNode extends JlRootNode {
        private final DataType type;

        NewRootNode(JlLanguage language, DataType type) {
            super(language, new FrameDescriptor(), type.name.name, null, null);
            this.type = type;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            return construct(type, args, DispatchNode.FIRST_POSITIONAL, this);
        }
    }

    @TruffleBoundary
    static JlStructObject construct(DataType type, Object[] values, int from, Node node) {
        int n = type.fieldNames.length;
        if (values.length - from != n) {
            throw Errors.error("new: expected " + n + " field values for " + type.show() + ", got " + (values.length - from), node);
        }
        Object[] fields = new Object[n];
        for (int i = 0; i < n; i++) {
            fields[i] = convertField(type, i, values[from + i], node);
        }
        return new JlStructObject(type, fields);
    }

    /** {@code new(args...)} inside an inner constructor. */
    public static final class NewNode extends JlNode {
        @Child private JlNode type;
        @Children private final JlNode[] values;

        public NewNode(JlNode type, JlNode[] values) {
            this.type = type;
            this.values = values;
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
            return construct(dt, vs, 0, this);
        }
    }
}
