package org.trufflejl.runtime;

import org.trufflejl.runtime.types.DataType;

import org.trufflejl.runtime.types.Types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The probing and rehashing of Base's {@code Dict} (dict.jl, Julia 1.10's algorithm) for a
 * Dict whose keys are Int64, String, Symbol, Char or tuples of two or three Int64s and a key of
 * that same type (and a
 * {@code Dict{Any}} probed for an Int64 or String key): the same slots and the same results as
 * the Julia code, in one call. Dict operations run in every kind of
 * script, most of them short, where the interpreter paid for dozens of node calls per lookup and
 * a compilation of the generic code took most of a second; keys of other types (and user
 * {@code hash}/{@code isequal} methods) keep the Julia code.
 */
public final class DictTable {
    // the fields of Base's Dict, in dict.jl's order
    private static final int SLOTS = 0;
    private static final int KEYS = 1;
    private static final int VALS = 2;
    private static final int NDEL = 3;
    private static final int COUNT = 4;
    private static final int AGE = 5;
    private static final int IDXFLOOR = 6;
    private static final int MAXPROBE = 7;
    private static final int MAX_ALLOWED_PROBE = 16;
    private static final int MAX_PROBE_SHIFT = 6;

    private DictTable() {
    }

    /** {@code hash(key)} (h = 0) for the key types handled here. */
    static long keyHash(Object key) {
        if (key instanceof Long x) {
            return Hashing.hashInt64(x, 0);
        } else if (key instanceof JlString s) {
            return Hashing.hashString(s.bytes(), 0);
        } else if (key instanceof Symbol s) {
            return s.hash;
        } else if (key instanceof JlChar c) {
            return Hashing.hashChar(c.codePoint, 0);
        } else if (key instanceof ByteRange r) {
            return Hashing.hashString(r.bytes, r.from, r.length, 0);
        } else if (key instanceof JlTuple t && allInts(t)) {
            return intTupleHash(t);
        }
        return juliaHash(key);   // (also a tuple of other things, stored in a Dict{Any})
    }

    /** Julia's {@code hash(t::Tuple, h)} of a tuple of Int64s: {@code hash(t[1], hash(tail(t), h))}, from {@code h + tuplehash_seed}. */
    private static long intTupleHash(JlTuple t) {
        long h = TUPLE_HASH_SEED;
        for (int i = t.elements.length - 1; i >= 0; i--) {
            h = Hashing.hashInt64((Long) t.elements[i], h);
        }
        return h;
    }

    private static final long TUPLE_HASH_SEED = 0x77cfa1eef01bca90L;

