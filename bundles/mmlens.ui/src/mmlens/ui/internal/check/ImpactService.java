package mmlens.ui.internal.check;

import java.util.List;

import mmlens.engine.Machine;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/**
 * What the UI needs from the analysis: map a series and run the impact check on it. The real
 * implementation calls {@code mmlens.analysis.map.SeriesMapper} and
 * {@code mmlens.analysis.check.SeriesCheck}; tests install a fake through {@link ImpactServices}.
 * Both methods run on a worker thread, never on the UI thread.
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
     * @throws UnsupportedOperationException when this build cannot run the patched side
     */
    Machine endState(PatchSeries series, String scenario, long seed, boolean patched);

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
