/**
 * Seeded workloads: the scenario file format ({@link mmlens.engine.scenario.Scenario}, one format for
 * the page allocator's streams and bursts and the MMU model's phases), the runner and its result.
 *
 * <p>CLI mapping: {@code mmlens simulate SCENARIO [--seed N] [--print F,...]} is
 * {@code ScenarioResult r = ScenarioRunner.run(Scenario.load(SCENARIO), N)} then {@code r.summary()}
 * and {@code r.render(F)} for each F of {@link mmlens.engine.scenario.ScenarioResult#FILES}.
 * {@code SCENARIO} is a file or a built-in name ({@link mmlens.engine.scenario.Scenario#builtinNames()}).
 */
package mmlens.engine.scenario;
