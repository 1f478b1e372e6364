package mmlens.analysis.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * One engine run read the way the impact check reads it, for callers outside the check (the
 * claims): the run's metrics by id and its checker results counted by kind.
 */
public final class MetricRun {
    private MetricRun() {
    }

    /**
     * What one run produced.
     *
     * @param metrics metric id → value, only the metrics the run exercised (see {@link Metrics})
     * @param findingCounts finding kind ({@code Finding.Kind} name, {@code ALLOCATOR_INVARIANT},
     *            {@code OOM_KILL}) → how many the run produced
     * @param findings the run's findings, each with its trace
     */
    public record Measured(Map<String, Double> metrics, Map<String, Integer> findingCounts, List<Finding> findings) {
        public Measured {
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            findingCounts = Collections.unmodifiableMap(new TreeMap<>(findingCounts));
            findings = List.copyOf(findings);
        }

        /** Number of findings of {@code kind}, or of every kind for {@code "*"}. */
        public int findings(String kind) {
            if (kind.equals("*")) {
                return findings.size();
            }
            return findingCounts.getOrDefault(kind, 0);
        }
    }

    /**
     * Runs {@code s} once with {@code knobs} on top of the scenario's own and reads it.
     *
     * @throws IllegalArgumentException when the engine refuses a knob value
     */
    public static Measured run(Scenario s, long seed, Knobs knobs) {
        String why = EngineAccess.DEFAULT.unsupported(knobs);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, seed, knobs);
        Map<String, Double> m = new LinkedHashMap<>();
        List<MetricId> ids = Metrics.all();
        for (int i = 0; i < ids.size(); i++) {
            if (!Double.isNaN(o.metrics()[i])) {
                m.put(ids.get(i).id(), o.metrics()[i]);
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : o.findings()) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return new Measured(m, counts, o.findings());
    }
}
