package mmlens.ui.internal.check;

import mmlens.engine.Machine;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/**
 * The analysis bundle's mapping and check. Until {@code mmlens.analysis.map.SeriesMapper} and
 * {@code mmlens.analysis.check.SeriesCheck} are in the build, both calls fail with a message that
 * the Impact Check job reports to the user.
 */
final class AnalysisImpactService implements ImpactService {

    @Override
    public void map(PatchSeries series) {
        // Mapping is optional for the check's display; nothing to attach without the mapper.
    }

    @Override
    public ImpactResult check(PatchSeries series, Options options, Progress progress) {
        throw new UnsupportedOperationException("the impact check (mmlens.analysis.check.SeriesCheck) is not in this build");
    }

    @Override
    public Machine endState(PatchSeries series, String scenario, long seed, boolean patched) {
        if (patched) {
            throw new UnsupportedOperationException("patched runs need the check's knob runner (mmlens.analysis.check), not in this build");
        }
        return ScenarioRunner.run(Scenario.builtin(scenario), seed).machine();
    }
}
