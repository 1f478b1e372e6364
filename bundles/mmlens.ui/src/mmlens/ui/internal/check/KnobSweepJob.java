package mmlens.ui.internal.check;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.KnobSweep;
import mmlens.analysis.render.SweepReport;
import mmlens.model.PatchSeries;

/**
 * Runs {@link KnobSweep} on the series of one review editor in the background ({@link SeriesJob})
 * with the impact check's settings: seeds, suites added to those of each knob's mechanism, threads.
 */
public final class KnobSweepJob extends SeriesJob<SweepReport.Entry> {

    private final CheckOptions check;

    /** @param family the owner (the editor), for {@link #belongsTo} */
    public KnobSweepJob(String name, Object family, SeriesSource source, ImpactService.Options options,
            Display display, Consumer<List<SweepReport.Entry>> onDone) {
        super("Knob sweep", name, family, source, display, onDone);
        this.check = new CheckOptions(options.seeds(), options.suites(), false, options.threads());
    }

    @Override
    SweepReport.Entry one(PatchSeries series, ImpactService.Progress progress) {
        return new SweepReport.Entry(series, KnobSweep.run(series, check, null, List.of(),
                AnalysisImpactService.monitor(progress)));
    }
}
