package mmlens.engine.trace;

/**
 * {@code kmem:mm_page_alloc}: one request served (or failed) by {@code __alloc_pages}.
 * Bulk allocations ({@code alloc_pages_bulk}) are not traced by this event.
 *
 * @param pfn first pfn of the block, or -1 when the allocation failed (page printed as NULL)
 * @param order buddy order of the request
 * @param migratetype the request's migratetype ({@code gfp_migratetype(gfp)})
 * @param gfpFlags the flags as the kernel printed them, e.g. {@code GFP_KERNEL|__GFP_ZERO}
 */
public record PageAlloc(EventHeader header, long pfn, int order, int migratetype, String gfpFlags)
        implements TraceEvent {

    /** True when the kernel returned no page. */
    public boolean failed() {
        return pfn < 0;
    }
}
