package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * Seed 003's claims (resources mmlens/analysis/claims/003-*.claim), each run as the claims contract
 * says (paired seeds 1..N, the claim's measure, its band fixed before the first run): the verdict
 * must be {@code holds}. A self-contained reading of the claim files, independent of the
 * {@code mmlens claims} runner, so the seed's figures are checked on this branch.
 */
class Seed003ClaimsTest {
    private static final String DIR = "/mmlens/analysis/claims/";

    @ParameterizedTest
    @ValueSource(strings = {"003-kernel-time", "003-wall-time", "003-order1-finding", "003-fixed-clean"})
    void claimHolds(String name) {
        Map<String, String> c = keys(text(DIR + name + ".claim"));
        Scenario s = Scenario.parse(c.get("scenario").replace(".scenario", ""), text(DIR + c.get("scenario")), null);
        int seeds = Integer.parseInt(c.get("seeds"));
        double base = mean(s, knobs(c.get("baseline")), c.get("metric"), seeds);
        double variant = mean(s, knobs(c.get("variant")), c.get("metric"), seeds);
        double measure;
        switch (c.get("measure")) {
            case "change_pct":
                measure = 100 * (variant - base) / base;
                break;
            case "variant":
                measure = variant;
                break;
            case "baseline":
                measure = base;
                break;
            default:
                measure = variant - base;
        }
        String[] band = c.get("band").split(",");
        double lo = Double.parseDouble(band[0].trim());
        double hi = Double.parseDouble(band[1].trim());
        String figure = name + ": " + c.get("metric") + " baseline " + base + " variant " + variant + " "
                + c.get("measure") + " " + measure + " band [" + lo + ", " + hi + "]";
        System.out.println(figure);
        assertTrue(measure >= lo && measure <= hi, figure);
    }

    /**
     * The further effects on the kernel-build scenario (no band in the discussion, direction only):
     * fewer faults, more PTEs per fault, more anonymous memory mapped at exit (RSS growth).
     */
    @org.junit.jupiter.api.Test
    void furtherEffectsOnTheKernelBuild() {
        Scenario s = Scenario.parse("003-kernel-build", text(DIR + "003-kernel-build.scenario"), null);
        Knobs posted = knobs("anon_order_policy=rfc-v1, thp_orders_all_anon=1-9");
        StringBuilder b = new StringBuilder("003 kernel-build effects (5 seeds):");
        double[] change = new double[3];
        String[] ids = {"pgfault", "ptes_per_fault", "rss_anon_pages"};
        for (int i = 0; i < ids.length; i++) {
            double base = mean(s, Knobs.mainline(), ids[i], 5);
            double v = mean(s, posted, ids[i], 5);
            change[i] = 100 * (v - base) / base;
            b.append(String.format(java.util.Locale.ROOT, " %s %.3f -> %.3f (%+.1f %%)", ids[i], base, v, change[i]));
        }
        System.out.println(b);
        assertTrue(change[0] < -50 && change[1] > 100 && change[2] > 0, b.toString());
    }

    private static double mean(Scenario s, Knobs k, String metric, int seeds) {
        double sum = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, seed, k);
            if (metric.startsWith("finding:")) {
                String kind = metric.substring("finding:".length());
                sum += o.findings().stream().filter(f -> kind.equals("*") || f.kind().equals(kind)).count();
            } else {
                double v = o.metrics()[Metrics.order(metric)];
                assertTrue(!Double.isNaN(v), metric + " absent in " + s.name());
                sum += v;
            }
        }
        return sum / seeds;
    }

    private static Knobs knobs(String changes) {
        Knobs k = Knobs.mainline();
        for (String kv : changes.split(",")) {
            if (!kv.isBlank()) {
                String[] p = kv.split("=", 2);
                k = k.with(p[0].trim(), p[1].trim());
            }
        }
        return k;
    }

    private static Map<String, String> keys(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        for (String l : lines) {
            String t = l.replaceFirst("#.*", "").trim();
            int eq = t.indexOf('=');
            if (eq > 0) {
                m.put(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
            }
        }
        return m;
    }

    private static String text(String resource) {
        try (InputStream in = Seed003ClaimsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
