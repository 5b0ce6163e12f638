package org.trufflejl.nodes;

import org.trufflejl.JlLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** A root with a name and a source: method bodies, builtins, top-level statements. */
public abstract class JlRootNode extends RootNode {
    private final String name;
    private final Source source;
    private final SourceSection section;

    protected JlRootNode(JlLanguage language, FrameDescriptor frame, String name, Source source, SourceSection section) {
        super(language, frame);
        this.name = name;
        this.source = source;
        this.section = section;
    }

    public Source getSource() {
        return source;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return name;
    }
}
