/**
 * Seeded workloads: the scenario file format ({@link mmlens.engine.scenario.Scenario}), the runner and
 * its result.
 *
 * <p>CLI mapping: {@code mmlens simulate SCENARIO [--seed N] [--print F,...]} is
 * {@code ScenarioResult r = ScenarioRunner.run(Scenario.load(SCENARIO), N)} then {@code r.summary()}
 * and {@code r.render(F)} for each F. {@code SCENARIO} is a file or a built-in name
 * ({@link mmlens.engine.scenario.Scenario#builtinNames()}).
 */
package mmlens.engine.scenario;
