package mmlens.analysis.check;

import java.util.List;

/**
 * The change of one metric in one scenario between two configurations, with the verdict of the
 * test ({@link Comparison}).
 *
 * @param metric metric id
 * @param scenario {@code suite/name}
 * @param baseline the earlier configuration (the baseline for a series effect)
 * @param patched the later configuration
 * @param changePct 100 * (patched.mean - baseline.mean) / |baseline.mean|; NaN when the baseline
 *            mean is 0
 * @param pValue the raw two-sided p-value of the test (before Holm's correction)
 * @param verdict better or worse only when significant, else neutral
 * @param stepIndex the later configuration's index (steps are 1-based; the series effect has the
 *            last step that ran)
 * @param causes for a significant series effect, the steps i whose own change (step i-1 to i)
 *            is significant in the same direction; empty otherwise
 */
public record Effect(String metric, String scenario, Side baseline, Side patched, double changePct, double pValue,
        Verdict verdict, int stepIndex, List<Integer> causes) {
    public Effect {
        causes = List.copyOf(causes);
    }

    /** Whether the verdict is better or worse. */
    public boolean significant() {
        return verdict != Verdict.NEUTRAL;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s: %s -> %s (%+.1f%%, p=%.3g) %s step %d%s", scenario, metric,
                baseline, patched, changePct, pValue, verdict.id(), stepIndex, causes.isEmpty() ? "" : " caused by " + causes);
    }
}
