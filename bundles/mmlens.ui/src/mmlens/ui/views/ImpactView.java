package mmlens.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import mmlens.analysis.check.MetricTimeline;
import mmlens.model.Effect;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.ImpactResults;
import mmlens.ui.internal.check.ImpactServices;

/**
 * The impact check of the active review editor: the effects table (sortable, "significant only"
 * filter) above a chart of the selected row's metric across scenarios, baseline against patched
 * with 95 % confidence intervals, and beside it the metric over the time of the row's scenario
 * run with seed 1 on both sides (sampled in a Job, {@code ImpactService#metricOverTime}).
 * Follows the active review editor; double-clicking a row reveals the first hunk the effect names.
 */
public final class ImpactView extends ViewPart {

    /** View id (plugin.xml). */
    public static final String ID = "mmlens.ui.impactView";

    private EffectsTable table;
    private Button significantOnly;
    private Label status;
    private ImpactChart chart;
    private TimeChart timeChart;
    private Job timeJob;
    private ReviewEditor editor;
    private final Runnable onEditorChange = this::refresh;
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ReviewEditor r) {
                follow(r);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        significantOnly = new Button(top, SWT.CHECK);
        significantOnly.setText("Significant only");
        significantOnly.addListener(SWT.Selection, e -> table.setSignificantOnly(significantOnly.getSelection()));
        status = new Label(top, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new EffectsTable(top);
        table.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.viewer().addSelectionChangedListener(e -> showMetricOf(((IStructuredSelection) e.getSelection()).getFirstElement()));
        table.viewer().addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Effect effect && editor != null
                    && !effect.getHunks().isEmpty()) {
                Hunk h = effect.getHunks().get(0);
                getSite().getPage().activate(editor);
                editor.revealLine(h.getSourceLine());
            }
        });
        SashForm charts = new SashForm(sash, SWT.HORIZONTAL);
        chart = new ImpactChart(charts);
        timeChart = new TimeChart(charts);
        charts.setWeights(1, 1);
        sash.setWeights(1, 1);
        getSite().getPage().addPartListener(parts);
        follow(getSite().getPage().getActiveEditor() instanceof ReviewEditor r ? r : null);
    }

    private void follow(ReviewEditor next) {
        if (next == editor) {
            return;
        }
        if (editor != null) {
            editor.removeChangeListener(onEditorChange);
        }
        editor = next;
        if (editor != null) {
            editor.addChangeListener(onEditorChange);
        }
        refresh();
    }

    /** Reloads the effects of the followed editor's results. UI thread. */
    public void refresh() {
        if (table.viewer().getControl().isDisposed()) {
            return;
        }
        List<Effect> effects = effects();
        table.viewer().setInput(effects);
        long significant = effects.stream().filter(e -> e.getVerdict() != Verdict.NEUTRAL).count();
        List<String> notes = results().stream().flatMap(r -> r.getNotes().stream()).toList();
        status.setText(editor == null ? "No review editor"
                : results().isEmpty() ? editor.getPartName() + ": no impact check yet (Ctrl+Alt+I)"
                        : editor.getPartName() + ": " + effects.size() + " effects, " + significant + " significant"
                                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
        // the notes in full, one paragraph each, where the line is cut at the view's width
        status.setToolTipText(notes.isEmpty() ? null : String.join("\n\n", notes));
        status.getParent().layout();
        // the top row as sorted (significant first by default)
        Effect first = effects.isEmpty() ? null : (Effect) table.viewer().getElementAt(0);
        if (first != null) {
            table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
        }
        showMetricOf(first);
    }

    private List<ImpactResult> results() {
        List<ImpactResult> results = new ArrayList<>();
        if (editor != null) {
            for (PatchSeries s : editor.getSeries()) {
                ImpactResult r = ImpactResults.of(s);
                if (r != null) {
                    results.add(r);
                }
            }
        }
        return results;
    }

    private List<Effect> effects() {
        return results().stream().flatMap(r -> r.getEffects().stream()).toList();
    }

    private void showMetricOf(Object selected) {
        if (!(selected instanceof Effect e)) {
            chart.show(null, List.of());
            showTimeOf(null);
            return;
        }
        chart.show(e.getMetric(), effects().stream().filter(x -> e.getMetric().equals(x.getMetric())).toList());
        showTimeOf(e);
    }

    /** Samples {@code e}'s metric during its scenario's run with seed 1, both sides, in a Job; null clears. */
    private void showTimeOf(Effect e) {
        if (timeJob != null) {
            timeJob.cancel();
        }
        if (e == null || !(e.eContainer() != null && e.eContainer().eContainer() instanceof PatchSeries series)) {
            timeChart.show(null, null, null);
            timeJob = null;
            return;
        }
        String title = e.getMetric() + " during " + e.getScenario() + " (seed " + TIME_SEED + ")";
        timeChart.show(title + ": sampling ...", null, null);
        org.eclipse.swt.widgets.Display display = timeChart.getControl().getDisplay();
        Job job = Job.create("Impact view: " + title, monitor -> {
            List<MetricTimeline.Series> s;
            String error = null;
            try {
                s = ImpactServices.get().metricOverTime(series, e.getScenario(), e.getMetric(), TIME_SEED, monitor::isCanceled);
            } catch (java.util.concurrent.CancellationException x) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException x) {
                s = null;
                error = x.getMessage();
            }
            List<MetricTimeline.Series> result = s;
            String failed = error;
            if (display.isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (!timeChart.getControl().isDisposed() && !monitor.isCanceled()) {
                    timeChart.show(failed == null ? title : e.getMetric() + ": not sampled: " + failed,
                            result == null ? null : result.get(0), result == null ? null : result.get(1));
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        timeJob = job;
        job.schedule();
    }

    /** The seed of the time chart's runs. */
    public static final long TIME_SEED = 1;

    /** The job sampling the time chart now, or null. */
    public Job getTimeJob() {
        return timeJob;
    }

    /** The metric-over-time chart; exposed for tests. */
    public TimeChart getTimeChart() {
        return timeChart;
    }

    /** Sorts the table by column {@code index} (as a header click does). */
    public void sortBy(int index) {
        table.sortBy(index);
    }

    /** Sets the "significant only" filter (as the check box does). */
    public void setSignificantOnly(boolean on) {
        significantOnly.setSelection(on);
        table.setSignificantOnly(on);
    }

    /** The effects table; exposed for tests. */
    /** The status line: its text, and the check's notes in full as its tooltip. */
    public Label getStatus() {
        return status;
    }

    public org.eclipse.jface.viewers.TableViewer getTableViewer() {
        return table.viewer();
    }

    /** The chart; exposed for tests. */
    public ImpactChart getChart() {
        return chart;
    }

    /** The review editor followed, or {@code null}. */
    public ReviewEditor getEditor() {
        return editor;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (timeJob != null) {
            timeJob.cancel();
        }
        getSite().getPage().removePartListener(parts);
        follow(null);
        super.dispose();
    }
}
