package mmlens.engine.internal.mmu;

import java.util.BitSet;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.PageSource;

/**
 * Variation point: an extra "restricted" kernel address space (ASI's restricted physmap) that
 * mirrors the direct map only for non-sensitive pages. Each 2 MiB region is either unmapped,
 * PMD-mapped (all 512 pages non-sensitive) or PTE-mapped through a page-table page from the page
 * source. Mapping needs no flush; unmapping flushes the restricted range on every cpu
 * (flush_tlb_kernel_range), which is where the cost of sensitive allocations shows.
 *
 * <pre>
 *   count[r] = mapped pages of region r:  0 -> none,  1..511 -> PTE table (tablePfn[r]),  512 -> PMD leaf
 * </pre>
 */
public final class RestrictedMap {
    /** Base of the restricted physmap in the model's kernel address space. */
    public static final long ASI_BASE = 0xffffa00000000000L;

    private final MmuCore core;
    private final BitSet mapped;
    private final short[] count;
    private final long[] tablePfn;
    public long splits;
    public long collapses;
    public long flushes;
    public long tables;

    RestrictedMap(MmuCore core, long endPfn) {
        this.core = core;
        this.mapped = new BitSet((int) endPfn);
        int regions = (int) ((endPfn + 511) >>> 9);
        this.count = new short[regions];
        this.tablePfn = new long[regions];
        java.util.Arrays.fill(tablePfn, -1);
    }

    static long va(long pfn) {
        return ASI_BASE + (pfn << 12);
    }

    /** The 2^order pages at pfn become non-sensitive: mapped in the restricted space. */
    public void map(int cpu, long pfn, int order) {
        for (long p = pfn; p < pfn + (1L << order); p++) {
            if (mapped.get((int) p)) {
                continue;
            }
            int r = (int) (p >>> 9);
            if (count[r] == 0 && (1L << order) < 512) {
                ensureTable(cpu, r);
            }
            mapped.set((int) p);
            count[r]++;
            if (count[r] == 512) {
                // the region is whole again: a PMD leaf replaces the table (freed after a flush)
                if (tablePfn[r] >= 0) {
                    core.flush.flushTlbKernelRange(cpu, va((long) r << 9), va((long) (r + 1) << 9));
                    flushes++;
                    core.src.freePages(cpu, tablePfn[r], 0);
                    tablePfn[r] = -1;
                    tables--;
                    collapses++;
                }
            }
        }
    }

    /** The pages at pfn become sensitive: unmapped, splitting a PMD leaf, and flushed everywhere. */
    public void unmap(int cpu, long pfn, int order) {
        boolean any = false;
        for (long p = pfn; p < pfn + (1L << order); p++) {
            if (!mapped.get((int) p)) {
                continue;
            }
            int r = (int) (p >>> 9);
            if (count[r] == 512 && (1L << order) < 512) {
                ensureTable(cpu, r);
                splits++;
            }
            mapped.clear((int) p);
            count[r]--;
            any = true;
            if (count[r] == 0 && tablePfn[r] >= 0) {
                core.src.freePages(cpu, tablePfn[r], 0);
                tablePfn[r] = -1;
                tables--;
            }
        }
        if (any) {
            core.flush.flushTlbKernelRange(cpu, va(pfn), va(pfn + (1L << order)));
            flushes++;
        }
    }

    private void ensureTable(int cpu, int r) {
        if (tablePfn[r] >= 0) {
            return;
        }
        long t = core.src.allocPages(cpu, 0, Gfp.GFP_KERNEL);
        if (t != PageSource.NO_PAGE) {
            tablePfn[r] = t;
            tables++;
        }
    }

    public boolean isMapped(long pfn) {
        return mapped.get((int) pfn);
    }

    /** Whether the region holding pfn is a PMD leaf in the restricted space. */
    public boolean pmdMapped(long pfn) {
        return count[(int) (pfn >>> 9)] == 512;
    }

    public long mappedPages() {
        return mapped.cardinality();
    }
}
