package mmlens.engine;

/**
 * Pluggable cost of simulated work, in abstract cost units (nanoseconds by convention). The engine sums
 * costs per operation kind; it never reads a clock.
 */
public interface CostModel {
    /** What was done; {@code amount} is pages or blocks as documented per kind. */
    enum Op {
        /** one pcp hit (amount = 1) */
        PCP_ALLOC,
        /** one block from the buddy lists under zone->lock (amount = 1) */
        BUDDY_ALLOC,
        /** one __free_one_page (amount = merge steps) */
        BUDDY_FREE,
        /** one page moved by compaction (amount = pages) */
        MIGRATE,
        /** pfns scanned by compaction scanners (amount = pfns) */
        COMPACT_SCAN,
        /** pages reclaimed (amount = pages) */
        RECLAIM,
        /**
         * unaccepted memory accepted one 4 KiB page at a time (amount = pages): the pieces of an
         * unaccepted range that are not 2 MiB aligned, accepted by the boot stub
         */
        ACCEPT_4K,
        /** unaccepted memory accepted in 2 MiB units, EFI_UNACCEPTED_UNIT_SIZE (amount = units) */
        ACCEPT_2M,
        /**
         * ASI (knob {@code asi}): pageblocks asi_map()ped into the restricted physmap, one PMD entry
         * each and no flush (amount = pageblocks)
         */
        ASI_MAP,
        /**
         * ASI: one asi_unmap() (its PMD entries cleared) with the flush_tlb_kernel_range() that
         * follows it (amount = the IPIs that flush sends, one per other cpu)
         */
        ASI_UNMAP,
        /** ASI: pages zeroed before their pageblock is mapped in the restricted physmap (amount = pages) */
        ASI_ZERO
    }

    long cost(Op op, long amount);

    /**
     * Rough defaults: pcp 20, buddy 100, free 60 + 10/merge, migrate 1000/page, scan 2/pfn, reclaim
     * 300/page; accepting memory (TDX-like) 8000 per 4 KiB page and 4096000 (512 x 8000) per 2 MiB
     * unit. The 8 us per 4 KiB accept is the per-fault cost reported for TDX guests whose host maps
     * private memory at 4 KiB only, where a 2 MiB accept falls back to 512 4 KiB accepts (Dstack-TEE
     * dstack pull request 1220); a single-vCPU TDX guest accepting 8 GiB in about 30 s (asterinas pull
     * request 1691, about 7 ms per 2 MiB with zeroing) is of the same order. Both are assumptions for
     * a host that maps 2 MiB natively, which accepts faster. See bundles/mmlens.engine/VARIANTS-unaccepted.md.
     *
     * <p>ASI, in the MMU model's {@link mmlens.engine.mmu.CycleCosts} defaults at 3 cycles per ns:
     * asi_map 100 per pageblock (a page-table walk and one PMD write under the restricted physmap's
     * lock); asi_unmap 270 + 1000 per IPI: the PMD writes and a local full flush (flushAll, 500
     * cycles), because a pageblock's 2 MiB at 4 KiB stride exceeds tlb_single_page_flush_ceiling (33)
     * and flush_tlb_kernel_range() then flushes everything on each cpu, plus per other cpu the IPI
     * sent and handled with its full flush (ipiSend + ipiReceive + flushAll, 3000 cycles); zeroing
     * 333 per 4 KiB page (pageCopy, 1000 cycles). The TLB refills after those full flushes are not
     * charged.
     */
    CostModel DEFAULT = (op, amount) -> {
        switch (op) {
            case PCP_ALLOC: return 20 * amount;
            case BUDDY_ALLOC: return 100 * amount;
            case BUDDY_FREE: return 60 + 10 * amount;
            case MIGRATE: return 1000 * amount;
            case COMPACT_SCAN: return 2 * amount;
            case RECLAIM: return 300 * amount;
            case ACCEPT_4K: return 8_000 * amount;
            case ACCEPT_2M: return 4_096_000 * amount;
            case ASI_MAP: return 100 * amount;
            case ASI_UNMAP: return 270 + 1000 * amount;
            case ASI_ZERO: return 333 * amount;
            default: return 0;
        }
    };
}
