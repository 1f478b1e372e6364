package mmlens.engine.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import mmlens.engine.CostModel;
import mmlens.engine.Gfp;
import mmlens.engine.MigrateTypes;
import mmlens.engine.mmu.Finding;

/**
 * The ASI page-allocator RFC (Brendan Jackman, "mm: ASI integration for the page allocator", RFC
 * 00/11, March 2025) on the engine's allocator: knob {@code asi = split-unmovable} (as posted) or
 * {@code split-unmovable-zeroed} (its TODOs closed). Pageblock sensitivity is the migratetype
 * ({@link MigrateTypes#asi()}); only MIGRATE_UNMOVABLE_NONSENSITIVE blocks are mapped in the
 * restricted physmap, one PMD entry per 2 MiB (pageblock_order is at least 9, so a conversion
 * never splits a mapping and never allocates a page table).
 *
 * <pre>
 *   conversion                         where (RFC)                          restricted physmap   flush
 *   any type -&gt; NONSENSITIVE           set_pageblock_migratetype(): asi_map  PMDs set             none
 *   NONSENSITIVE -&gt; sensitive type     __rmqueue_asi_unmap(): asi_unmap      PMDs cleared         flush_tlb_kernel_range
 *   NONSENSITIVE -&gt; other, elsewhere   merge in __free_one_page, highatomic  as posted: stays     none
 *                                      reserve, compaction target            zeroed: cleared      flush_tlb_kernel_range
 * </pre>
 *
 * <p>Content tracking: a page holds sensitive data from a sensitive allocation (or a migration of
 * one) until it is zeroed; freeing leaves the data in place. The checker reports
 * {@link Finding.Kind#SENSITIVE_DATA_EXPOSED} when (a) a block is mapped while one of its pages
 * holds sensitive data that is still allocated, or freed and not zeroed (the RFC's zeroing TODO),
 * or (b) sensitive data is placed in a page whose block is mapped (a sensitive allocation or a
 * migration into a block left mapped). Each finding carries the trace of the allocator events
 * touching its pageblock. Flushes are counted here (one flush_tlb_kernel_range per asi_unmap call,
 * reaching every cpu); the MMU model's TLBs are not involved. asi_map, asi_unmap with its flush and
 * the zeroing are charged to the cost model ({@link CostModel.Op#ASI_MAP}, {@link CostModel.Op#ASI_UNMAP},
 * {@link CostModel.Op#ASI_ZERO}), so they count in the request that caused them and in kernel time.
 * The zeroed variant zeroes the pages of the block that hold sensitive data, as the model records
 * them per page: a lower bound for a kernel that cannot tell and zeroes the block's free pages.
 */
public final class Asi {
    /** Findings kept with their trace; all are counted. */
    static final int KEEP = 16;

    /** {@code split-unmovable-zeroed}: zero on map, unmap on every leave, no capture across sensitivity. */
    public final boolean fixed;
    private final EngineContext ctx;
    private final int nonsensitive;
    private final int nrCpus;
    private final BitSet sensitiveData = new BitSet();
    private final BitSet mapped = new BitSet();
    private final AsiLog log = new AsiLog(1 << 15);
    private final List<Finding> kept = new ArrayList<>();
    /** The cpu of the allocator call in progress. */
    int cpu;
    /** Pageblocks that became nonsensitive (asi_map calls, counted per block). */
    public long mapConversions;
    /** Pageblocks converted back to sensitive by asi_unmap. */
    public long unmapConversions;
    /** Pageblocks that left NONSENSITIVE without asi_unmap (still mapped; as posted only). */
    public long staleMappings;
    /** flush_tlb_kernel_range() calls of asi_unmap. */
    public long flushes;
    /** IPIs those flushes sent (every other cpu). */
    public long flushIpis;
    /** Pages zeroed when their block became nonsensitive (zeroed variant only). */
    public long zeroedPages;
    /** SENSITIVE_DATA_EXPOSED findings, all of them. */
    public long exposures;
    /** ... of them: freed, unzeroed sensitive pages mapped by a conversion (the zeroing TODO). */
    public long exposedFreed;
    /** ... of them: live sensitive allocations mapped by a conversion (e.g. unreserving highatomic). */
    public long exposedLive;
    /** ... of them: sensitive data placed in a block still mapped (a block left nonsensitive unmapped). */
    public long exposedPlaced;

    public Asi(EngineContext ctx, boolean fixed, int nrCpus) {
        this.ctx = ctx;
        this.fixed = fixed;
        this.nonsensitive = MigrateTypes.ASI_NONSENSITIVE;
        this.nrCpus = nrCpus;
    }

    private int block(int pfn) {
        return pfn >>> ctx.pageblockOrder;
    }

    /** find_suitable_fallback(): nonsensitive requests fall back only to whole pageblocks. */
    boolean fallbackRefused(int order, int mt) {
        return mt == nonsensitive && order < ctx.pageblockOrder;
    }

