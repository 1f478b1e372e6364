package mmlens.analysis.check;

import java.util.List;

/**
 * One metric of one scenario on every configuration that ran.
 *
 * @param scenario {@code suite/name}
 * @param metric metric id ({@link Metrics})
 * @param configs index 0 the baseline, index i step i; null where the metric was absent or the
 *            configuration did not run
 */
public record MetricStats(String scenario, String metric, List<Side> configs) {
    @Override
    public String toString() {
        return scenario + " " + metric + " " + configs;
    }
}
