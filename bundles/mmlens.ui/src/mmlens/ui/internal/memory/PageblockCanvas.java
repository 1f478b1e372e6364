package mmlens.ui.internal.memory;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Paints pageblock maps: one square cell per pageblock, row-major, coloured by migratetype, one
 * band per zone with its name. The colours are created here and disposed with the canvas.
 */
public final class PageblockCanvas extends Canvas {

    /** Cell colours by migratetype name; unknown names are drawn grey. */
    static final List<String> NAMES = List.of("Unmovable", "Movable", "Reclaimable", "HighAtomic", "CMA", "Isolate");
    static final RGB[] RGBS = {new RGB(214, 69, 65), new RGB(92, 170, 92), new RGB(240, 190, 60), new RGB(140, 90, 190),
        new RGB(70, 130, 200), new RGB(150, 150, 150)};
    /** Cell edge in pixels, gap included: as large as lets every zone fit, within these bounds. */
    private static final int MIN_CELL = 3;
    private static final int MAX_CELL = 18;

    private final Color[] colours = new Color[RGBS.length];
    private final Color unknown;
    private List<PageblockMap> maps = List.of();
    /** Where the last paint put each map: its first cell row's y, the cell edge and cells per row. */
    private record Band(PageblockMap map, int y, int cell, int perRow) {
    }

    private final java.util.List<Band> bands = new java.util.ArrayList<>();
    /** Fallback events per block through the shown moment (same shape as the maps), or empty. */
    private List<int[]> claims = List.of();
    private List<int[]> steals = List.of();
    /** Blocks the linked selection highlights (same shape as the maps), or empty. */
    private List<boolean[]> highlighted = List.of();
    /** The selected block: map index and block index, or null. */
    private int[] selected;
    private java.util.function.BiConsumer<Integer, Integer> onSelect = (m, b) -> {
    };

