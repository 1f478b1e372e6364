package mmlens.analysis.check;

import java.util.List;

/**
 * Everything an impact check found, in a stable order: scenarios in suite order, metrics in
 * {@link Metrics} order. A pure function of (suites, steps, seeds, engine).
 *
 * @param engineVersion the engine that ran
 * @param seeds the seeds every configuration ran (paired)
 * @param suites suite names in run order
 * @param scenarios {@code suite/name} in run order
 * @param baselineKnobs the baseline configuration
 * @param steps the cumulative steps (index i - 1 holds step i)
 * @param notRunnable per step that could not run, why ("step 2 (label): reason"); such a step and
 *            every later one are left out
 * @param lastStep the last step that ran (0 when none did: no effects)
 * @param stats per scenario per metric, mean and CI on every configuration
 * @param effects the series effects: every metric present on the baseline and on {@code lastStep},
 *            with verdict and causes
 * @param stepEffects the significant changes of each step against the one before it
 * @param findings checker results the baseline did not have
 * @param fixedFindings checker results of the baseline that no seed shows from their step on (the
 *            step that fixed them) to {@code lastStep}: one per shape, the baseline's first
 */
public record ImpactReport(String engineVersion, List<Long> seeds, List<String> suites, List<String> scenarios,
        String baselineKnobs, List<Step> steps, List<String> notRunnable, int lastStep, List<MetricStats> stats,
        List<Effect> effects, List<Effect> stepEffects, List<Finding> findings, List<Finding> fixedFindings) {
    public ImpactReport {
        seeds = List.copyOf(seeds);
        suites = List.copyOf(suites);
        scenarios = List.copyOf(scenarios);
        steps = List.copyOf(steps);
        notRunnable = List.copyOf(notRunnable);
        stats = List.copyOf(stats);
        effects = List.copyOf(effects);
        stepEffects = List.copyOf(stepEffects);
        findings = List.copyOf(findings);
        fixedFindings = List.copyOf(fixedFindings);
    }

    /** The series effects whose verdict is better or worse. */
    public List<Effect> significantEffects() {
        return effects.stream().filter(Effect::significant).toList();
    }

    /** The series effect of one metric in one scenario, or null. */
    public Effect effect(String scenario, String metric) {
        return effects.stream().filter(e -> e.scenario().equals(scenario) && e.metric().equals(metric)).findFirst()
                .orElse(null);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("impact check, engine ").append(engineVersion).append(", seeds ").append(seeds).append(", suites ")
                .append(suites).append('\n');
        b.append("baseline: ").append(baselineKnobs).append('\n');
        for (int i = 0; i < steps.size(); i++) {
            b.append("step ").append(i + 1).append(" ").append(steps.get(i).label()).append(": ")
                    .append(steps.get(i).knobs()).append('\n');
        }
        notRunnable.forEach(n -> b.append("not runnable: ").append(n).append('\n'));
        List<Effect> sig = significantEffects();
        b.append(sig.size()).append(" significant effects of ").append(effects.size()).append(" compared\n");
        sig.forEach(e -> b.append("  ").append(e).append('\n'));
        if (!stepEffects.isEmpty()) {
            b.append("per step:\n");
            stepEffects.forEach(e -> b.append("  ").append(e).append('\n'));
        }
        b.append(findings.size()).append(" findings\n");
        for (Finding f : findings) {
            b.append("  ").append(f).append('\n');
            f.trace().forEach(t -> b.append("      ").append(t).append('\n'));
        }
        return b.toString();
    }
}
