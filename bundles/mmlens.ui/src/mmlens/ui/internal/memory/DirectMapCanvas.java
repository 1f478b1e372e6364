package mmlens.ui.internal.memory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The direct map of one moment: one cell per 2 MiB region of physical memory, row-major from pfn
 * 0, coloured by the page size mapping it (1 GiB light blue, 2 MiB blue, split to 4 KiB red, not
 * mapped white); the linked selection outlines the split regions. Colours are disposed with the
 * canvas.
 */
public final class DirectMapCanvas extends Canvas {

    static final RGB[] RGBS = {new RGB(250, 250, 250), new RGB(220, 70, 60), new RGB(70, 120, 200), new RGB(170, 205, 240)};
    static final String[] LEVELS = {"not mapped", "4 KiB pages (split)", "a 2 MiB page", "a 1 GiB page"};

    private final Color[] colours = new Color[RGBS.length];
    private MmuState state;
    private boolean highlightSplits;
    private int cell = 4;
    private int perRow = 1;

    public DirectMapCanvas(Composite parent) {
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

    /** Shows {@code state} (null: no MMU in this scenario). */
    public void show(MmuState state, boolean highlightSplits) {
        this.state = state;
        this.highlightSplits = highlightSplits;
        redraw();
    }

    public MmuState getState() {
        return state;
    }

    public boolean isHighlightingSplits() {
        return highlightSplits;
    }

    private void paint(GC gc) {
        if (state == null) {
            gc.drawString("No MMU in this scenario (run an mmu-* scenario)", 4, 4, true);
            return;
        }
        Rectangle a = getClientArea();
        int n = state.levels().length;
        cell = 12;
        while (cell > 2) {
            perRow = Math.max(1, (a.width - 4) / cell);
            if (((n + perRow - 1) / perRow) * cell + 4 <= a.height) {
                break;
            }
            cell--;
        }
        perRow = Math.max(1, (a.width - 4) / cell);
        for (int i = 0; i < n; i++) {
            int level = state.levels()[i];
            int x = 2 + (i % perRow) * cell;
            int y = 2 + (i / perRow) * cell;
            gc.setBackground(colours[level]);
            gc.fillRectangle(x, y, Math.max(1, cell - 1), Math.max(1, cell - 1));
            if (highlightSplits && level == 1) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawRectangle(x, y, Math.max(1, cell - 2), Math.max(1, cell - 2));
            }
        }
    }

    /** Index of the 2 MiB region under the point as last painted, or -1. */
    public int regionAt(int x, int y) {
        if (state == null) {
            return -1;
        }
        int col = (x - 2) / cell;
        int i = ((y - 2) / cell) * perRow + col;
        return x >= 2 && y >= 2 && col < perRow && i < state.levels().length ? i : -1;
    }

    /** "pfn A-B: 4 KiB pages (split)" for the region under the point, or null. */
    public String describeAt(int x, int y) {
        int i = regionAt(x, y);
        if (i < 0) {
            return null;
        }
        long pfn = (long) i * MmuState.REGION_PAGES;
        return "direct map pfn " + pfn + "-" + (pfn + MmuState.REGION_PAGES - 1) + ": " + LEVELS[state.levels()[i]];
    }
}
