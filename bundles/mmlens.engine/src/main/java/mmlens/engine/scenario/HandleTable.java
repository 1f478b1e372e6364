package mmlens.engine.scenario;

import java.util.Arrays;

import mmlens.engine.EngineListener;

/**
 * Workload handles for allocations: handle -&gt; (pfn, order, cpu), following compaction migrations
 * and reclaim of page-cache folios. Handles are never reused, so a stale due-time entry of a
 * released handle can never free a later allocation.
 */
final class HandleTable implements EngineListener {
    private int[] pfn = new int[1024];
    private byte[] order = new byte[1024];
    private short[] cpu = new short[1024];
    private boolean[] live = new boolean[1024];
    private int next;
    private static final int CHUNK_SHIFT = 12;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;
    private int[][] byPfn = new int[64][];

    int add(int p, int o, int c) {
        int h = next++;
        if (h == pfn.length) {
            pfn = Arrays.copyOf(pfn, h * 2);
            order = Arrays.copyOf(order, h * 2);
            cpu = Arrays.copyOf(cpu, h * 2);
            live = Arrays.copyOf(live, h * 2);
        }
        pfn[h] = p;
        order[h] = (byte) o;
        cpu[h] = (short) c;
        live[h] = true;
        index(p, h);
        return h;
    }

    boolean live(int h) {
        return live[h];
    }

    int pfn(int h) {
        return pfn[h];
    }

    int order(int h) {
        return order[h];
    }

    int cpu(int h) {
        return cpu[h];
    }

    void release(int h) {
        live[h] = false;
        unindex(pfn[h]);
    }

    @Override
    public void migrate(int oldPfn, int newPfn, int o) {
        int h = handleAt(oldPfn);
        if (h >= 0) {
            unindex(oldPfn);
            pfn[h] = newPfn;
            index(newPfn, h);
        }
    }

    @Override
    public void reclaimed(int p, int o) {
        int h = handleAt(p);
        if (h >= 0) {
            release(h);
        }
    }

    // pfn -> handle + 1 (0: none) in 4096-pfn chunks allocated on first use
    private void index(int p, int h) {
        int c = p >>> CHUNK_SHIFT;
        if (c >= byPfn.length) {
            byPfn = Arrays.copyOf(byPfn, Math.max(c + 1, byPfn.length * 2));
        }
        int[] a = byPfn[c];
        if (a == null) {
            a = byPfn[c] = new int[1 << CHUNK_SHIFT];
        }
        a[p & CHUNK_MASK] = h + 1;
    }

    private void unindex(int p) {
        int c = p >>> CHUNK_SHIFT;
        if (c < byPfn.length && byPfn[c] != null) {
            byPfn[c][p & CHUNK_MASK] = 0;
        }
    }

    private int handleAt(int p) {
        int c = p >>> CHUNK_SHIFT;
        return c < byPfn.length && byPfn[c] != null ? byPfn[c][p & CHUNK_MASK] - 1 : -1;
    }
}
