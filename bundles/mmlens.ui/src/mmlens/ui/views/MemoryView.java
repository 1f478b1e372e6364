package mmlens.ui.views;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;

import mmlens.engine.scenario.Scenario;
import mmlens.model.PatchSeries;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.ImpactServices;
import mmlens.ui.internal.memory.PageblockCanvas;
import mmlens.ui.internal.memory.PageblockMap;

/**
 * Memory browser: the pageblock map (one cell per pageblock, colour = migratetype) of a built-in
 * scenario at the end of its run, baseline and patched side by side, for the series of the active
 * review editor. The runs happen in a Job; the patched side says why when this build cannot run it.
 */
public final class MemoryView extends ViewPart {

    /** View id (plugin.xml). */
    public static final String ID = "mmlens.ui.memoryView";

    private Combo scenario;
    private Spinner seed;
    private Label baselineLabel;
    private Label patchedLabel;
    private PageblockCanvas baseline;
    private PageblockCanvas patched;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, true));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        bar.setLayout(new GridLayout(6, false));
        new Label(bar, SWT.NONE).setText("Scenario:");
        scenario = new Combo(bar, SWT.READ_ONLY);
        Scenario.builtinNames().stream().filter(n -> !n.startsWith("mmu-")).forEach(scenario::add);
        scenario.select(Math.max(0, scenario.indexOf("slab-churn")));
        new Label(bar, SWT.NONE).setText("Seed:");
        seed = new Spinner(bar, SWT.BORDER);
        seed.setValues(1, 1, 1_000_000, 0, 1, 10);
        Button run = new Button(bar, SWT.PUSH);
        run.setText("Run");
        run.addListener(SWT.Selection, e -> run());
        Label legend = new Label(bar, SWT.NONE);
        legend.setText("Unmovable red, Movable green, Reclaimable yellow, HighAtomic purple, CMA blue, Isolate grey");
        baselineLabel = new Label(parent, SWT.NONE);
        baselineLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        patchedLabel = new Label(parent, SWT.NONE);
        patchedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        baseline = new PageblockCanvas(parent);
        baseline.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        patched = new PageblockCanvas(parent);
        patched.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        baselineLabel.setText("baseline: press Run");
        patchedLabel.setText("patched: press Run");
    }

    /** Runs the selected scenario and seed on both sides in a Job and returns it. UI thread. */
    public Job run() {
        return run(scenario.getText(), seed.getSelection());
    }

    /** Runs {@code name} with {@code s} on both sides in a Job and returns it. UI thread. */
    public Job run(String name, long s) {
        PatchSeries series = getSite().getPage().getActiveEditor() instanceof ReviewEditor r && !r.getSeries().isEmpty()
                ? r.getSeries().get(0) : null;
        baselineLabel.setText("baseline: running " + name + " seed " + s + " ...");
        patchedLabel.setText(series == null ? "patched: no review editor with a series" : "patched: running ...");
        Job job = Job.create("Memory browser: " + name + " seed " + s, monitor -> {
            Side b = side(series, name, s, false);
            Side p = series == null ? new Side(List.of(), "patched: no review editor with a series") : side(series, name, s, true);
            baseline.getDisplay().asyncExec(() -> show(b, p));
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private record Side(List<PageblockMap> maps, String label) {
    }

    private static Side side(PatchSeries series, String name, long seed, boolean patched) {
        String which = patched ? "patched" : "baseline";
        try {
            List<PageblockMap> maps = PageblockMap.of(ImpactServices.get().endState(series, name, seed, patched));
            long blocks = maps.stream().mapToLong(m -> m.types().length).sum();
            return new Side(maps, which + ": " + name + " seed " + seed + ", end of run, " + blocks + " pageblocks");
        } catch (RuntimeException e) {
            return new Side(List.of(), which + ": " + e.getMessage());
        }
    }

    private void show(Side b, Side p) {
        if (baseline.isDisposed()) {
            return;
        }
        baseline.setMaps(b.maps());
        baselineLabel.setText(b.label());
        patched.setMaps(p.maps());
        patchedLabel.setText(p.label());
    }

    public PageblockCanvas getBaseline() {
        return baseline;
    }

    public PageblockCanvas getPatched() {
        return patched;
    }

    public String getPatchedLabel() {
        return patchedLabel.getText();
    }

    @Override
    public void setFocus() {
        scenario.setFocus();
    }
}
