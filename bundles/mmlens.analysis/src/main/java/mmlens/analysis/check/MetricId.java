package mmlens.analysis.check;

/**
 * One metric of the impact check. Ids are a contract (JSON of {@code mmlens check}); never rename
 * one. The catalog is {@link Metrics}.
 *
 * @param id stable id, e.g. {@code pgscan} or {@code unusable_index.9}
 * @param unit what one unit of the value is (events, pages, kB, thousandths, percent, ns)
 * @param direction which way is better
 * @param source the Linux 6.18 counter or tracepoint the value equals, or {@code model} for the
 *            engine's cost model
 * @param description what it counts in the engine, and when it is absent
 */
public record MetricId(String id, String unit, Direction direction, String source, String description) {
    /** Which way a change is an improvement. */
    public enum Direction {
        /** Smaller is better (fragmentation, flushes, stalls, latency, splits). */
        LOWER_IS_BETTER,
        /** Larger is better (success rates). */
        HIGHER_IS_BETTER;

        /** Whether a change of sign {@code signum} (patched minus baseline) is an improvement. */
        public boolean better(double signum) {
            return this == LOWER_IS_BETTER ? signum < 0 : signum > 0;
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
