package mmlens.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import mmlens.analysis.check.KnobSweep;
import mmlens.analysis.render.SweepReport;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.outline.SeriesLabelProvider;

/**
 * The knob sweep of a review editor's series (command Knob Sweep): a table of the metrics that
 * move against the baseline's value of each integer knob (or enum knob of more than two values)
 * the series changes
 * (knob, values run, scenario, metric, verdict at the series value), and a chart of the selected
 * row's mean at every value with 95 % intervals; double-clicking a row reveals the hunk that sets
 * its knob. The line above says what was not swept and why.
 */
public final class SweepView extends ViewPart {

    /** View id (plugin.xml). */
    public static final String ID = "mmlens.ui.sweepView";

    /** One table row: a metric of one knob's sweep, and the hunk that sets the knob (null if unknown). */
    public record Item(KnobSweep.Sweep sweep, KnobSweep.Row row, Hunk hunk) {
    }

    /** The editor whose series was swept (null before the first sweep). */
    private ReviewEditor editor;

    private TableViewer viewer;
    private Label status;
    private SweepChart chart;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        status = new Label(top, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Run Knob Sweep on a review editor to see its integer knobs at values around the proposed ones.");
        viewer = new TableViewer(top, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Knob", 230, i -> i.sweep().knob());
        column("Values (base, series)", 210, i -> String.join(" ", i.sweep().values().stream()
                .map(v -> v.equals(i.sweep().baselineValue()) ? v + "(b)" : v.equals(i.sweep().seriesValue()) ? v + "(s)" : v)
                .toList()));
        column("Scenario", 190, i -> i.row().scenario());
        column("Metric", 190, i -> i.row().metric());
        column("At series value", 110, i -> i.row().verdict().name().toLowerCase(Locale.ROOT));
        viewer.addDoubleClickListener(e -> revealSelected());
        viewer.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            chart.show(o instanceof Item i ? i.sweep() : null, o instanceof Item i ? i.row() : null);
        });
        chart = new SweepChart(sash);
        sash.setWeights(45, 55);
    }

    private void column(String title, int width, Function<Item, String> text) {
        Columns.add(viewer, Item.class, title, width, text, i -> Columns.verdictColour(i.row().verdict().name()));
    }

    /**
     * Reveals, in the editor whose series was swept, the hunk that sets the selected row's knob
     * (what a double-click on a row does).
     */
    public void revealSelected() {
        if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Item i && i.hunk() != null
                && editor != null) {
            getSite().getPage().activate(editor);
            editor.revealLine(i.hunk().getSourceLine());
        }
    }

    /** The first hunk of {@code series} whose mapping sets {@code knob}, or null. */
    private static Hunk setting(PatchSeries series, String knob) {
        for (Patch p : series.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = SeriesLabelProvider.mappingOf(h);
                    if (m != null && m.getKnobChanges().stream().anyMatch(k -> knob.equals(k.getKnob()))) {
                        return h;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Shows the sweeps of {@code editor}'s series (named {@code source}); the first row is selected
     * and charted, and a double-click on a row reveals the hunk that sets its knob.
     */
    public void show(ReviewEditor editor, String source, List<SweepReport.Entry> entries) {
        this.editor = editor;
        List<Item> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SweepReport.Entry e : entries) {
            KnobSweep.Result r = e.result();
            if (r.note() != null) {
                notes.add(r.note());
            }
            for (KnobSweep.Sweep s : r.sweeps()) {
                Hunk h = setting(e.series(), s.knob());
                s.rows().forEach(row -> items.add(new Item(s, row, h)));
                if (s.rows().isEmpty()) {
                    notes.add(s.knob() + ": no metric moves significantly from " + s.baselineValue()
                            + " at any value run");
                }
            }
            r.skipped().forEach(k -> notes.add("not swept: " + k.knob() + " (" + k.why() + ")"));
        }
        status.setText(source + ": " + items.size() + (items.size() == 1 ? " metric" : " metrics") + " moved"
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
        status.getParent().layout();
        viewer.setInput(items);
        if (!items.isEmpty()) {
            viewer.setSelection(new StructuredSelection(items.get(0)), true);
        } else {
            chart.show(null, null);
        }
    }

    public TableViewer getTableViewer() {
        return viewer;
    }

    public SweepChart getChart() {
        return chart;
    }

    public String getStatus() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
