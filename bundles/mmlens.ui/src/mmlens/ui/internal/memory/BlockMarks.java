package mmlens.ui.internal.memory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/**
 * The marks drawn over a pageblock cell of edge {@code size} at ({@code x}, {@code y}):
 *
 * <pre>
 *   +------+   claims   black triangle in the top-left corner (the block changed owner)
 *   |&gt;    |   steals   white dot in the centre (pages taken without a claim)
 *   |  o   |   Isolate  a black diagonal; HighAtomic: a black frame (their colours stay)
 *   +------+   linked selection: a 2 px black/white outline; selected block: a thick blue one
 * </pre>
 *
 * Only system colours are used, so nothing needs disposing.
 */
final class BlockMarks {

    private BlockMarks() {
    }

    static void paint(GC gc, int x, int y, int size, String type, int claims, int steals, boolean highlighted,
            boolean selected) {
        var display = gc.getDevice();
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        if ("Isolate".equals(type)) {
            gc.drawLine(x, y + size - 1, x + size - 1, y);
        }
        if ("HighAtomic".equals(type)) {
            gc.drawRectangle(x, y, size - 1, size - 1);
        }
        if (claims > 0) {
            int t = Math.max(2, size / 2);
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillPolygon(new int[] {x, y, x + t, y, x, y + t});
        }
        if (steals > 0) {
            int d = Math.max(2, size / 3);
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(x + (size - d) / 2, y + (size - d) / 2, d, d);
        }
        if (highlighted) {
            gc.setLineWidth(2);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(x, y, size - 1, size - 1);
            gc.setLineWidth(1);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.drawRectangle(x + 2, y + 2, Math.max(0, size - 5), Math.max(0, size - 5));
        }
        if (selected) {
            gc.setLineWidth(3);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLUE));
            gc.drawRectangle(x - 1, y - 1, size + 1, size + 1);
            gc.setLineWidth(1);
        }
    }
}