    /** The cover letter's HIGHATOMIC rule: only sensitive requests use MIGRATE_HIGHATOMIC blocks. */
    boolean mayUseHighatomic(int mt) {
        return mt != nonsensitive;
    }

    /** unreserve_highatomic_pageblock()'s target: the zeroed variant never unreserves into nonsensitive. */
    int unreserveTarget(int acMigratetype) {
        return fixed && acMigratetype == nonsensitive ? 0 : acMigratetype;
    }

    /**
     * Whether a page of {@code order} and pcp type {@code mt} stays off the per-cpu lists. 6.18's
     * order_to_pindex() puts every non-movable pageblock-order page on ONE per-cpu list, so as posted
     * a freed nonsensitive THP-order page can be handed to a sensitive unmovable request of that
     * order from the pcp, its block still mapped (found by the engine soak, releng/fuzz/soak). The
     * zeroed variant keeps nonsensitive pages above PAGE_ALLOC_COSTLY_ORDER off the pcp both ways
     * (freed straight to the buddy lists, allocated from them); the posted variant shares the list.
     */
    boolean bypassPcp(int mt, int order) {
        return fixed && mt == nonsensitive && order > ctx.sysctl.costlyOrder;
    }

    /** compaction_capture(): the zeroed variant captures only within one sensitivity. */
    boolean captureAllowed(int blockMt, int captureMt) {
        return !fixed || (blockMt == nonsensitive) == (captureMt == nonsensitive);
    }

    /** ALLOC_ASI_UNMAP: a sensitive request that may block (gfpflags_allow_blocking). */
    static boolean allocAsiUnmap(int gfp) {
        return Gfp.isAsiSensitive(gfp) && (gfp & Gfp.DIRECT_RECLAIM) != 0;
    }

    /**
     * __rmqueue_asi_unmap(): takes a whole nonsensitive block (at least pageblock_order), unmaps
     * it with one TLB flush, gives it the request's type and frees the part the request does not
     * need. Returns the head pfn or -1.
     */
    int rmqueueAsiUnmap(Zone z, int order, int mt, Buddy buddy) {
        int allocOrder = Math.max(order, ctx.pageblockOrder);
        int page = buddy.rmqueueSmallest(z, allocOrder, nonsensitive);
        if (page < 0) {
            return -1;
        }
        z.mem.setState(page - z.mem.base, ZoneMem.K_ALLOC, order, false);
        asiUnmap(page, allocOrder);
        buddy.changePageblockRange(z, page, allocOrder, mt);
        for (int i = order; i < allocOrder; i++) {
            buddy.freeOnePage(z, page + (1 << i), i, mt, false);
        }
        return page;
    }

    /** asi_unmap(): clears the blocks' PMDs and flushes the range on every cpu. */
    private void asiUnmap(int pfn, int order) {
        int nrBlocks = Math.max(1, 1 << (order - ctx.pageblockOrder));
        for (int b = 0; b < nrBlocks; b++) {
            int blk = block(pfn) + b;
            if (mapped.get(blk)) {
                mapped.clear(blk);
                unmapConversions++;
            }
        }
        flushes++;
        flushIpis += nrCpus - 1;
        ctx.charge(CostModel.Op.ASI_UNMAP, nrCpus - 1);
        log.add(AsiLog.UNMAP_FLUSH, cpu, pfn, order);
    }

    /**
     * set_pageblock_migratetype() changed a block's type from {@code oldMt} to {@code newMt}: a
     * block becoming nonsensitive is asi_map()ped (and zeroed in the fixed variant); one leaving
     * nonsensitive still mapped is unmapped in the fixed variant and left mapped as posted.
     */
    void blockChanged(Zone z, int pfn, int oldMt, int newMt) {
        int start = z.blockStart(pfn);
        int blk = block(start);
        log.add(AsiLog.CONVERT, cpu, start, oldMt << 8 | newMt);
        if (newMt == nonsensitive) {
            if (!mapped.get(blk)) {
                mapped.set(blk);
                mapConversions++;
                ctx.charge(CostModel.Op.ASI_MAP, 1);
                log.add(AsiLog.MAP, cpu, start, ctx.pageblockOrder);
                checkMap(z, start);
            }
        } else if (oldMt == nonsensitive && mapped.get(blk)) {
            if (fixed) {
                asiUnmap(start, ctx.pageblockOrder);
            } else {
                staleMappings++;
            }
        }
    }

