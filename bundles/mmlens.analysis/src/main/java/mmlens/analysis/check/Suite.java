package mmlens.analysis.check;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mmlens.engine.scenario.Scenario;

/**
 * A named group of scenarios and the mechanism ids (mapping/mechanisms.md) whose changes it can
 * show. Built-in suites ship as resources; {@link Suites#resolve} also makes one-scenario suites
 * from files.
 *
 * @param name suite name ({@code fragmentation}, or the file's base name)
 * @param mechanisms mechanism ids covered, in catalog order; empty for a file suite
 * @param scenarios the scenarios, in run and report order
 */
public record Suite(String name, Set<String> mechanisms, List<Scenario> scenarios) {
    public Suite {
        mechanisms = Collections.unmodifiableSet(new LinkedHashSet<>(mechanisms));
        scenarios = List.copyOf(scenarios);
    }
}
