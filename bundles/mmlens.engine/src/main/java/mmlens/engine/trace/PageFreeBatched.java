package mmlens.engine.trace;

/**
 * {@code kmem:mm_page_free_batched}: an order-0 page freed through a batch
 * ({@code free_unref_folios}); such pages were also reported by {@link PageFree}.
 */
public record PageFreeBatched(EventHeader header, long pfn, int order) implements TraceEvent {
}
