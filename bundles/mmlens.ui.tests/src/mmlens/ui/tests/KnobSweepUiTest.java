package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Hunk;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.CheckPreferences;
import mmlens.ui.internal.check.KnobSweepHandler;
import mmlens.ui.views.SweepView;

/**
 * Knob Sweep from the review editor's command, with the workbench's own analysis (2 seeds): the
 * Sweep view lists the metrics the example series' three integer knobs move (or says that one moved
 * none significantly, as two seeds often do), and charts a row at
 * every value in ascending order. The flush ceiling's munmap-storm row is a step (32-page ranges
 * are flushed whole below 32 and page by page from 32 up), so a misplaced column shows.
 */
@ExtendWith(NoErrorLoggedExtension.class)
class KnobSweepUiTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        CheckPreferences.store().setToDefault(CheckPreferences.SEEDS);
        SweepView view = (SweepView) page().findView(SweepView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    @Test
    void theCommandChartsEachMovedMetricAtEveryValue() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "sweep.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        IPreferenceStore prefs = CheckPreferences.store();
        prefs.setValue(CheckPreferences.SEEDS, 2);
        page().activate(editor);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(KnobSweepHandler.COMMAND, null);
        ReviewFixture.waitUntil(() -> page().findView(SweepView.ID) != null
                && ((SweepView) page().findView(SweepView.ID)).getTableViewer().getTable().getItemCount() > 0,
                "knob sweep", 36_000);
        SweepView view = (SweepView) page().findView(SweepView.ID);
        assertTrue(view.getStatus().startsWith("sweep.mbox: "), view.getStatus());
        SweepView.Item step = null;
        int n = view.getTableViewer().getTable().getItemCount();
        Set<String> knobs = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            SweepView.Item item = (SweepView.Item) view.getTableViewer().getElementAt(i);
            knobs.add(item.sweep().knob());
            if (item.sweep().knob().equals("tlb_single_page_flush_ceiling")
                    && item.row().scenario().equals("tlb/munmap-storm")
                    && item.row().metric().equals("nr_tlb_local_flush_one")) {
                step = item;
            }
        }
        // every integer knob of the series was swept: it has rows, or the line says nothing moved
        for (String k : List.of("claim_threshold_shift", "tlb_single_page_flush_ceiling", "watermark_scale_factor")) {
            assertTrue(knobs.contains(k) || view.getStatus().contains(k + ": no metric moves significantly"),
                    k + " in " + knobs + " / " + view.getStatus());
        }
        assertTrue(step != null, "no munmap-storm row for the ceiling");
        view.getTableViewer().setSelection(new StructuredSelection(step), true);
        DefaultStatisticalCategoryDataset d = view.getChart().getDataset();
        assertEquals(List.of("8", "16 (series)", "24", "33 (base)", "66"), d.getColumnKeys());
        double perPage = d.getMeanValue(0, 3).doubleValue();
        assertTrue(perPage > 0);
        assertEquals(0.0, d.getMeanValue(0, 0).doubleValue());
        assertEquals(0.0, d.getMeanValue(0, 2).doubleValue(), "24 < 32: flushed whole");
        assertEquals(perPage, d.getMeanValue(0, 4).doubleValue());
        assertTrue(view.getChart().getTitle().contains("by tlb_single_page_flush_ceiling"), view.getChart().getTitle());
        // a double-click on the row reveals the hunk that sets the knob (patch 3's, in arch/x86/mm/tlb.c)
        Hunk ceiling = editor.getSeries().get(0).getPatches().get(2).getFiles().get(0).getHunks().get(0);
        assertEquals(ceiling, step.hunk());
        view.revealSelected();
        int caretLine = editor.getViewer().getTextWidget().getLineAtOffset(editor.getViewer().getTextWidget().getCaretOffset());
        assertEquals(ceiling.getSourceLine() - 1, caretLine);
        page().activate(view);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.drain(ReviewFixture.display());
        Screenshots.save(page().getWorkbenchWindow().getShell(), "knob-sweep");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }
}
