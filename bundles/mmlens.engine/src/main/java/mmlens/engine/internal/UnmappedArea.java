package mmlens.engine.internal;

import java.util.BitSet;

import mmlens.engine.CostModel;
import mmlens.engine.Gfp;

/**
 * Knob {@code asi = unmapped-area}: the alternative the ASI RFC's cover letter sets itself against,
 * Mike Rapoport's __GFP_UNMAPPED ("a totally separate free area" for the pages whose mapping
 * differs, selected by a GFP flag). Applied to ASI: nonsensitive requests (those
 * {@link Gfp#isAsiSensitive} rejects, i.e. without __GFP_SENSITIVE) are served from a per-machine
 * cache of whole pageblocks that are mapped in the restricted physmap; everything else uses the
 * unchanged mainline allocator (no migratetype split).
 *
 * <pre>
 *   nonsensitive order &lt; pageblock_order: first fit inside a cached block; no fit: refill =
 *       alloc_pages(order pageblock_order) from the buddy allocator, zero it, map its PMD (no flush)
 *   free: back to the cache; a block that becomes wholly free is returned to the buddy allocator
 *       (unmap + flush_tlb_kernel_range) unless it is the only wholly free block (one spare kept)
 *   nonsensitive order &gt;= pageblock_order: a buddy allocation of its own, mapped and zeroed on
 *       allocation, unmapped and flushed on free
 * </pre>
 *
 * Pages are zeroed when a block enters the cache, so nothing sensitive is ever mapped; the model
 * raises no findings. Counters are those of {@link mmlens.engine.AsiStats}; mapping, zeroing and
 * unmapping with its flush are charged as in {@link Asi} (whole blocks are zeroed here).
 */
public final class UnmappedArea {
    private final Engine e;
    private final int pbOrder;
    private final int pbPages;
    private final int nrCpus;
    private final BitSet owned = new BitSet();
    private final BitSet free = new BitSet();
    private final BitSet large = new BitSet();
    private int[] freeCount = new int[64];
    private int spare;
    public long mapConversions;
    public long unmapConversions;
    public long flushes;
    public long flushIpis;
    public long zeroedPages;

    UnmappedArea(Engine e) {
        this.e = e;
        this.pbOrder = e.ctx.pageblockOrder;
        this.pbPages = e.ctx.pageblockNrPages;
        this.nrCpus = e.nrCpus();
    }

    /** Whether a request goes to the area: nonsensitive, not page cache. */
    boolean takes(int gfp, boolean pageCache) {
        return !pageCache && !Gfp.isAsiSensitive(gfp);
    }

    /** A nonsensitive allocation: head pfn or -1. */
    int alloc(int cpu, int gfp, int order) {
        if (order >= pbOrder) {
            int pfn = e.alloc.allocBuddy(cpu, gfp, order, false);
            if (pfn >= 0) {
                large.set(pfn);
                map(1 << (order - pbOrder), 1 << order);
            }
            return pfn;
        }
        int pfn = firstFit(order);
        if (pfn < 0) {
            int blk = e.alloc.allocBuddy(cpu, gfp, pbOrder, false);
            if (blk < 0) {
                return -1;
            }
            int b = blk >>> pbOrder;
            owned.set(b);
            free.set(blk, blk + pbPages);
            if (b >= freeCount.length) {
                freeCount = java.util.Arrays.copyOf(freeCount, Math.max(b + 1, freeCount.length * 2));
            }
            freeCount[b] = pbPages;
            spare++;
            map(1, pbPages);
            pfn = firstFit(order);
        }
        int n = 1 << order;
        int b = pfn >>> pbOrder;
        if (freeCount[b] == pbPages) {
            spare--;
        }
        free.clear(pfn, pfn + n);
        freeCount[b] -= n;
        return pfn;
    }

    private int firstFit(int order) {
        int n = 1 << order;
        for (int b = owned.nextSetBit(0); b >= 0; b = owned.nextSetBit(b + 1)) {
            if (freeCount[b] < n) {
                continue;
            }
            int start = b << pbOrder;
            int end = start + pbPages;
            int p = free.nextSetBit(start);
            while (p >= 0 && p < end) {
                int a = (p + n - 1) & -n;
                if (a + n > end) {
                    break;
                }
                int c = free.nextClearBit(a);
                if (c >= a + n) {
                    return a;
                }
                p = free.nextSetBit(c);
            }
        }
        return -1;
    }

    private void map(int blocks, int pages) {
        mapConversions += blocks;
        zeroedPages += pages;
        e.ctx.charge(CostModel.Op.ASI_MAP, blocks);
        e.ctx.charge(CostModel.Op.ASI_ZERO, pages);
    }

    /** Whether pfn was handed out by the area. */
    public boolean owns(int pfn) {
        return large.get(pfn) || owned.get(pfn >>> pbOrder);
    }

    /** Frees an area allocation; blocks leaving the area are unmapped with one flush each. */
    public void free(Zone z, int cpu, int pfn, int order) {
        if (large.get(pfn)) {
            large.clear(pfn);
            unmap(1 << (order - pbOrder));
            e.freePath.free(z, cpu, pfn, order);
            return;
        }
        int n = 1 << order;
        int b = pfn >>> pbOrder;
        if (free.nextSetBit(pfn) >= 0 && free.nextSetBit(pfn) < pfn + n) {
            throw new IllegalArgumentException("bad page: pfn " + pfn + " order " + order + " is free in the"
                    + " unmapped area");
        }
        free.set(pfn, pfn + n);
        freeCount[b] += n;
        if (freeCount[b] < pbPages) {
            return;
        }
        if (spare == 0) {
            spare++;
            return;
        }
        owned.clear(b);
        free.clear(b << pbOrder, (b + 1) << pbOrder);
        unmap(1);
        e.freePath.free(z, cpu, b << pbOrder, pbOrder);
    }

    private void unmap(int blocks) {
        unmapConversions += blocks;
        flushes++;
        flushIpis += nrCpus - 1;
        e.ctx.charge(CostModel.Op.ASI_UNMAP, nrCpus - 1);
    }

    /** Blocks mapped in the restricted physmap now (cached and large). */
    public long mappedBlocks() {
        long l = 0;
        for (int p = large.nextSetBit(0); p >= 0; p = large.nextSetBit(p + 1)) {
            Zone z = e.zoneOf(p);
            l += Math.max(1, 1 << (z.mem.order(p - z.mem.base) - pbOrder));
        }
        return owned.cardinality() + l;
    }
}
