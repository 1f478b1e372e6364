package mmlens.engine.scenario;

import mmlens.engine.Machine;
import mmlens.engine.mmu.Mmu;

/**
 * Sees a scenario run between its steps, when the machine and the MMU are consistent (no
 * operation in progress), e.g. to take snapshots for a timeline or to sample a metric over the
 * run. Observers may read the machine and the MMU but must not change them. Default methods do
 * nothing. See {@link ScenarioRunner#run(Scenario, long, mmlens.engine.Knobs,
 * mmlens.engine.EngineListener, RunObserver)}.
 */
public interface RunObserver {

    /**
     * After allocator workload operation {@code op} (0-based) of {@code ops} completed (its frees,
     * bursts, request, and periodic kswapd/vmstat work included).
     */
    default void afterOp(long op, long ops, Machine machine) {
    }

    /**
     * After an MMU step: {@code step} 0 is the booted MMU before phase {@code phase} (0-based
     * index into the scenario's phases) starts, then one call per unit of work of that phase (one
     * process, module, program, round or batch; see {@link mmlens.engine.mmu.MmuScenarioOps}).
     * {@code machine} is null for {@code backend = bitmap}.
     */
    default void afterMmuStep(int phase, long step, Machine machine, Mmu mmu) {
    }
}
