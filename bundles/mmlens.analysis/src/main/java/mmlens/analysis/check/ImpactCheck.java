package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * The impact check: every scenario of the suites runs for seeds 1..N on the baseline and on each
 * cumulative step (the same seeds everywhere: a paired design), runs in parallel on a thread pool
 * (each engine single-threaded); metrics are compared by {@link Comparison} (paired t-test, Holm,
 * minimum change) between the baseline and the last step (the series effects) and between
 * consecutive steps (attribution); checker results new on a step become {@link Finding}s.
 *
 * <p>Results are placed by (scenario, configuration, seed) index, never by completion order, so the
 * report does not depend on the thread count. Identical configurations run once. A step the engine
 * cannot run ({@code unsupported}) and every later step are reported as not runnable and left out.
 */
public final class ImpactCheck {
    private final Knobs baseline;
    private final List<Step> steps;
    private final List<Suite> suites;
    private final int seeds;
    private final int threads;
    private final EngineAccess engine;
    /** Steps compared with the baseline rather than with the step before (a sweep's values). */
    private boolean againstBaseline;

    /**
     * @param baseline the baseline configuration (usually mainline)
     * @param steps cumulative configurations, step i = baseline + patches 1..i (may be empty)
     * @param suites the suites to run
     * @param seeds N: seeds 1..N on every configuration (at least 2)
     * @param threads pool size (at least 1)
     */
    public ImpactCheck(Knobs baseline, List<Step> steps, List<Suite> suites, int seeds, int threads) {
        this(baseline, steps, suites, seeds, threads, EngineAccess.DEFAULT);
    }

    ImpactCheck(Knobs baseline, List<Step> steps, List<Suite> suites, int seeds, int threads, EngineAccess engine) {
        if (seeds < 2) {
            throw new IllegalArgumentException("seeds must be at least 2 (a confidence interval needs two runs)");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.baseline = baseline;
        this.steps = List.copyOf(steps);
        this.suites = List.copyOf(suites);
        this.seeds = seeds;
        this.threads = threads;
        this.engine = engine;
    }

    /**
     * Compares every step with the baseline instead of with the step before it, so
     * {@link ImpactReport#stepEffects()} holds each step's significant changes against the baseline
     * (for steps that are alternatives, not a cumulative series). Returns this check.
     */
    ImpactCheck againstBaseline() {
        this.againstBaseline = true;
        return this;
    }

    /** With the defaults: 5 seeds, one thread per available processor. */
    public static ImpactCheck of(Knobs baseline, List<Step> steps, List<Suite> suites) {
        return new ImpactCheck(baseline, steps, suites, 5, Runtime.getRuntime().availableProcessors());
    }

    private record Task(int scenario, int config, int seed) {
    }

    /**
     * Runs the check.
     *
     * @return the report, or {@link CheckResult.Canceled} when the monitor canceled (no partial
     *         report)
     * @throws IllegalArgumentException when the engine cannot run the baseline
     * @throws RuntimeException with the failing run named, when a run throws
     */
    public CheckResult run(CheckMonitor monitor) {
        String why = engine.unsupported(baseline);
        if (why != null) {
            throw new IllegalArgumentException("baseline " + baseline + ": " + why);
        }
        List<Knobs> configs = new ArrayList<>();
        configs.add(baseline);
        List<String> notRunnable = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            String r = notRunnable.isEmpty() ? engine.unsupported(st.knobs()) : "an earlier step is not runnable";
            if (r != null) {
                notRunnable.add("step " + (i + 1) + " (" + st.label() + "): " + r);
            } else {
                configs.add(st.knobs());
            }
        }
        // identical configurations share their runs
        Map<Knobs, Integer> distinct = new LinkedHashMap<>();
        int[] slot = new int[configs.size()];
        for (int c = 0; c < configs.size(); c++) {
            slot[c] = distinct.computeIfAbsent(configs.get(c), k -> distinct.size());
        }
        List<Knobs> runConfigs = new ArrayList<>(distinct.keySet());
        List<Scenario> scenarios = new ArrayList<>();
        suites.forEach(s -> scenarios.addAll(s.scenarios()));
        RunOutcome[][][] out = new RunOutcome[scenarios.size()][runConfigs.size()][seeds];
        int total = scenarios.size() * runConfigs.size() * seeds;
        int done = execute(scenarios, runConfigs, out, monitor);
        if (done < total) {
            return new CheckResult.Canceled(done, total);
        }
        return new CheckResult.Done(report(scenarios, configs, slot, out, notRunnable));
    }

