package mmlens.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import mmlens.analysis.check.MetricTimeline;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.ImpactResult;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;
import mmlens.model.Verdict;
import mmlens.ui.internal.check.ImpactService;
import mmlens.ui.internal.memory.RunTimeline;
import mmlens.ui.internal.memory.TimelineRecorder;

/**
 * Stands in for the analysis: maps hunk 1 to fallback+pageblock, hunk 2 to watermark and leaves
 * hunk 3 unmodelled; the check "runs" {@link #SCENARIOS} x seeds and returns fixed effects: hunk 1
 * worse (extfrag_events in frag-churn), hunk 2 better (thp_alloc_success_pct in thp-burst), two
 * neutral effects, and an error finding on hunk 3. Keyed on hunk order only.
 * With {@link #hold()} the check blocks after its first run until canceled.
 */
final class FakeImpactService implements ImpactService {

    static final List<String> SCENARIOS = List.of("frag-churn", "thp-burst");

    final List<String> worked = new CopyOnWriteArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean hold;

    FakeImpactService hold() {
        hold = true;
        return this;
    }

    static List<Hunk> hunks(PatchSeries series) {
        List<Hunk> hunks = new ArrayList<>();
        for (Patch p : series.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                hunks.addAll(f.getHunks());
            }
        }
        return hunks;
    }

    @Override
    public void map(PatchSeries series) {
        List<Hunk> hunks = hunks(series);
        for (int i = 0; i < hunks.size(); i++) {
            HunkMapping m = MmlensFactory.eINSTANCE.createHunkMapping();
            switch (i % 3) {
                case 0 -> m.getMechanisms().addAll(List.of("fallback", "pageblock"));
                case 1 -> m.getMechanisms().add("watermark");
                default -> m.setUnmodelled("flush ceiling outside the fake's engine");
            }
            hunks.get(i).getAnnotations().add(m);
        }
    }

    @Override
    public ImpactResult check(PatchSeries series, Options options, Progress progress) {
        int total = SCENARIOS.size() * options.seeds();
        int done = 0;
        for (String scenario : SCENARIOS) {
            for (int seed = 1; seed <= options.seeds(); seed++) {
                if (progress.isCanceled()) {
                    throw new CancellationException();
                }
                progress.worked(scenario, seed, ++done, total);
                worked.add(scenario + "/" + seed);
                started.countDown();
                while (hold) {
                    if (progress.isCanceled()) {
                        throw new CancellationException();
                    }
                    sleep();
                }
            }
        }
        List<Hunk> hunks = hunks(series);
        ImpactResult r = MmlensFactory.eINSTANCE.createImpactResult();
        r.setSeeds(options.seeds());
        r.getEffects().add(effect("frag-churn", "extfrag_events", 100, 5, 140, 6, 40, Verdict.WORSE, hunks.get(0)));
        r.getEffects().add(effect("thp-burst", "extfrag_events", 80, 4, 82, 4, 2.5, Verdict.NEUTRAL, hunks.get(0)));
        r.getEffects().add(effect("thp-burst", "thp_alloc_success_pct", 60, 2, 70, 3, 16.7, Verdict.BETTER, hunks.get(1)));
        r.getEffects().add(effect("frag-churn", "pgscan", 1000, 50, 1010, 40, 1.0, Verdict.NEUTRAL, hunks.get(1)));
        Finding f = MmlensFactory.eINSTANCE.createFinding();
        f.setKind("stale-tlb");
        f.setSeverity(Severity.ERROR);
        f.setMessage("cpu 1 used a stale TLB entry after the range flush");
        f.setScenario("mmu-munmap-storm");
        f.setSeed(3);
        f.getHunks().add(hunks.get(2));
        r.getFindings().add(f);
        return r;
    }

    /** Baseline: the built-in scenario as the engine runs it; "patched": the same scenario with seed + 1000. */
    @Override
    public Machine endState(PatchSeries series, String scenario, long seed, boolean patched) {
        return ScenarioRunner.run(Scenario.builtin(scenario), patched ? seed + 1000 : seed).machine();
    }

    /** As {@link #endState}: baseline the built-in scenario, "patched" the same with seed + 1000. */
    @Override
    public RunTimeline timeline(PatchSeries series, String scenario, long seed, boolean patched, int points,
            BooleanSupplier canceled) {
        return TimelineRecorder.record(Scenario.builtin(scenario), patched ? seed + 1000 : seed, Knobs.mainline(), points,
                canceled);
    }

    /** Fixed series: 11 points at 0, 10, .., 100 % of the run; baseline 10 per step, patched 14 per step. */
    @Override
    public List<MetricTimeline.Series> metricOverTime(PatchSeries series, String scenario, String metric, long seed,
            BooleanSupplier canceled) {
        double[] x = new double[11];
        double[] b = new double[11];
        double[] p = new double[11];
        for (int i = 0; i <= 10; i++) {
            x[i] = 10 * i;
            b[i] = 10 * i;
            p[i] = 14 * i;
        }
        timeRequests.add(scenario + "/" + metric + "/" + seed);
        return List.of(new MetricTimeline.Series(metric, x, b), new MetricTimeline.Series(metric, x, p));
    }

    final List<String> timeRequests = new CopyOnWriteArrayList<>();

    private static Effect effect(String scenario, String metric, double b, double bci, double p, double pci, double pct,
            Verdict verdict, Hunk hunk) {
        Effect e = MmlensFactory.eINSTANCE.createEffect();
        e.setId(scenario + "/" + metric);
        e.setScenario(scenario);
        e.setMetric(metric);
        e.setBaselineMean(b);
        e.setBaselineCi95(bci);
        e.setPatchedMean(p);
        e.setPatchedCi95(pci);
        e.setChangePct(pct);
        e.setVerdict(verdict);
        e.getHunks().add(hunk);
        return e;
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
