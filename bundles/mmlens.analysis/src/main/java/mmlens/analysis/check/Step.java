package mmlens.analysis.check;

import mmlens.engine.Knobs;

/**
 * One cumulative configuration of a series: step i is the baseline plus patches 1..i.
 *
 * @param label what the step is (e.g. the patch subject), for reports only
 * @param knobs the complete configuration after the step
 */
public record Step(String label, Knobs knobs) {
}
