package org.trufflejl.nodes;

import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Every executable node: in Julia everything is an expression. Nodes that start a statement
 * carry their source position, so stack traces and tools see file:line.
 */
@TypeSystemReference(JlTypes.class)
@NodeInfo(language = "jl")
@GenerateWrapper
public abstract class JlNode extends Node implements InstrumentableNode {
    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;
    private boolean isStatement;

    public abstract Object execute(VirtualFrame frame);

    /**
     * Runs this for its effects only (a statement whose value is dropped). Conditionals and blocks
     * pass this on, so that no value is merged: `if c; k += 1; end` in a loop merged the boxed new
     * `k` with `nothing`, and escape analysis allocated the box at that merge (12 bytes an
     * iteration) although nothing used the merged value.
     */
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }

    /**
     * This expression's value is what its method returns (a {@code return}'s value, or the body's
     * last expression): expressions that can hand their value over differently then may
     * ({@link TupleReturn}); blocks and conditionals pass the mark to their tails.
     */
    void markReturnedValue() {
    }

    /**
     * What this expression evaluates to, in {@link Inference}'s abstract interpretation: a type or
     * a {@link Inference.Const}, after modelling every child it runs (their writes to local
     * variables included). A node class without a model makes the method's result unknown.
     */
    public Object infer(Inference in) {
        if (this instanceof com.oracle.truffle.api.instrumentation.InstrumentableNode.WrapperNode w && w.getDelegateNode() instanceof JlNode d) {
            return d.infer(in);
        }
        throw Inference.giveUp(this);
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Double d) {
            return d;
        }
        throw new UnexpectedResultException(v);
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new UnexpectedResultException(v);
    }

    /** A condition of if/while/&&/||: must be a Bool, as in Julia. */
    public final boolean executeCondition(VirtualFrame frame) {
        try {
            return executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError("if", "", Types.Bool, e.getResult(), this);
        }
    }

    public final void setSourceSection(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final void markStatement() {
        isStatement = true;
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        Source source = getRootNode() instanceof JlRootNode r ? r.getSource() : null;
        if (source == null || sourceCharIndex + sourceLength > source.getLength()) {
            return null;
        }
        return source.createSection(sourceCharIndex, sourceLength);
    }

    @Override
    public boolean isInstrumentable() {
        return sourceCharIndex != NO_SOURCE;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return isStatement && tag == StandardTags.StatementTag.class;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new JlNodeWrapper(this, probe);
    }
}