    public PageblockCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        for (int i = 0; i < RGBS.length; i++) {
            colours[i] = new Color(getDisplay(), RGBS[i]);
        }
        unknown = new Color(getDisplay(), new RGB(60, 60, 60));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> setToolTipText(describeAt(e.x, e.y)));
        addListener(SWT.MouseDown, e -> {
            int[] at = blockAt(e.x, e.y);
            if (at != null) {
                onSelect.accept(at[0], at[1]);
            }
        });
        addDisposeListener(e -> {
            for (Color c : colours) {
                c.dispose();
            }
            unknown.dispose();
        });
    }

    /**
     * Shows the maps of one moment with their fallback events ({@code claims}, {@code steals}:
     * counts per block, possibly empty lists) and the linked selection's blocks.
     */
    public void setMoment(List<PageblockMap> maps, List<int[]> claims, List<int[]> steals, List<boolean[]> highlighted) {
        this.maps = List.copyOf(maps);
        this.claims = List.copyOf(claims);
        this.steals = List.copyOf(steals);
        this.highlighted = List.copyOf(highlighted);
        redraw();
    }

    /** Highlights blocks (same shape as the maps; empty: none). */
    public void setHighlighted(List<boolean[]> highlighted) {
        this.highlighted = List.copyOf(highlighted);
        redraw();
    }

    public List<boolean[]> getHighlighted() {
        return highlighted;
    }

    /** Outlines block {@code block} of map {@code map} (null: none). */
    public void setSelected(int[] mapAndBlock) {
        this.selected = mapAndBlock == null ? null : mapAndBlock.clone();
        redraw();
    }

    /** Called with (map index, block index) when a block is clicked. */
    public void setOnSelect(java.util.function.BiConsumer<Integer, Integer> onSelect) {
        this.onSelect = onSelect;
    }

    public List<PageblockMap> getMaps() {
        return maps;
    }

    /** The colour of a migratetype name, as painted (for legends). */
    public static RGB rgbOf(String typeName) {
        int i = NAMES.indexOf(typeName);
        return i < 0 ? new RGB(60, 60, 60) : RGBS[i];
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        int cell = cellSize(area, gc.getFontMetrics().getHeight() + 10);
        int perRow = Math.max(1, (area.width - 4) / cell);
        int y = 2;
        bands.clear();
        for (PageblockMap m : maps) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString(m.zone() + " (" + m.types().length + " blocks)", 2, y, true);
            y += gc.getFontMetrics().getHeight() + 2;
            bands.add(new Band(m, y, cell, perRow));
            int mi = bands.size() - 1;
            for (int i = 0; i < m.types().length; i++) {
                String name = m.types()[i] >= 0 && m.types()[i] < m.typeNames().size() ? m.typeNames().get(m.types()[i]) : "";
                int k = NAMES.indexOf(name);
                gc.setBackground(k < 0 ? unknown : colours[k]);
                int x0 = 2 + (i % perRow) * cell;
                int y0 = y + (i / perRow) * cell;
                gc.fillRectangle(x0, y0, cell - 1, cell - 1);
                BlockMarks.paint(gc, x0, y0, cell - 1, name, count(claims, mi, i), count(steals, mi, i),
                        mi < highlighted.size() && highlighted.get(mi)[i],
                        selected != null && selected[0] == mi && selected[1] == i);
            }
            y += ((m.types().length + perRow - 1) / perRow) * cell + 8;
        }
    }

    private static int count(List<int[]> counts, int map, int block) {
        return map < counts.size() && block < counts.get(map).length ? counts.get(map)[block] : 0;
    }

    /** (map index, block index) under canvas point ({@code x}, {@code y}) as last painted, or null. */
    public int[] blockAt(int x, int y) {
        for (int mi = 0; mi < bands.size(); mi++) {
            Band b = bands.get(mi);
            int col = (x - 2) / b.cell();
            int row = (y - b.y()) / b.cell();
            int i = row * b.perRow() + col;
            if (x >= 2 && y >= b.y() && col < b.perRow() && i < b.map().types().length) {
                return new int[] {mi, i};
            }
        }
        return null;
    }

    /**
     * The pageblock under canvas point ({@code x}, {@code y}) as of the last paint: zone, block
     * index, pfn range (end inclusive) and migratetype; {@code null} between cells.
     */
    public String describeAt(int x, int y) {
        for (Band b : bands) {
            int col = (x - 2) / b.cell();
            int row = (y - b.y()) / b.cell();
            int i = row * b.perRow() + col;
            if (x >= 2 && y >= b.y() && col < b.perRow() && i < b.map().types().length) {
                int pfn = b.map().startPfn() + i * PageblockMap.PAGEBLOCK_PAGES;
                int t = b.map().types()[i];
                String type = t >= 0 && t < b.map().typeNames().size() ? b.map().typeNames().get(t) : "type " + t;
                int mi = bands.indexOf(b);
                int c = count(claims, mi, i);
                int st = count(steals, mi, i);
                return b.map().zone() + ": pageblock " + i + ", pfn " + pfn + "-" + (pfn + PageblockMap.PAGEBLOCK_PAGES - 1)
                        + ", " + type + (c + st == 0 ? "" : ", " + c + " claims, " + st + " steals so far");
            }
        }
        return null;
    }

    /** The canvas point at the centre of block {@code index} of map {@code mapIndex} as last painted. */
    public org.eclipse.swt.graphics.Point cellCentre(int mapIndex, int index) {
        Band b = bands.get(mapIndex);
        return new org.eclipse.swt.graphics.Point(2 + (index % b.perRow()) * b.cell() + b.cell() / 2,
                b.y() + (index / b.perRow()) * b.cell() + b.cell() / 2);
    }

    /** The largest cell for which all maps (each with a title of {@code titleHeight}) fit {@code area}. */
    private int cellSize(Rectangle area, int titleHeight) {
        for (int cell = MAX_CELL; cell > MIN_CELL; cell--) {
            int perRow = Math.max(1, (area.width - 4) / cell);
            int height = 2;
            for (PageblockMap m : maps) {
                height += titleHeight + ((m.types().length + perRow - 1) / perRow) * cell;
            }
            if (height <= area.height) {
                return cell;
            }
        }
        return MIN_CELL;
    }
}
