package mmlens.engine.trace;

/**
 * {@code kmem:mm_page_free}: a block of {@code 1 << order} pages freed by its owner
 * ({@code free_pages_prepare}); the page may go to a per-CPU list rather than the buddy.
 */
public record PageFree(EventHeader header, long pfn, int order) implements TraceEvent {
}
