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
        RECLAIM
    }

    long cost(Op op, long amount);

    /** Rough defaults: pcp 20, buddy 100, free 60 + 10/merge, migrate 1000/page, scan 2/pfn, reclaim 300/page. */
    CostModel DEFAULT = (op, amount) -> {
        switch (op) {
            case PCP_ALLOC: return 20 * amount;
            case BUDDY_ALLOC: return 100 * amount;
            case BUDDY_FREE: return 60 + 10 * amount;
            case MIGRATE: return 1000 * amount;
            case COMPACT_SCAN: return 2 * amount;
            case RECLAIM: return 300 * amount;
            default: return 0;
        }
    };
}
