package org.trufflejl.lowering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trufflejl.runtime.Symbol;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/** The data of scope resolution: functions (lambdas), scopes and their local variables. */
final class Scopes {
    private Scopes() {
    }

    enum Kind {
        /** Module top level: assignments make globals. */
        GLOBAL,
        /** Function bodies, let, comprehensions: assignments make new locals. */
        HARD,
        /** for, while, try: like HARD inside a function; at top level they follow Julia's soft-scope rule. */
        SOFT
    }

    /**
     * A block with {@code @label}s: each label's statement index. The object itself names the
     * block to its gotos (compared by identity).
     */
    static final class LabeledBlock {
        final Map<String, Integer> labels;

        LabeledBlock(Map<String, Integer> labels) {
            this.labels = labels;
        }
    }

    /** One function body (or top-level statement): owns a frame. */
    static final class Lambda {
        final Lambda parent;
        /** Made when a slot is first added or the frame built: a definition whose body is lowered later needs none. */
        private FrameDescriptor.Builder frame;
        /**
         * Variables of enclosing lambdas this one uses, in capture order. The methods of one local
         * function (`h(x::Int) = ...; h(x) = ...` in one scope) share these and {@link #closureTable}:
         * one closure object carries the captures of all of them.
         */
        final List<Var> freeVars;
        final Map<Var, Integer> freeIndex;
        /** The method table of the local function this lambda is a method of (set when lowered). */
        final org.trufflejl.runtime.MethodTable[] closureTable;
        /** The blocks holding {@code @label}s around the code being lowered, innermost last. */
        final List<LabeledBlock> labeledBlocks = new ArrayList<>();
        /** The {@code @label} and {@code @goto} names in this body (not in functions inside it). */
        final Set<String> labelsDefined = new HashSet<>();
        final Set<String> labelsJumpedTo = new HashSet<>();

        Lambda(Lambda parent) {
            this.parent = parent;
            this.freeVars = new ArrayList<>();
            this.freeIndex = new IdentityHashMap<>();
            this.closureTable = new org.trufflejl.runtime.MethodTable[1];
        }

        /** Another method of the local function {@code sibling} is a method of. */
        Lambda(Lambda parent, Lambda sibling) {
            this.parent = parent;
            this.freeVars = sibling.freeVars;
            this.freeIndex = sibling.freeIndex;
            this.closureTable = sibling.closureTable;
        }

        private FrameDescriptor.Builder frame() {
            if (frame == null) {
                frame = FrameDescriptor.newBuilder();
            }
            return frame;
        }

        /** The frame of this body, with the slots added so far. */
        FrameDescriptor buildFrame() {
            return frame().build();
        }

        int newSlot(String name) {
            return frame().addSlot(FrameSlotKind.Illegal, name, new org.trufflejl.nodes.SlotMeaning());
        }

        /**
         * A slot for a loop-carried variable, followed by slots that can hold the fields of an
         * immutable struct stored in it ({@link org.trufflejl.nodes.SlotMeaning#hasShadow}).
         */
        int newLoopCarriedSlot(String name) {
            int shadow = frame().addSlots(org.trufflejl.nodes.SlotMeaning.SHADOW_SLOTS, FrameSlotKind.Illegal);
            return frame().addSlot(FrameSlotKind.Illegal, name, new org.trufflejl.nodes.SlotMeaning(shadow));
        }

        /**
         * Puts the captures in the order of Julia's closure fields: the variables of the
         * enclosing function first, each function's in the order it declares them (parameters
         * first), then those of the functions around it.
         */
        void sortCaptures() {
            if (freeVars.size() < 2) {
                return;
            }
            freeVars.sort((a, b) -> {
                int da = depth(a);
                int db = depth(b);
                return da != db ? Integer.compare(da, db) : Long.compare(a.seq, b.seq);
            });
            freeIndex.clear();
            for (int i = 0; i < freeVars.size(); i++) {
                freeIndex.put(freeVars.get(i), i);
            }
        }

        private int depth(Var v) {
            int d = 0;
            for (Lambda l = parent; l != null && l != v.scope.lambda; l = l.parent) {
                d++;
            }
            return d;
        }

        int captureIndex(Var v) {
            Integer i = freeIndex.get(v);
            if (i == null) {
                i = freeVars.size();
                freeVars.add(v);
                freeIndex.put(v, i);
            }
            return i;
        }
    }

