package mmlens.ui.internal.check;

import java.util.List;

import mmlens.analysis.check.CheckMonitor;
import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.map.SeriesMapper;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

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
        return SeriesCheck.run(series, check, new CheckMonitor() {
            @Override
            public void worked(String scenario, long seed, int done, int total) {
                progress.worked(scenario, seed, done, total);
            }

            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        });
    }

    /**
     * Baseline: the series' baseline knobs (mainline plus the values its context shows); patched:
     * the knobs after its last patch that changes any.
     *
     * @throws IllegalStateException for the patched side of a series that sets no engine knob
     */
    @Override
    public Machine endState(PatchSeries series, String scenario, long seed, boolean patched) {
        Knobs knobs = Knobs.mainline();
        if (series != null) {
            SeriesMapper.Configs configs = SeriesMapper.configs(series);
            List<SeriesMapper.Step> steps = configs.steps();
            if (patched && steps.isEmpty()) {
                throw new IllegalStateException("the series sets no engine knob; nothing differs from the baseline");
            }
            knobs = patched ? steps.get(steps.size() - 1).knobs() : configs.baseline();
        }
        return ScenarioRunner.run(Scenario.builtin(scenario), seed, knobs).machine();
    }
}
