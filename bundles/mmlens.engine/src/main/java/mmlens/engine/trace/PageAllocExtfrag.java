package mmlens.engine.trace;

/**
 * {@code kmem:mm_page_alloc_extfrag}: an allocation fell back to another migratetype's free list.
 *
 * @param pfn first pfn of the fallback block
 * @param allocOrder the order requested
 * @param fallbackOrder the order of the free block taken from the other type's list
 * @param pageblockOrder as printed ({@code min(pageblock_order, MAX_PAGE_ORDER)}), -1 when absent
 * @param allocMigratetype the requested type
 * @param fallbackMigratetype the type of the list the block came from
 * @param fragmenting {@code fallback_order < pageblock_order}
 * @param changeOwnership the pageblock was claimed for the requested type
 */
public record PageAllocExtfrag(EventHeader header, long pfn, int allocOrder, int fallbackOrder, int pageblockOrder,
        int allocMigratetype, int fallbackMigratetype, boolean fragmenting, boolean changeOwnership)
        implements TraceEvent {
}
