package mmlens.engine.mmu;

import java.util.BitSet;

/**
 * A small deterministic page source for tests and benchmarks: a free bitmap over
 * {@code [startPfn, endPfn)} searched first-fit for naturally aligned runs, with a per-order
 * cursor. Not a buddy allocator; it only promises determinism and alignment.
 */
public final class BitmapPageSource implements PageSource {
    private final long start;
    private final long end;
    private final BitSet used;
    private final long[] cursor = new long[64];
    private long allocated;

    public BitmapPageSource(long startPfn, long endPfn) {
        if (endPfn - startPfn > Integer.MAX_VALUE || startPfn < 0 || endPfn <= startPfn) {
            throw new IllegalArgumentException("bad range");
        }
        this.start = startPfn;
        this.end = endPfn;
        this.used = new BitSet((int) (endPfn - startPfn));
    }

    @Override
    public long allocPages(int cpu, int order, int gfp) {
        long size = 1L << order;
        long from = Math.max(cursor[order], start);
        for (int pass = 0; pass < 2; pass++) {
            long p = (from + size - 1) & -size;
            while (p + size <= end) {
                int off = (int) (p - start);
                int busy = used.nextSetBit(off);
                if (busy < 0 || busy >= off + size) {
                    used.set(off, (int) (off + size));
                    cursor[order] = p + size;
                    allocated += size;
                    return p;
                }
                p = (start + busy + size) & -size;
            }
            from = start;
        }
        return NO_PAGE;
    }

    @Override
    public void freePages(int cpu, long pfn, int order) {
        int off = (int) (pfn - start);
        int n = 1 << order;
        if (pfn < start || pfn + n > end || !allUsed(off, n)) {
            throw new IllegalArgumentException("bad free pfn " + pfn + " order " + order);
        }
        used.clear(off, off + n);
        allocated -= n;
        if (pfn < cursor[order]) {
            cursor[order] = pfn;
        }
    }

    /**
     * As {@link #freePages} for each block in turn (same checks, same exception after the blocks
     * before a bad one were freed, same cursors); a single page is tested and cleared as one bit.
     */
    @Override
    public void freePagesBatch(int cpu, long[] pfns, int[] orders, int n) {
        for (int i = 0; i < n; i++) {
            long pfn = pfns[i];
            if (orders[i] != 0) {
                freePages(cpu, pfn, orders[i]);
                continue;
            }
            int off = (int) (pfn - start);
            if (pfn < start || pfn >= end || !used.get(off)) {
                throw new IllegalArgumentException("bad free pfn " + pfn + " order 0");
            }
            used.clear(off);
            allocated--;
            if (pfn < cursor[0]) {
                cursor[0] = pfn;
            }
        }
    }

    /** Whether every bit of [off, off + n) is set (a bounded scan, unlike nextClearBit). */
    private boolean allUsed(int off, int n) {
        for (int i = off; i < off + n; i++) {
            if (!used.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long endPfn() {
        return end;
    }

    @Override
    public long freePages() {
        return end - start - allocated;
    }

    /** A nominal low watermark: 1/128 of the range (about what min_free_kbytes * 5/4 gives at 1 GiB). */
    @Override
    public long lowWatermarkPages() {
        return (end - start) >>> 7;
    }

    /** Pages currently allocated. */
    public long allocatedPages() {
        return allocated;
    }
}
