package mmlens.analysis.check;

import java.util.List;

/**
 * What one run (scenario, seed, configuration) produced.
 *
 * @param metrics indexed like {@link Metrics#all()}, NaN where absent
 * @param findings checker results of the run (stepIndex not yet known: 0)
 */
record RunOutcome(double[] metrics, List<Finding> findings) {
}
