package mmlens.engine.proc;

import java.util.Locale;

import mmlens.engine.Machine;

/**
 * Builds a one-zone (Node 0 Normal, start pfn 0x100000, one cpu, pcp batch 1 / high 0 so frees go
 * straight to the buddy lists) machine from free-list counts, through the /proc importer.
 */
public final class SyntheticProc {
    private static final String[] TYPES = {"Unmovable", "Movable", "Reclaimable", "HighAtomic", "Isolate"};
    private final long[][] free = new long[5][11];
    private final long[] blocks = new long[5];
    private long min;
    private long low;
    private long high;

    public SyntheticProc blocks(int mt, long n) {
        blocks[mt] = n;
        return this;
    }

    public SyntheticProc free(int mt, int order, long n) {
        free[mt][order] = n;
        return this;
    }

    public SyntheticProc watermarks(long wmin, long wlow, long whigh) {
        this.min = wmin;
        this.low = wlow;
        this.high = whigh;
        return this;
    }

    public Machine build() {
        long nblocks = 0;
        for (long b : blocks) {
            nblocks += b;
        }
        long span = nblocks * 512;
        long[] buddy = new long[11];
        long freePages = 0;
        StringBuilder pti = new StringBuilder("Page block order: 9\nPages per block:  512\n\n");
        pti.append(String.format(Locale.ROOT, "%-43s ", "Free pages count per migrate type at order"));
        for (int o = 0; o < 11; o++) {
            pti.append(String.format(Locale.ROOT, "%6d ", o));
        }
        pti.append('\n');
        for (int mt = 0; mt < 5; mt++) {
            pti.append(String.format(Locale.ROOT, "Node %4d, zone %8s, type %12s ", 0, "Normal", TYPES[mt]));
            for (int o = 0; o < 11; o++) {
                pti.append(String.format(Locale.ROOT, "%6d ", free[mt][o]));
                buddy[o] += free[mt][o];
                if (mt != 4) {
                    freePages += free[mt][o] << o;
                }
            }
            pti.append('\n');
        }
        pti.append(String.format(Locale.ROOT, "\n%-23s", "Number of blocks type "));
        for (String t : TYPES) {
            pti.append(String.format(Locale.ROOT, "%12s ", t));
        }
        pti.append("\nNode 0, zone   Normal ");
        for (long b : blocks) {
            pti.append(String.format(Locale.ROOT, "%12d ", b));
        }
        pti.append('\n');
        StringBuilder bi = new StringBuilder("Node 0, zone   Normal ");
        for (long b : buddy) {
            bi.append(String.format(Locale.ROOT, "%6d ", b));
        }
        bi.append('\n');
        String zi = "Node 0, zone   Normal\n  pages free     " + freePages + "\n        boost    0\n        min      " + min
                + "\n        low      " + low + "\n        high     " + high + "\n        promo    " + high
                + "\n        spanned  " + span + "\n        present  " + span + "\n        managed  " + span
                + "\n        cma      0\n        protection: (0, 0, 0, 0, 0)\n  pagesets\n    cpu: 0\n"
                + "              count:    0\n              high:     0\n              batch:    1\n"
                + "              high_min: 0\n              high_max: 0\n  vm stats threshold: 1\n"
                + "  node_unreclaimable:  0\n  start_pfn:           1048576\n";
        return ProcImporter.fromSnapshot(ProcSnapshot.parse(bi.toString(), pti.toString(), zi, "", ""));
    }
}
