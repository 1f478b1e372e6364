package mmlens.ui.views;

import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Text columns of the views' tables. */
public final class Columns {
    private Columns() {
    }

    /** The SWT system colour of a row whose verdict is named {@code verdict}: worse dark red, better dark green. */
    public static int verdictColour(String verdict) {
        return "WORSE".equalsIgnoreCase(verdict) ? SWT.COLOR_DARK_RED
                : "BETTER".equalsIgnoreCase(verdict) ? SWT.COLOR_DARK_GREEN : SWT.COLOR_LIST_FOREGROUND;
    }

    /**
     * Adds a column {@code title} of {@code width} pixels to {@code viewer}, whose rows are of
     * {@code type}: {@code text} gives a row's cell, {@code colour} (may be null) the SWT system
     * colour id of its text (not owned here).
     */
    public static <T> TableViewerColumn add(TableViewer viewer, Class<T> type, String title, int width,
            Function<T, String> text, ToIntFunction<T> colour) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public Color getForeground(Object element) {
                return colour == null ? null
                        : viewer.getControl().getDisplay().getSystemColor(colour.applyAsInt(type.cast(element)));
            }
        });
        return c;
    }
}
