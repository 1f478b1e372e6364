package mmlens.engine.trace;

import java.util.BitSet;

/**
 * Which pfns were free buddy pages at one moment (from /proc/kpageflags).
 *
 * <p>{@link #blocksPerOrder} cuts each zone's free runs into naturally aligned blocks, largest
 * first, the way the buddy allocator merges them: for a zone where every free block is fully
 * merged, this equals the zone's /proc/buddyinfo line.
 */
public final class FreeMap {
    private final long pfnCount;
    private final BitSet free;
    private final BitSet noPage;
    private final BitSet lru;
    private final BitSet reserved;
    private final long pageTables;

    FreeMap(long pfnCount, BitSet free, BitSet noPage, BitSet lru, BitSet reserved, long pageTables) {
        this.pfnCount = pfnCount;
        this.free = free;
        this.noPage = noPage;
        this.lru = lru;
        this.reserved = reserved;
        this.pageTables = pageTables;
    }

    /** Creates a map from a free set (for engine-side snapshots). */
    public static FreeMap of(long pfnCount, BitSet free) {
        return new FreeMap(pfnCount, (BitSet) free.clone(), new BitSet(), new BitSet(), new BitSet(), 0);
    }

    /** Pfns covered by the dump ({@code [0, pfnCount)}). */
    public long pfnCount() {
        return pfnCount;
    }

    public boolean isFree(long pfn) {
        return pfn >= 0 && pfn < pfnCount && free.get((int) pfn);
    }

    /** True when the pfn has no struct page (KPF_NOPAGE). */
    public boolean isHole(long pfn) {
        return noPage.get((int) pfn);
    }

    /** True when the pfn was on an LRU list (KPF_LRU): a movable page for pageblock claiming. */
    public boolean isLru(long pfn) {
        return pfn >= 0 && pfn < pfnCount && lru.get((int) pfn);
    }

    /**
     * Pages in {@code [startPfn, endPfn)} the kernel allocated for itself after boot: neither free,
     * nor a hole, nor on an LRU list, nor PG_reserved (slab, page tables, vmalloc and other
     * kernel allocations). A pageblock holding them was claimed by a non-movable allocation;
     * boot reserves and LRU pages leave a block's boot-time MOVABLE type as it was.
     */
    public long kernelPages(long startPfn, long endPfn) {
        long end = Math.min(endPfn, pfnCount);
        long n = 0;
        for (long p = Math.max(0, startPfn); p < end; p++) {
            int i = (int) p;
            if (!free.get(i) && !noPage.get(i) && !lru.get(i) && !reserved.get(i)) {
                n++;
            }
        }
        return n;
    }

    /** Page-table pages (KPF_PGTABLE) in the whole dump. */
    public long pageTablePages() {
        return pageTables;
    }

    /** Free pages in {@code [startPfn, endPfn)}. */
    public long freePages(long startPfn, long endPfn) {
        long end = Math.min(endPfn, pfnCount);
        if (startPfn >= end) {
            return 0;
        }
        return free.get((int) startPfn, (int) end).cardinality();
    }

    /** Free pages in the whole dump. */
    public long freePages() {
        return free.cardinality();
    }

    /** A copy of the free bits. */
    public BitSet freeBits() {
        return (BitSet) free.clone();
    }

    /**
     * Free blocks per order 0..maxOrder in {@code [startPfn, endPfn)}, each free run cut greedily
     * into the largest naturally aligned blocks that fit.
     */
    public long[] blocksPerOrder(long startPfn, long endPfn, int maxOrder) {
        long[] counts = new long[maxOrder + 1];
        long end = Math.min(endPfn, pfnCount);
        int pfn = free.nextSetBit((int) Math.max(0, startPfn));
        while (pfn >= 0 && pfn < end) {
            int runEnd = Math.min(free.nextClearBit(pfn), (int) end);
            long p = pfn;
            while (p < runEnd) {
                int order = maxOrder;
                while (order > 0 && ((p & ((1L << order) - 1)) != 0 || p + (1L << order) > runEnd)) {
                    order--;
                }
                counts[order]++;
                p += 1L << order;
            }
            pfn = runEnd >= end ? -1 : free.nextSetBit(runEnd);
        }
        return counts;
    }
}
