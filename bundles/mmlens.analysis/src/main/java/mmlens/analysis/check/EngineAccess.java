package mmlens.analysis.check;

import java.util.Map;

import mmlens.engine.EngineListener;
import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.engine.scenario.ScenarioRunner;

/** How the check runs the engine; {@link #DEFAULT} is the engine bundle itself. */
interface EngineAccess {
    /** Why the engine cannot run {@code knobs}, or null when it can. */
    String unsupported(Knobs knobs);

    /** One run with {@code listener} attached before the workload. */
    ScenarioResult run(Scenario s, long seed, Knobs knobs, EngineListener listener);

    /** The engine bundle ({@link Knobs#unsupportedReason}, {@link ScenarioRunner}). */
    EngineAccess DEFAULT = new EngineAccess() {
        @Override
        public String unsupported(Knobs knobs) {
            for (Map.Entry<String, String> e : knobs.changed().entrySet()) {
                String why = Knobs.unsupportedReason(e.getKey(), e.getValue());
                if (why != null) {
                    return "knob " + e.getKey() + "=" + e.getValue() + ": not modelled by the engine: " + why;
                }
            }
            return null;
        }

        @Override
        public ScenarioResult run(Scenario s, long seed, Knobs knobs, EngineListener listener) {
            return ScenarioRunner.run(s, seed, knobs, listener);
        }
    };
}
