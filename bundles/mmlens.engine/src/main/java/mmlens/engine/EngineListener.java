package mmlens.engine;

/**
 * Observer of allocator events, shaped after the kernel trace events so simulated traces can be
 * compared with kmem:* and compaction:* traces. All pfns are absolute page frame numbers. Default
 * methods do nothing; listeners must not call back into the machine.
 */
public interface EngineListener {
    /** kmem:mm_page_alloc. */
    default void pageAlloc(int pfn, int order, int gfp, int migratetype) {
    }

    /** kmem:mm_page_free (the caller's free, before pcp or buddy placement). */
    default void pageFree(int pfn, int order) {
    }

    /**
     * kmem:mm_page_alloc_extfrag. {@code fragmenting} is fallback_order &lt; pageblock_order;
     * {@code changeOwnership} is alloc_migratetype == get_pageblock_migratetype(page) after the fallback.
     */
    default void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt,
            boolean fragmenting, boolean changeOwnership) {
    }

    /** kmem:mm_page_pcpu_drain: one pcp page returned to the buddy lists. */
    default void pcpDrain(int pfn, int order, int migratetype) {
    }

    /** rmqueue_bulk() refilled a pcp list with {@code count} blocks of {@code order}. */
    default void pcpRefill(int nid, int zoneIdx, int cpu, int order, int migratetype, int count) {
    }

    /** A movable block moved during compaction (migrate_pages()). Owners of the pfn must follow it. */
    default void migrate(int oldPfn, int newPfn, int order) {
    }

    /** A page-cache folio dropped by reclaim. */
    default void reclaimed(int pfn, int order) {
    }

    /** An allocation request failed; never thrown. */
    default void allocFailed(int order, int gfp, AllocFailure reason) {
    }
}
