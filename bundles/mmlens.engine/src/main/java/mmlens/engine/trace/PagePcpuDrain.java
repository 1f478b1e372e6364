package mmlens.engine.trace;

/**
 * {@code kmem:mm_page_pcpu_drain}: a block moved from a per-CPU list back to the buddy
 * ({@code free_pcppages_bulk}).
 */
public record PagePcpuDrain(EventHeader header, long pfn, int order, int migratetype) implements TraceEvent {
}
