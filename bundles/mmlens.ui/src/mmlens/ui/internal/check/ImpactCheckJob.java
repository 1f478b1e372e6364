package mmlens.ui.internal.check;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/**
 * Runs the impact check ({@link ImpactServices}) on the series of one review editor in the
 * background ({@link SeriesJob}): the results are handed over only when every series finished.
 */
public final class ImpactCheckJob extends SeriesJob<ImpactResult> {

    private final ImpactService.Options options;

    /**
     * @param family  the owner (the editor): a new check can cancel the running one
     * @param onDone  receives one result per series, in order, on the UI thread
     */
    public ImpactCheckJob(String name, Object family, SeriesSource source, ImpactService.Options options,
            Display display, Consumer<List<ImpactResult>> onDone) {
        super("Impact check", name, family, source, display, onDone);
        this.options = options;
    }

    @Override
    ImpactResult one(PatchSeries series, ImpactService.Progress progress) {
        return ImpactServices.get().check(series, options, progress);
    }
}
