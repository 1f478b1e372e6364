package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;

/** One run of the engine turned into a {@link RunOutcome}; and per-metric samples over seeds. */
final class Runs {
    private Runs() {
    }

    /** Runs {@code s} once and reads its metrics and checker results. */
    static RunOutcome run(EngineAccess engine, Scenario s, long seed, Knobs knobs) {
        RunProbe probe = new RunProbe();
        ScenarioResult r = engine.run(s, seed, knobs, probe);
        double[] metrics = MetricExtractor.extract(r, probe);
        List<Finding> findings = new ArrayList<>();
        for (mmlens.engine.mmu.Finding f : r.findings()) {
            String msg = f.kind() + " cpu " + f.cpu() + " va 0x" + Long.toHexString(f.va()) + " pfn 0x"
                    + Long.toHexString(f.pfn()) + ": " + f.message();
            findings.add(new Finding(f.kind().name(), "error", msg, s.name(), seed, f.trace(), 0));
        }
        if (!r.violations().isEmpty()) {
            findings.add(new Finding("ALLOCATOR_INVARIANT", "error", r.violations().get(0), s.name(), seed,
                    r.violations(), 0));
        }
        if (probe.ooms > 0 && r.machine() != null) {
            findings.add(new Finding("OOM_KILL", "warning", probe.ooms + " allocations would have invoked the OOM killer",
                    s.name(), seed, probe.oomTrace, 0));
        }
        return new RunOutcome(metrics, findings);
    }

    /**
     * Metric id → values over the outcomes (index = seed position), for the metrics present in
     * every outcome; a metric absent in any run is left out.
     */
    static Map<String, double[]> samples(List<RunOutcome> outcomes) {
        Map<String, double[]> m = new LinkedHashMap<>();
        List<MetricId> ids = Metrics.all();
        for (int k = 0; k < ids.size(); k++) {
            double[] v = new double[outcomes.size()];
            boolean present = !outcomes.isEmpty();
            for (int i = 0; i < v.length && present; i++) {
                v[i] = outcomes.get(i).metrics()[k];
                present = !Double.isNaN(v[i]);
            }
            if (present) {
                m.put(ids.get(k).id(), v);
            }
        }
        return m;
    }

    /** Per-metric samples of {@code s} on {@code knobs} over {@code seeds}, run one after another. */
    static Map<String, double[]> sample(EngineAccess engine, Scenario s, Knobs knobs, long[] seeds) {
        List<RunOutcome> l = new ArrayList<>();
        for (long seed : seeds) {
            l.add(run(engine, s, seed, knobs));
        }
        return samples(l);
    }

    /**
     * How runs' findings are matched: the kind and the message with numbers, hex addresses and
     * the access verb (read/wrote/write) blanked, so the same problem on another cpu, page or
     * seed is one finding; every OOM kill is one shape.
     */
    static String shape(Finding f) {
        if (f.kind().equals("OOM_KILL")) {
            return "OOM_KILL";
        }
        return f.kind() + ":" + f.message().replaceAll("0x[0-9a-fA-F]+|\\d+", "#")
                .replaceAll("\\b(read|wrote|write|writes|reads)\\b", "~");
    }
}
