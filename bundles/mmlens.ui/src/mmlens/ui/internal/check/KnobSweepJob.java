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

import mmlens.analysis.check.CheckMonitor;
import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.KnobSweep;
import mmlens.analysis.render.SweepReport;
import mmlens.model.PatchSeries;

/**
 * Runs {@link KnobSweep} on the series of one review editor in the background, with the impact
 * check's settings (seeds, suites added to those of each knob's mechanism, threads): progress per
 * scenario run, Cancel honoured between runs. Every series' sweep goes to {@code onDone} on the UI
 * thread once all finished; a canceled or failed sweep hands over nothing.
 */
public final class KnobSweepJob extends Job {
    private static final int TICKS = 1000;

    private final Object family;
    private final ImpactCheckJob.SeriesSource source;
    private final ImpactService.Options options;
    private final Display display;
    private final Consumer<List<SweepReport.Entry>> onDone;

    /** @param family the owner (the editor), for {@link #belongsTo} */
    public KnobSweepJob(String name, Object family, ImpactCheckJob.SeriesSource source, ImpactService.Options options,
            Display display, Consumer<List<SweepReport.Entry>> onDone) {
        super("Knob sweep: " + name);
        this.family = family;
        this.source = source;
        this.options = options;
        this.display = display;
        this.onDone = onDone;
        setUser(false);
        setSystem(false);
    }

    @Override
    public boolean belongsTo(Object f) {
        return f == family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<SweepReport.Entry> entries = new ArrayList<>();
        try {
            List<PatchSeries> series = source.await(monitor);
            SubMonitor all = SubMonitor.convert(monitor, getName(), TICKS * Math.max(1, series.size()));
            CheckOptions check = new CheckOptions(options.seeds(), options.suites(), false, options.threads());
            for (PatchSeries s : series) {
                ImpactCheckJob.MonitorProgress p = new ImpactCheckJob.MonitorProgress(all.split(TICKS));
                entries.add(new SweepReport.Entry(s, KnobSweep.run(s, check, null, List.of(), new CheckMonitor() {
                    @Override
                    public void worked(String scenario, long seed, int done, int total) {
                        p.worked(scenario, seed, done, total);
                    }

                    @Override
                    public boolean isCanceled() {
                        return p.isCanceled();
                    }
                })));
            }
        } catch (CancellationException | OperationCanceledException | InterruptedException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return Status.error("Knob sweep failed: " + e.getMessage(), e);
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> onDone.accept(entries));
        }
        return Status.OK_STATUS;
    }
}