    static final class Scope {
        final Scope parent;
        final Lambda lambda;
        final Kind kind;
        final Map<Symbol, Var> vars = new LinkedHashMap<>();
        final Set<Symbol> declaredGlobal = new HashSet<>();
        final Set<Symbol> declaredLocal = new java.util.LinkedHashSet<>();
        /** The local functions defined here, by name: the lambda of their first method. */
        final Map<Symbol, Lambda> localFunctions = new HashMap<>();
        /** Names bound on entry: parameters, loop variables, let and catch variables. */
        final Set<Symbol> boundAtEntry = new java.util.LinkedHashSet<>();
        final Set<Symbol> assigned = new java.util.LinkedHashSet<>();
        /** The line of each name's first assignment here (where a soft-scope warning points). */
        final Map<Symbol, Integer> assignedLine = new HashMap<>();
        /** Source line for warnings. */
        int line;
        /** The body of a while or for loop: it runs again with the variables outside it. */
        boolean loopBody;

        Scope(Scope parent, Lambda lambda, Kind kind) {
            this.parent = parent;
            this.lambda = lambda;
            this.kind = kind;
        }

        /**
         * Whether a function named {@code name} defined here may be a local variable holding a
         * closure: outside top level, unless declared {@code global}. The definition assigns the
         * name, and the scope rules of assignments decide (in a function or {@code let} it is
         * local; in a top-level loop, local unless a global of that name exists, as Julia's
         * soft scope has it); {@link #lookup} says what it became.
         */
        boolean mayDefineLocalFunction(Symbol name) {
            if (kind == Kind.GLOBAL) {
                return false;
            }
            for (Scope s = this; s != null && s.kind != Kind.GLOBAL; s = s.parent) {
                if (s.declaredGlobal.contains(name)) {
                    return false;
                }
                if (s.kind == Kind.HARD && s.lambda.parent != null) {
                    break; // (a function's body: no global declaration outside it applies)
                }
            }
            return true;
        }

        boolean insideFunction() {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.kind == Kind.HARD && s.lambda.parent != null) {
                    return true;
                }
            }
            return false;
        }

        /** The innermost local of this name visible from here, or null (a global). */
        Var lookup(Symbol name) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.declaredGlobal.contains(name)) {
                    return null;
                }
                Var v = s.vars.get(name);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    static final class Var {
        final Symbol name;
        final Scope scope;
        final boolean boundAtEntry;
        int slot = -1;
        /** Used by a lambda other than its own. */
        boolean captured;
        /** Assigned somewhere other than its entry binding. */
        boolean reassigned;
        /** Assigned inside a loop that its scope encloses: its value goes around the loop. */
        boolean loopCarried;
        /** The type expression of {@code x::T} declaring it, or null: every assignment converts to T. */
        Object declaredType;

        private static final java.util.concurrent.atomic.AtomicLong SEQ = new java.util.concurrent.atomic.AtomicLong();
        /** Made in this order: a scope's before those of the scopes inside it, parameters first, then by first appearance. */
        final long seq = SEQ.getAndIncrement();

        Var(Symbol name, Scope scope, boolean boundAtEntry) {
            this.name = name;
            this.scope = scope;
            this.boundAtEntry = boundAtEntry;
            this.reassigned = !boundAtEntry;
        }

        /** Captured variables that can change after capture live in a cell shared with closures. */
        boolean needsCell() {
            return captured && reassigned;
        }

        /** Assignments to it (not counting its entry binding); the first one's place. */
        int writes;
        Analyzer.Frame writeAt;
        /**
         * Whether its first assignment is a statement of its own function that comes, in the
         * same block, before every capture of it, with no use of it before it.
         */
        boolean writeDominates = true;

        /** Whether a reference at {@code at} is inside a later statement of the block of the first assignment. */
        boolean dominates(Analyzer.Frame at) {
            if (writeAt == null) {
                return false;
            }
            for (Analyzer.Frame f = at; f != null; f = f.parent()) {
                if (f.block() == writeAt.block()) {
                    return f.index() > writeAt.index();
                }
            }
            return false;
        }

        /**
         * Whether Julia 1.10's lowering keeps this captured variable in a Core.Box (is-var-boxed?):
         * it is assigned and captured, unless lambda-optimize-vars! finds it assigned once, in its
         * own function, before it is used or captured in the same straight-line run of
         * statements (an approximation: a capture in a later statement of the block of the
         * assignment counts as dominated, as a single assignment in a loop body does; one in a
         * loop around a variable declared outside it does not). Such a closure field is typed
         * Core.Box, not by a type parameter.
         */
        boolean boxedInJulia() {
            if (boundAtEntry) {
                return writes > 0;
            }
            return writes != 1 || !writeDominates || loopCarried;
        }
    }
}
