package mmlens.engine.internal.mmu;

import java.util.Arrays;

/**
 * A per-pfn {@code byte} array over {@code [0, length)} stored in chunks of {@value #CHUNK} entries
 * that are allocated on the first write of a value other than the default: memory is paid only for
 * the 16 MiB ranges of physical memory the model has touched. Reads of untouched entries give the
 * default. The chunk used last is kept at hand ({@link #hitIdx}), so runs of nearby pfns read and
 * write it without going through the chunk directory.
 */
final class PfnBytes {
    static final int SHIFT = 12;
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private final int length;
    private final byte dflt;
    private final byte[][] chunks;
    private int allocated;
    /** Directory index of {@link #hit}, the chunk used last (-1: none yet). */
    private int hitIdx = -1;
    private byte[] hit;

    PfnBytes(long length, int dflt) {
        this.length = (int) length;
        this.dflt = (byte) dflt;
        this.chunks = new byte[(int) ((length + MASK) >>> SHIFT)][];
    }

    int length() {
        return length;
    }

    int get(int i) {
        byte[] c = at(i);
        return c == null ? dflt : c[i & MASK];
    }

    void set(int i, int v) {
        byte[] c = at(i);
        if (c == null) {
            if (v == dflt) {
                return;
            }
            c = chunk(i);
        }
        c[i & MASK] = (byte) v;
    }

    /** Adds delta to entry i and returns the new value. */
    int add(int i, int delta) {
        byte[] c = at(i);
        if (c == null) {
            c = chunk(i);
        }
        return c[i & MASK] += (byte) delta;
    }

    /**
     * The chunk holding entry i (at index {@code i & (CHUNK - 1)}), or null while it is not
     * allocated. A chunk, once allocated, stays this entry range's storage for good: a caller may
     * keep it and read and write entries through it directly.
     */
    byte[] chunkOf(int i) {
        return chunks[i >>> SHIFT];
    }

    /** The chunk holding entry i, or null while it is not allocated. */
    private byte[] at(int i) {
        int ci = i >>> SHIFT;
        if (ci == hitIdx) {
            return hit;
        }
        byte[] c = chunks[ci];
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

    private byte[] chunk(int i) {
        if (i < 0 || i >= length) {
            throw new ArrayIndexOutOfBoundsException(i);
        }
        byte[] c = new byte[CHUNK];
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
        return (long) allocated * CHUNK + chunks.length * 8L;
    }
}
