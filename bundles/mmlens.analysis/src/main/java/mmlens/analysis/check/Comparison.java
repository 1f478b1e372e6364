package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The significance rule of the impact check. For one scenario and two configurations (A earlier,
 * B later), each metric present on both sides gets a two-sided p-value:
 * <ul>
 * <li>{@link Pairing#PAIRED} (the check's design: both sides ran the same seeds): the paired
 * t-test on the per-seed differences B - A, n - 1 degrees of freedom;</li>
 * <li>{@link Pairing#WELCH} (independent seed sets): Welch's t-test.</li>
 * </ul>
 * The p-values of the metrics of the scenario whose samples differ are Holm-corrected together at
 * α = 0.05 (a metric with identical samples on both sides, e.g. a deterministic counter that did
 * not move, is no hypothesis: p = 1, outside the family, always neutral); the 11 per-order values
 * of {@code unusable_index} and of {@code extfrag_index} each count as one hypothesis
 * (Bonferroni inside, see {@link #holmByGroup}). A metric's
 * verdict is better or worse only when (1) Holm rejects, (2) the samples differ (identical
 * samples are always neutral) and (3) the relative change of the mean is at least
 * {@link #MIN_CHANGE_PCT} % (a baseline mean of 0 with a non-zero patched mean counts as a
 * change). The direction comes from {@link MetricId.Direction}.
 */
public final class Comparison {
    /** Smallest relative change of the mean, in percent, that can be an effect. */
    public static final double MIN_CHANGE_PCT = 2.0;

    /** How the two sides' samples relate. */
    public enum Pairing {
        PAIRED, WELCH
    }

    /**
     * Smallest change of the fragmentation indices (in thousandths) that can count: 10, one
     * percentage point. Scenarios whose seeds agree almost exactly would otherwise turn a change
     * of 1/1000 in an index into a verdict.
     */
    public static final double MIN_INDEX_CHANGE = 10;

    private Comparison() {
    }

    /** The least absolute change of a metric that may carry a verdict. */
    static double minAbsoluteChange(String metric) {
        return metric.startsWith("unusable_index.") || metric.startsWith("extfrag_index.") ? MIN_INDEX_CHANGE : 0;
    }

    /**
     * Holm over hypotheses where the per-order metrics of one index ({@code unusable_index.*},
     * {@code extfrag_index.*}) form one hypothesis with the Bonferroni p-value k * min(p) of its k
     * members in the family; a member is rejected when its group is and k * p stays within the
     * level Holm gave the group. (Bonferroni inside a group and Holm across groups keeps the
     * family-wise error at α.)
     */
    static boolean[] holmByGroup(List<String> ids, double[] p, List<Integer> family) {
        Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i : family) {
            String id = ids.get(i);
            int dot = id.indexOf('.');
            groups.computeIfAbsent(dot < 0 ? id : id.substring(0, dot), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> gl = new ArrayList<>(groups.values());
        double[] gp = new double[gl.size()];
        for (int g = 0; g < gp.length; g++) {
            double min = 1;
            for (int i : gl.get(g)) {
                min = Math.min(min, p[i]);
            }
            gp[g] = Math.min(1, gl.get(g).size() * min);
        }
        double[] level = Stats.holmLevels(gp);
        boolean[] rejected = new boolean[p.length];
        for (int g = 0; g < gp.length; g++) {
            for (int i : gl.get(g)) {
                rejected[i] = gl.get(g).size() * p[i] <= level[g];
            }
        }
        return rejected;
    }

    private static Map<String, double[]> withZeros(Map<String, double[]> samples, String id, int n) {
        if (samples.containsKey(id)) {
            return samples;
        }
        Map<String, double[]> m = new java.util.HashMap<>(samples);
        m.put(id, new double[n]);
        return m;
    }

    /**
     * Compares the metric samples of one scenario.
     *
     * @param a metric id → per-seed values of the earlier configuration (NaN-free)
     * @param b metric id → per-seed values of the later configuration; for PAIRED index i is the
     *            same seed as in {@code a}
     * @return one effect per metric present on both sides (or on one side, when
     *         {@link Metrics#zeroWhenAbsent} makes the other side's samples zeros), in {@link Metrics} order
     */
    public static List<Effect> compare(String scenario, Map<String, double[]> a, Map<String, double[]> b,
            Pairing pairing, int stepIndex) {
        List<String> ids = new ArrayList<>();
        for (MetricId m : Metrics.all()) {
            if (a.containsKey(m.id()) && b.containsKey(m.id())) {
                ids.add(m.id());
            } else if (Metrics.zeroWhenAbsent(m.id()) && (a.containsKey(m.id()) || b.containsKey(m.id()))) {
                // one side did none of it (ASI off): its samples are zeros, seed for seed
                int n = a.containsKey(m.id()) ? a.get(m.id()).length : b.get(m.id()).length;
                a = withZeros(a, m.id(), n);
                b = withZeros(b, m.id(), n);
                ids.add(m.id());
            }
        }
        double[] p = new double[ids.size()];
        List<Integer> family = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            double[] x = a.get(ids.get(i));
            double[] y = b.get(ids.get(i));
            p[i] = pairing == Pairing.PAIRED ? Stats.pairedP(x, y) : Stats.welchP(x, y);
            if (!Arrays.equals(x, y)) {
                family.add(i);
            }
        }
        boolean[] rejected = holmByGroup(ids, p, family);
        List<Effect> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            String id = ids.get(i);
            double[] x = a.get(id);
            double[] y = b.get(id);
            double ma = Stats.mean(x);
            double mb = Stats.mean(y);
            double change = ma == 0 ? Double.NaN : 100 * (mb - ma) / Math.abs(ma);
            boolean bigEnough = (ma == 0 ? mb != 0 : Math.abs(change) >= MIN_CHANGE_PCT)
                    && Math.abs(mb - ma) >= minAbsoluteChange(id);
            boolean identical = Arrays.equals(x, y);
            Verdict v = Verdict.NEUTRAL;
            if (rejected[i] && bigEnough && !identical) {
                v = Metrics.get(id).direction().better(Math.signum(mb - ma)) ? Verdict.BETTER : Verdict.WORSE;
            }
            out.add(new Effect(id, scenario, new Side(ma, Stats.ci95(x)), new Side(mb, Stats.ci95(y)), change, p[i], v,
                    stepIndex, List.of()));
        }
        return out;
    }
}
