package org.trufflejl.builtins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.trufflejl.JlLanguage;
import org.trufflejl.Toplevel;
import org.trufflejl.nodes.StructNodes;
import org.trufflejl.runtime.num.ShortFloat;
import org.trufflejl.runtime.num.UInt64;
import org.trufflejl.runtime.Binding;
import org.trufflejl.runtime.Docs;
import org.trufflejl.runtime.Errors;
import org.trufflejl.runtime.JlArray;
import org.trufflejl.runtime.JlChar;
import org.trufflejl.runtime.JlContext;
import org.trufflejl.runtime.JlException;
import org.trufflejl.runtime.JlFunction;
import org.trufflejl.runtime.Foreign;
import org.trufflejl.runtime.JlIO;
import org.trufflejl.runtime.JlModule;
import org.trufflejl.runtime.JlNothing;
import org.trufflejl.runtime.JlString;
import org.trufflejl.runtime.JlStructObject;
import org.trufflejl.runtime.JlTuple;
import org.trufflejl.runtime.JlUnitRange;
import org.trufflejl.runtime.Method;
import org.trufflejl.runtime.Printing;
import org.trufflejl.runtime.Symbol;
import org.trufflejl.runtime.num.UInt8;
import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Registers the Java-implemented methods into Base. Signatures follow Julia's: intrinsics are
 * defined per concrete type; mixed-type calls go through promotion written in Base.
 */
public final class Builtins {
    private final JlLanguage language;
    final JlModule base;

    private Builtins(JlLanguage language, JlModule base) {
        this.language = language;
        this.base = base;
    }

    public static void install(JlContext context) {
        new Builtins(context.language, context.base).installAll(context);
    }

    JlLanguage language() {
        return language;
    }

    static JlType[] sig(JlType... types) {
        return types;
    }

    void add(JlFunction f, JlType[] sig, JlType vararg, Supplier<BuiltinNode> factory) {
        addTo(language, f, sig, vararg, factory);
    }

    /**
     * A module's own {@code eval(x)} and {@code include(path)} (Julia defines both in every
     * module but baremodules): they work in that module, wherever they are called from.
     */
    public static void defineModuleEvalInclude(JlLanguage language, org.trufflejl.runtime.JlModule m) {
        JlFunction eval = JlContext.functionIn(m, Symbol.of("eval"));
        addTo(language, eval, new JlType[]{Types.Any}, null, () -> new SlowBuiltin((a, n) -> Toplevel.eval(n.context(), m, a[0]), eval));
        JlFunction include = JlContext.functionIn(m, Symbol.of("include"));
        addTo(language, include, new JlType[]{Types.AbstractString}, null, () -> new SlowBuiltin((a, n) -> {
            JlContext ctx = n.context();
            return Toplevel.include(ctx, m, a[0].toString(), ctx.currentFile());
        }, include));
    }

    private static void addTo(JlLanguage language, JlFunction f, JlType[] sig, JlType vararg, Supplier<BuiltinNode> factory) {
        String name = f.name();
        String[] argNames = new String[sig.length + (vararg != null ? 1 : 0)];
        java.util.Arrays.fill(argNames, "");
        f.table.add(new Method(sig, vararg, null, null, argNames, "builtin", 0,
                        () -> new BuiltinRootNode(language, name, factory.get())).withInlinableBody(factory));
    }

    JlFunction fn(String name) {
        return JlContext.functionIn(base, Symbol.of(name));
    }

    /** One method per signature, each with its own node instance (so each stays monomorphic). */
    void def(String name, Supplier<BuiltinNode> factory, JlType[]... sigs) {
        for (JlType[] s : sigs) {
            add(fn(name), s, null, factory);
        }
    }

    void slow(String name, SlowBuiltin.Body body, JlType... sig) {
        JlFunction f = fn(name);
        add(f, sig, null, () -> new SlowBuiltin(body, f));
    }

    /** A slow builtin that returns a value of type {@code result} (what Inference reports for a call). */
    void slowReturning(JlType result, String name, SlowBuiltin.Body body, JlType... sig) {
        JlFunction f = fn(name);
        add(f, sig, null, () -> new SlowBuiltin(body, f, result, false));
    }

    /** A slow builtin whose result {@code inference} works out from the arguments' lattice elements. */
    void slowInferring(String name, java.util.function.Function<Object[], Object> inference, SlowBuiltin.Body body, JlType... sig) {
        JlFunction f = fn(name);
        add(f, sig, null, () -> new SlowBuiltin(body, f, null, false, inference));
    }

    /** A slow builtin without effects, which Inference runs on known arguments. */
    void pure(String name, SlowBuiltin.Body body, JlType... sig) {
        JlFunction f = fn(name);
        add(f, sig, null, () -> new SlowBuiltin(body, f, null, true));
    }

    void slowVar(String name, SlowBuiltin.Body body, JlType vararg, JlType... fixed) {
        JlFunction f = fn(name);
        add(f, fixed, vararg, () -> new SlowBuiltin(body, f));
    }

    void constructor(DataType t, SlowBuiltin.Body body, JlType... sig) {
        JlFunction f = t.constructor();
        add(f, sig, null, () -> new SlowBuiltin(body, f));
    }

