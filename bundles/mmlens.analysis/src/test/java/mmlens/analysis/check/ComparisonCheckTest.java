package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The statistics: Student t, the paired and Welch tests, Holm, and the verdict rule. */
class ComparisonCheckTest {
    @Test
    void studentTQuantilesMatchTheTables() {
        assertEquals(2.776, Stats.tQuantile(0.975, 4), 5e-4);
        assertEquals(2.262, Stats.tQuantile(0.975, 9), 5e-4);
        assertEquals(12.706, Stats.tQuantile(0.975, 1), 5e-3);
        assertEquals(0.05, Stats.twoSidedP(2.776445, 4), 1e-5);
    }

    @Test
    void confidenceIntervalIsTTimesStandardError() {
        double[] x = { 1, 2, 3, 4, 5 };
        assertEquals(3, Stats.mean(x), 1e-12);
        assertEquals(Math.sqrt(2.5), Stats.sd(x), 1e-12);
        assertEquals(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), Stats.ci95(x), 1e-5);
        assertEquals(0, Stats.ci95(new double[] { 7, 7, 7 }));
    }

    /** Equal samples have no spread, even when their mean is one ulp off (1/9 five times). */
    @Test
    void equalSamplesHaveAnIntervalOfExactlyZero() {
        double[] x = { 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9 };
        assertEquals(0.0, Stats.sd(x));
        assertEquals(0.0, Stats.ci95(x));
    }

    @Test
    void pairedTestUsesTheDifferences() {
        // differences 1, 2, 1, 2, 1: mean 1.4, sd 0.5477, t = 5.715 with 4 df
        double[] a = { 10, 20, 30, 40, 50 };
        double[] b = { 11, 22, 31, 42, 51 };
        assertEquals(0.004636, Stats.pairedP(a, b), 2e-5);
        assertEquals(1, Stats.pairedP(a, a));
        assertEquals(0, Stats.pairedP(a, new double[] { 11, 21, 31, 41, 51 }), "a constant shift is certain");
    }

    @Test
    void welchTestOnUnequalVariances() {
        // scipy.stats.ttest_ind(equal_var=False): t = -1.8663, df = 5.5733, p = 0.11499
        double p = Stats.welchP(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 4, 6, 8, 11 });
        assertEquals(0.11499, p, 2e-5);
    }

    @Test
    void holmStepsDown() {
        assertArrayEquals(new boolean[] { true, true, false, false },
                Stats.holm(new double[] { 0.01, 0.012, 0.04, 0.5 }));
        // 0.02 > 0.05 / 3: nothing after the first kept hypothesis is rejected
        assertArrayEquals(new boolean[] { false, false, false }, Stats.holm(new double[] { 0.02, 0.001 * 30, 0.04 }));
    }

    @Test
    void verdictNeedsSignificanceAndTwoPercent() {
        double[] base = { 100, 101, 99, 100, 102 };
        Map<String, double[]> a = Map.of("pgscan", base, "allocstall", base, "compact_stall", base);
        Map<String, double[]> b = Map.of("pgscan", new double[] { 110, 111, 109, 110, 112 }, // +10 %, constant shift
                "allocstall", new double[] { 101, 102, 100, 101, 103 }, // +1 %: below the minimum change
                "compact_stall", base); // identical
        List<Effect> es = Comparison.compare("s", a, b, Comparison.Pairing.PAIRED, 1);
        assertEquals(List.of("compact_stall", "pgscan", "allocstall"), es.stream().map(Effect::metric).toList(),
                "metrics in catalog order");
        assertEquals(Verdict.NEUTRAL, es.get(0).verdict());
        assertEquals(Verdict.WORSE, es.get(1).verdict(), "more scanning is worse");
        assertEquals(10.0, es.get(1).changePct(), 0.05);
        assertEquals(Verdict.NEUTRAL, es.get(2).verdict());
    }

    @Test
    void higherIsBetterMetricsTurnTheVerdict() {
        Map<String, double[]> a = Map.of("thp_alloc_success_pct", new double[] { 40, 41, 39, 40, 42 });
        Map<String, double[]> b = Map.of("thp_alloc_success_pct", new double[] { 50, 51, 49, 50, 52 });
        assertEquals(Verdict.BETTER, Comparison.compare("s", a, b, Comparison.Pairing.PAIRED, 1).get(0).verdict());
    }

    @Test
    void perOrderIndicesAreOneBonferroniGroup() {
        List<String> ids = List.of("unusable_index.8", "unusable_index.9", "pgscan");
        // pgscan 0.001 <= 0.05 / 2 first; then the group's p = 2 * 0.03 = 0.06 > 0.05: kept
        boolean[] r = Comparison.holmByGroup(ids, new double[] { 0.03, 0.3, 0.001 }, List.of(0, 1, 2));
        assertArrayEquals(new boolean[] { false, false, true }, r);
        // group p = 2 * 0.01 = 0.02 <= 0.05: order 8 rejected (2 * 0.01 <= 0.05), order 9 not
        r = Comparison.holmByGroup(ids, new double[] { 0.01, 0.3, 0.001 }, List.of(0, 1, 2));
        assertArrayEquals(new boolean[] { true, false, true }, r);
        assertTrue(Comparison.holmByGroup(ids, new double[] { 0.01, 0.3, 0.001 }, List.of(2))[2]);
    }
}
