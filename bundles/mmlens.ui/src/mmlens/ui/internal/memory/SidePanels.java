package mmlens.ui.internal.memory;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import mmlens.ui.internal.memory.MemoryLinks.Focus;

/**
 * The widgets of one side (baseline or patched) of the memory browser, spread over its map area
 * and tabs: the pageblock map, the selected block's pages, the direct map and the cpus' TLBs; and
 * how a moment of its run is shown on them.
 */
public final class SidePanels {

    private final String side;
    private Label title;
    private PageblockCanvas map;
    private Label pagesLabel;
    private PageCanvas pages;
    private Label mmuLabel;
    private DirectMapCanvas directMap;
    private Table cpus;
    private int highlightedCpus;
    private IntConsumer onRegion = r -> {
    };
    private IntConsumer onCpu = c -> {
    };

    public SidePanels(String side) {
        this.side = side;
    }

    /** A column of the 2-column {@code parent}: label above, content filling the rest. */
    private static Composite column(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        org.eclipse.swt.layout.GridLayout l = new org.eclipse.swt.layout.GridLayout(1, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        c.setLayout(l);
        return c;
    }

    public void createMap(Composite parent) {
        Composite c = column(parent);
        title = new Label(c, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText(side + ": press Run");
        map = new PageblockCanvas(c);
        map.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    public void createPages(Composite parent) {
        Composite c = column(parent);
        pagesLabel = new Label(c, SWT.NONE);
        pagesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        pages = new PageCanvas(c);
        pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    public void createMmu(Composite parent) {
        Composite c = column(parent);
        mmuLabel = new Label(c, SWT.NONE);
        mmuLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        directMap = new DirectMapCanvas(c);
        GridData dm = new GridData(SWT.FILL, SWT.FILL, true, true);
        dm.heightHint = 110;
        directMap.setLayoutData(dm);
        directMap.addListener(SWT.MouseDown, e -> {
            int r = directMap.regionAt(e.x, e.y);
            if (r >= 0) {
                onRegion.accept(r);
            }
        });
        cpus = new Table(c, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        cpus.setHeaderVisible(true);
        GridData t = new GridData(SWT.FILL, SWT.FILL, true, true);
        t.heightHint = 90;
        cpus.setLayoutData(t);
        for (String h : List.of("cpu", "TLB entries", "loaded mm", "lazy", "pending flushes")) {
            TableColumn col = new TableColumn(cpus, SWT.NONE);
            col.setText(h);
            col.setWidth(h.length() * 8 + 16);
        }
        cpus.addListener(SWT.Selection, e -> {
            if (e.item instanceof TableItem item) {
                onCpu.accept(Integer.parseInt(item.getText(0)));
            }
        });
    }

    public void setOnRegion(IntConsumer onRegion) {
        this.onRegion = onRegion;
    }

    public void setOnCpu(IntConsumer onCpu) {
        this.onCpu = onCpu;
    }

    public void setLabel(String text) {
        setTitle(text);
    }

    public void setTitle(String text) {
        title.setText(text);
        title.getParent().layout();
    }

    public String getTitle() {
        return title.getText();
    }

    /**
     * Shows snapshot {@code at} of {@code run} (null run or -1: nothing): marks through that
     * moment, the highlights of {@code focus} ({@code other} is the other side's snapshot there),
     * the pages of {@code selected} (map index, block index; null: none).
     */
    public void show(RunTimeline run, int at, Snapshot other, Focus focus, int[] selected) {
        if (run == null || at < 0) {
            map.setMoment(List.of(), List.of(), List.of(), List.of());
            pages.show(null, 0, 0);
            directMap.show(null, false);
            cpus.removeAll();
            highlightedCpus = 0;
            mmuLabel.setText(side + ": no run");
            pagesLabel.setText(side + ": no run");
            return;
        }
        Snapshot s = run.snapshots().get(at);
        List<int[]> claims = new java.util.ArrayList<>();
        List<int[]> steals = new java.util.ArrayList<>();
        for (int m = 0; m < s.maps().size(); m++) {
            claims.add(run.claimsThrough(m, at));
            steals.add(run.stealsThrough(m, at));
        }
        map.setMoment(s.maps(), claims, steals, MemoryLinks.blocks(focus, run, at, other));
        map.setSelected(selected);
        showPages(s, selected);
        showMmu(s, focus);
    }

    private void showPages(Snapshot s, int[] selected) {
        if (selected == null || s.pages() == null || selected[0] >= s.maps().size()
                || selected[1] >= s.maps().get(selected[0]).types().length) {
            pages.show(null, 0, 0);
            pagesLabel.setText(side + ": click a pageblock");
            return;
        }
        PageblockMap m = s.maps().get(selected[0]);
        int first = m.startPfn() + selected[1] * PageblockMap.PAGEBLOCK_PAGES;
        int[] c = s.pages().count(first, PageblockMap.PAGEBLOCK_PAGES);
        pages.show(s.pages(), first, PageblockMap.PAGEBLOCK_PAGES);
        pagesLabel.setText(side + ": " + m.zone() + " block " + selected[1] + " (pfn " + first + "-"
                + (first + PageblockMap.PAGEBLOCK_PAGES - 1) + ", " + MemoryLinks.type(m, selected[1]) + "): " + c[PageStates.FREE]
                + " free, " + (c[PageStates.ALLOCATED] + c[PageStates.FOLIO]) + " allocated (" + c[PageStates.FOLIO]
                + " in folios), " + c[PageStates.OTHER] + " other");
    }

    private void showMmu(Snapshot s, Focus focus) {
        cpus.removeAll();
        highlightedCpus = 0;
        MmuState mmu = s.mmu();
        directMap.show(mmu, focus == Focus.DIRECT_MAP_SPLITS);
        if (mmu == null) {
            mmuLabel.setText(side + ": no MMU in this scenario");
            return;
        }
        int[] r = mmu.regionCounts();
        mmuLabel.setText(side + ": direct map " + r[3] + " x 2M in 1G pages, " + r[2] + " x 2M pages, " + r[1]
                + " x 2M split to 4K; " + mmu.deferredSources() + " sources awaiting flushes");
        for (MmuState.Cpu c : mmu.cpus()) {
            TableItem item = new TableItem(cpus, SWT.NONE);
            item.setText(new String[] {Integer.toString(c.cpu()), Integer.toString(c.tlbEntries()), Integer.toString(c.loadedMm()),
                Boolean.toString(c.lazy()), Long.toString(c.pendingFlushes())});
            if (focus == Focus.TLB && (c.pendingFlushes() > 0 || c.tlbEntries() > 0)) {
                item.setBackground(cpus.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
                item.setForeground(cpus.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
                highlightedCpus++;
            }
        }
    }

    /** Blocks highlighted now on the map, plus split regions or cpus when the focus is on those. */
    public int highlightedCount() {
        int n = 0;
        for (boolean[] h : map.getHighlighted()) {
            for (boolean b : h) {
                n += b ? 1 : 0;
            }
        }
        if (directMap.isHighlightingSplits() && directMap.getState() != null) {
            n += directMap.getState().regionCounts()[1];
        }
        return n + highlightedCpus;
    }

    public PageblockCanvas map() {
        return map;
    }

    public PageCanvas pages() {
        return pages;
    }

    public String pagesText() {
        return pagesLabel.getText();
    }

    public DirectMapCanvas directMap() {
        return directMap;
    }

    public String mmuText() {
        return mmuLabel.getText();
    }

    public Table cpus() {
        return cpus;
    }
}