    /**
     * The bytes {@code print} writes for each of {@code values} from index {@code from}, joined, when all are numbers,
     * strings, chars, symbols or Bools (whose printing no method can change); else nothing. The
     * common pieces go straight to UTF-8 bytes (no Java String in between).
     */
    static Object plainString(Object[] values, int from) {
        // a plain byte array, not ByteArrayOutputStream: its methods are synchronized, a lock per byte
        byte[] out = new byte[32];
        int n = 0;
        for (int k = from; k < values.length; k++) {
            Object v = values[k];
            byte[] piece;
            if (v instanceof JlString s) {
                piece = s.bytes();
            } else if (v instanceof Long l) {
                piece = org.trufflejl.runtime.DecimalDigits.of(l);
            } else if (v instanceof JlChar c && c.codePoint >= 0 && c.codePoint < 0x80) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = (byte) c.codePoint;
                continue;
            } else if (v instanceof JlChar || v instanceof Double || v instanceof Boolean || v instanceof Symbol || v instanceof Integer
                            || v instanceof Short || v instanceof Byte || v instanceof Float || v instanceof org.trufflejl.runtime.num.UInt8
                            || v instanceof org.trufflejl.runtime.num.UInt16 || v instanceof org.trufflejl.runtime.num.UInt32
                            || v instanceof org.trufflejl.runtime.num.UInt64 || v instanceof org.trufflejl.runtime.num.Int128
                            || v instanceof org.trufflejl.runtime.num.UInt128 || v instanceof org.trufflejl.runtime.num.Float16) {
                piece = JlString.utf8(Printing.printLeaf(v));
            } else {
                return JlNothing.INSTANCE;
            }
            if (n + piece.length > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + piece.length));
            }
            System.arraycopy(piece, 0, out, n, piece.length);
            n += piece.length;
        }
        return new JlString(java.util.Arrays.copyOf(out, n));
    }

    /**
     * {@code isless(a, b)} of two Strings: their bytes compared as unsigned, then their lengths
     * (Julia's memcmp order), in compiled code (a boundary call: 9 ns, and the strings escaped;
     * most of sorting strings).
     */
    static final class StringIsLess extends BuiltinNode.Builtin2 implements org.trufflejl.nodes.Inference.Model {
        @Override
        public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
            return Types.Bool;
        }

        @Override
        public Object execute(Object a, Object b) {
            byte[] x = ((JlString) a).bytes();
            byte[] y = ((JlString) b).bytes();
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (x[i] != y[i]) {
                    return (x[i] & 0xFF) < (y[i] & 0xFF);
                }
            }
            return x.length < y.length;
        }
    }

    /**
     * {@code eltype(a)} of an array: a field read in compiled code (a boundary call was 4 ns and
     * made the array's argument list escape: {@code d[k] = v} of a Dict, through {@code valtype},
     * allocated 24 bytes).
     */
    static final class ArrayEltype extends BuiltinNode.Builtin1 implements org.trufflejl.nodes.Inference.Model {
        /** An array type's first parameter, known from the type alone. */
        @Override
        public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
            JlType e = org.trufflejl.nodes.Inference.arrayElementType(args[0]);
            return e == null ? org.trufflejl.nodes.Inference.ANY : org.trufflejl.nodes.Inference.constant(e);
        }

        @Override
        public Object execute(Object a) {
            return a instanceof JlArray arr ? arr.elementType : Types.Any;
        }
    }

    /**
     * {@code _print_leaf_string(x)} / {@code _show_leaf_string(x)}: the text of a leaf value
     * (number, string, char, symbol) or nothing; a Float64 in Julia's plain range is written in
     * compiled code ({@link ShortFloat}), the rest by {@link Printing} behind a boundary.
     */
    static final class LeafString extends BuiltinNode.Builtin1 {
        private final boolean show;

        LeafString(boolean show) {
            this.show = show;
        }

        @Override
        public Object execute(Object x) {
            if (x instanceof Double d) {
                long form = ShortFloat.form(d);
                if (form != ShortFloat.NOT_HANDLED) {
                    byte[] out = new byte[ShortFloat.length(d, form)];
                    ShortFloat.write(d, form, out, 0);
                    return new JlString(out);
                }
            }
            return general(x, show);
        }

        @TruffleBoundary
        private static Object general(Object x, boolean show) {
            String s = show ? Printing.showLeaf(x) : Printing.printLeaf(x);
            return s == null ? JlNothing.INSTANCE : JlString.of(s);
        }
    }

    /**
     * {@code _plain_string(xs...)}: {@code string(xs...)} of Strings, Ints and ASCII Chars (interpolation:
     * {@code "item $k of $n"}) made in compiled code, the lengths first and then one byte array;
     * other values go to {@link #plainString} behind a boundary (74 ns for that example, 24
     * now). (Not unrolled: the pieces come through {@code string(xs...)}'s splat, whose
     * length is not a constant while the graph is built.)
     */
    static final class PlainString extends BuiltinNode implements org.trufflejl.nodes.Inference.Model {
        /** The string, or nothing when some argument prints itself. */
        @Override
        public Object inferResult(org.trufflejl.nodes.Inference in, Object callee, Object[] args) {
            return org.trufflejl.runtime.types.UnionType.of(Types.String, Types.Nothing);
        }

        @Override
        public Object call(Object[] frameArgs) {
            int total = 0;
            for (int i = P; i < frameArgs.length; i++) {
                int k = pieceLength(frameArgs[i]);
                if (k < 0) {
                    return general(frameArgs);
                }
                total += k;
            }
            byte[] out = new byte[total];
            int at = 0;
            for (int i = P; i < frameArgs.length; i++) {
                at = writePiece(frameArgs[i], out, at);
            }
            return new JlString(out);
        }

        /** The bytes a String, an Int or an ASCII Char prints as; -1 for anything else. */
        private static int pieceLength(Object v) {
            if (v instanceof JlString s) {
                return s.bytes().length;
            } else if (v instanceof JlChar c && c.codePoint >= 0 && c.codePoint < 0x80) {
                return 1;   // println's '\n'
            } else if (v instanceof Long l) {
                return org.trufflejl.runtime.DecimalDigits.length(l);
            }
            return -1;
        }

        private static int writePiece(Object v, byte[] out, int at) {
            if (v instanceof JlString s) {
                byte[] b = s.bytes();
                System.arraycopy(b, 0, out, at, b.length);
                return at + b.length;
            } else if (v instanceof JlChar c) {
                out[at] = (byte) c.codePoint;
                return at + 1;
            }
            return org.trufflejl.runtime.DecimalDigits.write((Long) v, out, at);
        }

        @TruffleBoundary
        private static Object general(Object[] frameArgs) {
            return plainString(frameArgs, P);
        }
    }

    /** What Base's Sys module reports about this machine. */
    @TruffleBoundary
    private static Object sysInfo(String key) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return switch (key) {
            case "kernel" -> JlString.of(os.startsWith("linux") ? "Linux" : os.startsWith("mac") || os.startsWith("darwin") ? "Darwin"
                            : os.startsWith("windows") ? "NT" : os.startsWith("freebsd") ? "FreeBSD" : System.getProperty("os.name"));
            case "arch" -> JlString.of(arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : arch);
            case "cpu_threads" -> (long) Runtime.getRuntime().availableProcessors();
            // the management bean starts JMX: only when asked (Sys's constants are made at start-up)
            case "total_memory" -> new UInt64(java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean b
                            ? b.getTotalMemorySize() : 0);
            case "free_memory" -> new UInt64(java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean b
                            ? b.getFreeMemorySize() : 0);
            default -> throw new IllegalArgumentException(key);
        };
    }

    @TruffleBoundary
    private static JlTuple parseString(String text) {
        org.trufflejl.parser.Expr top;
        try {
            top = new org.trufflejl.parser.Parser(text, "none").parseToplevel();
        } catch (org.trufflejl.parser.ParseError e) {
            if (e.incomplete) {
                return new JlTuple(Symbol.of("incomplete"), JlString.of("incomplete: premature end of input"));
            }
            com.oracle.truffle.api.source.Source src = com.oracle.truffle.api.source.Source.newBuilder("jl", text, "none").build();
            return new JlTuple(Symbol.of("error"), JlString.of(org.trufflejl.runtime.JlSyntaxError.formatMessage(e, src)));
        }
        List<Object> statements = new ArrayList<>();
        int firstLine = -1;
        boolean oneLine = true;
        for (Object x : top.args()) {
            if (x instanceof org.trufflejl.parser.LineNumberNode l) {
                firstLine = firstLine < 0 ? l.line : firstLine;
                oneLine &= l.line == firstLine;
            } else {
                statements.add(x);
            }
        }
        if (statements.isEmpty()) {
            return new JlTuple(Symbol.of("none"), JlNothing.INSTANCE);
        } else if (statements.size() > 1 && oneLine) {
            // `a; b` on one line: one expression, Expr(:toplevel, a, b), as Julia's parser gives it
            return new JlTuple(Symbol.of("ok"), JlString.ofParsed(new org.trufflejl.parser.Expr("toplevel", statements.toArray())));
        } else if (statements.size() > 1) {
            return new JlTuple(Symbol.of("extra"), JlString.of(org.trufflejl.parser.ExprPrinter.toSource(statements.get(1))));
        }
        return new JlTuple(Symbol.of("ok"), JlString.ofParsed(statements.get(0)));
    }

    /**
     * Meta.parse(str, pos): (kind, value, next) for the statement at byte index {@code pos}, kind as
     * {@link #parseString}'s; next is the byte index after it (after the text on an error).
     */
    @TruffleBoundary
    private static JlTuple parseStatement(String text, long bytePos) {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int from = (int) Math.max(0, Math.min(bytePos - 1, utf8.length));
        String rest = new String(utf8, from, utf8.length - from, java.nio.charset.StandardCharsets.UTF_8);
        long atEnd = utf8.length + 1L;
        org.trufflejl.parser.Parser.Statement st;
        try {
            st = new org.trufflejl.parser.Parser(rest, "none").parseLeadingStatement();
        } catch (org.trufflejl.parser.ParseError e) {
            if (e.incomplete) {
                return new JlTuple(Symbol.of("incomplete"), JlString.of("incomplete: premature end of input"), atEnd);
            }
            com.oracle.truffle.api.source.Source src = com.oracle.truffle.api.source.Source.newBuilder("jl", rest, "none").build();
            return new JlTuple(Symbol.of("error"), JlString.of(org.trufflejl.runtime.JlSyntaxError.formatMessage(e, src)), atEnd);
        }
        long next = from + rest.substring(0, st.end()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1L;
        return st.expr() == null ? new JlTuple(Symbol.of("none"), JlNothing.INSTANCE, next)
                        : new JlTuple(Symbol.of("ok"), JlString.ofParsed(st.expr()), next);
    }

    @TruffleBoundary
    private static JlArray stringVector(java.util.List<String> texts) {
        JlString[] out = new JlString[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = JlString.of(texts.get(i));
        }
        return JlArray.vector(Types.String, out, out.length);
    }

    /** Loads Base's docstrings into this context the first time documentation is asked for. */
    private static void ensureBaseDocs(JlContext context) {
        if (!context.baseDocsLoaded) {
            synchronized (context) {
                if (!context.baseDocsLoaded) {
                    context.baseDocsLoaded = true;
                    Toplevel.loadBaseFile(context, "docstrings.jl");
                }
            }
        }
    }

    private void installAll(JlContext context) {
        JlType I = Types.Int64;
        JlType A = Types.Any;
        JlType S = Types.String;
        JlType[] ii = sig(I, I);

        def("typeof", FastBuiltinsFactory.TypeOfNodeGen::create, sig(A));
        def("_hash_bits", FastBuiltinsFactory.HashBitsNodeGen::create, sig(I, Types.UInt64T), sig(Types.UInt64T, Types.UInt64T),
                        sig(Types.Float64, Types.UInt64T), sig(Types.Char, Types.UInt64T));
        def("isa", FastBuiltinsFactory.IsaNodeGen::create, sig(A, Types.Type));
        def("typeassert", FastBuiltins.TypeAssert::new, sig(A, Types.Type));
        def("===", FastBuiltinsFactory.EgalNodeGen::create, sig(A, A));
        def("throw", FastBuiltinsFactory.ThrowNodeGen::create, sig(A));
        def("length", FastBuiltinsFactory.LengthNodeGen::create, sig(Types.ArrayFamily.any), sig(Types.TupleFamily.any),
                        sig(Types.NamedTupleFamily.any), sig(Types.UnitRangeInt64), sig(Types.StepRangeInt64), sig(Types.OneToInt64));
        def("getindex", FastBuiltinsFactory.ArrayGetNodeGen::create, sig(Types.ArrayFamily.any, I));
        def("getindex", FastBuiltinsFactory.ArrayGet2NodeGen::create, sig(Types.ArrayFamily.any, I, I));
        def("setindex!", FastBuiltins.ArraySet2::new, sig(Types.ArrayFamily.any, A, I, I));
        def("getindex", FastBuiltins.ArrayGet3::new, sig(Types.ArrayFamily.any, I, I, I));
        def("setindex!", FastBuiltins.ArraySet3::new, sig(Types.ArrayFamily.any, A, I, I, I));
        def("getindex", FastBuiltinsFactory.BitGetNodeGen::create, sig(Types.BitArrayFamily.any, I));
        def("setindex!", FastBuiltinsFactory.BitSetNodeGen::create, sig(Types.BitArrayFamily.any, Types.Bool, I));
        def("length", FastBuiltinsFactory.LengthNodeGen::create, sig(Types.BitArrayFamily.any));
        def("setindex!", FastBuiltinsFactory.ArraySetNodeGen::create, sig(Types.ArrayFamily.any, A, I));
        def("getindex", FastBuiltinsFactory.TupleGetNodeGen::create, sig(Types.TupleFamily.any, I));
        // Int64 ranges are Java objects; ranges of other integer types are structs handled in Base
        def("getindex", FastBuiltinsFactory.RangeGetNodeGen::create, sig(Types.UnitRangeInt64, I), sig(Types.StepRangeInt64, I),
                        sig(Types.OneToInt64, I));
        def(":", FastBuiltinsFactory.MakeRangeNodeGen::create, ii);
        def("_umul_hi", FastBuiltinsFactory.UnsignedMultiplyHighNodeGen::create, sig(Types.UInt64T, Types.UInt64T));
        def("_oneto", FastBuiltinsFactory.MakeOneToNodeGen::create, sig(I));
        def("_primitive_bits", FastBuiltinsFactory.PrimitiveBitsNodeGen::create, sig(Types.Any));
        JlType F = Types.Float64;
        def("_float_range_element", FastBuiltins.FloatRangeElement::new, sig(F, F, F, F, I, I));
        pure("operator_precedence", (a, n) -> (long) org.trufflejl.parser.ExprPrinter.precedence(((Symbol) a[0]).name), Types.SymbolT);
        slow("_atomic_fence", (a, n) -> {
            java.lang.invoke.VarHandle.fullFence();
            return JlNothing.INSTANCE;
        });
        // Julia's rat(x): (n, d) with n/d == x when x is a simple enough rational
        slow("_rat", (a, n) -> {
            long[] r = org.trufflejl.runtime.FloatRange.rat((Double) a[0]);
            return new JlTuple(r[0], r[1]);
        }, F);
        def(":", FastBuiltins.MakeFloatRange::new, sig(F, F, F));
        def(":", FastBuiltinsFactory.MakeStepRangeNodeGen::create, sig(I, I, I));
        // isless of two floats: Java's compare is Julia's total order (-0.0 < 0.0, NaN last and equal to itself)
        def("isless", FastBuiltins.FloatIsLess::new, sig(F, F), sig(Types.Float32, Types.Float32));
        for (String op : new String[]{"+", "*"}) {
            def(op, () -> new FastBuiltins.FoldLeft(3), sig(A, A, A));
            def(op, () -> new FastBuiltins.FoldLeft(4), sig(A, A, A, A));
        }

        NumericBuiltins.install(this);
        TaskBuiltins.install(this, context, language);
        RegexBuiltins.install(this, context);
        MersenneTwisterBuiltins.install(this, context);
        BigIntBuiltins.install(this);
        Intrinsics.install(this, context);
        BigFloatBuiltins.install(this);
        ProcessBuiltins.install(this);
        installErrors(context);
        installIO(context);
        installForeign(context);
        installStrings();
        installArrays();
        installReflection(context);
    }

    private void installErrors(JlContext context) {
        for (JlType t : Types.builtinTypes().values()) {
            if (t instanceof DataType d && !d.isAbstract && Types.isSubtype(d, Types.Exception)) {
                StructNodes.addDefaultConstructor(language, d, "builtin", 0);
            }
        }
        slow("rethrow", (a, n) -> {
            JlException current = n.context().currentHandled();
            if (current == null) {
                throw Errors.error("rethrow() not allowed outside a catch block", n);
            }
            throw new JlException(current);
        });
        slow("rethrow", (a, n) -> {
            // as Julia's jl_rethrow_other: x replaces the exception being handled, whose
            // backtrace it keeps
            JlException current = n.context().currentHandled();
            if (current == null) {
                throw Errors.error("rethrow(exc) not allowed outside a catch block", n);
            }
            throw JlException.rethrowing(current, a[0]);
        }, Types.Any);
        slow("exit", (a, n) -> exit(n, 0));
        slow("exit", (a, n) -> exit(n, (int) (long) (Long) a[0]), Types.Int64);
    }

    public static JlArray frameTuples(java.util.List<org.trufflejl.nodes.Backtrace.Entry> entries) {
        Object[] out = new Object[entries.size()];
        for (int i = 0; i < out.length; i++) {
            org.trufflejl.nodes.Backtrace.Entry e = entries.get(i);
            out[i] = new JlTuple(JlString.of(e.call()), org.trufflejl.runtime.Symbol.of(e.function()), JlString.of(e.module()), JlString.of(e.file()), (long) e.line());
        }
        return JlArray.vector(Types.Any, out, out.length);
    }

    private static Object exit(SlowBuiltin n, int code) {
        JlContext ctx = n.context();
        ctx.stdout.flush();
        ctx.stderr.flush();
        ctx.env.getContext().closeExited(n, code);
        return JlNothing.INSTANCE;
    }

    /** Foreign (host or other-language) arrays and objects: see runtime/Foreign. */
    private void installForeign(JlContext context) {
        JlType fa = Types.ForeignArrayT;
        slow("length", (a, n) -> Foreign.length(a[0], n), fa);
        slow("size", (a, n) -> new JlTuple(new Object[]{Foreign.length(a[0], n)}), fa);
        slow("getindex", (a, n) -> Foreign.getIndex(a[0], (Long) a[1], n), fa, Types.Int64);
        slow("setindex!", (a, n) -> {
            Foreign.setIndex(a[0], a[1], (Long) a[2], n);
            return a[0];
        }, fa, Types.Any, Types.Int64);
        slowVar("_return_type", (a, n) -> {
            org.trufflejl.runtime.types.JlType[] types = new org.trufflejl.runtime.types.JlType[a.length - 1];
            for (int i = 0; i < types.length; i++) {
                types[i] = (org.trufflejl.runtime.types.JlType) a[i + 1];
            }
            return org.trufflejl.nodes.Inference.returnType(a[0], types);
        }, Types.Any, Types.Any);
        slowVar("_return_type_for", (a, n) -> org.trufflejl.nodes.Inference.returnTypeFor(a[0], java.util.Arrays.copyOfRange(a, 1, a.length)), Types.Any, Types.Any);
        // its argument, as a value inference knows nothing of (Julia's Base.inferencebarrier)
        slow("_inference_barrier", (a, n) -> a[0], Types.Any);
        // Base.uniontypes: a union's members (a type that is not a union is its own one member)
        slow("uniontypes", (a, n) -> {
            Object[] members = a[0] instanceof org.trufflejl.runtime.types.UnionType u ? u.types.clone() : new Object[]{a[0]};
            return JlArray.vector(Types.Any, members, members.length);
        }, Types.Any);
        slow("_foreign_string", (a, n) -> JlString.of(Foreign.displayString(a[0])), Types.Any);
        context.foreignCall = new JlFunction(new org.trufflejl.runtime.MethodTable(Symbol.of("foreign function"), null));
        add(context.foreignCall, new JlType[0], Types.Any, ForeignCall::new);
    }

    /** Calls a foreign executable, the callee (frame argument 0), with the positional arguments. */
    static final class ForeignCall extends BuiltinNode {
        @Override
        public Object call(Object[] frameArgs) {
            Object[] positional = new Object[frameArgs.length - P];
            System.arraycopy(frameArgs, P, positional, 0, positional.length);
            return Foreign.execute(frameArgs[0], positional, this);
        }
    }

    /** An IOBuffer's keyword constructor's step, position and mark (Julia's iobuffer.jl; stream.jl's mark). */
    private void installBufferPositioning() {
        JlType buf = Types.IOBufferT;
        JlType I = Types.Int64;
        JlType B = Types.Bool;
        // _iobuffer(data, size, read, write, seekable, append, maxsize): as in Julia, the buffer works
        // on the vector data itself (a write shows in it), until take! hands it out
        slow("_iobuffer", (a, n) -> {
            JlArray v = (JlArray) a[0];
            if (v.store instanceof byte[] && v.dims.length == 1) {
                return JlIO.sharedBuffer(v, (int) (long) (Long) a[1], (Boolean) a[2], (Boolean) a[3], (Boolean) a[4], (Boolean) a[5], (Long) a[6]);
            }
            byte[] data = new byte[Math.max(32, v.length)];
            for (int i = 0; i < v.length; i++) {
                data[i] = ((org.trufflejl.runtime.num.UInt8) v.get(i)).bits;
            }
            return JlIO.buffer(data, (int) (long) (Long) a[1], (Boolean) a[2], (Boolean) a[3], (Boolean) a[4], (Boolean) a[5], (Long) a[6]);
        }, Types.Any, I, B, B, B, B, I);
        for (JlType io : new JlType[]{buf, Types.IOStreamT}) {
            slow("position", (a, n) -> ((JlIO) a[0]).position(), io);
            slow("seek", (a, n) -> {
                ((JlIO) a[0]).seek((Long) a[1]);
                return a[0];
            }, io, I);
            slow("seekend", (a, n) -> {
                ((JlIO) a[0]).seekEnd();
                return a[0];
            }, io);
            slow("skip", (a, n) -> {
                ((JlIO) a[0]).skip((Long) a[1]);
                return a[0];
            }, io, I);
            slow("mark", (a, n) -> ((JlIO) a[0]).mark(), io);
            slow("unmark", (a, n) -> ((JlIO) a[0]).unmark(), io);
            slow("reset", (a, n) -> ((JlIO) a[0]).resetToMark(), io);
            slow("ismarked", (a, n) -> ((JlIO) a[0]).isMarked(), io);
        }
        slow("truncate", (a, n) -> {
            ((JlIO) a[0]).truncate((Long) a[1]);
            return a[0];
        }, buf, I);
        slow("_iobuffer_field", (a, n) -> {
            Object v = ((JlIO) a[0]).bufferField(a[1].toString());
            if (v instanceof byte[] bytes) {
                return JlArray.vector(Types.UInt8T, bytes, bytes.length);
            }
            return v == null ? JlNothing.INSTANCE : v;
        }, buf, Types.SymbolT);
    }

    private void installIO(JlContext context) {
        // On the Java-backed streams only: an IO type defined in Julia gets a MethodError.
        for (JlType io : new JlType[]{Types.IOStreamT, Types.IOBufferT}) {
            def("write", FastBuiltins.WriteString::new, sig(io, Types.String));
            def("_print_int", FastBuiltins.PrintInt::new, sig(io, Types.Int64));
            slow("write", (a, n) -> (long) ((JlIO) a[0]).write(JlString.utf8(a[1].toString())), io, Types.Char);
            slow("flush", (a, n) -> {
                ((JlIO) a[0]).flush();
                return JlNothing.INSTANCE;
            }, io);
        }
        def("_dec_string", FastBuiltins.DecString::new, sig(Types.Int64));
        // IOBuffer() without keywords, as Base's printing makes them (IOBuffer(; kws...) calls it)
        slowReturning(Types.IOBufferT, "_new_iobuffer", (a, n) -> JlIO.newBuffer());
        // BoundsError() and BoundsError(a): Julia's inner constructors leave the other fields unassigned
        constructor(Types.BoundsError, (a, n) -> JlStructObject.of(Types.BoundsError, new Object[2]));
        constructor(Types.BoundsError, (a, n) -> JlStructObject.of(Types.BoundsError, new Object[]{a[0], null}), Types.Any);
        constructor(Types.IOBufferT, (a, n) -> JlIO.readBuffer(((JlString) a[0]).bytes()), Types.String);
        FileBuiltins.install(this);
        installBufferPositioning();
        slowReturning(Types.arrayOf(Types.UInt8T, 1), "take!", (a, n) -> {
            JlArray shared = ((JlIO) a[0]).takeShared();
            if (shared != null) {
                return shared;
            }
            byte[] bytes = ((JlIO) a[0]).take();
            return JlArray.vector(Types.UInt8T, bytes, bytes.length);
        }, Types.IOBufferT);
        def("_show_leaf_string", () -> new LeafString(true), sig(Types.Any));
        slow("_compact_float_string", (a, n) -> JlString.of(Printing.compactFloat(a[0], (Boolean) a[1])), Types.AbstractFloat, Types.Bool);
        def("_print_leaf_string", () -> new LeafString(false), sig(Types.Any));
        // string(xs...) of numbers, strings, chars, symbols and Bools in one call (nothing: some
        // argument has a print of its own, and string goes through an IOBuffer)
        add(fn("_plain_string"), new JlType[0], Types.Any, PlainString::new);
        slow("time_ns", (a, n) -> new UInt64(System.nanoTime()));   // (UInt64, as Julia's jl_hrtime)
        // 64 bits from the operating system's entropy source (Random.RandomDevice, as Julia's uv_random)
        slow("_os_random_u64", (a, n) -> new UInt64(OsEntropy.SOURCE.nextLong()));
        // the name of the generic function whose type this is, or nothing
        slow("_function_type_name", (a, n) -> {
            Symbol f = ((DataType) a[0]).functionName;
            return f == null ? JlNothing.INSTANCE : f;
        }, Types.DataTypeT);
        // a type spelled by one of Base's aliases, written out in full (or nothing)
        slow("_type_alias_expansion", (a, n) -> {
            String full = org.trufflejl.runtime.types.Types.aliasExpansion((JlType) a[0]);
            return full == null ? JlNothing.INSTANCE : JlString.of(full);
        }, Types.Any);
        slow("_gc", (a, n) -> {
            System.gc(); // GC.gc(): a request, as Julia's is to its collector
            return JlNothing.INSTANCE;
        });
        // The current thread's Xoshiro256++: 64 random bits as an Int64, and setting its state
        // (Base's Random.seed! computes it from the seed as Julia does).
        def("_rand_bits", FastBuiltinsFactory.RandomBitsNodeGen::create, sig());
        slow("_rand_set_state!", (a, n) -> {
            org.trufflejl.JlLanguage.threadRandom(n).setState(((UInt64) a[0]).bits, ((UInt64) a[1]).bits, ((UInt64) a[2]).bits, ((UInt64) a[3]).bits);
            return JlNothing.INSTANCE;
        }, Types.UInt64T, Types.UInt64T, Types.UInt64T, Types.UInt64T);
        // _rand_bulk!(A, state): fills an Array of numbers or Bools as Julia's rand! does
        // (runtime/XoshiroBulk); state nothing: the thread's generator, else a tuple of a
        // Xoshiro's four words, whose successors are returned
        slow("_rand_bulk!", (a, n) -> {
            JlArray dest = (JlArray) a[0];
            if (a[1] instanceof JlTuple t) {
                long[] st = new long[4];
                for (int i = 0; i < 4; i++) {
                    st[i] = ((UInt64) t.elements[i]).bits;
                }
                org.trufflejl.runtime.XoshiroBulk.fill(st, dest);
                return new JlTuple(new UInt64(st[0]), new UInt64(st[1]), new UInt64(st[2]), new UInt64(st[3]));
            }
            org.trufflejl.runtime.XoshiroBulk.fill(org.trufflejl.JlLanguage.threadRandom(n).state(), dest);
            return JlNothing.INSTANCE;
        }, Types.ArrayFamily.any, Types.Any);
        constructor(Types.WeakRefT, (a, n) -> new org.trufflejl.runtime.JlWeakRef(a[0]), Types.Any);
        // the collector's count of collections so far (weak references are cleared only by one)
        slow("_gc_count", (a, n) -> {
            long count = 0;
            for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
            }
            return count;
        });
        constructor(Types.WeakRefT, (a, n) -> new org.trufflejl.runtime.JlWeakRef(JlNothing.INSTANCE));
        slow("_sha256", (a, n) -> {
            JlArray v = (JlArray) a[0];
            byte[] d = org.trufflejl.runtime.XoshiroBulk.sha256(java.util.Arrays.copyOf((byte[]) v.store, v.length));
            return JlArray.vector(Types.UInt8T, d, d.length);
        }, Types.ArrayFamily.instantiate(Types.UInt8T, 1L));
        // Sharing values with other languages and the host through the polyglot bindings
        slow("_polyglot_export", (a, n) -> {
            try {
                n.context().env.exportSymbol(a[0].toString(), a[1]);
            } catch (SecurityException e) {
                throw Errors.error("polyglot bindings are not accessible: the embedder did not allow polyglot access", n);
            }
            return a[1];
        }, Types.String, Types.Any);
        slow("_polyglot_import", (a, n) -> {
            Object v;
            try {
                v = n.context().env.importSymbol(a[0].toString());
            } catch (SecurityException e) {
                throw Errors.error("polyglot bindings are not accessible: the embedder did not allow polyglot access", n);
            }
            if (v == null) {
                throw Errors.error("no polyglot value named \"" + a[0] + "\"", n);
            }
            return org.trufflejl.runtime.HostValues.fromHost(v);
        }, Types.String);
        slow("_interrupt_main", (a, n) -> {
            n.context().interruptMainThread();
            return JlNothing.INSTANCE;
        });
        slow("time", (a, n) -> System.currentTimeMillis() / 1000.0);
        // the kernel's host name (Linux keeps it in /proc; elsewhere the JDK asks the resolver)
        slow("gethostname", (a, n) -> {
            try {
                return JlString.of(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/sys/kernel/hostname"))).strip());
            } catch (java.io.IOException | SecurityException e) {
                try {
                    return JlString.of(java.net.InetAddress.getLocalHost().getHostName());
                } catch (java.io.IOException e2) {
                    throw org.trufflejl.runtime.Errors.error("gethostname: " + e2.getMessage(), n);
                }
            }
        });
        slow("_user_home", (a, n) -> JlString.of(System.getProperty("user.home")));
        // true in the REPL, false running a script or embedded
        slow("isinteractive", (a, n) -> n.context().interactive);
        // Dates.now(): milliseconds since the Unix epoch and the local time zone's offset then
        slow("_unix_ms_and_offset", (a, n) -> {
            long ms = System.currentTimeMillis();
            long offset = java.util.TimeZone.getDefault().getOffset(ms);
            return new org.trufflejl.runtime.JlTuple(new Object[]{ms, offset});
        });
    }

    private static JlString str(Object o) {
        return (JlString) o;
    }

    private void installStrings() {
        JlType S = Types.String;
        JlType I = Types.Int64;
        slowReturning(S, "*", (a, n) -> str(a[0]).concat(str(a[1])), S, S);
        def("length", FastBuiltins.StringLength::new, sig(S));
        def("ncodeunits", FastBuiltins.StringCodeUnits::new, sig(S));
        def("sizeof", FastBuiltins.StringCodeUnits::new, sig(S));
        def("codeunit", FastBuiltins.StringCodeUnit::new, sig(S, I));
        def("isless", StringIsLess::new, sig(S, S));
        // iterate(s, i): (Char at byte index i, next index) or nothing
        def("_string_iterate", FastBuiltinsFactory.StringIterateNodeGen::create, sig(S, I));
        def("getindex", FastBuiltinsFactory.StringGetNodeGen::create, sig(S, I));
        slow("getindex", (a, n) -> {
            JlString s = str(a[0]);
            JlUnitRange r = (JlUnitRange) a[1];
            if (r.length() == 0) {
                return JlString.EMPTY;
            }
            if (r.start < 1 || r.stop > s.byteLength()) {
                throw Errors.boundsError(s, r, n);
            }
            // both ends must be where a character starts, as Julia checks
            for (long end : new long[]{r.start, r.stop}) {
                if (!s.isCharStart((int) end - 1)) {
                    throw new org.trufflejl.runtime.JlException(JlStructObject.of(Types.StringIndexError, s, end), n);
                }
            }
            int from = (int) r.start - 1;
            int to = s.nextIndex((int) r.stop - 1);
            return new JlString(java.util.Arrays.copyOfRange(s.bytes(), from, to));
        }, S, Types.UnitRangeInt64);
        constructor(Types.String, (a, n) -> {
            JlArray arr = (JlArray) a[0];
            byte[] bytes;
            if (arr.hasStore(org.trufflejl.runtime.num.Num.U8)) {
                bytes = java.util.Arrays.copyOf((byte[]) arr.store, arr.length);
            } else {
                bytes = new byte[arr.length];
                for (int i = 0; i < arr.length; i++) {
                    bytes[i] = ((UInt8) arr.get(i)).bits;
                }
            }
            if (arr.dims.length == 1 && arr.elementType == Types.UInt8T) {
                // as Julia's String(v::Vector{UInt8}): the string takes the bytes, v is left empty
                arr.length = 0;
                arr.dims[0] = 0;
            }
            return new JlString(bytes);
        }, Types.ArrayFamily.any);
        constructor(Types.SymbolT, (a, n) -> {
            String name = a[0].toString();
            if (name.indexOf('\0') >= 0) {
                throw Errors.argumentError("Symbol name may not contain \\0", n);
            }
            return Symbol.of(name);
        }, S);
        // Int64(c) without a call, and Char(i)'s work (Base's Char checks the range): they are in
        // every loop over characters
        add(fn("_char_of_code"), sig(I), null, FastBuiltins.CharOfCode::new);
        add(Types.Int64.constructor(), sig(Types.Char), null, FastBuiltins.CodeOfChar::new);
    }

    private void installArrays() {
        add(fn("vect"), sig(), Types.Any, FastBuiltins.Vect::new);
        // T[a, b, c]: getindex on a type builds a Vector{T}
        add(fn("getindex"), sig(Types.Type), Types.Any, FastBuiltins.TypedVect::new);
        def("push!", FastBuiltinsFactory.PushNodeGen::create, sig(Types.VectorAlias, Types.Any));
        def("_store_exact!", FastBuiltinsFactory.StoreExactNodeGen::create, sig(Types.ArrayFamily.any, Types.Int64, Types.Any));
        slow("_new_vector", (a, n) -> {
            JlType t = (JlType) a[0];
            int len = ArrayOps.arrayLength(a[1], n);
            return JlArray.vector(t, JlArray.newStore(t, len), len);
        }, Types.Type, Types.Int64);
        slow("size", (a, n) -> {
            JlArray arr = (JlArray) a[0];
            Object[] dims = new Object[arr.dims.length];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = (long) arr.dims[i];
            }
            return new JlTuple(dims);
        }, Types.ArrayFamily.any);
        slow("_collect_narrow", (a, n) -> {
            JlArray v = (JlArray) a[0];
            Object[] vals = new Object[v.length];
            JlType t = null;
            for (int i = 0; i < vals.length; i++) {
                vals[i] = v.get(i);
                JlType ti = Types.typeOf(vals[i]);
                if (ti != t) { // most collections hold one type: join only on a change
                    t = t == null ? ti : Promotion.promoteTypejoin(t, ti);
                }
            }
            JlArray out = ArrayOps.vectorOf(t == null ? Types.Any : t, vals);
            if (a[1] instanceof JlTuple dims && dims.elements.length > 1) {
                int[] d = new int[dims.elements.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = (int) (long) (Long) dims.elements[i];
                }
                return new JlArray(out.elementType, out.store, out.length, d);
            }
            return out;
        }, Types.ArrayFamily.any, Types.Any);
        def("eltype", ArrayEltype::new, sig(Types.ArrayFamily.any));
        ArrayBuiltins.install(this);
    }

    /** Whether a type (or parameter) names a type variable: Bar{T}, Vector{Vector{T}}. */
    private static boolean mentionsTypeVar(Object p) {
        if (p instanceof org.trufflejl.runtime.types.TypeVar) {
            return true;
        }
        if (p instanceof DataType d && d.parameters != null) {
            for (Object q : d.parameters) {
                if (mentionsTypeVar(q)) {
                    return true;
                }
            }
        }
        if (p instanceof org.trufflejl.runtime.types.UnionType u) {
            for (JlType q : u.types) {
                if (mentionsTypeVar(q)) {
                    return true;
                }
            }
        }
        return p instanceof org.trufflejl.runtime.types.VarargType v && (mentionsTypeVar(v.elementType) || mentionsTypeVar(v.count));
    }

    private static JlType supertypeOfUnionAll(org.trufflejl.runtime.types.UnionAll u) {
        JlType body = u.body instanceof org.trufflejl.runtime.types.UnionAll inner ? supertypeOfUnionAll(inner)
                        : ((DataType) u.body).supertype == null ? u.body : ((DataType) u.body).supertype;
        // as Julia's jl_type_unionall: no `where` around a type that does not use the variable
        return org.trufflejl.runtime.types.UnionAll.mentions(body, u.var) ? new org.trufflejl.runtime.types.UnionAll(u.var, body) : body;
    }

    private void installReflection(JlContext context) {
        add(fn("apply_type"), sig(Types.Any), Types.Any, TypeApplication.CachedApply::new);
        pure("<:", (a, n) -> Types.isSubtype((JlType) a[0], (JlType) a[1]), Types.Type, Types.Type);
        slow("supertype", (a, n) -> {
            DataType t = (DataType) a[0];
            return t.supertype == null ? t : t.supertype;
        }, Types.DataTypeT);
        // TypeVar(:T, lb, ub) and UnionAll(v, body), as Julia's constructors (Base gives their other arities)
        slow("_new_typevar", (a, n) -> {
            if (!(a[1] instanceof JlType lb)) {
                throw Errors.typeError("TypeVar", "lower bound", Types.Type, a[1], n);
            }
            if (!(a[2] instanceof JlType ub)) {
                throw Errors.typeError("TypeVar", "upper bound", Types.Type, a[2], n);
            }
            return new org.trufflejl.runtime.types.TypeVar((Symbol) a[0], lb, ub);
        }, Types.SymbolT, Types.Any, Types.Any);
        slow("_new_unionall", (a, n) -> {
            org.trufflejl.runtime.types.TypeVar v = (org.trufflejl.runtime.types.TypeVar) a[0];
            if (!(a[1] instanceof JlType body)) {
                throw Errors.typeError("UnionAll", "", Types.Type, a[1], n);
            }
            return org.trufflejl.runtime.types.UnionAll.mentions(body, v) ? new org.trufflejl.runtime.types.UnionAll(v, body) : body;
        }, Types.TypeVarT, Types.Any);
        // supertype(Circle) of struct Circle{T<:Real} <: Shape{T}: Shape{T} where T<:Real
        slow("supertype", (a, n) -> supertypeOfUnionAll((org.trufflejl.runtime.types.UnionAll) a[0]), Types.UnionAllT);
        def("getfield", FastBuiltinsFactory.GetFieldNodeGen::create, sig(Types.Any, Types.SymbolT), sig(Types.Any, Types.Int64));
        slow("setfield!", (a, n) -> org.trufflejl.nodes.DataNodes.setField(a[0], (Symbol) a[1], a[2], false, n), Types.Any, Types.SymbolT, Types.Any);
        slow("fieldnames", (a, n) -> new JlTuple(fieldNamesOf(dataTypeOf(a[0], n), n)), Types.Type);
        // Core.SimpleVector (T.parameters, T.types): its length and elements; the rest (iterate, show) is Base's
        slowReturning(Types.Int64, "length", (a, n) -> (long) ((org.trufflejl.runtime.JlSimpleVector) a[0]).elements.length, Types.SimpleVectorT);
        slow("getindex", (a, n) -> {
            Object[] es = ((org.trufflejl.runtime.JlSimpleVector) a[0]).elements;
            long i = (Long) a[1];
            if (i < 1 || i > es.length) {
                throw Errors.boundsError(a[0], a[1], n);
            }
            return es[(int) i - 1];
        }, Types.SimpleVectorT, Types.Int64);
        JlFunction svec = JlContext.functionIn(context.core, Symbol.of("svec"));
        add(svec, new JlType[0], Types.Any, () -> new SlowBuiltin((a, n) -> org.trufflejl.runtime.JlSimpleVector.of(a.clone()), svec));
        slow("fieldtype", (a, n) -> {
            DataType t = dataTypeOf(a[0], n);
            Object[] names = fieldNamesOf(t, n);
            for (int i = 0; i < names.length; i++) {
                if (names[i] == a[1]) {
                    return fieldTypesOf(t)[i];
                }
            }
            throw Errors.noField(t, (Symbol) a[1], n);
        }, Types.Type, Types.SymbolT);
        slow("fieldtype", (a, n) -> {
            DataType t = dataTypeOf(a[0], n);
            long i = (Long) a[1];
            // as Julia's get_fieldtype: a position at or past a tuple type's Vararg is its element type
            if (t.family == Types.TupleFamily && t.parameters != null && t.parameters.length > 0 &&
                            t.parameters[t.parameters.length - 1] instanceof org.trufflejl.runtime.types.VarargType va) {
                if (i >= t.parameters.length) {
                    return va.elementType;
                }
                if (i < 1) {
                    throw Errors.boundsError(a[0], a[1], n);
                }
                return t.parameters[(int) i - 1] instanceof JlType ft ? ft : Types.Any;
            }
            fieldNamesOf(t, n);   // (a tuple type of no definite length has no fields to count)
            JlType[] types = fieldTypesOf(t);
            if (i < 1 || i > types.length) {
                throw Errors.boundsError(a[0], a[1], n);
            }
            return types[(int) i - 1];
        }, Types.Type, Types.Int64);
        // whether values of x's type have call methods ((p::Poly)(x) = ...): a MethodError on one
        // is "no method matching (::Poly)(...)", not "not callable"
        slow("_has_call_methods", (a, n) -> a[0] instanceof JlStructObject s && s.type.family.callables().callFunction != null, Types.Any);
        // where-variables only keyword types mention (f(; x::T) where T): bound from the keyword
        // values once they are known, as Julia's dispatch of the keyword body binds them
        slow("_keyword_static_params", (a, n) -> {
            Object[] current = ((org.trufflejl.runtime.JlTuple) a[0]).elements;
            Object[] patterns = ((org.trufflejl.runtime.JlTuple) a[1]).elements;
            Object[] values = ((org.trufflejl.runtime.JlTuple) a[2]).elements;
            Object[] names = ((org.trufflejl.runtime.JlTuple) a[3]).elements;
            java.util.List<org.trufflejl.runtime.types.TypeVar> unbound = new java.util.ArrayList<>();
            for (Object v : current) {
                if (v instanceof org.trufflejl.runtime.types.TypeVar tv) {
                    unbound.add(tv);
                }
            }
            JlType[] sig = new JlType[patterns.length];
            JlType[] argTypes = new JlType[values.length];
            for (int i = 0; i < sig.length; i++) {
                sig[i] = (JlType) patterns[i];
                argTypes[i] = Types.typeOf(values[i]);
            }
            org.trufflejl.runtime.types.TypeVar[] vars = unbound.toArray(new org.trufflejl.runtime.types.TypeVar[0]);
            Object[] env = org.trufflejl.runtime.MethodMatch.bind(sig, vars, argTypes);
            if (env == null) {
                for (int i = 0; i < sig.length; i++) {
                    if (org.trufflejl.runtime.MethodMatch.bind(new JlType[]{sig[i]}, vars, new JlType[]{argTypes[i]}) == null) {
                        throw Errors.typeError("keyword argument", ((Symbol) names[i]).name, sig[i], values[i], n);
                    }
                }
                throw Errors.typeError("keyword argument", ((Symbol) names[0]).name, sig[0], values[0], n);
            }
            Object[] out = current.clone();
            for (int i = 0, k = 0; i < out.length; i++) {
                if (out[i] instanceof org.trufflejl.runtime.types.TypeVar) {
                    out[i] = env[k++];
                }
            }
            return new org.trufflejl.runtime.JlTuple(out);
        }, Types.TupleFamily.any, Types.TupleFamily.any, Types.TupleFamily.any, Types.TupleFamily.any);
        // typesplit(T, S): T without its members that are S (Union{Missing, Nothing, Int} less Missing)
        slow("typesplit", (a, n) -> {
            JlType t = (JlType) a[0];
            JlType s = (JlType) a[1];
            if (t instanceof org.trufflejl.runtime.types.UnionType u) {
                List<JlType> kept = new ArrayList<>();
                for (JlType m : u.types) {
                    if (!Types.isSubtype(m, s)) {
                        kept.add(m);
                    }
                }
                return org.trufflejl.runtime.types.UnionType.of(kept.toArray(new JlType[0]));
            }
            return Types.isSubtype(t, s) ? Types.Bottom : t;
        }, Types.Type, Types.Type);
        slow("_call_function", (a, n) -> {
            JlType t = (JlType) a[0];
            JlType inner = t instanceof org.trufflejl.runtime.types.UnionAll u ? u.unwrap() : t;
            if (!(inner instanceof DataType d)) {
                throw Errors.error("cannot add call methods to " + t.show(), n);
            }
            if (d.family == Types.TypeFamilyT && d.parameters.length == 1 && d.parameters[0] instanceof DataType x) {
                if (mentionsTypeVar(x)) {
                    // (::Type{Bar{T}})(s) where T = ...: constructors of the instances Bar{T}
                    return new org.trufflejl.runtime.types.InstanceConstructors(x.family, d);
                }
                return x.constructor(); // (::Type{Int8})(x::Foo) = ...: a constructor method of Int8
            }
            if (d.family == Types.TypeFamilyT && d.parameters.length == 1 && d.parameters[0] instanceof org.trufflejl.runtime.types.UnionAll u
                            && u.unwrap() instanceof DataType x) {
                return x.family.constructorOf(u); // (::Type{Baz})(a, b) = ...: a method of calling Baz itself
            }
            if (d.family == Types.TypeFamilyT && d.parameters.length == 1 && d.parameters[0] instanceof org.trufflejl.runtime.types.TypeVar v) {
                // (::Type{T})(v) where {T<:Tuple} = ...: constructors of the instances of one
                // concrete family, as Point{T}(x) where T (an abstract bound keeps the Type table)
                JlType bound = v.ub instanceof org.trufflejl.runtime.types.UnionAll u ? u.unwrap() : v.ub;
                if (bound instanceof DataType b && (!b.family.isAbstract || b.family.isTuple)) {
                    return new org.trufflejl.runtime.types.InstanceConstructors(b.family, d);
                }
                // an abstract bound ((::Type{F})(x::Q) where F<:AbstractFloat): every matching type's constructors
                return new org.trufflejl.runtime.types.InstanceConstructors(null, d);
            }
            // a pattern naming the method's variables binds them from the value called
            // (a bare Pt is a UnionAll, unwrapped to the family's own variables: no pattern then)
            return t instanceof DataType && mentionsTypeVar(d) ? new org.trufflejl.runtime.types.CallableMethods(d.family.callFunction(), d)
                            : d.family.callFunction();
        }, Types.Type);
        slow("_instance_constructors", (a, n) -> {
            JlType t = (JlType) a[0];
            JlType inner = t instanceof org.trufflejl.runtime.types.UnionAll u ? u.unwrap() : t;
            if (!(inner instanceof DataType d)) {
                throw Errors.error("cannot define constructors for " + t.show(), n);
            }
            return new org.trufflejl.runtime.types.InstanceConstructors(d.family, Types.TypeFamilyT.instantiate(inner));
        }, Types.Type);
        // NamedTuple{names}(values) and merge, written in Base
        slow("_new_namedtuple", (a, n) -> {
            Object[] names = ((JlTuple) a[0]).elements;
            Object[] values = ((JlTuple) a[1]).elements;
            if (names.length != values.length) {
                throw Errors.argumentError("Wrong number of arguments to named tuple constructor.", n);
            }
            Symbol[] symbols = new Symbol[names.length];
            for (int i = 0; i < names.length; i++) {
                if (!(names[i] instanceof Symbol sym)) {
                    throw Errors.argumentError("NamedTuple names must be Symbols", n);
                }
                for (int j = 0; j < i; j++) {
                    if (symbols[j] == sym) {
                        throw Errors.argumentError("Duplicate field name in NamedTuple: \"" + sym.name + "\" is not unique", n);
                    }
                }
                symbols[i] = sym;
            }
            return new org.trufflejl.runtime.JlNamedTuple(symbols, values.clone());
        }, Types.TupleFamily.any, Types.TupleFamily.any);
        // new for built-in parametric structs written in Base (ranges of small integer types)
        add(fn("_new_struct"), new JlType[]{Types.DataTypeT}, Types.Any, FastBuiltins.NewStruct::new);
        slow("fieldcount", (a, n) -> (long) fieldNamesOf(dataTypeOf(a[0], n), n).length, Types.Type);
        slow("isconcretetype", (a, n) -> a[0] instanceof JlType t && t.isConcrete(), Types.Any);
        // (these four ask of the type's body: a UnionAll such as AbstractArray or Vector answers
        // as its DataType does, as in Julia, which unwraps it first)
        slow("isabstracttype", (a, n) -> unwrapUnionAll(a[0]) instanceof DataType t && t.isAbstract, Types.Any);
        // (the primitive types are the built-in numbers, Char and `primitive type`s; BigInt,
        // BigFloat and field-less structs such as Irrational{:π} are structs in Julia)
        slow("isprimitivetype", (a, n) -> unwrapUnionAll(a[0]) instanceof DataType t && Types.isDeclaredPrimitive(t), Types.Any);
        slow("isstructtype", (a, n) -> unwrapUnionAll(a[0]) instanceof DataType t && !t.isAbstract && !Types.isDeclaredPrimitive(t), Types.Any);
        slow("ismutabletype", (a, n) -> unwrapUnionAll(a[0]) instanceof DataType t && t.isMutable, Types.Any);
        // a type with exactly one value: Nothing, an immutable struct without fields (Missing), Tuple{}
        // (not a program's primitive type, which has no fields but many values: an @enum)
        slow("issingletontype", (a, n) -> a[0] instanceof DataType t && t.isConcrete() && !t.isMutable
                        && (t == Types.typeOf(JlNothing.INSTANCE) || t.isTupleType() && t.parameters != null && t.parameters.length == 0
                                        || t.family.isContextOwned() && t.fieldNames.length == 0 && t.family.primitiveBytes == 0), Types.Any);
        pure("typejoin", (a, n) -> Promotion.typejoin((JlType) a[0], (JlType) a[1]), Types.Type, Types.Type);
        slow("typeintersect", (a, n) -> org.trufflejl.runtime.types.Intersection.of((JlType) a[0], (JlType) a[1]), Types.Type, Types.Type);
        slow("_typevar", (a, n) -> new org.trufflejl.runtime.types.TypeVar((Symbol) a[0], (JlType) a[1], (JlType) a[2]),
                        Types.SymbolT, Types.Type, Types.Type);
        slowVar("applicable", (a, n) -> lookupFor(a, n) != null, Types.Any, Types.Any);
        // hasmethod(f, Tuple{A, B}) and which(f, Tuple{A, B}): the method for those argument types
        slow("hasmethod", (a, n) -> {
            Method m = lookupForTypes(a[0], a[1], n);
            return m != null && m != org.trufflejl.runtime.MethodTable.AMBIGUOUS;
        }, Types.Any, Types.Type);
        slow("hasmethod", (a, n) -> {
            Method m = lookupForTypes(a[0], a[1], n);
            return m != null && m != org.trufflejl.runtime.MethodTable.AMBIGUOUS && m.acceptsKeywordNames(((JlTuple) a[2]).elements);
        }, Types.Any, Types.Type, Types.TupleFamily.any);
        // methods(f, Tuple{A, B}): the methods a call with arguments of those types may run
        slow("_methods_matching", (a, n) -> {
            if (!(a[1] instanceof DataType tt) || !tt.isTupleType() || tt.parameters == null) {
                throw Errors.typeError("methods", "", Types.TupleFamily.any, a[1], n);
            }
            java.util.ArrayList<Method> out = new java.util.ArrayList<>();
            for (Method m : functionOf(a[0], n).table.methods()) {
                if (m.mayMatch(tt.parameters)) {
                    out.add(m);
                }
            }
            return JlArray.vector(Types.MethodT, out.toArray(), out.size());
        }, Types.Any, Types.Type);
        slow("which", (a, n) -> {
            Method m = lookupForTypes(a[0], a[1], n);
            if (m == null || m == org.trufflejl.runtime.MethodTable.AMBIGUOUS) {
                throw Errors.error((m == null ? "no unique matching method found for the specified argument types" : "ambiguous method for the specified argument types"), n);
            }
            return m;
        }, Types.Any, Types.Type);
        slowVar("_ambiguity_candidates", (a, n) -> JlString.of(org.trufflejl.runtime.MethodCandidates.ambiguity(functionOf(a[0], n),
                        java.util.Arrays.copyOfRange(a, 1, a.length))), Types.Any, Types.Any);
        slowVar("_method_ambiguous", (a, n) -> lookupFor(a, n) == org.trufflejl.runtime.MethodTable.AMBIGUOUS, Types.Any, Types.Any);
        // invoke(f, Tuple{T...}, args...): the method for the given types, not the arguments' own types
        slowVar("invoke", (a, n) -> {
            JlFunction f = functionOf(a[0], n);
            if (!(a[1] instanceof DataType tt) || !tt.isTupleType() || tt.parameters == null) {
                throw Errors.typeError("invoke", "", Types.TupleFamily.any, a[1], n);
            }
            Object[] args = java.util.Arrays.copyOfRange(a, 2, a.length);
            // Julia checks the whole argument tuple, so a count mismatch is the same TypeError
            JlTuple argTuple = new JlTuple(args);
            if (!Types.isa(argTuple, tt)) {
                throw Errors.typeError("invoke: argument type error", "", tt, argTuple, n);
            }
            // one type per argument: a trailing Vararg{T} stands for T as often as needed
            JlType[] types = new JlType[args.length];
            for (int i = 0; i < types.length; i++) {
                Object p = tt.parameters[Math.min(i, tt.parameters.length - 1)];
                types[i] = p instanceof org.trufflejl.runtime.types.VarargType v ? v.elementType : (JlType) p;
            }
            Method m = f.table.lookup(types);
            if (m == null || m == org.trufflejl.runtime.MethodTable.AMBIGUOUS) {
                throw Errors.methodError(f, args, n);
            }
            Object[] frameArgs = new Object[args.length + 2];
            frameArgs[0] = f;
            System.arraycopy(args, 0, frameArgs, 2, args.length);
            return m.callTarget().call(frameArgs);
        }, Types.Any, Types.Any, Types.Type);
        // ENV (Base, env.jl): the process environment seen through the context (so an embedder's
        // sandbox policy applies); assignments stay within this context
        slow("_getenv", (a, n) -> n.context().getenv(a[0].toString()), Types.String);
        slow("_setenv", (a, n) -> {
            n.context().environmentChanges.put(a[0].toString(), a[1] instanceof JlString s ? s : org.trufflejl.runtime.JlNothing.INSTANCE);
            return a[1];
        }, Types.String, Types.Any);
        slow("_env_names", (a, n) -> {
            java.util.List<String> names = n.context().environmentNames();
            JlString[] out = new JlString[names.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = JlString.of(names.get(i));
            }
            return JlArray.vector(Types.String, out, out.length);
        });
        // InteractiveUtils.subtypes: every type bound in a loaded module whose supertype is a[0]
        slow("_direct_subtypes", (a, n) -> {
            JlContext ctx = n.context();
            java.util.LinkedHashSet<Object> found = new java.util.LinkedHashSet<>();
            java.util.ArrayDeque<JlModule> todo = new java.util.ArrayDeque<>(java.util.List.of(ctx.core, ctx.base, ctx.main));
            java.util.Set<JlModule> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            while (!todo.isEmpty()) {
                JlModule m = todo.pop();
                if (!seen.add(m)) {
                    continue;
                }
                m.defineAllLazily(); // Rational is among subtypes(Real) before its first use
                for (Symbol s : m.ownNames()) {
                    org.trufflejl.runtime.Binding b = m.ownBinding(s);
                    Object v = b == null ? null : b.value;
                    if (v instanceof JlModule sub) {
                        todo.push(sub);
                    } else if (v instanceof org.trufflejl.runtime.types.DataType d && d != a[0] && d.supertype == a[0] && d.family.any == d) {
                        found.add(d);
                    } else if (v instanceof org.trufflejl.runtime.types.UnionAll u && u.unwrap() instanceof org.trufflejl.runtime.types.DataType d
                                    && d.family.any == u && d.supertype != null && d.supertype.family.any == a[0]) {
                        found.add(u);
                    }
                }
            }
            Object[] out = found.toArray();
            java.util.Arrays.sort(out, java.util.Comparator.comparing(t -> ((JlType) t).show()));
            return JlArray.vector(Types.Any, out, out.length);
        }, Types.Type);
        // @timed/@allocated: bytes the current thread has allocated (JVM objects), time spent in collections
        slow("_allocated_bytes", (a, n) -> allocatedBytes());
        slow("_gc_time_ns", (a, n) -> gcTimeNanos());
        // rem(x, y, RoundNearest) of floats: the IEEE remainder, exact (x - y*round(x/y) is not)
        slow("_ieee_remainder", (a, n) -> Math.IEEEremainder((Double) a[0], (Double) a[1]), Types.Float64, Types.Float64);
        // Printf's formatting: _sprintf(fmt, args...) is the text @sprintf(fmt, args...) makes
        slowVar("_sprintf", (a, n) -> {
            JlContext ctx = n.context();
            org.trufflejl.runtime.Printf.Guest guest = new org.trufflejl.runtime.Printf.Guest() {
                @Override
                public String string(Object x) {
                    return ctx.callBase("string", x).toString();
                }

                @Override
                public double toFloat64(Object x) {
                    // (a Float64 or Int64 is its own: a call into Base from here was most of a %f)
                    return x instanceof Double d ? d : org.trufflejl.runtime.num.Num.toDouble(ctx.callBase("_printf_float", x));
                }

                @Override
                public Object toInteger(Object x) {
                    return x instanceof Long ? x : ctx.callBase("_printf_int", x);
                }

                @Override
                public Object toChar(Object x) {
                    return ctx.callBase("_printf_char", x);
                }

                @Override
                public Object toAddress(Object x) {
                    return ctx.callBase("_printf_ptr", x);
                }

                @Override
                public void ndigits(Object x, int radix) {
                    ctx.callBase("_printf_ndigits", x, (long) radix);
                }
            };
            return JlString.of(org.trufflejl.runtime.Printf.format(a[0].toString(), java.util.Arrays.copyOfRange(a, 1, a.length), guest, n));
        }, Types.Any, Types.String);
        // (message, first, last) of a bad printf format, or nothing: Printf.Format's check
        slow("_printf_check", (a, n) -> {
            Object[] e = org.trufflejl.runtime.Printf.formatError(a[0].toString());
            return e == null ? JlNothing.INSTANCE : new org.trufflejl.runtime.JlTuple(JlString.of((String) e[0]), e[1], e[2]);
        }, Types.String);
        // "Closest candidates are:" of a MethodError: methods of the same arity, defined in TruffleJL
        // code; (f, kws, args...) with kws the call's keywords (a NamedTuple) or nothing
        slowVar("_method_candidates", (a, n) -> JlString.of(org.trufflejl.runtime.MethodCandidates.of(functionOf(a[0], n),
                        java.util.Arrays.copyOfRange(a, 2, a.length),
                        a[1] instanceof org.trufflejl.runtime.JlNamedTuple kws ? kws.names : null)), Types.Any, Types.Any, Types.Any);
        // Core.kwcall(kws, f, args...): a call with keywords (its method is in Base, iteration.jl)
        JlContext.functionIn(context.core, Symbol.of("kwcall"));
        // Core.Typeof(x): the type x dispatches as (its method is in Base, operators.jl)
        JlContext.functionIn(context.core, Symbol.of("Typeof"));
        slow("_methods", (a, n) -> {
            Method[] ms = functionOf(a[0], n).table.methods();
            return JlArray.vector(Types.MethodT, ms.clone(), ms.length);
        }, Types.Any);
        // (signature, module path, file, line) of a method, for the listing methods(f) shows
        slow("_method_parts", (a, n) -> {
            Method m = (Method) a[0];
            String callee = m.calleeDisplay(org.trufflejl.parser.ExprPrinter.showName(m.ownerName()));
            if (m.calleeArgName != null && callee.startsWith("(::")) {
                callee = "(" + m.calleeArgName + callee.substring(1);   // (s::Scale), as Julia's show(::Method)
            }
            return new JlTuple(new Object[]{JlString.of(m.signatureString(callee)), JlString.of(m.moduleName()),
                            JlString.of(org.trufflejl.runtime.Printing.shownFile(m)), (long) m.line});
        }, Types.MethodT);
        slow("keys", (a, n) -> new JlTuple((Object[]) ((org.trufflejl.runtime.JlNamedTuple) a[0]).names.clone()), Types.NamedTupleFamily.any);
        slow("values", (a, n) -> new JlTuple(((org.trufflejl.runtime.JlNamedTuple) a[0]).values.clone()), Types.NamedTupleFamily.any);
        slowReturning(Types.Int64, "nfields", (a, n) -> (long) (a[0] instanceof JlStructObject s ? s.fieldCount() : a[0] instanceof JlTuple t ? t.elements.length
                        : a[0] instanceof JlFunction f && f.captures != null ? f.captures.length   // a closure's fields are its captures
                        : Types.typeOf(a[0]) instanceof DataType d && org.trufflejl.nodes.DataNodes.GetPropertyNode.syntaxFieldNames(d) != null
                                        ? org.trufflejl.nodes.DataNodes.GetPropertyNode.syntaxFieldNames(d).length : 0),
                        Types.Any);
        slow("nameof", (a, n) -> a[0] instanceof JlFunction f ? f.table.name : a[0] instanceof JlModule m ? m.name
                        : ArrayBuiltins.unwrapped(a[0]).closureName != null ? ArrayBuiltins.unwrapped(a[0]).closureName
                        : ArrayBuiltins.unwrapped(a[0]).name, Types.Any);
        slow("objectid", (a, n) -> new UInt64(Egality.objectid(a[0])), Types.Any);
        // A deliberate bug, so that tests can check how the launcher reports internal errors.
        slow("_internal_error_for_testing", (a, n) -> {
            throw new IllegalStateException("deliberate internal error (test hook)");
        });
        slow("include", (a, n) -> {
            JlContext ctx = n.context();
            return Toplevel.include(ctx, ctx.currentModule(), a[0].toString(), ctx.currentFile());
        }, Types.String);
        slow("include", (a, n) -> {
            JlContext ctx = n.context();
            return Toplevel.include(ctx, (org.trufflejl.runtime.JlModule) a[0], a[1].toString(), ctx.currentFile());
        }, Types.Module, Types.String);
        // include_string(m, code, filename): code as a file named filename, evaluated in module m as
        // include evaluates a file (an error leaving it is a LoadError)
        slow("_include_string", (a, n) -> {
            com.oracle.truffle.api.source.Source src = com.oracle.truffle.api.source.Source.newBuilder(org.trufflejl.JlLanguage.ID, a[1].toString(), a[2].toString()).build();
            return Toplevel.evalFile(n.context(), (org.trufflejl.runtime.JlModule) a[0], src);
        }, Types.Module, Types.String, Types.String);
        // the launcher's "Stacktrace:" lines for the error that just left the program
        slow("_uncaught_backtrace", (a, n) -> {
            String[] t = n.context().uncaughtBacktrace;
            n.context().uncaughtBacktrace = null;   // read once: a later error without one must not show this one's
            return t == null ? new JlTuple(JlString.of(""), JlString.of(""), JlString.of(""), JlString.of(""), JlString.of(""))
                            : new JlTuple(JlString.of(t[0]), JlString.of(t[1]), JlString.of(t[2]), JlString.of(t[3]), JlString.of(t[4]));
        });
        slow("_format_backtrace", (a, n) -> {
            JlArray calls = (JlArray) a[0];
            JlArray wheres = (JlArray) a[1];
            List<String> cs = new ArrayList<>();
            List<String> ws = new ArrayList<>();
            for (int i = 0; i < calls.length; i++) {
                cs.add(calls.get(i).toString());
                ws.add(wheres.get(i).toString());
            }
            return JlString.of(org.trufflejl.nodes.Backtrace.format(cs, ws));
        }, Types.Any, Types.Any);
        // catch_backtrace() and stacktrace(): the frames as (call, function, module, file, line)
        slow("_catch_backtrace", (a, n) -> {
            JlException current = n.context().currentHandled();
            return frameTuples(current == null ? java.util.List.of() : org.trufflejl.nodes.Backtrace.entries(current));
        });
        slow("_current_backtrace", (a, n) -> frameTuples(org.trufflejl.nodes.Backtrace.current(n)));
        // current_exceptions(): Julia's exception stack of the catch block running, oldest first,
        // as (exception, frames) pairs
        // (with a task: the exceptions it failed with, as Julia keeps a failed task's stack)
        slowVar("_current_exceptions", (a, n) -> {
            JlException current = a.length == 0 ? n.context().currentHandled()
                            : a[0] instanceof org.trufflejl.runtime.tasks.JlTask t && t.isFailed() ? t.exception() : null;
            JlException[] stack = current == null ? new JlException[0] : current.stackIncludingThis();
            Object[] out = new Object[stack.length];
            for (int i = 0; i < stack.length; i++) {
                out[i] = new JlTuple(stack[i].value, frameTuples(org.trufflejl.nodes.Backtrace.entries(stack[i])));
            }
            return JlArray.vector(Types.Any, out, out.length);
        }, Types.Any);
        slow("_include_lazily", (a, n) -> {
            Toplevel.includeLazily(n.context(), a[0].toString());
            return JlNothing.INSTANCE;
        }, Types.String);
        slow("__current_module__", (a, n) -> n.context().currentModule());
        // QuoteNode(x): a quoted value inside an expression (a macro's way to put a Symbol literal in)
        // Module(name): a new module using Base, not bound anywhere (evalfile's anonymous module)
        add(Types.Module.constructor(), sig(Types.SymbolT), null, () -> new SlowBuiltin((a, n) -> {
            JlContext ctx = n.context();
            org.trufflejl.runtime.JlModule m = new org.trufflejl.runtime.JlModule((org.trufflejl.runtime.Symbol) a[0], ctx.main);
            JlContext.defineConst(m, ((org.trufflejl.runtime.Symbol) a[0]).name, m);
            m.addUsing(ctx.core);
            m.addUsing(ctx.base);
            return m;
        }, Types.Module.constructor()));
        add(Types.QuoteNodeT.constructor(), sig(Types.Any), null, () -> new SlowBuiltin(
                        (a, n) -> new org.trufflejl.parser.QuoteNode(a[0] instanceof JlString str ? str.toString() : a[0]), Types.QuoteNodeT.constructor()));
        add(Types.ExprT.constructor(), sig(Types.SymbolT), Types.Any, () -> new SlowBuiltin((a, n) -> {
            Object[] args = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                // quoted strings inside an Expr are the parser's Java strings
                args[i - 1] = a[i] instanceof JlString str ? str.toString() : a[i];
            }
            return new org.trufflejl.parser.Expr((Symbol) a[0], args);
        }, Types.ExprT.constructor()));
        slow("_expr_source", (a, n) -> JlString.of(org.trufflejl.parser.ExprPrinter.toSource(a[0])), Types.ExprT);
        slow("copy", (a, n) -> ((org.trufflejl.parser.Expr) a[0]).deepCopy(), Types.ExprT);
        slow("_expr_source", (a, n) -> JlString.of(org.trufflejl.parser.ExprPrinter.toSource(a[0])), Types.QuoteNodeT);
        slow("_expr_source", (a, n) -> JlString.of(org.trufflejl.parser.ExprPrinter.toSource(a[0])), Types.LineNumberNodeT);
        // GlobalRef(m, :x): module m's global x (what macro hygiene makes of a macro's free names)
        add(Types.GlobalRefT.constructor(), sig(Types.Module, Types.SymbolT), null, () -> new SlowBuiltin(
                        (a, n) -> new org.trufflejl.parser.GlobalRef((JlModule) a[0], (Symbol) a[1]), Types.GlobalRefT.constructor()));
        slow("_expr_source", (a, n) -> JlString.of(org.trufflejl.parser.ExprPrinter.toSource(a[0])), Types.GlobalRefT);
        for (JlType t : new JlType[]{Types.ExprT, Types.QuoteNodeT, Types.LineNumberNodeT, Types.GlobalRefT}) {
            slow("_expr_show", (a, n) -> JlString.of(org.trufflejl.parser.ExprPrinter.show(a[0])), t);
        }
        // LineNumberNode(line, file): the file a Symbol or nothing
        add(Types.LineNumberNodeT.constructor(), sig(Types.Int64, Types.Any), null, () -> new SlowBuiltin(
                        (a, n) -> new org.trufflejl.parser.LineNumberNode((int) (long) (Long) a[0], a[1] instanceof Symbol f ? f.name : null),
                        Types.LineNumberNodeT.constructor()));
        add(Types.LineNumberNodeT.constructor(), sig(Types.Int64), null, () -> new SlowBuiltin(
                        (a, n) -> new org.trufflejl.parser.LineNumberNode((int) (long) (Long) a[0], null), Types.LineNumberNodeT.constructor()));
        // Core.eval(m, ex): ex as a top-level statement of module m
        slow("eval", (a, n) -> Toplevel.eval(n.context(), (JlModule) a[0], a[1]), Types.Module, Types.Any);
        JlContext.defineConst(context.core, "eval", fn("eval"));
        slow("_sys_info", (a, n) -> sysInfo(a[0].toString()), Types.String);
        // Meta.parse: (:ok, expr) for one expression, (:none, nothing) for none, (:extra, text)
        // when more follows, (:incomplete, msg) or (:error, msg) for a syntax error
        slow("_parse_string", (a, n) -> parseString(a[0].toString()), Types.String);
        slow("_parse_statement", (a, n) -> parseStatement(a[0].toString(), (Long) a[1]), Types.String, Types.Int64);
        slow("isidentifier", (a, n) -> org.trufflejl.parser.ExprPrinter.isIdentifier(a[0].toString()), Types.Any);
        slow("isoperator", (a, n) -> org.trufflejl.parser.ExprPrinter.isOperator(a[0].toString())
                        || org.trufflejl.parser.ExprPrinter.isUnaryOperator(a[0].toString()), Types.Any);
        slow("isunaryoperator", (a, n) -> org.trufflejl.parser.ExprPrinter.isUnaryOperator(a[0].toString()), Types.Any);
        slow("isbinaryoperator", (a, n) -> org.trufflejl.parser.ExprPrinter.isBinaryOperator(a[0].toString()), Types.Any);
        slow("ispostfixoperator", (a, n) -> org.trufflejl.parser.ExprPrinter.isPostfixOperator(a[0].toString()), Types.Any);
        // which(m, :name): the module whose binding `name` is, seen from m
        slow("which", (a, n) -> {
            Binding b = ((JlModule) a[0]).lookup((Symbol) a[1]);
            if (b == null) {
                throw Errors.error("\"" + a[1] + "\" is not defined in module " + ((JlModule) a[0]).path(), n);
            }
            return b.owner;
        }, Types.Module, Types.SymbolT);
        slow("_parse_all", (a, n) -> Toplevel.parseAll(n.context(), a[0].toString(), a[1].toString()), Types.String, Types.String);
        slow("_setdoc!", (a, n) -> {
            Docs.set((JlModule) a[0], (Symbol) a[1], a[2].toString());
            return JlNothing.INSTANCE;
        }, Types.Module, Types.SymbolT, Types.Any);
        // the docstrings of m.name, in definition order (Base._getdoc parses them as Markdown)
        slow("_getdoc_texts", (a, n) -> {
            ensureBaseDocs(n.context());
            return stringVector(Docs.getAll((JlModule) a[0], (Symbol) a[1]));
        }, Types.Module, Types.SymbolT);
        // a standard library module for Base's own use (Markdown for documentation), loaded on first use
        slow("_stdlib_module", (a, n) -> Toplevel.stdlibModule(n.context(), (Symbol) a[0]), Types.SymbolT);
        slow("_repl_completions", (a, n) -> JlString.of(ReplSupport.completions(n.context(), a[0].toString())), Types.String);
        slow("_similar_names", (a, n) -> JlString.of(ReplSupport.similarNames(n.context(), (JlModule) a[0], a[1].toString())),
                        Types.Module, Types.SymbolT);
        slow("_has_binding", (a, n) -> ((JlModule) a[0]).lookup((Symbol) a[1]) != null, Types.Module, Types.SymbolT);
        slow("_getdoc_value_texts", (a, n) -> {
            ensureBaseDocs(n.context());
            return stringVector(Docs.getAllByValue(a[0]));
        }, Types.Any);
        slow("isdefined", (a, n) -> {
            Binding b = ((JlModule) a[0]).lookup((Symbol) a[1]);
            return b != null && b.value != null || JlModule.isBuiltinMacro((Symbol) a[1]);
        }, Types.Module, Types.SymbolT);
        // isdefined(x, field): whether an object's field (by index or name) has a value
        slow("isdefined", (a, n) -> {
            if (a[0] instanceof JlStructObject s) {
                int i = a[1] instanceof Long k ? (int) (k - 1) : s.type.fieldIndex((Symbol) a[1]);
                return i >= 0 && i < s.fieldCount() && s.getField(i) != null;
            }
            int count = a[0] instanceof JlTuple t ? t.elements.length : a[0] instanceof org.trufflejl.runtime.JlNamedTuple nt ? nt.size() : 0;
            if (a[1] instanceof Long k) {
                return k >= 1 && k <= count;
            }
            if (a[1] instanceof Symbol s && org.trufflejl.runtime.JlUnitRange.field(a[0], s.name) != null) {
                return true;
            }
            return a[0] instanceof org.trufflejl.runtime.JlNamedTuple nt && nt.indexOf((Symbol) a[1]) >= 0;
        }, Types.Any, Types.Any);
        slow("isconst", (a, n) -> {
            Binding b = ((JlModule) a[0]).lookup((Symbol) a[1]);
            return b != null && b.value != null && b.isConst;
        }, Types.Module, Types.SymbolT);
        // isconst(T, field): every field of an immutable type, a mutable struct's `const` ones
        slow("isconst", (a, n) -> {
            DataType d = dataTypeOf(a[0], n);
            int i = d.fieldIndex((Symbol) a[1]);
            return i >= 0 && (!d.isMutable || d.family.isConstField(i));
        }, Types.Type, Types.SymbolT);
        slow("parentmodule", (a, n) -> {
            return ((JlModule) a[0]).parentModule();
        }, Types.Module);
        slow("parentmodule", (a, n) -> {
            JlModule m = ((org.trufflejl.runtime.JlFunction) a[0]).table.module;
            return m == null ? n.context().main : m;
        }, Types.Function);
        // parentmodule(T): where the type was defined; the built-in ones are Core's, or Base's
        // where Core has no such name (Julia's Dict, String's functions' types...)
        slow("parentmodule", (a, n) -> {
            if (!(a[0] instanceof DataType || a[0] instanceof org.trufflejl.runtime.types.UnionAll)) {
                throw Errors.methodError(fn("parentmodule"), a, n);
            }
            org.trufflejl.runtime.types.TypeFamily f = ArrayBuiltins.unwrapped(a[0]).family;
            if (f.module != null) {
                return f.module;
            }
            JlContext c = n.context();
            Binding inCore = c.core.existingOwnBinding(f.name);
            boolean core = inCore != null && (inCore.value instanceof DataType || inCore.value instanceof org.trufflejl.runtime.types.UnionAll)
                            && ArrayBuiltins.unwrapped(inCore.value).family == f;
            return core ? c.core : c.base;
        }, Types.Type);
        slow("_exported_names", (a, n) -> {
            JlModule m = (JlModule) a[0];
            java.util.List<Symbol> ns = m.exportedNames();
            if (m == n.context().main) {
                // as Julia's jl_module_names: Main's own names are public too (not eval/include)
                java.util.Set<Symbol> all = new java.util.TreeSet<>((x, y) -> x.name.compareTo(y.name));
                all.addAll(ns);
                for (Symbol s : m.ownNames()) {
                    if (!s.name.startsWith("#") && !s.name.equals("eval") && !s.name.equals("include")) {
                        all.add(s);
                    }
                }
                all.add(Symbol.of("Base"));
                all.add(Symbol.of("Core"));
                ns = new ArrayList<>(all);
            }
            return JlArray.vector(Types.SymbolT, ns.toArray(), ns.size());
        }, Types.Module);
        // every name the module binds (hidden ones too), with its exports, sorted
        slow("_all_names", (a, n) -> {
            JlModule m = (JlModule) a[0];
            java.util.Set<Symbol> all = new java.util.TreeSet<>((x, y) -> x.name.compareTo(y.name));
            all.addAll(m.ownNames());
            all.addAll(m.exportedNames());
            return JlArray.vector(Types.SymbolT, all.toArray(), all.size());
        }, Types.Module);
        slow("_methods_string", (a, n) -> {
            JlFunction f = (JlFunction) a[0];
            List<String> lines = new ArrayList<>();
            for (Method m : f.table.methods()) {
                lines.add(m.signatureString(org.trufflejl.parser.ExprPrinter.showName(f.name())));
            }
            return JlString.of(String.join("\n", lines));
        }, Types.Function);
    }

    /**
     * A type's field names: a struct's symbols, a tuple type's positions (1, 2, ...), a named
     * tuple type's names; a tuple type of no definite length has none (Julia's error).
     */
    private static Object[] fieldNamesOf(DataType d, Node n) {
        if (d.family == Types.TupleFamily) {
            if (d.parameters == null) {
                throw Errors.argumentError("type does not have a definite number of fields", n);   // Tuple itself
            }
            Object[] positions = new Object[d.parameters.length];
            for (int i = 0; i < positions.length; i++) {
                if (d.parameters[i] instanceof org.trufflejl.runtime.types.VarargType) {
                    throw Errors.argumentError("type does not have a definite number of fields", n);
                }
                positions[i] = (long) (i + 1);
            }
            return positions;
        }
        if (d.family == Types.NamedTupleFamily && d.parameters.length == 2 && d.parameters[0] instanceof JlTuple names) {
            return names.elements.clone();
        }
        Symbol[] syntax = org.trufflejl.nodes.DataNodes.GetPropertyNode.syntaxFieldNames(d);
        return syntax != null ? syntax : d.fieldNames.clone();
    }

    /**
     * {@code T.types}: a tuple type's parameters (a Vararg included), a named tuple type's
     * values' types, else the field types (none for a primitive or abstract type).
     */
    @TruffleBoundary
    public static Object[] typesProperty(DataType d) {
        DataType tupleType = d.family == Types.NamedTupleFamily && d.parameters.length == 2 && d.parameters[1] instanceof DataType t ? t : d;
        if (tupleType.family == Types.TupleFamily && tupleType.parameters != null) {
            return java.util.Arrays.copyOf(tupleType.parameters, tupleType.parameters.length, Object[].class);
        }
        JlType[] types = fieldTypesOf(d);
        return java.util.Arrays.copyOf(types, types.length, Object[].class);
    }

    /** The field types matching {@link #fieldNamesOf}. */
    private static JlType[] fieldTypesOf(DataType d) {
        DataType tupleType = d.family == Types.NamedTupleFamily && d.parameters.length == 2 && d.parameters[1] instanceof DataType t ? t : d;
        if (tupleType.family == Types.TupleFamily && tupleType.parameters != null) {
            JlType[] types = new JlType[tupleType.parameters.length];
            for (int i = 0; i < types.length; i++) {
                types[i] = tupleType.parameters[i] instanceof JlType t ? t : Types.Any;
            }
            return types;
        }
        if (d == Types.ExprT) {
            return new JlType[]{Types.SymbolT, Types.arrayOf(Types.Any, 1)};
        } else if (d == Types.QuoteNodeT) {
            return new JlType[]{Types.Any};
        } else if (d == Types.LineNumberNodeT) {
            return new JlType[]{Types.Int64, Types.Any};
        } else if (d == Types.GlobalRefT) {
            return new JlType[]{Types.Module, Types.SymbolT};
        } else if (d == Types.DataTypeT) {
            return new JlType[]{Types.TypeNameT, Types.DataTypeT, Types.SimpleVectorT, Types.SimpleVectorT, Types.Any, Types.Any,
                            Types.Int32, Types.UInt16T};
        } else if (d == Types.UnionAllT) {
            return new JlType[]{Types.TypeVarT, Types.Any};
        } else if (d == Types.UnionT) {
            return new JlType[]{Types.Any, Types.Any};
        } else if (d == Types.TypeVarT) {
            return new JlType[]{Types.SymbolT, Types.Any, Types.Any};
        }
        return d.fieldTypes;
    }

    /** The body of a UnionAll (all its where-variables stripped); any other value as it is. */
    private static Object unwrapUnionAll(Object t) {
        return t instanceof org.trufflejl.runtime.types.UnionAll ua ? ua.unwrap() : t;
    }

    private static DataType dataTypeOf(Object t, Node n) {
        if (t instanceof DataType d) {
            return d;
        } else if (t instanceof org.trufflejl.runtime.types.UnionAll u && u.unwrap() instanceof DataType d) {
            return d;
        }
        throw Errors.argumentError("type does not have a definite number of fields", n);
    }

    private static JlFunction functionOf(Object f, Node n) {
        if (f instanceof JlFunction fn) {
            return fn;
        } else if (f instanceof DataType d) {
            return d.constructor();
        } else if (f instanceof org.trufflejl.runtime.types.UnionAll u && u.unwrap() instanceof DataType d) {
            return d.family.wrapperConstructor();
        } else if (f instanceof JlStructObject s && s.type.family.callables() != null) {
            return s.type.family.callables().callFunction;   // a callable struct: its (::T)(...) methods
        }
        throw Errors.argumentError("not a function: " + Types.typeOf(f).show(), n);
    }

    /** {@code applicable(f, args...)}: the method a call would run (may be AMBIGUOUS), or null. */
    private static Method lookupForTypes(Object f, Object tupleType, Node n) {
        if (!(tupleType instanceof DataType tt) || !tt.isTupleType() || tt.parameters == null) {
            throw Errors.typeError("hasmethod", "", Types.TupleFamily.any, tupleType, n);
        }
        JlType[] types = new JlType[tt.parameters.length];
        for (int i = 0; i < types.length; i++) {
            if (!(tt.parameters[i] instanceof JlType t) || t instanceof org.trufflejl.runtime.types.VarargType) {
                return null;
            }
            types[i] = t;
        }
        return functionOf(f, n).table.lookup(types);
    }

    private static Method lookupFor(Object[] a, Node n) {
        JlType[] types = new JlType[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            types[i - 1] = Types.dispatchTypeOf(a[i]);
        }
        return functionOf(a[0], n).table.lookup(types);
    }

    /** A field's value; a field an inner constructor's {@code new} left unset is an UndefRefError, as in Julia. */
    /** {@code getfield(o, i)} for what {@link FastBuiltins.GetField} does not read at once. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static Object getfieldByIndex(Object o, long index, Node n) {
        long i = index;
        Symbol[] syntax = org.trufflejl.nodes.DataNodes.GetPropertyNode.syntaxFieldNames(Types.typeOf(o) instanceof DataType d ? d : null);
        int count = o instanceof JlStructObject s ? s.fieldCount()
                        : o instanceof JlTuple t ? t.elements.length
                        : o instanceof org.trufflejl.runtime.JlNamedTuple nt ? nt.size() : syntax != null ? syntax.length : 0;
        if (i < 1 || i > count) {
            throw Errors.boundsError(o, index, n);
        }
        if (syntax != null) {
            return getfield(o, syntax[(int) i - 1], n);
        }
        if (o instanceof JlStructObject s) {
            return definedField(s, (int) i - 1, n);
        } else if (o instanceof JlTuple t) {
            return t.elements[(int) i - 1];
        }
        return ((org.trufflejl.runtime.JlNamedTuple) o).values[(int) i - 1];
    }

    /** {@code getfield(o, name)} for what {@link FastBuiltins.GetField} does not read at once. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static Object getfieldByName(Object o, Symbol name, Node n) {
        return getfield(o, name, n);
    }

    static Object definedFieldOf(JlStructObject s, int i, Node n) {
        return definedField(s, i, n);
    }

    private static Object definedField(JlStructObject s, int i, Node n) {
        Object v = s.getField(i);
        if (v == null) {
            throw new JlException(JlStructObject.of(Types.UndefRefError), n);
        }
        return v;
    }

    private static Object getfield(Object o, Symbol name, Node n) {
        if (o instanceof JlStructObject s) {
            int i = s.type.fieldIndex(name);
            if (i >= 0) {
                return definedField(s, i, n);
            }
        } else if (o instanceof org.trufflejl.runtime.JlNamedTuple nt) {
            int i = nt.indexOf(name);
            if (i >= 0) {
                return nt.values[i];
            }
        } else if (o instanceof JlModule m) {
            Binding b = m.resolve(name);
            if (b != null && b.value != null) {
                return b.value;
            }
            throw Errors.undefVar(name, n);
        } else if (org.trufflejl.runtime.JlUnitRange.field(o, name.name) instanceof Object v) {
            return v;
        } else if (o instanceof JlFunction f && f.captured(name, n) instanceof Object v) {
            return v;
        } else if (org.trufflejl.nodes.DataNodes.GetPropertyNode.syntaxField(o, name.name) instanceof Object v) {
            return v;
        } else if (org.trufflejl.nodes.DataNodes.GetPropertyNode.typeField(o, name.name) instanceof Object v) {
            return v;
        }
        throw Errors.noField(Types.typeOf(o), name, n);
    }

    private static long allocatedBytes() {
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            long b = t.getCurrentThreadAllocatedBytes();
            if (b >= 0) {
                return b;
            }
        }
        return 0;   // not measurable here (a virtual thread): no allocation is reported
    }

    private static long gcTimeNanos() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms * 1_000_000;
    }



    /** The JDK's strong-as-the-OS random source, made on first use (its seeding reads the OS). */
    private static final class OsEntropy {
        static final java.security.SecureRandom SOURCE = new java.security.SecureRandom();
    }
}
