package mmlens.ui.internal.memory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * One pageblock zoomed in: its 512 pages as a 32 x 16 grid, row-major from the block's first pfn,
 * coloured by {@link PageStates} kind (free buddy green, allocated orange, folio blue, other
 * grey); a block's head page has a dark left edge and a block's order shows as the number on its
 * head when the cell is large enough. Colours are created here and disposed with the canvas.
 */
public final class PageCanvas extends Canvas {

    /** Pages per row. */
    public static final int COLUMNS = 32;
    static final RGB[] RGBS = {new RGB(215, 215, 215), new RGB(150, 210, 150), new RGB(240, 160, 80), new RGB(110, 150, 220)};

    private final Color[] colours = new Color[RGBS.length];
    private PageStates pages;
    private int firstPfn;
    private int count;

    public PageCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        for (int i = 0; i < RGBS.length; i++) {
            colours[i] = new Color(getDisplay(), RGBS[i]);
        }
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> setToolTipText(describeAt(e.x, e.y)));
        addDisposeListener(e -> {
            for (Color c : colours) {
                c.dispose();
            }
        });
    }

    /** Shows pages {@code [firstPfn, firstPfn + count)} of {@code pages} (null: nothing). */
    public void show(PageStates pages, int firstPfn, int count) {
        this.pages = pages;
        this.firstPfn = firstPfn;
        this.count = count;
        redraw();
    }

    public PageStates getPages() {
        return pages;
    }

    public int getFirstPfn() {
        return firstPfn;
    }

    private int cell() {
        Rectangle a = getClientArea();
        int rows = Math.max(1, (count + COLUMNS - 1) / COLUMNS);
        return Math.max(3, Math.min((a.width - 4) / COLUMNS, (a.height - 4) / rows));
    }

    private void paint(GC gc) {
        if (pages == null || count == 0) {
            gc.drawString("Click a pageblock to see its pages", 4, 4, true);
            return;
        }
        int cell = cell();
        boolean numbers = cell >= gc.getFontMetrics().getHeight();
        for (int i = 0; i < count; i++) {
            int pfn = firstPfn + i;
            int x = 2 + (i % COLUMNS) * cell;
            int y = 2 + (i / COLUMNS) * cell;
            gc.setBackground(colours[pages.kind(pfn)]);
            gc.fillRectangle(x, y, cell - 1, cell - 1);
            if (pages.isHead(pfn)) {
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.fillRectangle(x, y, Math.max(1, cell / 6), cell - 1);
                if (numbers && pages.kind(pfn) != PageStates.OTHER) {
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    gc.drawString(Integer.toString(pages.order(pfn)), x + cell / 4, y, true);
                }
            }
        }
    }

    /** "pfn N: free, order-3 buddy block at pfn M" for the page under the point, or null. */
    public String describeAt(int x, int y) {
        if (pages == null) {
            return null;
        }
        int cell = cell();
        int col = (x - 2) / cell;
        int i = ((y - 2) / cell) * COLUMNS + col;
        if (x < 2 || y < 2 || col >= COLUMNS || i >= count) {
            return null;
        }
        return "pfn " + (firstPfn + i) + ": " + pages.describe(firstPfn + i);
    }
}
