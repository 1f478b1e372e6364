package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.awaitCheck;
import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Effect;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.ImpactCheckHandler;
import mmlens.ui.views.ImpactChart;
import mmlens.ui.views.ImpactView;

/** The Impact view on the fake check: table rows, sorting, the significant filter, the chart's series. */
@ExtendWith(NoErrorLoggedExtension.class)
class ImpactViewUiTest extends FakeServiceUiTest {

    @Override
    protected String viewId() {
        return ImpactView.ID;
    }

    @Test
    void tableSortsFiltersAndChartsTheSelectedMetric() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "view.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        ImpactView view = (ImpactView) page().showView(ImpactView.ID);
        assertSame(editor, view.getEditor());
        assertEquals(0, view.getTableViewer().getTable().getItemCount());

        // Run from the view's toolbar button: the command on the active review editor.
        page().activate(view);
        UiWait.drain(display());
        ToolBar toolBar = ((ToolBarManager) view.getViewSite().getActionBars().getToolBarManager()).getControl();
        List<String> tips = new ArrayList<>();
        for (ToolItem item : toolBar.getItems()) {
            tips.add(item.getToolTipText());
        }
        // the key binding's "(Ctrl+Alt+I)" suffix is shown only while the editor's binding context is
        // active when the item renders; the binding itself is asserted by ImpactCheckUiTest
        assertEquals(2, tips.size(), tips.toString());
        assertTrue(tips.get(0).startsWith("Impact Check on the active review editor"), tips.toString());
        assertTrue(tips.get(1).startsWith("Knob Sweep on the active review editor"), tips.toString());
        view.getSite().getService(IHandlerService.class).executeCommand(ImpactCheckHandler.COMMAND, null);
        awaitCheck(editor);
        Table table = view.getTableViewer().getTable();
        assertEquals(4, table.getItemCount());

        // Sort by change (column 4): ascending, then descending.
        view.sortBy(4);
        assertEquals(List.of("+1.0%", "+2.5%", "+16.7%", "+40.0%"), column(table, 4));
        view.sortBy(4);
        assertEquals(List.of("+40.0%", "+16.7%", "+2.5%", "+1.0%"), column(table, 4));
        view.sortBy(1);
        assertEquals(List.of("extfrag_events", "extfrag_events", "pgscan", "thp_alloc_success_pct"), column(table, 1));

        view.setSignificantOnly(true);
        assertEquals(List.of("worse", "better"), column(table, 5));
        view.setSignificantOnly(false);
        assertEquals(4, table.getItemCount());

        // The chart starts on the first significant effect's metric: both scenarios, both sides.
        DefaultStatisticalCategoryDataset data = view.getChart().getDataset();
        assertEquals("extfrag_events (mean, 95 % CI)", view.getChart().getTitle());
        assertEquals(List.of("frag-churn", "thp-burst"), data.getColumnKeys());
        assertEquals(List.of(ImpactChart.BASELINE, ImpactChart.PATCHED), data.getRowKeys());
        assertEquals(100.0, data.getMeanValue(ImpactChart.BASELINE, "frag-churn").doubleValue());
        assertEquals(5.0, data.getStdDevValue(ImpactChart.BASELINE, "frag-churn").doubleValue());
        assertEquals(140.0, data.getMeanValue(ImpactChart.PATCHED, "frag-churn").doubleValue());
        assertEquals(6.0, data.getStdDevValue(ImpactChart.PATCHED, "frag-churn").doubleValue());
        assertEquals(82.0, data.getMeanValue(ImpactChart.PATCHED, "thp-burst").doubleValue());

        // Selecting a row charts its metric.
        Effect thp = ((List<?>) view.getTableViewer().getInput()).stream().map(Effect.class::cast)
                .filter(e -> e.getMetric().equals("thp_alloc_success_pct")).findFirst().orElseThrow();
        view.getTableViewer().setSelection(new StructuredSelection(thp), true);
        UiWait.drain(display());
        assertEquals(List.of("thp-burst"), data.getColumnKeys());
        assertEquals(60.0, data.getMeanValue(ImpactChart.BASELINE, "thp-burst").doubleValue());
        assertEquals(3.0, data.getStdDevValue(ImpactChart.PATCHED, "thp-burst").doubleValue());

        Effect worse = ((List<?>) view.getTableViewer().getInput()).stream().map(Effect.class::cast)
                .filter(e -> e.getVerdict() == mmlens.model.Verdict.WORSE).findFirst().orElseThrow();
        view.getTableViewer().setSelection(new StructuredSelection(worse), true);
        assertEquals(List.of("frag-churn", "thp-burst"), data.getColumnKeys());

        // The time chart: the worse effect's metric sampled during its scenario's run (seed 1), both sides.
        org.jfree.data.xy.XYSeriesCollection time = view.getTimeChart().getDataset();
        ReviewFixture.waitUntil(() -> time.getSeriesCount() == 2
                && view.getTimeChart().getTitle().equals("extfrag_events during frag-churn (seed 1)"), "time chart");
        assertEquals(ImpactChart.BASELINE, time.getSeriesKey(0));
        assertEquals(ImpactChart.PATCHED, time.getSeriesKey(1));
        assertEquals(11, time.getItemCount(0));
        assertEquals(100.0, time.getXValue(0, 10));
        assertEquals(100.0, time.getYValue(0, 10));
        assertEquals(140.0, time.getYValue(1, 10));
        assertEquals(70.0, time.getYValue(1, 5));
        assertTrue(fixture.service.timeRequests.contains("frag-churn/extfrag_events/1"), fixture.service.timeRequests.toString());
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.drain(display());
        Screenshots.save(page().getWorkbenchWindow().getShell(), "impact-view");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        // The view follows the active review editor: a second editor without a check empties it.
        ReviewEditor other = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "other.mbox"));
        page().activate(other);
        UiWait.drain(display());
        assertSame(other, view.getEditor());
        assertEquals(0, table.getItemCount());
        page().activate(editor);
        UiWait.drain(display());
        assertEquals(4, table.getItemCount());
    }

    private static List<String> column(Table table, int index) {
        List<String> values = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            values.add(item.getText(index));
        }
        return values;
    }
}
