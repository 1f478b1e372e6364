package mmlens.engine.internal.mmu;

import java.util.Arrays;

/**
 * A per-pfn {@code int} array over {@code [0, length)} stored in chunks of {@value #CHUNK} entries
 * that are allocated on the first write of a value other than the default: memory is paid only for
 * the 16 MiB ranges of physical memory the model has touched. Reads of untouched entries give the
 * default.
 */
final class PfnInts {
    static final int SHIFT = 12;
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private final int length;
    private final int dflt;
    private final int[][] chunks;
    private int allocated;

    PfnInts(long length, int dflt) {
        this.length = (int) length;
        this.dflt = dflt;
        this.chunks = new int[(int) ((length + MASK) >>> SHIFT)][];
    }

    int length() {
        return length;
    }

    int get(int i) {
        int[] c = chunks[i >>> SHIFT];
        return c == null ? dflt : c[i & MASK];
    }

    void set(int i, int v) {
        int[] c = chunks[i >>> SHIFT];
        if (c == null) {
            if (v == dflt) {
                return;
            }
            c = chunk(i);
        }
        c[i & MASK] = v;
    }

    /** Adds delta to entry i and returns the new value. */
    int add(int i, int delta) {
        int[] c = chunks[i >>> SHIFT];
        if (c == null) {
            c = chunk(i);
        }
        return c[i & MASK] += delta;
    }

    void fill(int from, int to, int v) {
        for (int i = from; i < to; i++) {
            set(i, v);
        }
    }

    private int[] chunk(int i) {
        if (i < 0 || i >= length) {
            throw new ArrayIndexOutOfBoundsException(i);
        }
        int[] c = new int[CHUNK];
        if (dflt != 0) {
            Arrays.fill(c, dflt);
        }
        chunks[i >>> SHIFT] = c;
        allocated++;
        return c;
    }

    /** Heap bytes of the allocated chunks and the chunk directory. */
    long stateBytes() {
        return (long) allocated * CHUNK * 4 + chunks.length * 8L;
    }
}
