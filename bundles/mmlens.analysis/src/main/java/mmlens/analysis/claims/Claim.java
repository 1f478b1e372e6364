package mmlens.analysis.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mmlens.analysis.check.Metrics;
import mmlens.engine.Knobs;

/**
 * One claim a seed discussion makes, as a reproducible experiment: a scenario run on a baseline
 * and on a variant configuration over paired seeds, one measure of one metric, and the band the
 * measure must fall in for the claim to hold. The band is written (and committed) before the
 * figure is looked at; a claim the engine does not reproduce stays, reported as failing.
 *
 * <p>File format ({@code <id>.claim}, {@code key = value} lines, {@code #} comments):
 *
 * <pre>
 * seed = 003_f5b2c0e744ef3ea8.txt   # the discussion (file name in the seeds directory)
 * claim = One sentence, saying who claims it.
 * scenario = 003-kernel-build.scenario   # beside the claim file
 * metric = kernel_time_ns           # a Metrics id, finding:KIND or finding:*
 * baseline =                        # knob changes "name=value, name=value"; empty: the scenario as is
 * variant = anon_orders=2-9
 * measure = change_pct              # change_pct | difference | variant | baseline
 * band = -40, -28                   # inclusive
 * seeds = 5                         # seeds 1..N, paired
 * </pre>
 *
 * @param id the file name without {@code .claim}
 * @param seed the seed discussion's file name
 * @param claim the claim in one sentence
 * @param scenario the scenario file name (same directory)
 * @param metric a metric id of {@link Metrics}, or {@code finding:KIND} / {@code finding:*}
 * @param baseline knob changes of the baseline side, in the order written
 * @param variant knob changes of the variant side
 * @param measure how the two sides' means become one figure
 * @param lo lower end of the band (inclusive)
 * @param hi upper end of the band (inclusive)
 * @param seeds number of paired seeds (1..N)
 */
public record Claim(String id, String seed, String claim, String scenario, String metric, Map<String, String> baseline,
        Map<String, String> variant, Measure measure, double lo, double hi, int seeds) {

    /** How the baseline and variant means become the claim's figure. */
    public enum Measure {
        /** 100 × (variant − baseline) / baseline. */
        change_pct,
        /** variant − baseline. */
        difference,
        /** The variant's mean. */
        variant,
        /** The baseline's mean. */
        baseline
    }

    /** Largest number of seeds a claim may ask for. */
    public static final int MAX_SEEDS = 50;

    private static final Set<String> KEYS = Set.of("seed", "claim", "scenario", "metric", "baseline", "variant",
            "measure", "band", "seeds");

    public Claim {
        baseline = Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
        variant = Collections.unmodifiableMap(new LinkedHashMap<>(variant));
    }

    /** Whether {@code figure} lies in the band. */
    public boolean inBand(double figure) {
        return !Double.isNaN(figure) && figure >= lo && figure <= hi;
    }

    /** The finding kind a {@code finding:} metric counts, or null for a {@link Metrics} id. */
    public String findingKind() {
        return metric.startsWith("finding:") ? metric.substring("finding:".length()) : null;
    }

    /** The baseline's knobs: mainline with {@link #baseline} applied. */
    public Knobs baselineKnobs() {
        return apply(baseline);
    }

    /** The variant's knobs: mainline with {@link #variant} applied. */
    public Knobs variantKnobs() {
        return apply(variant);
    }

    private static Knobs apply(Map<String, String> changes) {
        Knobs k = Knobs.mainline();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            k = k.with(e.getKey(), e.getValue());
        }
        return k;
    }

    /**
     * Reads one claim file.
     *
     * @param file the name used in messages ("claims/003-kernel-time.claim")
     * @throws IllegalArgumentException naming the file and line of the first problem: an unknown or
     *             repeated key, a missing key, an unknown metric or knob, a band not of the form
     *             {@code lo, hi} with lo ≤ hi, seeds outside 1..{@link #MAX_SEEDS}
     */
    public static Claim parse(String file, String text) {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        int n = 0;
        for (String raw : text.split("\n", -1)) {
            n++;
            String l = raw.replaceFirst("#.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(file + ":" + n + ": expected 'key = value', got '" + l + "'");
            }
            String key = l.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ":" + n + ": unknown key '" + key + "'; known: " + List.copyOf(
                        new java.util.TreeSet<>(KEYS)));
            }
            if (v.containsKey(key)) {
                throw new IllegalArgumentException(file + ":" + n + ": '" + key + "' repeated (first on line "
                        + at.get(key) + ")");
            }
            v.put(key, l.substring(eq + 1).strip());
            at.put(key, n);
        }
        for (String k : List.of("seed", "claim", "scenario", "metric", "variant", "measure", "band", "seeds")) {
            if (!v.containsKey(k) || (v.get(k).isEmpty() && !k.equals("variant"))) {
                throw new IllegalArgumentException(file + ": missing '" + k + " = ...'");
            }
        }
        String metric = v.get("metric");
        if (!metric.startsWith("finding:") && Metrics.order(metric) < 0) {
            throw new IllegalArgumentException(file + ":" + at.get("metric") + ": unknown metric '" + metric
                    + "'; a Metrics id (bundles/mmlens.analysis/JSON.md), finding:KIND or finding:*");
        }
        Measure measure;
        try {
            measure = Measure.valueOf(v.get("measure"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + at.get("measure") + ": measure '" + v.get("measure")
                    + "'; expected one of change_pct, difference, variant, baseline");
        }
        String[] band = v.get("band").split(",");
        double lo;
        double hi;
        try {
            if (band.length != 2) {
                throw new NumberFormatException();
            }
            lo = Double.parseDouble(band[0].strip());
            hi = Double.parseDouble(band[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + at.get("band") + ": band '" + v.get("band")
                    + "'; expected 'lo, hi' (two numbers)");
        }
        if (!(lo <= hi)) {
            throw new IllegalArgumentException(file + ":" + at.get("band") + ": band " + lo + ", " + hi + " is empty");
        }
        int seeds;
        try {
            seeds = Integer.parseInt(v.get("seeds"));
        } catch (NumberFormatException e) {
            seeds = -1;
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException(file + ":" + at.get("seeds") + ": seeds '" + v.get("seeds")
                    + "'; expected 1.." + MAX_SEEDS);
        }
        String id = file.replaceFirst(".*/", "").replaceFirst("\\.claim$", "");
        return new Claim(id, v.get("seed"), v.get("claim"), v.get("scenario"), metric,
                knobs(file, at.get("baseline"), v.getOrDefault("baseline", "")),
                knobs(file, at.get("variant"), v.get("variant")), measure, lo, hi, seeds);
    }

    private static Map<String, String> knobs(String file, Integer line, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text.isBlank()) {
            return m;
        }
        for (String part : text.split(",(?=\\s*[a-z_0-9]+\\s*=)")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(file + ":" + line + ": '" + part.strip()
                        + "'; expected knob changes 'name=value, name=value'");
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            try {
                Knobs.mainline().with(name, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage());
            }
            m.put(name, value);
        }
        return m;
    }
}
