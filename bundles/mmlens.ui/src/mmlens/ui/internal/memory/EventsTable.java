package mmlens.ui.internal.memory;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import mmlens.ui.views.Columns;
/** The fallback events of both sides: side, when, claim or steal, pfn, orders, migratetypes. */
public final class EventsTable {

    /** One row: an event of the baseline or the patched run. */
    public record Row(String side, BlockEvent event) {
    }

    private final TableViewer viewer;

    public EventsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("side", 70, Row::side);
        column("when", 170, r -> r.event().when());
        column("event", 60, r -> r.event().kind());
        column("pfn", 90, r -> Integer.toString(r.event().pfn()));
        column("pageblock pfn", 100, r -> Integer.toString(r.event().pfn() - Math.floorMod(r.event().pfn(), PageblockMap.PAGEBLOCK_PAGES)));
        column("order", 50, r -> Integer.toString(r.event().allocOrder()));
        column("fallback order", 100, r -> Integer.toString(r.event().fallbackOrder()));
        column("allocation", 100, r -> r.event().allocType());
        column("taken from", 100, r -> r.event().fallbackType());
    }

    private void column(String title, int width, Function<Row, String> text) {
        Columns.add(viewer, Row.class, title, width, text, null);
    }

    public void setRows(List<Row> rows) {
        viewer.setInput(rows);
    }

    public TableViewer viewer() {
        return viewer;
    }
}
