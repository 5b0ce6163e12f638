package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;
import org.trufflejl.runtime.types.JlType;
import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An instance of a struct type (user structs, exception types): its type and its field values,
 * in one of six layouts fixed per type ({@link #layoutOf}, {@link #shapeOf}). A struct of one to
 * four fields that are all Int64, Float64, Int32, Float32 or Bool keeps them unboxed in the object
 * itself ({@link Tiny} for one, {@link Small} for two, {@link Inline} for three or four: one
 * load per field read, no Double/Long objects); with references among
 * them it is {@link Compact} (at most two of each sort) or {@link Mixed}; with more fields, some
 * numbers, {@link Wide}; every other struct keeps an {@code Object[]} ({@link Boxed}).
 */
@ExportLibrary(InteropLibrary.class)
public abstract class JlStructObject implements TruffleObject {
    public final DataType type;

    JlStructObject(DataType type) {
        this.type = type;
    }

    // The accessors test the three final layouts by class, not by a virtual call: partial
    // evaluation cannot inline a virtual call on a receiver of unknown class, and a Dict lookup
    // (its fields read through here) made eight real calls and boxed its key for them.

    /** Field {@code i} (0-based); null for a field a partial {@code new} left unassigned. */
    public final Object getField(int i) {
        if (this instanceof Boxed b) {
            return b.read(i);
        } else if (isNumbersOnly()) {
            return ((Words) this).readNumber(i);
        } else if (this instanceof Compact c) {
            return c.read(i);
        } else if (this instanceof Wide w) {
            return w.read(i);
        }
        return ((Mixed) this).read(i);
    }

    /**
     * Field {@code i}, an Int64, for code that knows its kind: read as a word where the layout
     * keeps one (through {@link #getField}, whose kind is not a constant in such code, each read
     * made a box).
     */
    public final long longField(int i) {
        if (this instanceof Compact c) {
            return c.word(slotOf(type, i));
        } else if (this instanceof Wide w) {
            return w.word(i);
        } else if (this instanceof Words w) {
            return w.bits(i);
        }
        return (Long) getField(i);
    }

    /** Stores Int64 {@code v} in field {@code i}, as {@link #longField} reads it. */
    public final void setLongField(int i, long v) {
        if (this instanceof Compact c) {
            c.setWord(slotOf(type, i), v);
        } else if (this instanceof Wide w) {
            w.setWord(i, v);
        } else if (this instanceof Words w) {
            w.setBits(i, v);
        } else {
            setField(i, v);
        }
    }

    /** Field {@code i}, a reference (not a number kept as a word), as {@link #longField} reads an Int64. */
    public final Object refField(int i) {
        if (this instanceof Boxed b) {
            return b.read(i);
        } else if (this instanceof Wide w) {
            return w.ref(i);
        } else if (this instanceof Mixed m) {
            return m.ref(i);
        } else if (this instanceof Compact c) {
            return c.ref(slotOf(type, i));
        }
        return getField(i);
    }

    /** Field {@code i}, a Float64, as {@link #longField} reads an Int64. */
    public final double doubleField(int i) {
        if (this instanceof Compact c) {
            return Double.longBitsToDouble(c.word(slotOf(type, i)));
        } else if (this instanceof Wide w) {
            return Double.longBitsToDouble(w.word(i));
        } else if (this instanceof Words w) {
            return Double.longBitsToDouble(w.bits(i));
        }
        return (Double) getField(i);
    }

    /** Stores a value already of the field's type. */
    public final void setField(int i, Object v) {
        if (this instanceof Boxed b) {
            b.write(i, v);
        } else if (isNumbersOnly()) {
            ((Words) this).writeNumber(i, v);
        } else if (this instanceof Compact c) {
            c.write(i, v);
        } else if (this instanceof Wide w) {
            w.write(i, v);
        } else {
            ((Mixed) this).write(i, v);
        }
    }

    /**
     * {@code s}, of a numbers-only type whose {@link #shapeOf} is {@code shape}, as its exact class
     * ({@link Tiny}, {@link Small} or {@link Inline}): where the shape is a constant the cast folds
     * and a field access is one load.
     */
    public static Words numbers(JlStructObject s, byte shape) {
        return shape == TINY ? CompilerDirectives.castExact(s, Tiny.class)
                        : shape == SMALL ? CompilerDirectives.castExact(s, Small.class) : CompilerDirectives.castExact(s, Inline.class);
    }

    /** Whether this is a struct of numbers only, one to four: a {@link Tiny}, {@link Small} or {@link Inline}. */
    public final boolean isNumbersOnly() {
        return this instanceof Tiny || this instanceof Small || this instanceof Inline;
    }

    public final int fieldCount() {
        if (this instanceof Boxed b) {
            return b.count();
        } else if (isNumbersOnly()) {
            return type.inlineLayout.length;
        } else if (this instanceof Compact c) {
            return c.count();
        } else if (this instanceof Wide w) {
            return w.count();
        }
        return ((Mixed) this).count();
    }

    /** A struct with these field values (already converted to the field types). */
    public static JlStructObject of(DataType type, Object... values) {
        byte[] kinds = type.inlineLayout;
        if (kinds == null) {
            kinds = layoutOf(type);
        }
        if (kinds.length == 0 || values.length != kinds.length) {
            return new Boxed(type, values);
        }
        return Inline.make(type, kinds, values);
    }

    /**
     * The field kinds of a type whose instances keep numbers unboxed (a primitive kind, or
     * {@link Inline#REF} for a field holding any other value), or an empty array: a type with at
     * least one Int64/Float64/Int32/Float32/Bool field is {@link Tiny}, {@link Small} or {@link Inline}
     * (one, two, three or four such fields), {@link Mixed} (one to four fields, some references: a SubString is one object, not
     * a struct, a field array and boxes) or {@link Wide} (more fields); others are Boxed.
     */
    @TruffleBoundary
    public static byte[] layoutOf(DataType type) {
        JlType[] fts = type.fieldTypes;
        byte[] kinds = new byte[fts.length];
        boolean sized = fts.length >= 1 && fts.length == type.fieldNames.length;
        boolean primitive = false;
        for (int i = 0; sized && i < fts.length; i++) {
            kinds[i] = Inline.kindOf(fts[i]);
            primitive |= kinds[i] != Inline.REF;
        }
        byte[] layout = sized && primitive ? kinds : new byte[0];
        type.inlineLayout = layout;
        return layout;
    }

    /** Instances of a type are one of these classes ({@link #shapeOf}). */
    public static final byte BOXED = 0;
    public static final byte INLINE = 1;
    public static final byte MIXED = 2;
    public static final byte WIDE = 3;
    public static final byte COMPACT = 4;
    public static final byte SMALL = 5;
    public static final byte TINY = 6;

    /** Which class {@code type}'s instances are: {@link #BOXED}, {@link #TINY}, {@link #SMALL}, {@link #INLINE}, {@link #MIXED}, {@link #COMPACT} or {@link #WIDE}. */
    public static byte shapeOf(DataType type) {
        byte[] kinds = type.inlineLayout;
        if (kinds == null) {
            kinds = layoutOf(type);
        }
        return kinds.length == 0 ? BOXED : kinds.length > Inline.MAX_FIELDS ? WIDE
                        : !Mixed.has(kinds) ? (kinds.length == 1 ? TINY : kinds.length <= Small.MAX_FIELDS ? SMALL : INLINE)
                        : Compact.fits(kinds) ? COMPACT : MIXED;
    }

    /** Where field {@code i} is in instances of this {@code shape}: its {@link #slotOf} for Compact ones, else {@code i}. */
    public static int slotOf(DataType type, byte shape, int i) {
        return shape == COMPACT ? slotOf(type, i) : i;
    }

    /**
     * Where field {@code i} of a {@link Compact} type's instances is: its index among the fields
     * of its sort (words or references), which is what {@link Compact}'s accessors take.
     */
    public static int slotOf(DataType type, int i) {
        byte[] kinds = type.inlineLayout;
        int slot = 0;
        for (int k = 0; k < i; k++) {
            if ((kinds[k] == Inline.REF) == (kinds[i] == Inline.REF)) {
                slot++;
            }
        }
        return slot;
    }

    /** Fields in an {@code Object[]}. */
    public static final class Boxed extends JlStructObject {
        private final Object[] fields;

        Boxed(DataType type, Object[] fields) {
            super(type);
            this.fields = fields;
        }

        Object read(int i) {
            return fields[i];
        }

        void write(int i, Object v) {
            fields[i] = v;
        }

        int count() {
            return fields.length;
        }
    }

    /**
     * The numbers of a struct as 64-bit words in the object, at their fields' indices: one here,
     * two in {@link Words2}, four in {@link Words4} ({@link Inline}, {@link Mixed}).
     */
    public abstract static class Words extends JlStructObject {
        private long f0;

        Words(DataType type) {
            super(type);
        }

        /** The word of field {@code i} (a second only in {@link Words2}, a third and fourth in {@link Words4}). */
        public final long bits(int i) {
            return i == 0 ? f0 : ((Words2) this).upper(i);
        }

        public final void setBits(int i, long b) {
            if (i == 0) {
                f0 = b;
            } else {
                ((Words2) this).setUpper(i, b);
            }
        }

        /** Field {@code i} of a struct of numbers only. */
        final Object readNumber(int i) {
            return Inline.fromBits(bits(i), type.inlineLayout[i]);
        }

        final void writeNumber(int i, Object v) {
            setBits(i, Inline.toBits(v, type.inlineLayout[i], type, i));
        }

        /** A struct of {@code n} numbers (one to four) with no field set yet. */
        static Words ofCount(DataType type, int n) {
            return n == 1 ? new Tiny(type) : n <= Small.MAX_FIELDS ? new Small(type) : new Inline(type);
        }
    }

    /** {@link Words} with room for two. */
    public abstract static class Words2 extends Words {
        private long f1;

        Words2(DataType type) {
            super(type);
        }

        final long upper(int i) {
            return i == 1 ? f1 : ((Words4) this).high(i);
        }

        final void setUpper(int i, long b) {
            if (i == 1) {
                f1 = b;
            } else {
                ((Words4) this).setHigh(i, b);
            }
        }
    }

    /** {@link Words} with room for four. */
    public abstract static class Words4 extends Words2 {
        private long f2;
        private long f3;

        Words4(DataType type) {
            super(type);
        }

        final long high(int i) {
            return i == 2 ? f2 : f3;
        }

        final void setHigh(int i, long b) {
            if (i == 2) {
                f2 = b;
            } else {
                f3 = b;
            }
        }
    }

    /**
     * One primitive field (a wrapper of a number, a circle's radius): 24 bytes. {@link Small} keeps
     * two (32 bytes) and {@link Inline} up to four (48): a million shapes of one or two Float64s,
     * read in a loop, waited a third of their time for memory when each was 48 bytes.
     */
    public static final class Tiny extends Words {
        private Tiny(DataType type) {
            super(type);
        }
    }

    /** Two primitive fields (see {@link Tiny}). */
    public static final class Small extends Words2 {
        static final int MAX_FIELDS = 2;

        private Small(DataType type) {
            super(type);
        }
    }

    /** Up to four primitive fields as raw 64-bit words in the object. */
    public static final class Inline extends Words4 {
        static final int MAX_FIELDS = 4;
        public static final byte NONE = 0;
        public static final byte I64 = 1;
        public static final byte F64 = 2;
        public static final byte I32 = 3;
        public static final byte F32 = 4;
        public static final byte BOOL = 5;
        /** A field holding any other value, as an object reference ({@link #ref}). */
        public static final byte REF = 6;


        private Inline(DataType type) {
            super(type);
        }

        /** An instance from its fields' words (as {@link #bits} gives them). */
        public static Words ofBits(DataType type, long b0, long b1, long b2, long b3) {
            int n = type.inlineLayout.length;
            Words s = Words.ofCount(type, n);
            s.setBits(0, b0);
            if (n > 1) {
                s.setBits(1, b1);
            }
            if (n > 2) {
                s.setBits(2, b2);
                s.setBits(3, b3);
            }
            return s;
        }

        static byte kindOf(JlType t) {
            return t == Types.Int64 ? I64 : t == Types.Float64 ? F64 : t == Types.Int32 ? I32 : t == Types.Float32 ? F32 : t == Types.Bool ? BOOL : REF;
        }

        @ExplodeLoop
        static JlStructObject make(DataType type, byte[] kinds, Object[] values) {
            if (kinds.length > MAX_FIELDS) {
                return Wide.make(type, kinds, values);
            }
            if (Compact.fits(kinds)) {
                Compact c = new Compact(type);
                int words = 0;
                int refs = 0;
                for (int i = 0; i < kinds.length; i++) {
                    c.storeField(kinds[i] == REF ? refs++ : words++, kinds[i], values[i]);
                }
                return c;
            }
            if (Mixed.has(kinds)) {
                Mixed m = new Mixed(type);
                for (int i = 0; i < kinds.length; i++) {
                    m.storeField(i, kinds[i], values[i]);
                }
                return m;
            }
            Words s = Words.ofCount(type, kinds.length);
            for (int i = 0; i < kinds.length; i++) {
                s.setBits(i, toBits(values[i], kinds[i], type, i));
            }
            return s;
        }

        /** Whether {@code v} is a value of kind {@code k} (what {@link #toBits} takes). */
        static boolean holds(Object v, byte k) {
            switch (k) {
                case I64:
                    return v instanceof Long;
                case F64:
                    return v instanceof Double;
                case I32:
                    return v instanceof Integer;
                case F32:
                    return v instanceof Float;
                default:
                    return v instanceof Boolean;
            }
        }

        /** The word of a value of kind {@code k}; an unassigned field (null) is 0, like Julia's uninitialized bits. */
        public static long toBits(Object v, byte k, DataType type, int i) {
            if (v == null) {
                return 0;
            }
            switch (k) {
                case I64:
                    if (v instanceof Long l) {
                        return l;
                    }
                    break;
                case F64:
                    if (v instanceof Double d) {
                        return Double.doubleToRawLongBits(d);
                    }
                    break;
                case I32:
                    if (v instanceof Integer n) {
                        return n;
                    }
                    break;
                case F32:
                    if (v instanceof Float f) {
                        return Float.floatToRawIntBits(f);
                    }
                    break;
                default:
                    if (v instanceof Boolean b) {
                        return b ? 1 : 0;
                    }
            }
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError("new", "", type.fieldTypes[i], v, null);
        }

        public static Object fromBits(long bits, byte k) {
            switch (k) {
                case I64:
                    return bits;
                case F64:
                    return Double.longBitsToDouble(bits);
                case I32:
                    return (int) bits;
                case F32:
                    return Float.intBitsToFloat((int) bits);
                default:
                    return bits != 0;
            }
        }

    }

    /**
     * A struct of up to four fields, some primitive (as words, like {@link Inline}) and some
     * holding other values ({@link Inline#REF}): a {@code SubString} or a struct of a String and
     * an Int is one object, where a {@link Boxed} one was the struct, its field array and a box
     * per number (retained in a vector, each of them survives a young collection: GC time).
     */
    public static final class Mixed extends Words4 {
        private Object r0;
        private Object r1;
        private Object r2;
        private Object r3;

        private Mixed(DataType type) {
            super(type);
        }

        /** Whether a layout has a REF field (its instances are Mixed). */
        public static boolean has(byte[] kinds) {
            for (byte k : kinds) {
                if (k == Inline.REF) {
                    return true;
                }
            }
            return false;
        }

        /** Reference field {@code i} (null if unassigned). */
        public Object ref(int i) {
            switch (i) {
                case 0:
                    return r0;
                case 1:
                    return r1;
                case 2:
                    return r2;
                default:
                    return r3;
            }
        }

        /** Field {@code i} of kind {@code k} (the type's layout; null for an unassigned REF field). */
        public Object field(int i, byte k) {
            return k == Inline.REF ? ref(i) : Inline.fromBits(bits(i), k);
        }

        /** Stores {@code v} (already of the field's type) in field {@code i} of kind {@code k}. */
        public void storeField(int i, byte k, Object v) {
            if (k == Inline.REF) {
                switch (i) {
                    case 0 -> r0 = v;
                    case 1 -> r1 = v;
                    case 2 -> r2 = v;
                    default -> r3 = v;
                }
                return;
            }
            setBits(i, Inline.toBits(v, k, type, i));
        }

        Object read(int i) {
            return field(i, type.inlineLayout[i]);
        }

        void write(int i, Object v) {
            storeField(i, type.inlineLayout[i], v);
        }

        int count() {
            return type.inlineLayout.length;
        }
    }

    /**
     * A {@link Mixed} struct of at most two numbers and two references (a {@code SubString}, a
     * {@code Pair{String,Int}}), each kept in the first free slot of its sort ({@link #slotOf}):
     * 40 bytes where a Mixed one, whose slots follow the field indices, is 64. Sites that know
     * the type pass the slot, a constant there.
     */
    public static final class Compact extends JlStructObject {
        private long w0;
        private long w1;
        private Object r0;
        private Object r1;

        private Compact(DataType type) {
            super(type);
        }

        /** Whether a layout (with references) fits: at most two fields of each sort. */
        public static boolean fits(byte[] kinds) {
            int refs = 0;
            for (byte k : kinds) {
                refs += k == Inline.REF ? 1 : 0;
            }
            return refs > 0 && refs <= 2 && kinds.length - refs <= 2;
        }

        public long word(int slot) {
            return slot == 0 ? w0 : w1;
        }

        public void setWord(int slot, long w) {
            if (slot == 0) {
                w0 = w;
            } else {
                w1 = w;
            }
        }

        public Object ref(int slot) {
            return slot == 0 ? r0 : r1;
        }

        /** The field in {@code slot} of kind {@code k} (null for an unassigned REF field). */
        public Object field(int slot, byte k) {
            return k == Inline.REF ? ref(slot) : Inline.fromBits(word(slot), k);
        }

        /** Stores {@code v} (already of the field's type) in {@code slot} of kind {@code k}. */
        public void storeField(int slot, byte k, Object v) {
            if (k == Inline.REF) {
                if (slot == 0) {
                    r0 = v;
                } else {
                    r1 = v;
                }
            } else if (v == null || Inline.holds(v, k)) {
                setWord(slot, Inline.toBits(v, k, type, 0));
            } else {
                CompilerDirectives.transferToInterpreter();
                Inline.toBits(v, k, type, fieldOfSlot(slot, k));   // throws the TypeError naming the field
            }
        }

        /** (for an error message: which field a slot is) */
        private int fieldOfSlot(int slot, byte k) {
            byte[] kinds = type.inlineLayout;
            for (int i = 0; i < kinds.length; i++) {
                if ((kinds[i] == Inline.REF) == (k == Inline.REF) && slotOf(type, i) == slot) {
                    return i;
                }
            }
            return 0;
        }

        Object read(int i) {
            return field(slotOf(type, i), type.inlineLayout[i]);
        }

        void write(int i, Object v) {
            storeField(slotOf(type, i), type.inlineLayout[i], v);
        }

        int count() {
            return type.inlineLayout.length;
        }
    }

    /**
     * A struct of more than four fields, some of them numbers: the numbers as words in a
     * {@code long[]}, the others in an {@code Object[]} (null when there are none), each at its
     * field's index. In a {@link Boxed} struct every store of a number made a box (a Dict's
     * {@code age} on every update, each coordinate of a six-Float64 particle on every step).
     */
    public static final class Wide extends JlStructObject {
        private final long[] words;
        private final Object[] refs;

        private Wide(DataType type, long[] words, Object[] refs) {
            super(type);
            this.words = words;
            this.refs = refs;
        }

        @ExplodeLoop
        static Wide make(DataType type, byte[] kinds, Object[] values) {
            Wide w = new Wide(type, new long[kinds.length], Mixed.has(kinds) ? new Object[kinds.length] : null);
            for (int i = 0; i < kinds.length; i++) {
                w.storeField(i, kinds[i], values[i]);
            }
            return w;
        }

        /** Field {@code i} of kind {@code k} (the type's layout; null for an unassigned REF field). */
        public Object field(int i, byte k) {
            return k == Inline.REF ? refs[i] : Inline.fromBits(words[i], k);
        }

        /** Stores {@code v} (already of the field's type) in field {@code i} of kind {@code k}. */
        public void storeField(int i, byte k, Object v) {
            if (k == Inline.REF) {
                refs[i] = v;
            } else {
                words[i] = Inline.toBits(v, k, type, i);
            }
        }

        /** Numeric field {@code i}'s word (for code that knows the field's kind, so no box is made). */
        public long word(int i) {
            return words[i];
        }

        public void setWord(int i, long w) {
            words[i] = w;
        }

        /** Reference field {@code i}. */
        public Object ref(int i) {
            return refs[i];
        }

        Object read(int i) {
            return field(i, type.inlineLayout[i]);
        }

        void write(int i, Object v) {
            storeField(i, type.inlineLayout[i], v);
        }

        int count() {
            return words.length;
        }
    }

    // ---- interop: fields are members ----

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        String[] names = new String[type.fieldNames.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = type.fieldNames[i].name;
        }
        return new InteropArray(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return type.fieldIndex(Symbol.of(member)) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return type.isMutable && type.fieldIndex(Symbol.of(member)) >= 0;
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int i = type.fieldIndex(Symbol.of(member));
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        return getField(i);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException, com.oracle.truffle.api.interop.UnsupportedTypeException {
        int i = type.fieldIndex(Symbol.of(member));
        if (i < 0 || !type.isMutable) {
            throw UnknownIdentifierException.create(member);
        }
        Object v = HostValues.fromHost(value);
        if (!Types.isa(v, type.fieldTypes[i])) {
            throw com.oracle.truffle.api.interop.UnsupportedTypeException.create(new Object[]{value}, "field " + member + " is a " + type.fieldTypes[i].show());
        }
        setField(i, v);
    }

    // ---- interop: an AbstractDict is a hash; the guest's own length/haskey/getindex answer ----

    @ExportMessage
    @TruffleBoundary
    boolean hasHashEntries() {
        Binding abstractDict = JlContext.get(null).base.resolve(Symbol.of("AbstractDict"));
        return abstractDict != null && abstractDict.value instanceof JlType t && Types.isSubtype(type, t);
    }

    @ExportMessage
    @TruffleBoundary
    long getHashSize() throws UnsupportedMessageException {
        requireHash();
        return ((Number) JlContext.get(null).callBase("length", this)).longValue();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    boolean isHashEntryExisting(Object key) {
        return hasHashEntries() && JlContext.get(null).callBase("haskey", this, HostValues.fromHost(key)) == Boolean.TRUE;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        return type.isMutable && hasHashEntries() && !isHashEntryExisting(key);
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!isHashEntryExisting(key)) {
            requireHash();
            throw UnknownKeyException.create(key);
        }
        return JlContext.get(null).callBase("getindex", this, HostValues.fromHost(key));
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object value) throws UnsupportedMessageException {
        requireHash();
        JlContext.get(null).callBase("setindex!", this, HostValues.fromHost(value), HostValues.fromHost(key));
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!isHashEntryExisting(key)) {
            requireHash();
            throw UnknownKeyException.create(key);
        }
        JlContext.get(null).callBase("delete!", this, HostValues.fromHost(key));
    }

    /** Entries are (key, value) tuples, which interop reads as two-element arrays. */
    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() throws UnsupportedMessageException {
        requireHash();
        Object entries = JlContext.get(null).callBase("_interop_hash_entries", this);
        return InteropLibrary.getUncached().getIterator(entries);
    }

    private void requireHash() throws UnsupportedMessageException {
        if (!hasHashEntries()) {
            throw UnsupportedMessageException.create();
        }
    }

    @Override
    public String toString() {
        return JlLanguageView.repr(this);
    }
}
