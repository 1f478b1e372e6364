package mmlens.engine.scenario;

import java.util.Map;

/**
 * One {@code [phase NAME]} section: an MMU workload step of a kind
 * ({@link mmlens.engine.mmu.MmuScenarioOps#run}) with its keys, {@code kind} itself excluded.
 */
public record Phase(String name, String kind, Map<String, String> keys) {
}
