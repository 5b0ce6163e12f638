package org.trufflejl.lowering;

import java.util.ArrayList;
import java.util.List;

import org.trufflejl.parser.Expr;

/** {@code (generator body (= x iter)... )} or {@code (generator body (filter cond specs...))}. */
final class GeneratorParts {
    final Object body;
    final List<Expr> specs = new ArrayList<>();
    /** The {@code filter} node (its first argument is the condition), or null. */
    final Expr filter;

    private GeneratorParts(Object body, Expr filter) {
        this.body = body;
        this.filter = filter;
    }

    static GeneratorParts of(Expr g) {
        Object second = g.arg(1);
        if (second instanceof Expr f && f.is("filter")) {
            GeneratorParts p = new GeneratorParts(g.arg(0), f);
            for (int i = 1; i < f.nargs(); i++) {
                p.specs.add((Expr) f.arg(i));
            }
            return p;
        }
        GeneratorParts p = new GeneratorParts(g.arg(0), null);
        for (int i = 1; i < g.nargs(); i++) {
            p.specs.add((Expr) g.arg(i));
        }
        return p;
    }
}
