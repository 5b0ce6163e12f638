package org.trufflejl.nodes;

import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Module-level variables. A read resolves its binding once and then keeps it. */
public final class GlobalNodes {
    private GlobalNodes() {
    }

    public static final class ReadGlobalNode extends JlNode {
        private final JlModule module;
        private final Symbol name;
        @CompilationFinal private Binding binding;
        /** For a const binding: its value, valid while {@link #constStable} holds. */
        @CompilationFinal private Object constValue;
        @CompilationFinal private Assumption constStable;

        public ReadGlobalNode(JlModule module, Symbol name) {
            this.module = module;
            this.name = name;
        }

        public Symbol name() {
            return name;
        }

        /** A constant's value; a variable's type is not known (Julia's inference too gives Any for a non-constant global). */
        @Override
        public Object infer(Inference in) {
            Binding b = module.lookup(name);
            return b != null && b.isConst && b.value != null ? Inference.constant(b.value) : Inference.ANY;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Assumption stable = constStable;
            if (stable != null && stable.isValid()) {
                return constValue;
            }
            Binding b = binding;
            if (b == null || stable != null || b.isConst) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                return resolve();
            }
            Object v = b.value;
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.undefVar(name, this);
            }
            return v;
        }

        private Object resolve() {
            Binding b = binding;
            if (b == null) {
                b = module.resolve(name);
                if (b == null) {
                    throw Errors.undefVar(name, this);
                }
                binding = b;
            }
            Object v = b.value;
            if (v == null) {
                throw Errors.undefVar(name, this);
            }
            if (b.isConst) {
                constValue = v;
                constStable = b.constValueStable;
            } else {
                constStable = null;
            }
            return v;
        }
    }

    public static final class WriteGlobalNode extends JlNode {
        private final JlModule module;
        private final Symbol name;
        private final boolean isConst;
        @Child private JlNode value;
        @CompilationFinal private Binding binding;

        public WriteGlobalNode(JlModule module, Symbol name, boolean isConst, JlNode value) {
            this.module = module;
            this.name = name;
            this.isConst = isConst;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            Binding b = binding;
            if (b == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                b = bindingToAssign();
                binding = b;
            }
            JlType t = b.declaredType;
            if (t != null && t != Types.Any) {
                v = converter().execute(t, v);
            }
            if ((isConst || b.isConst) && !constantAssignment(b, v, this)) {
                return v;
            }
            b.assign(v);
            return v;
        }

        @Child private ConvertNode convert;

        private ConvertNode converter() {
            if (convert == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                convert = insert(ConvertNode.create("typeassert"));
            }
            return convert;
        }

        /**
         * This module's own binding of the name. As in Julia, a name this module imported, or has
         * already read from a module it uses, cannot be assigned here.
         */
        @TruffleBoundary
        private Binding bindingToAssign() {
            return assignableBinding(module, name, this);
        }
    }

    /**
     * Julia's rules for constants: declaring one that already has a value is an error; giving
     * one a new value of another type (or a new type or module) is an error; a new value of
     * the same type is a warning. False when the value is the one it has (nothing to do).
     */
    @TruffleBoundary
    static boolean constantAssignment(Binding b, Object v, com.oracle.truffle.api.nodes.Node location) {
        Object old = b.value;
        String qualified = b.owner.name.name + "." + b.name.name;
        if (!b.isConst) {
            // `const x = v`: x becomes constant
            if (old != null) {
                throw Errors.error("cannot declare " + qualified + " constant; it already has a value", location);
            }
            b.isConst = true;
            return true;
        }
        if (old == null) {
            return true;
        }
        if (org.trufflejl.builtins.Egality.egal(old, v)) {
            return false;
        }
        if (Types.typeOf(v) != Types.typeOf(old) || v instanceof JlType || v instanceof JlModule) {
            throw Errors.invalidConstantRedefinition(b.owner, b.name, location);
        }
        org.trufflejl.runtime.JlIO err = org.trufflejl.runtime.JlContext.get(location).stderr;
        err.write("WARNING: redefinition of constant " + qualified + ". This may fail, cause incorrect answers, or produce other errors.\n");
        err.flush();
        return true;
    }

    /**
     * {@code module}'s own binding of {@code name}. As in Julia, a name the module imported, or has
     * already read from a module it uses, cannot be assigned there.
     */
    @TruffleBoundary
    static Binding assignableBinding(JlModule module, Symbol name, com.oracle.truffle.api.nodes.Node node) {
        Binding existing = module.existingOwnBinding(name);
        Binding imported = existing != null ? existing : module.usesImported(name) ? module.lookup(name) : null;
        if (imported != null && imported.owner != module) {
            throw Errors.error("cannot assign a value to imported variable " + imported.owner.name.name + "." + name.name +
                            " from module " + module.name.name, node);
        }
        return module.ownBinding(name);
    }

    /**
     * {@code x::T} for a global at top level (Julia's {@code set_binding_type!}): from then on every
     * assignment to x converts to T. A global that already has a value, or another type, keeps it.
     */
    public static final class DeclareGlobalTypeNode extends JlNode {
        private final JlModule module;
        private final Symbol name;
        @Child private JlNode type;

        public DeclareGlobalTypeNode(JlModule module, Symbol name, JlNode type) {
            this.module = module;
            this.name = name;
            this.type = type;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object t = type.execute(frame);
            declare(t);
            return JlNothing.INSTANCE;
        }

        @TruffleBoundary
        private void declare(Object t) {
            if (!(t instanceof JlType jt)) {
                throw Errors.typeError("set_binding_type!", "", Types.Type, t, this);
            }
            Binding b = assignableBinding(module, name, this);
            if (!b.declareType(jt)) {
                throw Errors.error("cannot set type for global " + module.name.name + "." + name.name +
                                ". It already has a value or is already set to a different type.", this);
            }
        }
    }
}
