package mmlens.engine.trace;

/**
 * {@code kmem:mm_page_alloc_zone_locked}: a block taken from the buddy free lists under the zone
 * lock ({@code __rmqueue}); {@code percpuRefill} is true when it refills a per-CPU list.
 *
 * @param pfn first pfn, or -1 when printed as NULL
 */
public record PageAllocZoneLocked(EventHeader header, long pfn, int order, int migratetype, boolean percpuRefill)
        implements TraceEvent {
}
