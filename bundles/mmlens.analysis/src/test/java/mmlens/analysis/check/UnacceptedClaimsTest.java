package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * The direction of each seed-001 claim (resources {@code mmlens/analysis/claims/001-*}), run
 * through the engine API with the claim's scenario and knobs: the band is the claims runner's
 * business; here only the sign the discussion claims is asserted. Each test prints the claim's
 * figure (means over the claim's seeds) for the issue notes.
 */
class UnacceptedClaimsTest {
    private static Scenario scenario(String file) {
        String res = "/mmlens/analysis/claims/" + file;
        try (InputStream in = UnacceptedClaimsTest.class.getResourceAsStream(res)) {
            assertTrue(in != null, res);
            return Scenario.parse(file.replace(".scenario", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean of a metric over seeds 1..n with {@code unaccepted = strategy}. */
    private static double mean(Scenario s, String strategy, String metric, int seeds) {
        double sum = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, seed, Knobs.mainline().with("unaccepted", strategy));
            double v;
            if (metric.startsWith("finding:")) {
                String kind = metric.substring("finding:".length());
                v = o.findings().stream().filter(f -> f.kind().equals(kind)).count();
            } else {
                v = o.metrics()[Metrics.order(metric)];
            }
            assertFalse(Double.isNaN(v), metric + " absent");
            sum += v;
        }
        return sum / seeds;
    }

    private static double[] claim(String id, String scenario, String metric, String baseline, String variant, int seeds) {
        Scenario s = scenario(scenario);
        double b = mean(s, baseline, metric, seeds);
        double v = mean(s, variant, metric, seeds);
        System.out.printf(Locale.ROOT, "claim %s: %s baseline(%s) %.6g variant(%s) %.6g change %.4g%% difference %.6g%n",
                id, metric, baseline, b, variant, v, 100 * (v - b) / b, v - b);
        return new double[] {b, v};
    }

    /**
     * The shape per strategy on the first-touch scenario (seed 1): eager pays at boot and never
     * after, the lazy strategies pay at first touch, the background thread accepts ahead of the
     * workload. Prints the table of VARIANTS-unaccepted.md.
     */
    @Test
    void shapeOfEachStrategy() {
        Scenario s = scenario("001-first-touch.scenario");
        String[] ids = {"boot_time_ns", "boot_accept_ns", "alloc_latency_p99_ns", "accept_ns", "kernel_time_ns",
                "accepted_kb_at_25", "accepted_kb_at_50", "accepted_kb_at_75", "accepted_kb", "unaccepted_kb"};
        java.util.Map<String, double[]> t = new java.util.LinkedHashMap<>();
        System.out.println("strategy " + String.join(" ", ids));
        for (String st : new String[] {"eager", "zone-list", "buddy-flag", "background"}) {
            RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, 1, Knobs.mainline().with("unaccepted", st));
            double[] row = new double[ids.length];
            StringBuilder b = new StringBuilder(st);
            for (int i = 0; i < ids.length; i++) {
                row[i] = o.metrics()[Metrics.order(ids[i])];
                b.append(String.format(Locale.ROOT, " %.4g", row[i]));
            }
            assertTrue(o.findings().isEmpty(), st + " " + o.findings());
            System.out.println(b);
            t.put(st, row);
        }
        assertEquals(0, t.get("eager")[3], "eager accepts nothing after boot");
        assertEquals(0, t.get("eager")[9], "eager leaves nothing unaccepted");
        for (String lazy : new String[] {"zone-list", "buddy-flag", "background"}) {
            assertTrue(t.get(lazy)[1] < t.get("eager")[1] / 100, lazy + " boots without accepting");
            assertTrue(t.get(lazy)[3] > 0, lazy + " accepts after boot");
        }
        assertTrue(t.get("background")[6] > t.get("zone-list")[6], "the thread runs ahead of first touch");
    }

    @Test
    void lazyBootAcceptsLessThanEagerBoot() {
        double[] r = claim("001-lazy-boot", "001-first-touch.scenario", "boot_accept_ns", "eager", "zone-list", 3);
        assertTrue(r[1] < r[0]);
    }

    @Test
    void onDemandAcceptanceRaisesFirstTouchP99() {
        double[] r = claim("001-first-touch-p99", "001-first-touch.scenario", "alloc_latency_p99_ns", "eager",
                "zone-list", 3);
        assertTrue(r[1] > r[0]);
    }

    @Test
    void backgroundAcceptanceLowersP99() {
        double[] r = claim("001-background-p99", "001-first-touch.scenario", "alloc_latency_p99_ns", "zone-list",
                "background", 3);
        assertTrue(r[1] < r[0]);
    }

    @Test
    void backgroundAcceptanceCostsKernelTime() {
        double[] r = claim("001-background-cpu", "001-first-touch.scenario", "kernel_time_ns", "zone-list",
                "background", 3);
        assertTrue(r[1] > r[0]);
    }

    @Test
    void eagerBootIsSlowerAt4g() {
        double[] small = claim("001-boot-4g", "001-boot-4g.scenario", "boot_time_ns", "zone-list", "eager", 2);
        assertTrue(small[1] > small[0]);
    }

    /** The cover letter's ratio grows from 2.5 at 4G to 4 at 64G: the eager penalty grows with memory. */
    @Test
    void eagerBootIsSlowerAt64gAndTheGapGrows() {
        double[] big = claim("001-boot-64g", "001-boot-64g.scenario", "boot_time_ns", "zone-list", "eager", 2);
        assertTrue(big[1] > big[0]);
        double[] small = claim("001-boot-4g", "001-boot-4g.scenario", "boot_time_ns", "zone-list", "eager", 1);
        assertTrue(big[1] / big[0] > small[1] / small[0], "the eager penalty grows with memory");
    }

    @Test
    void missingMergeCarryTripsTheInvariants() {
        double[] r = claim("001-merge-carry", "001-merge-carry.scenario", "finding:ALLOCATOR_INVARIANT", "buddy-flag",
                "buddy-flag-no-merge-carry", 2);
        assertEquals(0, r[0]);
        assertTrue(r[1] > 0);
    }
}
