import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Embedding TruffleJL in a Java program (see docs/embedding.md): define functions in TruffleJL,
 * call them from Java, pass Java values in, read TruffleJL values out with their types.
 */
public class Embed {
    public static void main(String[] args) {
        try (Context context = Context.create("jl")) {
            context.eval("jl", """
                            "Sum of squares of a vector."
                            sumsq(v) = sum(x * x for x in v)
                            scale(x::Int8, k) = x * Int8(k)
                            """);
            Value jl = context.getBindings("jl");
            Value v = context.eval("jl", "[1.5, 2.0, 3.0]");
            System.out.println("sumsq = " + jl.getMember("sumsq").execute(v).asDouble());
            Value small = jl.getMember("scale").execute((byte) 100, 2);
            System.out.println("Int8 wraps: " + small.asByte() + " (fits in a byte: " + small.fitsInByte() + ")");
            try {
                context.eval("jl", "sqrt(-1.0)");
            } catch (org.graalvm.polyglot.PolyglotException e) {
                System.out.println("guest error: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }
}
