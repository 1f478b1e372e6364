package mmlens.analysis.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import mmlens.analysis.check.MetricRun;
import mmlens.analysis.claims.ClaimResult.Verdict;
import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * The claims of the seed discussions, shipped as resources ({@code mmlens/analysis/claims/}, listed
 * in its {@code index} file) and run on the engine: each claim's scenario on its baseline and on
 * its variant over seeds 1..N, one run per task on a thread pool, the means turned into the claim's
 * figure and judged against its band.
 */
public final class Claims {
    private static final String DIR = "/mmlens/analysis/claims/";

    private Claims() {
    }

    /** The names of the shipped claim files, in index order. */
    public static List<String> index() {
        List<String> l = new ArrayList<>();
        for (String line : resource("index").split("\n")) {
            String s = line.replaceFirst("#.*", "").strip();
            if (!s.isEmpty()) {
                l.add(s);
            }
        }
        return l;
    }

    /** Every shipped claim, in index order (sorted by seed, then name). */
    public static List<Claim> builtin() {
        List<Claim> l = new ArrayList<>();
        for (String f : index()) {
            l.add(Claim.parse("claims/" + f, resource(f)));
        }
        return l;
    }

    /** A shipped claim's scenario. */
    public static Scenario scenario(Claim c) {
        return Scenario.parse("claims/" + c.scenario(), resource(c.scenario()), null);
    }

    private static String resource(String name) {
        try (InputStream in = Claims.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no claims resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code claims} on {@code threads} threads; results in the claims' order.
     *
     * @param threads at least 1
     */
    public static List<ClaimResult> run(List<Claim> claims, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "mmlens-claims");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>[]> futures = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<Scenario> scenarios = new ArrayList<>();
            for (Claim c : claims) {
                String why = unmodelled(c);
                notes.add(why);
                Scenario s = why == null ? scenario(c) : null;
                scenarios.add(s);
                @SuppressWarnings("unchecked")
                Future<double[]>[] f = new Future[2];
                if (why == null) {
                    f[0] = pool.submit(() -> side(c, s, c.baselineKnobs()));
                    f[1] = pool.submit(() -> side(c, s, c.variantKnobs()));
                }
                futures.add(f);
            }
            List<ClaimResult> out = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (notes.get(i) != null) {
                    out.add(new ClaimResult(c, Verdict.unmodelled, Double.NaN, Double.NaN, Double.NaN, notes.get(i)));
                    continue;
                }
                try {
                    out.add(judge(c, get(futures.get(i)[0]), get(futures.get(i)[1])));
                } catch (RuntimeException e) {
                    out.add(failed(c, e));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one claim on the calling thread. */
    public static ClaimResult run(Claim c, Scenario s) {
        String why = unmodelled(c);
        if (why != null) {
            return new ClaimResult(c, Verdict.unmodelled, Double.NaN, Double.NaN, Double.NaN, why);
        }
        try {
            return judge(c, side(c, s, c.baselineKnobs()), side(c, s, c.variantKnobs()));
        } catch (RuntimeException e) {
            return failed(c, e);
        }
    }

    /** A claim whose run threw: the engine's refusal is "unmodelled", anything else a failure. */
    private static ClaimResult failed(Claim c, RuntimeException e) {
        String msg = String.valueOf(e.getMessage());
        Verdict v = e instanceof IllegalArgumentException && msg.contains("not modelled") ? Verdict.unmodelled
                : Verdict.fails;
        return new ClaimResult(c, v, Double.NaN, Double.NaN, Double.NaN, "the run stopped: " + msg);
    }

    /** Why the engine cannot run the claim's baseline or variant, or null. */
    static String unmodelled(Claim c) {
        for (var side : List.of(c.baseline(), c.variant())) {
            for (var e : side.entrySet()) {
                String why = Knobs.unsupportedReason(e.getKey(), e.getValue());
                if (why != null) {
                    return "knob " + e.getKey() + "=" + e.getValue() + ": not modelled by the engine: " + why;
                }
            }
        }
        return null;
    }

    /** The claim's metric per seed 1..N on one side; NaN where a run did not exercise it. */
    static double[] side(Claim c, Scenario s, Knobs k) {
        double[] v = new double[c.seeds()];
        String kind = c.findingKind();
        for (int i = 0; i < v.length; i++) {
            MetricRun.Measured m = MetricRun.run(s, i + 1, k);
            v[i] = kind != null ? m.findings(kind) : m.metrics().getOrDefault(c.metric(), Double.NaN);
        }
        return v;
    }

    static ClaimResult judge(Claim c, double[] base, double[] variant) {
        double b = mean(base);
        double v = mean(variant);
        boolean needB = c.measure() != Claim.Measure.variant;
        boolean needV = c.measure() != Claim.Measure.baseline;
        if ((needB && Double.isNaN(b)) || (needV && Double.isNaN(v))) {
            return new ClaimResult(c, Verdict.fails, b, v, Double.NaN,
                    "the scenario does not exercise " + c.metric() + " on "
                            + (needB && Double.isNaN(b) ? "the baseline" : "the variant"));
        }
        double fig;
        String note = "";
        switch (c.measure()) {
            case change_pct -> {
                fig = b == 0 ? Double.NaN : 100.0 * (v - b) / b;
                if (b == 0) {
                    note = "the baseline mean is 0: no relative change";
                }
            }
            case difference -> fig = v - b;
            case variant -> fig = v;
            case baseline -> fig = b;
            default -> throw new IllegalStateException();
        }
        return new ClaimResult(c, c.inBand(fig) ? Verdict.holds : Verdict.fails, b, v, fig, note);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double d : x) {
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            s += d;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    private static double[] get(Future<double[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(t);
        }
    }
}