    private static boolean allInts(JlTuple t) {
        for (Object x : t.elements) {
            if (!(x instanceof Long)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameInts(JlTuple a, JlTuple b) {
        for (int i = 0; i < a.elements.length; i++) {
            if (((Long) a.elements[i]).longValue() != ((Long) b.elements[i]).longValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A String key given as a stretch of another String's bytes (a SubString probed in a
     * Dict{String} or Dict{SubString{String}}): hashed and compared in place, without making the
     * String.
     */
    private record ByteRange(byte[] bytes, int from, int length) {
        /** Whether a key of the table (a String, or in a Dict{SubString{String}} a SubString) has these bytes. */
        boolean sameAs(Object key) {
            if (key instanceof JlString str) {
                return sameAs(str.bytes(), 0, str.bytes().length);
            }
            JlStructObject sub = (JlStructObject) key;
            return sameAs(SubStrings.parent(sub).bytes(), (int) SubStrings.offset(sub), (int) SubStrings.ncodeunits(sub));
        }

        private boolean sameAs(byte[] other, int otherFrom, int otherLength) {
            if (otherLength != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (bytes[from + k] != other[otherFrom + k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * ht_keyindex of a Dict{String} or Dict{SubString{String}} for the String of {@code length}
     * bytes of {@code s} from {@code from} (0-based): the slot holding it, 1-based, or -1.
     */
    public static long keyIndexOfBytes(JlStructObject d, JlString s, int from, int length) {
        long r = keyIndex(d, new ByteRange(s.bytes(), from, length), 0, false);
        return r != MIXED ? r : -1;   // (its keys are all strings: never MIXED)
    }

    /** {@link #keyIndexOfBytes} for the bytes of a {@code SubString{String}}. */
    public static long keyIndexOfSubstring(JlStructObject d, JlStructObject sub) {
        return keyIndexOfBytes(d, SubStrings.parent(sub), (int) SubStrings.offset(sub), (int) SubStrings.ncodeunits(sub));
    }

    /** ht_keyindex2_shorthash! of a Dict{SubString{String}} for a SubString's bytes ({@link #keyIndex2}). */
    public static long keyIndex2OfSubstring(JlStructObject d, JlStructObject sub) {
        return keyIndex2(d, new ByteRange(SubStrings.parent(sub).bytes(), (int) SubStrings.offset(sub), (int) SubStrings.ncodeunits(sub)), 0, false);
    }

    /**
     * Base's {@code hash} of a key of another type: a {@code Dict{Any}} probed here for an Int64
     * or String key may hold keys of any type (1.0 beside 1), which its rehash must place as
     * the Julia code would.
     */
    @TruffleBoundary
    private static long juliaHash(Object key) {
        return ((org.trufflejl.runtime.num.UInt64) JlContext.get(null).callBase("hash", key)).bits;
    }

    /** {@link #match}: the keys differ in class, which only Base's isequal can decide. */
    private static final int UNDECIDED = -1;

    /**
     * Whether the key in slot {@code i} is the probed key (1) or not (0), or {@link #UNDECIDED}.
     * An Int64 key is probed as a primitive ({@code key} null, the value in {@code intKey}): its
     * box is not used past the entry, because a boxed key that could escape or be compared by
     * identity on any path of a probe loop was allocated on every lookup (24 bytes a lookup of
     * a key above 127).
     */
    private static int match(Object key, long intKey, Object keyStore, int i) {
        if (key == null) {
            if (keyStore instanceof long[] l) {
                return l[i] == intKey ? 1 : 0;
            }
            Object k = ((Object[]) keyStore)[i];
            return k instanceof Long y ? (y.longValue() == intKey ? 1 : 0) : UNDECIDED;
        }
        Object k = ((Object[]) keyStore)[i];
        if (key instanceof ByteRange r) {
            return r.sameAs(k) ? 1 : 0;
        } else if (key.getClass() != k.getClass()) {
            return UNDECIDED;   // only in a Dict{Any}: 1 finds the key 1.0
        } else if (key instanceof JlString str) {
            return str.equals(k) ? 1 : 0;
        } else if (key instanceof JlChar c) {
            return c.equals(k) ? 1 : 0;
        } else if (key instanceof JlTuple t) {
            return sameInts(t, (JlTuple) k) ? 1 : 0;   // (a Dict keyed by tuples of as many Int64s)
        }
        return key == k ? 1 : 0;   // a Symbol
    }

    /** {@link #match} deciding keys of different classes with Base's isequal. */
    private static boolean matchMixed(Object key, Object keyStore, int i) {
        Object k = keyStore instanceof long[] l ? (Object) l[i] : ((Object[]) keyStore)[i];
        if (key.getClass() != k.getClass()) {
            return juliaIsequal(key, k);
        }
        return key instanceof Long x ? x.longValue() == (Long) k : match(key, 0, keyStore, i) == 1;
    }

    @TruffleBoundary
    private static boolean juliaIsequal(Object key, Object k) {
        return JlContext.get(null).callBase("isequal", key, k) == Boolean.TRUE;
    }

    private static byte shortHash(long hash) {
        return (byte) ((hash >>> 57) | 0x80);
    }

    // (a Dict's fields read and written by their kinds: through getField, whose kind is not a
    // constant here, each Int read made a box)

    /**
     * ht_keyindex: the 1-based slot holding {@code key}, or -1. Not a boundary: compiled into the
     * caller, an Int64 key's hash and probe are a few instructions (a call each was most of a
     * Dict lookup's time).
     */
    public static long keyIndex(JlStructObject d, Object key) {
        if (key instanceof Long x) {
            // (the box is not passed on even where MIXED is handled, after the loop: a virtual
            // object escaping on any path after a loop it lived through was allocated before it)
            long r = keyIndex(d, null, x, false);
            return r != MIXED ? r : keyIndexMixedInt(d, x);
        }
        long r = keyIndex(d, key, 0, false);
        return r != MIXED ? r : keyIndexMixed(d, key);
    }

    @TruffleBoundary
    private static long keyIndexMixedInt(JlStructObject d, long key) {
        return keyIndex(d, key, 0, true);
    }

    /** What a probe returns that met a key of another class (in a Dict{Any}): asked again, as a call. */
    private static final long MIXED = Long.MIN_VALUE + 1;

    @TruffleBoundary
    private static long keyIndexMixed(JlStructObject d, Object key) {
        return keyIndex(d, key, 0, true);
    }

    /** The probe of {@link #keyIndex}: the key as {@link #match} takes it, or ({@code mixed}) as an object matched by {@link #matchMixed}. */
    private static long keyIndex(JlStructObject d, Object key, long intKey, boolean mixed) {
        if (d.longField(COUNT) == 0) {
            return -1;
        }
        byte[] slots = (byte[]) ((JlArray) d.refField(SLOTS)).store;
        Object keys = ((JlArray) d.refField(KEYS)).store;
        int sz = slots.length;
        long maxprobe = d.longField(MAXPROBE);
        long hash = key == null ? Hashing.hashInt64(intKey, 0) : keyHash(key);
        byte sh = shortHash(hash);
        int index = (int) (hash & (sz - 1));
        for (int iter = 0;; iter++) {
            byte s = slots[index];
            if (s == 0) {
                return -1;
            }
            if (s == sh) {
                int m = mixed ? (matchMixed(key, keys, index) ? 1 : 0) : match(key, intKey, keys, index);
                if (m == 1) {
                    return index + 1;
                } else if (m == UNDECIDED) {
                    return MIXED;
                }
            }
            index = (index + 1) & (sz - 1);
            if (iter + 1 > maxprobe) {
                return -1;
            }
        }
    }

    /**
     * ht_keyindex2_shorthash!: {@code (index << 8) | shorthash}, index being the 1-based slot
     * holding {@code key} or minus the slot to put it in; grows the table when probing gives up.
     */
    public static long keyIndex2(JlStructObject d, Object key) {
        if (key instanceof Long x) {
            long r = keyIndex2(d, null, x, false);   // (the box not passed on: see keyIndex)
            return r != MIXED ? r : keyIndex2MixedInt(d, x);
        }
        long r = keyIndex2(d, key, 0, false);
        return r != MIXED ? r : keyIndex2Mixed(d, key);
    }

    @TruffleBoundary
    private static long keyIndex2Mixed(JlStructObject d, Object key) {
        return keyIndex2(d, key, 0, true);
    }

    @TruffleBoundary
    private static long keyIndex2MixedInt(JlStructObject d, long key) {
        return keyIndex2(d, key, 0, true);
    }

    /** ({@code mixed}: a key given as an object whatever its class, matched by {@link #matchMixed}.) */
    private static long keyIndex2(JlStructObject d, Object key, long intKey, boolean mixed) {
        long hash = key == null ? Hashing.hashInt64(intKey, 0) : keyHash(key);
        byte sh = shortHash(hash);
        while (true) {
            byte[] slots = (byte[]) ((JlArray) d.refField(SLOTS)).store;
            Object keys = ((JlArray) d.refField(KEYS)).store;
            int sz = slots.length;
            long maxprobe = d.longField(MAXPROBE);
            int index = (int) (hash & (sz - 1));
            int avail = 0;
            int iter = 0;
            while (true) {
                byte s = slots[index];
                if (s == 0) {
                    return pack(avail < 0 ? avail : -(index + 1), sh);
                }
                if (s == 0x7f) {
                    if (avail == 0) {
                        avail = -(index + 1);
                    }
                } else if (s == sh) {
                    int m = mixed ? (matchMixed(key, keys, index) ? 1 : 0) : match(key, intKey, keys, index);
                    if (m == 1) {
                        return pack(index + 1, sh);
                    } else if (m == UNDECIDED) {
                        return MIXED;
                    }
                }
                index = (index + 1) & (sz - 1);
                iter++;
                if (iter > maxprobe) {
                    break;
                }
            }
            if (avail < 0) {
                return pack(avail, sh);
            }
            long found = probeFurtherOrGrow(d, slots, index, iter, sz, sh);
            if (found != RETRY) {
                return found;
            }
        }
    }

    private static final long RETRY = Long.MIN_VALUE;

    /** Past the table's max probe: a free slot within the allowed distance, or a bigger table (then RETRY). */
    @TruffleBoundary
    private static long probeFurtherOrGrow(JlStructObject d, byte[] slots, int index, int iter, int sz, byte sh) {
        int maxAllowed = Math.max(MAX_ALLOWED_PROBE, sz >> MAX_PROBE_SHIFT);
        while (iter < maxAllowed) {
            if ((slots[index] & 0x80) == 0) {
                d.setLongField(MAXPROBE, (long) iter);
                return pack(-(index + 1), sh);
            }
            index = (index + 1) & (sz - 1);
            iter++;
        }
        rehash(d, d.longField(COUNT) > 64000 ? sz * 2L : sz * 4L);
        return RETRY;
    }

    /** The key array, for a caller to test {@link JlArray#storesUnboxed}. */
    public static JlArray keyArray(JlStructObject d) {
        return ((JlArray) d.refField(KEYS));
    }

    /** The value array, for a caller to test {@link JlArray#storesUnboxed}. */
    public static JlArray valueArray(JlStructObject d) {
        return ((JlArray) d.refField(VALS));
    }

    /**
     * Stores an element. Only with {@code anyStore} is the general way compiled in: storing an
     * object into an Object[] lets it escape, and a key or value that escapes on one path was
     * allocated on every path (it stays alive in the caller's frame past the merge).
     */
    private static void put(JlArray a, int i, Object v, boolean anyStore) {
        if (!a.setUnboxed(i, v)) {
            if (!anyStore) {
                CompilerDirectives.transferToInterpreter();   // the caller tested storesUnboxed
            }
            a.set(i, v);
        }
    }

    /**
     * setindex! of a value already converted to the Dict's value type; compiled into the caller
     * (rehash stays a call). {@code anyKey}, {@code anyValue}: see {@link #put} (apart, so that a
     * Set{Int}'s key, stored unboxed, does not escape for its values' sake).
     */
    public static void set(JlStructObject d, Object key, Object value, boolean anyKey, boolean anyValue) {
        long r = keyIndex2(d, key);
        int index = (int) (r >> 8);
        if (index > 0) {
            d.setLongField(AGE, d.longField(AGE) + 1);
            put(((JlArray) d.refField(KEYS)), index - 1, key, anyKey);
            put(((JlArray) d.refField(VALS)), index - 1, value, anyValue);
            return;
        }
        // _setindex!
        int i = -index - 1;
        byte[] slots = (byte[]) ((JlArray) d.refField(SLOTS)).store;
        long ndel = d.longField(NDEL);
        if (slots[i] == 0x7f) {
            d.setLongField(NDEL, --ndel);
        }
        slots[i] = (byte) r;
        put(((JlArray) d.refField(KEYS)), i, key, anyKey);
        put(((JlArray) d.refField(VALS)), i, value, anyValue);
        long count = d.longField(COUNT) + 1;
        d.setLongField(COUNT, count);
        d.setLongField(AGE, d.longField(AGE) + 1);
        if (i + 1 < d.longField(IDXFLOOR)) {
            d.setLongField(IDXFLOOR, (long) (i + 1));
        }
        // more than 2/3 full, deleted slots included
        if ((count + ndel) * 3 > slots.length * 2L) {
            rehash(d, count > 64000 ? count * 2 : Math.max(count * 4, 4));
        }
    }

    private static long pack(long index, byte sh) {
        return (index << 8) | (sh & 0xff);
    }

    /** rehash!: a table of {@code _tablesz(newsz)} slots holding the same entries. */
    @TruffleBoundary
    public static void rehash(JlStructObject d, long requested) {
        JlArray oldSlotArray = ((JlArray) d.refField(SLOTS));
        JlArray oldKeyArray = ((JlArray) d.refField(KEYS));
        JlArray oldValArray = ((JlArray) d.refField(VALS));
        byte[] olds = (byte[]) oldSlotArray.store;
        int newsz = tableSize(requested);
        d.setLongField(AGE, d.longField(AGE) + 1);
        d.setLongField(IDXFLOOR, 1L);
        byte[] slots = new byte[newsz];
        JlArray keyArray = JlArray.vector(oldKeyArray.elementType, JlArray.newStore(oldKeyArray.elementType, newsz), newsz);
        JlArray valArray = JlArray.vector(oldValArray.elementType, JlArray.newStore(oldValArray.elementType, newsz), newsz);
        long count = 0;
        int maxprobe = 0;
        DataType subString = SubStrings.type(JlContext.get(null));
        if (d.longField(COUNT) > 0) {
            for (int i = 0; i < olds.length; i++) {
                if ((olds[i] & 0x80) != 0) {
                    Object k = oldKeyArray.get(i);
                    int index0 = (int) (storedKeyHash(k, subString) & (newsz - 1));
                    int index = index0;
                    while (slots[index] != 0) {
                        index = (index + 1) & (newsz - 1);
                    }
                    maxprobe = Math.max(maxprobe, (index - index0) & (newsz - 1));
                    slots[index] = olds[i];
                    keyArray.set(index, k);
                    valArray.set(index, oldValArray.get(i));
                    count++;
                }
            }
        }
        d.setLongField(AGE, d.longField(AGE) + 1);
        d.setField(SLOTS, JlArray.vector(Types.UInt8T, slots, newsz));
        d.setField(KEYS, keyArray);
        d.setField(VALS, valArray);
        d.setLongField(COUNT, count);
        d.setLongField(NDEL, 0L);
        d.setLongField(MAXPROBE, (long) maxprobe);
    }

    /** {@link #keyHash} of a key in the table; a SubString's on its bytes, as Base's hash(::SubString{String}) gives it. */
    private static long storedKeyHash(Object k, DataType subString) {
        if (k instanceof JlStructObject s && s.type == subString) {
            return Hashing.hashString(SubStrings.parent(s).bytes(), (int) SubStrings.offset(s), (int) SubStrings.ncodeunits(s), 0);
        }
        return keyHash(k);
    }

    /** _tablesz: the power of two at or above x, at least 16. */
    private static int tableSize(long x) {
        if (x < 16) {
            return 16;
        }
        return Math.toIntExact(Long.highestOneBit(x - 1) << 1);
    }
}
