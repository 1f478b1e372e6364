package mmlens.ui.internal.check;

import java.util.List;
import java.util.function.BooleanSupplier;

import mmlens.analysis.check.CheckMonitor;
import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.MetricTimeline;
import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.map.SeriesMapper;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;
import mmlens.ui.internal.memory.RunTimeline;
import mmlens.ui.internal.memory.TimelineRecorder;

/** The analysis bundle's mapping ({@link SeriesMapper}) and check ({@link SeriesCheck}). */
final class AnalysisImpactService implements ImpactService {

    @Override
    public void map(PatchSeries series) {
        if (SeriesMapper.find(series.getAnnotations(), SeriesMapping.class) == null) {
            SeriesMapper.map(series);
        }
    }

    @Override
    public ImpactResult check(PatchSeries series, Options options, Progress progress) {
        CheckOptions check = new CheckOptions(options.seeds(), options.suites(), false, options.threads());
        return SeriesCheck.run(series, check, monitor(progress));
    }

    /** The analysis bundle's monitor reporting to {@code progress}. */
    static CheckMonitor monitor(ImpactService.Progress progress) {
        return new CheckMonitor() {
            @Override
            public void worked(String scenario, long seed, int done, int total) {
                progress.worked(scenario, seed, done, total);
            }

            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        };
    }

    /**
     * Baseline: the series' baseline knobs (mainline plus the values its context shows); patched:
     * the knobs after its last patch that changes any.
     *
     * @throws IllegalStateException for the patched side of a series that sets no engine knob
     */
    private static Knobs knobs(PatchSeries series, boolean patched) {
        Knobs knobs = Knobs.mainline();
        if (series != null) {
            SeriesMapper.Configs configs = SeriesMapper.configs(series);
            List<SeriesMapper.Step> steps = configs.steps();
            if (patched && steps.isEmpty()) {
                throw new IllegalStateException("the series sets no engine knob; nothing differs from the baseline");
            }
            knobs = patched ? steps.get(steps.size() - 1).knobs() : configs.baseline();
        }
        return knobs;
    }

    @Override
    public Machine endState(PatchSeries series, String scenario, long seed, boolean patched) {
        return ScenarioRunner.run(Scenario.builtin(scenario), seed, knobs(series, patched)).machine();
    }

    @Override
    public RunTimeline timeline(PatchSeries series, String scenario, long seed, boolean patched, int points,
            BooleanSupplier canceled) {
        return TimelineRecorder.record(suiteScenario(scenario), seed, knobs(series, patched), points, canceled);
    }

    /** The scenario of the built-in suites named {@code name}, else the engine's built-in one. */
    static Scenario suiteScenario(String name) {
        return mmlens.ui.internal.memory.TimelineRecorder.scenario(name);
    }

    @Override
    public List<MetricTimeline.Series> metricOverTime(PatchSeries series, String scenario, String metric, long seed,
            BooleanSupplier canceled) {
        Scenario s = suiteScenario(scenario);
        return List.of(MetricTimeline.sample(s, seed, knobs(series, false), metric, TIME_POINTS, canceled),
                MetricTimeline.sample(s, seed, knobs(series, true), metric, TIME_POINTS, canceled));
    }

    /** Samples per side of the Impact view's time chart (MMU scenarios: one per unit of work). */
    static final int TIME_POINTS = 40;
}
