package mmlens.ui.views;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import mmlens.model.Effect;
import mmlens.model.Verdict;
import mmlens.ui.internal.impact.Numbers;

/**
 * The effects of an impact check as a table: scenario, metric, baseline and patched (mean ±95 %
 * CI half-width), change in percent, verdict. Columns sort on click (again: reverse); the
 * significant-only filter hides neutral effects. Worse rows are red, better rows green (system
 * colours, not owned here).
 */
final class EffectsTable {

    private final TableViewer viewer;
    private final Sorter sorter = new Sorter();
    private final java.util.List<Comparator<Effect>> orders = new java.util.ArrayList<>();
    private final ViewerFilter significant = new ViewerFilter() {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            return ((Effect) element).getVerdict() != Verdict.NEUTRAL;
        }
    };

    EffectsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("Scenario", 170, Effect::getScenario, Comparator.comparing(Effect::getScenario, Comparator.nullsFirst(String::compareTo)));
        column("Metric", 200, Effect::getMetric, Comparator.comparing(Effect::getMetric, Comparator.nullsFirst(String::compareTo)));
        column("Baseline ±CI95", 130, e -> Numbers.meanCi(e.getBaselineMean(), e.getBaselineCi95()),
                Comparator.comparingDouble(Effect::getBaselineMean));
        column("Patched ±CI95", 130, e -> Numbers.meanCi(e.getPatchedMean(), e.getPatchedCi95()),
                Comparator.comparingDouble(Effect::getPatchedMean));
        column("Change", 80, e -> Numbers.percent(e.getChangePct()),
                Comparator.comparingDouble(Effect::getChangePct));
        column("Verdict", 80, e -> e.getVerdict().getLiteral(), Comparator.comparing(Effect::getVerdict));
        viewer.setComparator(sorter);
        // significant effects first: worse, better, then neutral
        sortBy(5);
        sortBy(5);
    }

    private void column(String title, int width, Function<Effect, String> text, Comparator<Effect> order) {
        TableViewerColumn c = Columns.add(viewer, Effect.class, title, width, text, e -> Columns.verdictColour(e.getVerdict().getName()));
        int index = orders.size();
        orders.add(order);
        c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    /** Sorts by column {@code index}; a second call on the same column reverses the order. */
    void sortBy(int index) {
        Table table = viewer.getTable();
        TableColumn column = table.getColumn(index);
        Comparator<Effect> order = orders.get(index);
        boolean up = table.getSortColumn() != column || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column);
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        sorter.order = up ? order : order.reversed();
        viewer.refresh();
    }

    void setSignificantOnly(boolean on) {
        if (on) {
            viewer.addFilter(significant);
        } else {
            viewer.removeFilter(significant);
        }
    }

    TableViewer viewer() {
        return viewer;
    }

    private static final class Sorter extends ViewerComparator {
        private Comparator<Effect> order;

        @Override
        public int compare(Viewer v, Object a, Object b) {
            return order == null ? 0 : order.compare((Effect) a, (Effect) b);
        }
    }
}
