package mmlens.engine.internal.mmu;

import java.util.Arrays;

/**
 * A per-pfn {@code short} array over {@code [0, length)} stored in chunks of {@value #CHUNK} entries
 * that are allocated on the first write of a value other than the default: memory is paid only for
 * the 16 MiB ranges of physical memory the model has touched. Reads of untouched entries give the
 * default. The chunk used last is kept at hand ({@link #hitIdx}), so runs of nearby pfns read and
 * write it without going through the chunk directory.
 */
final class PfnShorts {
    static final int SHIFT = 12;
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private final int length;
    private final short dflt;
    private final short[][] chunks;
    private int allocated;
    /** Directory index of {@link #hit}, the chunk used last (-1: none yet). */
    private int hitIdx = -1;
    private short[] hit;

    PfnShorts(long length, int dflt) {
        this.length = (int) length;
        this.dflt = (short) dflt;
        this.chunks = new short[(int) ((length + MASK) >>> SHIFT)][];
    }

    int length() {
        return length;
    }

    int get(int i) {
        short[] c = at(i);
        return c == null ? dflt : c[i & MASK];
    }

    void set(int i, int v) {
        short[] c = at(i);
        if (c == null) {
            if (v == dflt) {
                return;
            }
            c = chunk(i);
        }
        c[i & MASK] = (short) v;
    }

    /** Adds delta to entry i and returns the new value. */
    int add(int i, int delta) {
        short[] c = at(i);
        if (c == null) {
            c = chunk(i);
        }
        return c[i & MASK] += (short) delta;
    }

    /**
     * The chunk holding entry i (at index {@code i & (CHUNK - 1)}), or null while it is not
     * allocated. A chunk, once allocated, stays this entry range's storage for good: a caller may
     * keep it and read and write entries through it directly.
     */
    short[] chunkOf(int i) {
        return chunks[i >>> SHIFT];
    }

    /** The chunk holding entry i, or null while it is not allocated. */
    private short[] at(int i) {
        int ci = i >>> SHIFT;
        if (ci == hitIdx) {
            return hit;
        }
        short[] c = chunks[ci];
        if (c != null) {
            hitIdx = ci;
            hit = c;
        }
        return c;
    }

    void fill(int from, int to, int v) {
        for (int i = from; i < to; i++) {
            set(i, v);
        }
    }

    private short[] chunk(int i) {
        if (i < 0 || i >= length) {
            throw new ArrayIndexOutOfBoundsException(i);
        }
        short[] c = new short[CHUNK];
        if (dflt != 0) {
            Arrays.fill(c, dflt);
        }
        chunks[i >>> SHIFT] = c;
        hitIdx = i >>> SHIFT;
        hit = c;
        allocated++;
        return c;
    }

    /** Heap bytes of the allocated chunks and the chunk directory. */
    long stateBytes() {
        return (long) allocated * CHUNK * 2 + chunks.length * 8L;
    }
}
