package mmlens.engine.mmu;

/**
 * Where the MMU model gets physical memory: page-table pages, folios, migration targets. Pfns are
 * 4 KiB page frame numbers; an order-{@code o} block is {@code 1 << o} pfns aligned to its size.
 * Implementations must be deterministic.
 */
public interface PageSource {
    /** Returned by {@link #allocPages} when nothing could be allocated. */
    long NO_PAGE = -1;

    /**
     * alloc_pages(gfp, order) on a cpu.
     *
     * @return head pfn of a naturally aligned block, or {@link #NO_PAGE}
     */
    long allocPages(int cpu, int order, int gfp);

    /** __free_pages(page, order) on a cpu; pfn must be a head previously returned with that order. */
    void freePages(int cpu, long pfn, int order);

    /**
     * Frees {@code n} blocks, {@code pfns[i]} of {@code orders[i]}, in that order on one cpu: the
     * batched free of a munmap (free_pages_and_swap_cache() / free_unref_folios()). Same effect and
     * same events, in the same order, as {@code n} calls of {@link #freePages}; sources may do it
     * faster.
     */
    default void freePagesBatch(int cpu, long[] pfns, int[] orders, int n) {
        for (int i = 0; i < n; i++) {
            freePages(cpu, pfns[i], orders[i]);
        }
    }

    /** One past the highest pfn this source may return (sizes the per-pfn arrays of the model). */
    long endPfn();

    /** Receives blocks the allocator migrated on its own (compaction): old head, new head, order. */
    @FunctionalInterface
    interface MoveListener {
        void moved(long oldPfn, long newPfn, int order);
    }

    /**
     * split_page(): the allocated block at pfn of {@code order} is from now on 2^(order-newOrder)
     * blocks of {@code newOrder}, each freed on its own (a split folio). Sources that do not track
     * allocation orders ignore it.
     */
    default void splitBlock(int cpu, long pfn, int order, int newOrder) {
    }

    /**
     * Free pages now (NR_FREE_PAGES summed over zones), for the policies that look at memory
     * pressure (deferred flushing, the permission-grouping shrinker). Sources without a notion of
     * pressure return {@link Long#MAX_VALUE}.
     */
    default long freePages() {
        return Long.MAX_VALUE;
    }

    /** The low watermark summed over zones, in pages; 0 when the source has none. */
    default long lowWatermarkPages() {
        return 0;
    }

    /** Registers the listener for allocator-initiated moves; sources that never move pages ignore it. */
    default void setMoveListener(MoveListener l) {
    }
}
