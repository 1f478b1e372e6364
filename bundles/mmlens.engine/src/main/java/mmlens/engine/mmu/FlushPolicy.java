package mmlens.engine.mmu;

/**
 * When TLB flushes happen relative to page-table changes and to freeing the pages that were
 * mapped. The first two are mainline behaviours; the others are variation points.
 */
public enum FlushPolicy {
    /**
     * Mainline: zap paths gather pages and flush before freeing (tlb_finish_mmu); reclaim and
     * migration defer with TTU_BATCH_FLUSH and call try_to_unmap_flush() before the copy/free.
     */
    BATCHED,
    /** Every cleared PTE is flushed at once (ptep_clear_flush), no batching. Correct, more IPIs. */
    IMMEDIATE,
    /**
     * Migration of folios mapped read-only only keeps the source folio and skips the flush; the
     * source is freed once a later flush has covered every cpu (tlb_gen generations, as the
     * migrc series does). Writable mappings fall back to {@link #BATCHED}.
     */
    DEFERRED_GENERATIONS,
    /**
     * Deliberately wrong: pages are freed as soon as they are unmapped and the flush is left to
     * the next flush that happens anyway. The checker must catch it.
     */
    FREE_BEFORE_FLUSH
}
