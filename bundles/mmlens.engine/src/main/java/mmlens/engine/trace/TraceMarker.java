package mmlens.engine.trace;

/**
 * A line written to {@code trace_marker} (event {@code print}, shown as {@code tracing_mark_write}).
 * The oracle harness brackets its snapshots and workload with {@code mmlens: ...} markers.
 */
public record TraceMarker(EventHeader header, String text) implements TraceEvent {
}
