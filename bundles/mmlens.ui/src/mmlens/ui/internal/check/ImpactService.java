package mmlens.ui.internal.check;

import java.util.List;
import java.util.function.BooleanSupplier;

import mmlens.analysis.check.MetricTimeline;
import mmlens.engine.Machine;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.ui.internal.memory.RunTimeline;

/**
 * What the UI needs from the analysis: map a series, run the impact check on it, run one
 * scenario on either side for the memory browser. The workbench uses the analysis bundle
 * ({@code SeriesMapper}, {@code SeriesCheck}); tests install a fake through {@link ImpactServices}.
 * Every method runs on a worker thread, never on the UI thread.
 */
public interface ImpactService {

    /** Attaches a HunkMapping to every hunk and a SeriesMapping to the series. */
    void map(PatchSeries series);

    /**
     * Runs the check and returns its result WITHOUT attaching it to the series.
     *
     * @throws java.util.concurrent.CancellationException when {@link Progress#isCanceled()} said so
     */
    ImpactResult check(PatchSeries series, Options options, Progress progress);

    /**
     * The machine at the end of the built-in {@code scenario} run with {@code seed}: on the
     * mainline baseline, or ({@code patched}) with the series' knobs applied. For the memory
     * browser; runs on a worker thread.
     *
     * @throws RuntimeException with a message for the user when a side cannot run
     */
    Machine endState(PatchSeries series, String scenario, long seed, boolean patched);

    /**
     * The built-in {@code scenario} run with {@code seed} on one side, recorded as a timeline of
     * about {@code points} snapshots (the last at the end of the run). For the memory browser;
     * runs on a worker thread.
     *
     * @throws RuntimeException with a message for the user when the side cannot run
     * @throws java.util.concurrent.CancellationException when {@code canceled} said so
     */
    RunTimeline timeline(PatchSeries series, String scenario, long seed, boolean patched, int points,
            BooleanSupplier canceled);

    /**
     * {@code metric} sampled during the run of the check's scenario {@code scenario} (a suite
     * scenario's name) with {@code seed}: {@code [0]} baseline, {@code [1]} patched. For the Impact
     * view's time chart; runs on a worker thread.
     *
     * @throws RuntimeException with a message for the user when it cannot be sampled
     */
    List<MetricTimeline.Series> metricOverTime(PatchSeries series, String scenario, String metric, long seed,
            BooleanSupplier canceled);

    /** Seeds per scenario and side, suite names (empty = all), worker threads. */
    record Options(int seeds, List<String> suites, int threads) {
    }

    /** Progress of one check, reported per scenario run; plain Java, adapted to a Job's monitor. */
    interface Progress {
        /** One run of {@code scenario} with {@code seed} finished; {@code done} of {@code total} runs. */
        void worked(String scenario, long seed, int done, int total);

        boolean isCanceled();
    }
}
