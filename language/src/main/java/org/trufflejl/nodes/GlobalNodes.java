package org.trufflejl.nodes;

import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.Symbol;

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
            if (isConst) {
                b.isConst = true;
            }
            b.assign(v);
            return v;
        }

        /**
         * This module's own binding of the name. As in Julia, a name this module imported, or has
         * already read from a module it uses, cannot be assigned here.
         */
        @TruffleBoundary
        private Binding bindingToAssign() {
            Binding existing = module.existingOwnBinding(name);
            Binding imported = existing != null ? existing : module.usesImported(name) ? module.lookup(name) : null;
            if (imported != null && imported.owner != module) {
                throw Errors.error("cannot assign a value to imported variable " + imported.owner.name.name + "." + name.name +
                                " from module " + module.name.name, this);
            }
            return module.ownBinding(name);
        }
    }
}
