package mmlens.engine.scenario;

import java.util.Arrays;
import java.util.SplittableRandom;

import mmlens.engine.EngineListener;

/**
 * Allocations owned by a workload: (pfn, order) pairs with O(1) add, remove, random pick, and pfn
 * updates when compaction migrates a block or reclaim drops it. Register it as an
 * {@link EngineListener} on the machine. Iteration order depends only on the operation history.
 */
public final class LiveSet implements EngineListener {
    private int[] pfns = new int[1024];
    private byte[] orders = new byte[1024];
    private int size;
    /** Open-addressing pfn -&gt; index + 1 (0 = empty), linear probing, power-of-two capacity. */
    private int[] keys = new int[2048];
    private int[] vals = new int[2048];
    private final boolean followReclaim;
    private long pages;

    /** @param followReclaim whether blocks dropped by reclaim leave the set (page cache) */
    public LiveSet(boolean followReclaim) {
        this.followReclaim = followReclaim;
        Arrays.fill(keys, -1);
    }

    public int size() {
        return size;
    }

    /** Pages held (sum of 1 &lt;&lt; order). */
    public long pages() {
        return pages;
    }

    public void add(int pfn, int order) {
        if (size == pfns.length) {
            pfns = Arrays.copyOf(pfns, size * 2);
            orders = Arrays.copyOf(orders, size * 2);
        }
        pfns[size] = pfn;
        orders[size] = (byte) order;
        size++;
        pages += 1L << order;
        put(pfn, size);
    }

    public int pfnAt(int i) {
        return pfns[i];
    }

    public int orderAt(int i) {
        return orders[i];
    }

    public int randomIndex(SplittableRandom rnd) {
        return rnd.nextInt(size);
    }

    /** Removes entry i (swap with last). */
    public void removeAt(int i) {
        int pfn = pfns[i];
        pages -= 1L << orders[i];
        remove(pfn);
        size--;
        if (i != size) {
            pfns[i] = pfns[size];
            orders[i] = orders[size];
            put(pfns[i], i + 1);
        }
    }

    public boolean contains(int pfn) {
        return get(pfn) != 0;
    }

    /** Index of pfn's entry, or -1. */
    public int indexOf(int pfn) {
        return get(pfn) - 1;
    }

    @Override
    public void migrate(int oldPfn, int newPfn, int order) {
        int idx = get(oldPfn);
        if (idx == 0) {
            return;
        }
        remove(oldPfn);
        pfns[idx - 1] = newPfn;
        put(newPfn, idx);
    }

    @Override
    public void reclaimed(int pfn, int order) {
        if (!followReclaim) {
            return;
        }
        int idx = get(pfn);
        if (idx != 0) {
            removeAt(idx - 1);
        }
    }

    private int slot(int pfn) {
        int h = pfn * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (keys.length - 1);
    }

    private int get(int pfn) {
        for (int s = slot(pfn);; s = (s + 1) & (keys.length - 1)) {
            if (keys[s] == -1) {
                return 0;
            }
            if (keys[s] == pfn) {
                return vals[s];
            }
        }
    }

    private void put(int pfn, int v) {
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        for (int s = slot(pfn);; s = (s + 1) & (keys.length - 1)) {
            if (keys[s] == -1 || keys[s] == pfn) {
                keys[s] = pfn;
                vals[s] = v;
                return;
            }
        }
    }

    private void remove(int pfn) {
        int s = slot(pfn);
        while (keys[s] != pfn) {
            if (keys[s] == -1) {
                return;
            }
            s = (s + 1) & (keys.length - 1);
        }
        keys[s] = -1;
        // backward-shift deletion keeps probe chains intact
        int j = s;
        while (true) {
            j = (j + 1) & (keys.length - 1);
            if (keys[j] == -1) {
                return;
            }
            int home = slot(keys[j]);
            boolean between = s <= j ? (s < home && home <= j) : (s < home || home <= j);
            if (!between) {
                keys[s] = keys[j];
                vals[s] = vals[j];
                keys[j] = -1;
                s = j;
            }
        }
    }

    private void rehash() {
        int[] ok = keys;
        int[] ov = vals;
        keys = new int[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(keys, -1);
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != -1) {
                for (int s = slot(ok[i]);; s = (s + 1) & (keys.length - 1)) {
                    if (keys[s] == -1) {
                        keys[s] = ok[i];
                        vals[s] = ov[i];
                        break;
                    }
                }
            }
        }
    }
}
