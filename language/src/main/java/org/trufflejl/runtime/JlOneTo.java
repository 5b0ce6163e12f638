package org.trufflejl.runtime;

/**
 * {@code Base.OneTo{Int64}}: {@code 1:n}, the axes of arrays ({@code axes}, {@code eachindex}).
 * A {@link JlUnitRange} to the Java code (loops, indexing and lengths treat it as {@code 1:n});
 * its own type to Julia code, as in Julia, where it prints as {@code Base.OneTo(n)}.
 */
public final class JlOneTo extends JlUnitRange {
    public JlOneTo(long n) {
        super(1, n);
    }
}