    /**
     * Runs every task; returns how many finished, fewer than all when canceled (then nothing more
     * is submitted, the pool's threads are interrupted and runs still going are abandoned).
     */
    private int execute(List<Scenario> scenarios, List<Knobs> configs, RunOutcome[][][] out, CheckMonitor monitor) {
        List<Task> tasks = new ArrayList<>();
        // a configuration that differs from an earlier one only in knobs the scenario cannot read
        // shares that one's runs (see KnobScope)
        int[][] same = new int[scenarios.size()][configs.size()];
        for (int s = 0; s < scenarios.size(); s++) {
            List<Knobs> seen = new ArrayList<>();
            for (int c = 0; c < configs.size(); c++) {
                Knobs read = KnobScope.readBy(scenarios.get(s), configs.get(c));
                int first = seen.indexOf(read);
                same[s][c] = first < 0 ? c : first;
                seen.add(read);
                if (first < 0) {
                    for (int k = 0; k < seeds; k++) {
                        tasks.add(new Task(s, c, k));
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mmlens-check");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Task> cs = new ExecutorCompletionService<>(pool);
        int done = 0;
        try {
            int submitted = 0;
            // keep at most 2 * threads tasks queued so that cancellation stops submitting early
            while (done < tasks.size()) {
                while (submitted < tasks.size() && submitted - done < 2 * threads) {
                    if (monitor.isCanceled()) {
                        return done;
                    }
                    Task t = tasks.get(submitted++);
                    cs.submit(() -> {
                        Scenario sc = scenarios.get(t.scenario());
                        try {
                            out[t.scenario()][t.config()][t.seed()] = Runs.run(engine, sc, t.seed() + 1,
                                    configs.get(t.config()));
                        } catch (RuntimeException e) {
                            throw new IllegalStateException("run of " + sc.name() + " seed " + (t.seed() + 1) + " on "
                                    + configs.get(t.config()) + " failed: " + e.getMessage(), e);
                        }
                        return t;
                    });
                }
                Future<Task> f = cs.poll(100, TimeUnit.MILLISECONDS);
                if (monitor.isCanceled()) {
                    return done;
                }
                if (f == null) {
                    continue;
                }
                Task t = f.get();
                done++;
                monitor.worked(scenarios.get(t.scenario()).name(), t.seed() + 1, done, tasks.size());
            }
            for (int s = 0; s < scenarios.size(); s++) {
                for (int c = 0; c < configs.size(); c++) {
                    out[s][c] = out[s][same[s][c]];
                }
            }
            return total(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return done;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every (scenario, configuration, seed) slot, all filled once the runs are done. */
    private static int total(RunOutcome[][][] out) {
        int n = 0;
        for (RunOutcome[][] a : out) {
            for (RunOutcome[] b : a) {
                n += b.length;
            }
        }
        return n;
    }

    private ImpactReport report(List<Scenario> scenarios, List<Knobs> configs, int[] slot, RunOutcome[][][] out,
            List<String> notRunnable) {
        int last = configs.size() - 1;
        List<MetricStats> stats = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        List<Effect> stepEffects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Finding> fixed = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            String name = scenarios.get(s).name();
            List<Map<String, double[]>> samples = new ArrayList<>();
            for (int c = 0; c < configs.size(); c++) {
                samples.add(Runs.samples(List.of(out[s][slot[c]])));
            }
            stats.addAll(stats(name, samples));
            List<List<Effect>> perStep = new ArrayList<>();
            perStep.add(List.of());
            for (int c = 1; c <= last; c++) {
                List<Effect> es = Comparison.compare(name, samples.get(againstBaseline ? 0 : c - 1), samples.get(c),
                        Comparison.Pairing.PAIRED, c);
                perStep.add(es);
                es.stream().filter(Effect::significant).forEach(stepEffects::add);
            }
            if (last > 0) {
                for (Effect e : Comparison.compare(name, samples.get(0), samples.get(last), Comparison.Pairing.PAIRED,
                        last)) {
                    effects.add(e.significant() ? withCauses(e, perStep) : e);
                }
            }
            findings.addAll(findings(name, out[s], slot, last));
            fixed.addAll(fixed(name, out[s], slot, last));
        }
        List<String> suiteNames = suites.stream().map(Suite::name).toList();
        List<Long> seedList = new ArrayList<>();
        for (long k = 1; k <= seeds; k++) {
            seedList.add(k);
        }
        return new ImpactReport(EngineVersion.get(), seedList, suiteNames, scenarios.stream().map(Scenario::name).toList(),
                baseline.toString(), steps, notRunnable, last, stats, effects, stepEffects, findings, fixed);
    }

    private static List<MetricStats> stats(String scenario, List<Map<String, double[]>> samples) {
        List<MetricStats> l = new ArrayList<>();
        for (MetricId m : Metrics.all()) {
            List<Side> sides = new ArrayList<>();
            boolean any = false;
            for (Map<String, double[]> c : samples) {
                double[] v = c.get(m.id());
                sides.add(v == null ? null : new Side(Stats.mean(v), Stats.ci95(v)));
                any |= v != null;
            }
            if (any) {
                l.add(new MetricStats(scenario, m.id(), java.util.Collections.unmodifiableList(sides)));
            }
        }
        return l;
    }

    /** The steps whose own change of the effect's metric is significant in the same direction. */
    private static Effect withCauses(Effect e, List<List<Effect>> perStep) {
        List<Integer> causes = new ArrayList<>();
        for (int c = 1; c < perStep.size(); c++) {
            for (Effect se : perStep.get(c)) {
                if (se.metric().equals(e.metric()) && se.verdict() == e.verdict()) {
                    causes.add(c);
                }
            }
        }
        return new Effect(e.metric(), e.scenario(), e.baseline(), e.patched(), e.changePct(), e.pValue(), e.verdict(),
                e.stepIndex(), causes);
    }

    /**
     * Checker results of the baseline whose shape no seed of the last step shows: each once (its
     * first baseline occurrence), with the step from which no seed shows it any more.
     */
    private List<Finding> fixed(String scenario, RunOutcome[][] runs, int[] slot, int last) {
        if (last == 0) {
            return List.of();
        }
        Map<String, Finding> first = new LinkedHashMap<>();
        for (RunOutcome o : runs[slot[0]]) {
            o.findings().forEach(f -> first.putIfAbsent(Runs.shape(f), f));
        }
        List<Set<String>> shown = new ArrayList<>();
        shown.add(Set.of());
        for (int c = 1; c <= last; c++) {
            shown.add(shapes(runs[slot[c]]));
        }
        List<Finding> l = new ArrayList<>();
        for (Map.Entry<String, Finding> e : first.entrySet()) {
            int from = last + 1;
            for (int c = last; c >= 1 && !shown.get(c).contains(e.getKey()); c--) {
                from = c;
            }
            if (from <= last) {
                Finding f = e.getValue();
                l.add(new Finding(f.kind(), f.severity(), f.message(), scenario, f.seed(), f.trace(), from));
            }
        }
        return l;
    }

    /** The shapes ({@link Runs#shape}) of the findings of a configuration's seeds. */
    private static Set<String> shapes(RunOutcome[] seeds) {
        Set<String> s = new HashSet<>();
        for (RunOutcome o : seeds) {
            o.findings().forEach(f -> s.add(Runs.shape(f)));
        }
        return s;
    }

    /** " (seeds 1, 3 of 5 show it; no baseline seed does)": how widespread a new finding is. */
    private static String onSeeds(RunOutcome[] seeds, String shape) {
        List<Long> with = new ArrayList<>();
        for (RunOutcome o : seeds) {
            o.findings().stream().filter(f -> Runs.shape(f).equals(shape)).findFirst().ifPresent(f -> with.add(f.seed()));
        }
        return " (seed" + (with.size() == 1 ? " " : "s ") + with.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) + " of " + seeds.length
                + (with.size() == 1 ? " shows" : " show") + " it; no baseline seed does)";
    }

    /** Checker results of steps 1..last whose shape no baseline seed of the scenario showed. */
    private List<Finding> findings(String scenario, RunOutcome[][] runs, int[] slot, int last) {
        Set<String> seen = shapes(runs[slot[0]]);
        List<Finding> l = new ArrayList<>();
        for (int c = 1; c <= last; c++) {
            for (RunOutcome o : runs[slot[c]]) {
                for (Finding f : o.findings()) {
                    if (seen.add(Runs.shape(f))) {
                        l.add(new Finding(f.kind(), f.severity(), f.message() + onSeeds(runs[slot[c]], Runs.shape(f)),
                                scenario, f.seed(), f.trace(), c));
                    }
                }
            }
        }
        return l;
    }
}
