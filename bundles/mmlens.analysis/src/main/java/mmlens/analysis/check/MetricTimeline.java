package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.scenario.RunObserver;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;

/**
 * One metric over the time of one run: read at about {@code points} evenly spaced allocator
 * operations, and after every unit of work of the MMU phases (the MMU's step count is not known
 * in advance), plus at the end of the run. The x value is the share of the run done, in percent:
 * for the allocator workload the operation over the workload's operations; for MMU steps the
 * step's position among all samples. Counters are cumulative (as vmstat), indices are the state
 * at that moment. The value at 100 % equals what the check reads at the end of the run, except
 * for {@code alloc_latency_p99_ns}, which needs the whole run and is not sampled.
 */
public final class MetricTimeline {

    /** Samples in run order: x in percent of the run, y the metric (NaN where the run has none). */
    public record Series(String metric, double[] x, double[] y) {
    }

    private MetricTimeline() {
    }

    /**
     * Runs {@code s} with {@code seed} on {@code knobs} and samples {@code metric}.
     *
     * @throws IllegalArgumentException for an unknown metric id or a knob value the engine refuses
     * @throws CancellationException when {@code canceled} said so
     */
    public static Series sample(Scenario s, long seed, Knobs knobs, String metric, int points, BooleanSupplier canceled) {
        int index = Metrics.order(metric);
        if (index < 0 || metric.equals("alloc_latency_p99_ns")) {
            throw new IllegalArgumentException("metric " + metric + " cannot be sampled during a run");
        }
        RunProbe probe = new RunProbe();
        List<double[]> samples = new ArrayList<>();
        boolean[] mmuSteps = {false};
        RunObserver observer = new RunObserver() {
            @Override
            public void afterOp(long op, long ops, Machine m) {
                check();
                long stride = Math.max(1, ops / Math.max(1, points));
                if ((op + 1) % stride == 0 && op + 1 < ops) {
                    samples.add(new double[] {100.0 * (op + 1) / ops, MetricExtractor.extract(m, null, probe)[index]});
                }
            }

            @Override
            public void afterMmuStep(int phase, long step, Machine m, Mmu mmu) {
                check();
                mmuSteps[0] = true;
                samples.add(new double[] {Double.NaN, MetricExtractor.extract(m, mmu, probe)[index]});
            }

            private void check() {
                if (canceled != null && canceled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
        };
        var r = ScenarioRunner.run(s, seed, knobs, probe, observer);
        samples.add(new double[] {100, MetricExtractor.extract(r.machine(), r.mmu(), probe)[index]});
        double[] x = new double[samples.size()];
        double[] y = new double[samples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = mmuSteps[0] ? 100.0 * i / Math.max(1, x.length - 1) : samples.get(i)[0];
            y[i] = samples.get(i)[1];
        }
        return new Series(metric, x, y);
    }
}
