package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Effect;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.ImpactResult;
import mmlens.model.Verdict;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.impact.HunkImpact;
import mmlens.ui.internal.markers.FindingMarkers;
import mmlens.ui.internal.outline.SeriesLabelProvider;
import mmlens.ui.views.ImpactView;

/**
 * The workbench's own analysis (SeriesMapper, SeriesCheck) on the example series, 2 seeds: the
 * result is attached, every hunk it names is annotated, and the markers are its findings and worse
 * effects. Contents are checked for consistency, not for figures (those belong to the check's tests).
 */
@ExtendWith(NoErrorLoggedExtension.class)
class RealCheckUiTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void exampleSeriesIsMappedCheckedAndAnnotated() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "real-check.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        List<Hunk> hunks = FakeImpactService.hunks(editor.getSeries().get(0));
        for (Hunk h : hunks) {
            HunkMapping m = SeriesLabelProvider.mappingOf(h);
            assertNotNull(m, "hunk not mapped: " + h.getFunction());
        }
        assertFalse(SeriesLabelProvider.mappingOf(hunks.get(0)).getMechanisms().isEmpty(), "first hunk has no mechanism");

        ImpactResult result = ReviewFixture.realCheck(editor);
        assertFalse(result.getEffects().isEmpty(), "no effects; notes: " + result.getNotes());
        List<HunkImpact> impacts = HunkImpact.of(result);
        assertEquals(impacts.size(), ImpactCheckUiTest.annotationTypesByLine(editor).size());
        // The hover of an impacted hunk leads with what the mapping read from it (its knob change).
        HunkImpact first = impacts.get(0);
        String hover = first.report();
        HunkMapping fm = SeriesLabelProvider.mappingOf(first.hunk());
        assertTrue(hover.startsWith("mechanisms: " + String.join(", ", fm.getMechanisms())), hover);
        if (!fm.getKnobChanges().isEmpty()) {
            assertTrue(hover.contains("knob " + fm.getKnobChanges().get(0).getKnob() + ": "), hover);
        }
        long worse = result.getEffects().stream().filter(e -> e.getVerdict() == Verdict.WORSE)
                .mapToLong(e -> impacts.stream().filter(i -> i.effects().contains(e)).count()).sum();
        long findings = impacts.stream().mapToLong(i -> i.findings().size()).sum();
        IMarker[] markers = file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(worse + findings, markers.length);
        for (Effect e : result.getEffects()) {
            assertTrue(e.getBaselineCi95() >= 0 && e.getPatchedCi95() >= 0, e.getId());
        }
        ImpactView view = (ImpactView) page().showView(ImpactView.ID);
        page().activate(editor);
        assertEquals(result.getEffects().size(), view.getTableViewer().getTable().getItemCount());
        // every note of the check in full in the status line's tooltip (the line itself is cut)
        for (String note : result.getNotes()) {
            assertTrue(view.getStatus().getToolTipText() != null && view.getStatus().getToolTipText().contains(note),
                    "note not in the tooltip: " + note);
        }
        // The time chart samples the selected effect's metric during its suite scenario (seed 1) on
        // the series' baseline and patched knobs; its last point is the end-of-run reading.
        Effect shown = (Effect) view.getTableViewer().getElementAt(0);
        org.jfree.data.xy.XYSeriesCollection time = view.getTimeChart().getDataset();
        ReviewFixture.waitUntil(() -> view.getTimeJob() != null && view.getTimeJob().getState() == Job.NONE
                && !view.getTimeChart().getTitle().endsWith("sampling ..."), "time chart", 12_000);
        if (shown.getMetric().equals("alloc_latency_p99_ns")) {
            assertTrue(view.getTimeChart().getTitle().contains("not sampled"), view.getTimeChart().getTitle());
        } else {
            assertEquals(shown.getMetric() + " during " + shown.getScenario() + " (seed 1)", view.getTimeChart().getTitle());
            assertEquals(2, time.getSeriesCount());
            mmlens.engine.scenario.Scenario scenario = mmlens.analysis.check.Suites.scenario(shown.getScenario());
            mmlens.analysis.check.MetricTimeline.Series expected = mmlens.analysis.check.MetricTimeline.sample(scenario, 1,
                    mmlens.analysis.map.SeriesMapper.configs(editor.getSeries().get(0)).baseline(), shown.getMetric(), 40, null);
            int last = time.getItemCount(0) - 1;
            assertEquals(expected.y()[expected.y().length - 1], time.getYValue(0, last), 1e-9);
            assertEquals(100.0, time.getXValue(1, time.getItemCount(1) - 1), 1e-9);
        }
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "real-check-impact-view");
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page().hideView(view);
        System.out.println("real check: " + result.getEffects().size() + " effects, " + impacts.size() + " hunks named, "
                + markers.length + " markers, notes " + result.getNotes());
    }
}
