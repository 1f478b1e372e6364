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
     * The migrc series: migration of folios mapped read-only everywhere (with a remote cpu to
     * flush) skips the flush and keeps the source folio; source and destination are marked, and
     * the source is freed once every cpu the unmap concerned has flushed since (per-cpu
     * migrc_done generations). Pending pages count as free against the low watermark; when the
     * watermark fails the pending requests are flushed and freed, and deferral stops while it still
     * fails. A write-protect fault or an mprotect making a marked folio writable flushes first.
     * Writable mappings fall back to {@link #BATCHED}.
     */
    DEFERRED_GENERATIONS,
    /**
     * Deliberately wrong: pages are freed as soon as they are unmapped and the flush is left to
     * the next flush that happens anyway. The checker must catch it.
     */
    FREE_BEFORE_FLUSH,
    /**
     * Deliberately wrong: {@link #DEFERRED_GENERATIONS} without the flush before a marked folio
     * becomes writable (the hazard Nadav Amit raised on migrc v3): a cpu keeps reading the source
     * through its read-only translation while the copy is written. The checker must catch it.
     */
    DEFERRED_NO_WRITE_FLUSH
}