    /** The block at start was just mapped: its sensitive pages are exposed unless free and zeroed. */
    private void checkMap(Zone z, int start) {
        int end = start + ctx.pageblockNrPages;
        ZoneMem m = z.mem;
        int p = sensitiveData.nextSetBit(start);
        if (p < 0 || p >= end) {
            return;
        }
        // allocated heads of the block: their pages hold live data that zeroing cannot touch
        int h = Buddy.headCovering(m, start);
        int live = -1;
        for (int q = h; q < end;) {
            int s = q - m.base;
            int step = Buddy.blockStep(m, s);
            int k = m.kind(s);
            if (k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE) {
                int from = Math.max(q, start);
                int to = Math.min(q + step, end);
                int hit = sensitiveData.nextSetBit(from);
                if (hit >= 0 && hit < to) {
                    live = hit;
                    break;
                }
            }
            q += step;
        }
        if (live >= 0) {
            exposedLive++;
            report(live, "allocated sensitive page pfn 0x" + Integer.toHexString(live)
                    + " became mapped in the restricted physmap when its pageblock 0x" + Integer.toHexString(start)
                    + " turned nonsensitive");
            return;
        }
        if (fixed) {
            int zeroed = sensitiveData.get(start, end).cardinality();
            zeroedPages += zeroed;
            ctx.charge(CostModel.Op.ASI_ZERO, zeroed);
            sensitiveData.clear(start, end);
            log.add(AsiLog.ZERO, cpu, start, ctx.pageblockOrder);
            return;
        }
        exposedFreed++;
        report(p, "freed page pfn 0x" + Integer.toHexString(p) + " still holds sensitive data (not zeroed) and"
                + " became mapped in the restricted physmap when its pageblock 0x" + Integer.toHexString(start)
                + " turned nonsensitive");
    }

    /** A request was served: a sensitive one puts sensitive data in its pages. */
    void allocated(int pfn, int order, int gfp) {
        boolean sensitive = Gfp.isAsiSensitive(gfp);
        log.add(sensitive ? AsiLog.ALLOC_SENSITIVE : AsiLog.ALLOC_NONSENSITIVE, cpu, pfn, order);
        if (sensitive) {
            placeSensitive(pfn, order, "sensitive allocation");
        }
    }

    /** Compaction copied a block: sensitive content moves with it. */
    void migrated(int src, int dst, int order) {
        log.add(AsiLog.MIGRATE, cpu, src, order);
        log.add(AsiLog.MIGRATE, cpu, dst, order);
        int n = 1 << order;
        int hit = sensitiveData.nextSetBit(src);
        if (hit >= 0 && hit < src + n) {
            placeSensitive(dst, order, "migration of sensitive pfn 0x" + Integer.toHexString(src));
        }
    }

    void freed(int pfn, int order) {
        log.add(AsiLog.FREE, cpu, pfn, order);
    }

    private void placeSensitive(int pfn, int order, String what) {
        int n = 1 << order;
        sensitiveData.set(pfn, pfn + n);
        for (int p = pfn; p < pfn + n; p += ctx.pageblockNrPages) {
            if (mapped.get(block(p))) {
                exposedPlaced++;
                report(p, what + " at pfn 0x" + Integer.toHexString(pfn) + " order " + order
                        + " placed sensitive data in pageblock 0x" + Integer.toHexString(p & -ctx.pageblockNrPages)
                        + ", which is still mapped in the restricted physmap");
                return;
            }
        }
    }

    private void report(int pfn, String msg) {
        exposures++;
        if (kept.size() >= KEEP) {
            return;
        }
        int start = pfn & -ctx.pageblockNrPages;
        List<String> trace = log.cut(pfn, start, start + ctx.pageblockNrPages, ctx.types);
        long va = RESTRICTED_BASE + ((long) pfn << 12);
        kept.add(new Finding(Finding.Kind.SENSITIVE_DATA_EXPOSED, cpu, va, pfn, msg, List.copyOf(trace)));
    }

    /** Base of the restricted physmap in the model (as {@code internal.mmu.RestrictedMap}). */
    static final long RESTRICTED_BASE = 0xffffa00000000000L;

    /**
     * ASI invariants of a zone: every MIGRATE_UNMOVABLE_NONSENSITIVE pageblock is mapped in the
     * restricted physmap; in the zeroed variant no other pageblock is.
     */
    void check(Zone z, java.util.function.Consumer<String> report) {
        for (int pfn = z.blockStart(z.startPfn); pfn < z.endPfn(); pfn += ctx.pageblockNrPages) {
            if (!z.spans(pfn)) {
                continue;
            }
            boolean nonsens = z.blockMtRaw(pfn) == nonsensitive;
            boolean isMapped = mapped.get(block(pfn));
            if (nonsens && !isMapped) {
                report.accept("asi: nonsensitive pageblock 0x" + Integer.toHexString(pfn) + " is not mapped");
                return;
            }
            if (fixed && !nonsens && isMapped) {
                report.accept("asi: pageblock 0x" + Integer.toHexString(pfn) + " of type "
                        + ctx.types.name(z.blockMtRaw(pfn)) + " is still mapped in the restricted physmap");
                return;
            }
        }
    }

    /** The findings kept with traces (at most {@link #KEEP}). */
    public List<Finding> findings() {
        return List.copyOf(kept);
    }

    /** Pageblocks mapped in the restricted physmap now (one PMD entry per 2 MiB each). */
    public long mappedBlocks() {
        return mapped.cardinality();
    }

    /** Pageblock conversions in either direction (asi_map and asi_unmap per block). */
    public long conversions() {
        return mapConversions + unmapConversions;
    }
}
