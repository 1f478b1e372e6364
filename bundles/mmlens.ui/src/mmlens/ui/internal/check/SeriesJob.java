package mmlens.ui.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import mmlens.model.PatchSeries;

/**
 * Work on the series of one review editor in the background, one result per series: progress per
 * scenario run (scenario and seed in the sub-task), Cancel honoured between runs. The results go
 * to {@code onDone} on the UI thread only when every series finished; a canceled or failed job
 * hands over nothing, so no half result is ever shown.
 *
 * @param <R> what the work gives for one series
 */
public abstract class SeriesJob<R> extends Job {

    /** Plugin id used in statuses. */
    static final String PLUGIN = "mmlens.ui";
    private static final int TICKS = 1000;

    private final String what;
    private final Object family;
    private final SeriesSource source;
    private final Display display;
    private final Consumer<List<R>> onDone;

    /**
     * @param what   the work, for the job's name and its error status ("Impact check")
     * @param family the owner: {@link #belongsTo} answers true for it, so new work can cancel the running one
     * @param onDone receives one result per series, in order, on the UI thread
     */
    SeriesJob(String what, String name, Object family, SeriesSource source, Display display, Consumer<List<R>> onDone) {
        super(what + ": " + name);
        this.what = what;
        this.family = family;
        this.source = source;
        this.display = display;
        this.onDone = onDone;
        // Not a user job: no modal progress dialog; progress and Cancel sit in the status line and
        // the Progress view, and the workbench stays usable while it runs.
        setUser(false);
        setSystem(false);
    }

    /** The work on one series, reporting its runs to {@code progress}. */
    abstract R one(PatchSeries series, ImpactService.Progress progress);

    @Override
    public boolean belongsTo(Object f) {
        return f == family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<R> results = new ArrayList<>();
        try {
            List<PatchSeries> series = source.await(monitor);
            SubMonitor all = SubMonitor.convert(monitor, getName(), TICKS * Math.max(1, series.size()));
            for (PatchSeries s : series) {
                results.add(one(s, new MonitorProgress(all.split(TICKS))));
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
            }
        } catch (CancellationException | OperationCanceledException | InterruptedException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return Status.error(what + " failed: " + e.getMessage(), e);
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> onDone.accept(results));
        }
        return Status.OK_STATUS;
    }

    /**
     * Runs the work synchronously on the calling thread (never the UI thread), exactly as the
     * scheduled job does; for callers that manage their own thread and monitor.
     */
    public IStatus runNow(IProgressMonitor monitor) {
        return run(monitor);
    }

    /** The series to work on, once they are known (e.g. after the editor's parse job). */
    @FunctionalInterface
    public interface SeriesSource {
        List<PatchSeries> await(IProgressMonitor monitor) throws InterruptedException;
    }

    /** Adapts {@link ImpactService.Progress} to a sub-monitor of {@link #TICKS} ticks. */
    private static final class MonitorProgress implements ImpactService.Progress {
        private final SubMonitor monitor;
        private int reported;

        MonitorProgress(SubMonitor monitor) {
            this.monitor = monitor;
            monitor.setWorkRemaining(TICKS);
        }

        @Override
        public synchronized void worked(String scenario, long seed, int done, int total) {
            monitor.subTask(scenario + ", seed " + seed + " (" + done + "/" + total + ")");
            int target = total <= 0 ? 0 : (int) ((long) TICKS * Math.min(done, total) / total);
            if (target > reported) {
                monitor.worked(target - reported);
                reported = target;
            }
        }

        @Override
        public boolean isCanceled() {
            return monitor.isCanceled();
        }
    }
}
