package mmlens.analysis.check;

import mmlens.engine.EngineListener;
import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;

/** How the check runs the engine; {@link #DEFAULT} is the engine bundle itself. */
interface EngineAccess {
    /** Why the engine cannot run {@code knobs}, or null when it can. */
    String unsupported(Knobs knobs);

    /** One run with {@code listener} attached before the workload. */
    ScenarioResult run(Scenario s, long seed, Knobs knobs, EngineListener listener);

    /** The engine bundle: only mainline until the engine runs knobs. */
    EngineAccess DEFAULT = new EngineAccess() {
        @Override
        public String unsupported(Knobs knobs) {
            return knobs.isMainline() ? null : "knobs " + knobs + ": not modelled by the engine";
        }

        @Override
        public ScenarioResult run(Scenario s, long seed, Knobs knobs, EngineListener listener) {
            return mmlens.engine.scenario.ScenarioRunner.run(s, seed, listener);
        }
    };
}
