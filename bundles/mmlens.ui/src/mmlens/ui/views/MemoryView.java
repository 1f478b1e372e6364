package mmlens.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import mmlens.engine.scenario.Scenario;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.ImpactServices;
import mmlens.ui.internal.memory.BlockEvent;
import mmlens.ui.internal.memory.EventsTable;
import mmlens.ui.internal.memory.MemoryLinks;
import mmlens.ui.internal.memory.MemoryLinks.Focus;
import mmlens.ui.internal.memory.PageblockCanvas;
import mmlens.ui.internal.memory.PageblockMap;
import mmlens.ui.internal.memory.RunTimeline;
import mmlens.ui.internal.memory.SidePanels;
import mmlens.ui.internal.memory.Snapshot;

/**
 * Memory browser: a built-in scenario run on the baseline and the patched knobs of the active
 * review editor's series, recorded as a timeline of snapshots ({@link RunTimeline}) and shown side
 * by side at the moment the timeline slider selects: the pageblock maps (colour = migratetype,
 * marks for fallback claims and steals, isolation and highatomic), the selected block's pages,
 * the direct map and the per-cpu TLBs when the scenario has an MMU, and the fallback events.
 * Linked with the review editor ({@link MemoryLinks}): selecting a hunk highlights what its
 * mechanisms affected; selecting a block, region, cpu or event reveals the hunk responsible.
 */
public final class MemoryView extends ViewPart {

    /** View id (plugin.xml). */
    public static final String ID = "mmlens.ui.memoryView";
    /** Snapshots per side. */
    public static final int POINTS = 16;

    private Combo scenario;
    private Spinner seed;
    private Scale timeline;
    private Label moment;
    private Label linkStatus;
    private SidePanels baselineSide;
    private SidePanels patchedSide;
    private EventsTable events;
    private CTabFolder tabs;
    private RunTimeline baselineRun;
    private RunTimeline patchedRun;
    private ReviewEditor source;
    private Hunk linkedHunk;
    private int[] selectedBlock;
    private Hunk revealedHunk;
    private final ISelectionListener selections = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createBar(parent);
        Composite time = new Composite(parent, SWT.NONE);
        time.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        time.setLayout(new GridLayout(3, false));
        new Label(time, SWT.NONE).setText("Moment:");
        timeline = new Scale(time, SWT.HORIZONTAL);
        GridData slider = new GridData(SWT.FILL, SWT.CENTER, true, false);
        slider.minimumWidth = 300;
        timeline.setLayoutData(slider);
        timeline.setMinimum(0);
        timeline.setMaximum(1);
        timeline.setPageIncrement(1);
        timeline.setEnabled(false);
        timeline.addListener(SWT.Selection, e -> showMoment());
        moment = new Label(time, SWT.NONE);
        GridData momentData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        momentData.widthHint = 380;
        moment.setLayoutData(momentData);
        moment.setText("press Run");
        linkStatus = new Label(time, SWT.NONE);
        linkStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite maps = new Composite(sash, SWT.NONE);
        maps.setLayout(new GridLayout(2, true));
        tabs = new CTabFolder(sash, SWT.BORDER);
        baselineSide = new SidePanels("baseline");
        patchedSide = new SidePanels("patched");
        baselineSide.createMap(maps);
        patchedSide.createMap(maps);
        Composite pages = tab("Block pages");
        legend(pages, "The clicked pageblock's 512 pages: free in the buddy lists green, allocated orange, in a folio blue,"
                + " on a per-cpu list or reserved grey; a dark left edge and the number mark a block's head and order");
        Composite mmu = tab("Direct map and TLBs");
        legend(mmu, "One cell per 2 MiB of physical memory: in a 1 GiB page light blue, a 2 MiB page blue, split to"
                + " 4 KiB pages red; the cpus' live TLB entries and the flush generations they are behind");
        for (SidePanels side : List.of(baselineSide, patchedSide)) {
            side.createPages(pages);
        }
        for (SidePanels side : List.of(baselineSide, patchedSide)) {
            side.createMmu(mmu);
        }
        CTabItem eventsTab = new CTabItem(tabs, SWT.NONE);
        eventsTab.setText("Fallback events");
        events = new EventsTable(tabs);
        eventsTab.setControl(events.viewer().getControl());
        tabs.setSelection(0);
        sash.setWeights(3, 2);
        baselineSide.map().setOnSelect((m, b) -> selectBlock(baselineSide, m, b));
        patchedSide.map().setOnSelect((m, b) -> selectBlock(patchedSide, m, b));
        for (SidePanels side : List.of(baselineSide, patchedSide)) {
            side.setOnRegion(r -> revealFor(MemoryLinks.DIRECT_MAP, "direct-map region " + r));
            side.setOnCpu(c -> revealFor(MemoryLinks.TLB_FLUSH, "cpu " + c));
        }
        events.viewer().addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof EventsTable.Row row) {
                timeline.setSelection(Math.min(row.event().snapshot(), timeline.getMaximum()));
                showMoment();
                revealFor(MemoryLinks.FALLBACK, row.event().kind() + " at pfn " + row.event().pfn());
            }
        });
        getSite().getPage().addPostSelectionListener(selections);
    }

    private void createBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(6, false));
        new Label(bar, SWT.NONE).setText("Scenario:");
        scenario = new Combo(bar, SWT.READ_ONLY);
        Scenario.builtinNames().forEach(scenario::add);
        scenario.select(Math.max(0, scenario.indexOf("slab-churn")));
        new Label(bar, SWT.NONE).setText("Seed:");
        seed = new Spinner(bar, SWT.BORDER);
        seed.setValues(1, 1, 1_000_000, 0, 1, 10);
        Button run = new Button(bar, SWT.PUSH);
        run.setText("Run");
        run.addListener(SWT.Selection, e -> run());
        Label legend = new Label(bar, SWT.NONE);
        legend.setText("Unmovable red, Movable green, Reclaimable yellow, HighAtomic purple (framed), Isolate grey (crossed);"
                + " \u25e4 claim, \u25cf steal");
    }

    private Composite tab(String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(2, true));
        item.setControl(c);
        return c;
    }

    private static void legend(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    /** Runs the selected scenario and seed on both sides in a Job and returns it. UI thread. */
    public Job run() {
        return run(scenario.getText(), seed.getSelection());
    }

    /** Records {@code name} with seed {@code s} on both sides in a Job and returns it. UI thread. */
    public Job run(String name, long s) {
        if (scenario.indexOf(name) >= 0) {
            scenario.select(scenario.indexOf(name));
        }
        seed.setSelection((int) s);
        source = getSite().getPage().getActiveEditor() instanceof ReviewEditor r ? r : null;
        PatchSeries series = source != null && !source.getSeries().isEmpty() ? source.getSeries().get(0) : null;
        baselineSide.setLabel("baseline: running " + name + " seed " + s + " ...");
        patchedSide.setLabel(series == null ? "patched: no review editor with a series" : "patched: running ...");
        Job job = Job.create("Memory browser: " + name + " seed " + s, monitor -> {
            Result b = side(series, name, s, false, monitor::isCanceled);
            Result p = series == null ? new Result(null, "patched: no review editor with a series")
                    : side(series, name, s, true, monitor::isCanceled);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            timeline.getDisplay().asyncExec(() -> show(b, p));
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private record Result(RunTimeline run, String label) {
    }

    private static Result side(PatchSeries series, String name, long seed, boolean patched,
            java.util.function.BooleanSupplier canceled) {
        String which = patched ? "patched" : "baseline";
        try {
            RunTimeline t = ImpactServices.get().timeline(series, name, seed, patched, POINTS, canceled);
            Snapshot end = t.snapshots().get(t.snapshots().size() - 1);
            long blocks = end.maps().stream().mapToLong(m -> m.types().length).sum();
            return new Result(t, which + ": " + name + " seed " + seed + ", " + t.snapshots().size() + " snapshots, "
                    + blocks + " pageblocks, " + (t.events().size() + t.eventsDropped()) + " fallback events");
        } catch (java.util.concurrent.CancellationException e) {
            return new Result(null, which + ": canceled");
        } catch (RuntimeException e) {
            return new Result(null, which + ": " + e.getMessage());
        }
    }

    private void show(Result b, Result p) {
        if (timeline.isDisposed()) {
            return;
        }
        baselineRun = b.run();
        patchedRun = p.run();
        baselineSide.setTitle(b.label());
        patchedSide.setTitle(p.label());
        int n = Math.max(count(baselineRun), count(patchedRun));
        timeline.setMaximum(Math.max(1, n - 1));
        timeline.setSelection(Math.max(0, n - 1));
        timeline.setEnabled(n > 1);
        selectedBlock = null;
        List<EventsTable.Row> rows = new ArrayList<>();
        addRows(rows, "baseline", baselineRun);
        addRows(rows, "patched", patchedRun);
        events.setRows(rows);
        showMoment();
    }

    private static int count(RunTimeline t) {
        return t == null ? 0 : t.snapshots().size();
    }

    private static void addRows(List<EventsTable.Row> rows, String side, RunTimeline t) {
        if (t != null) {
            for (BlockEvent e : t.events()) {
                rows.add(new EventsTable.Row(side, e));
            }
        }
    }

    /** Shows both sides at the slider's moment with the linked selection's highlights. UI thread. */
    private void showMoment() {
        int at = timeline.getSelection();
        Snapshot b = snapshot(baselineRun, at);
        Snapshot p = snapshot(patchedRun, at);
        Focus focus = linkedHunk == null ? Focus.NONE : MemoryLinks.focusOf(MemoryLinks.mechanisms(linkedHunk));
        baselineSide.show(baselineRun, index(baselineRun, at), p, focus, selectedBlock);
        patchedSide.show(patchedRun, index(patchedRun, at), b, focus, selectedBlock);
        Snapshot any = b != null ? b : p;
        moment.setText(any == null ? "no run" : "snapshot " + (at + 1) + " of " + (timeline.getMaximum() + 1) + ": " + any.label());
        moment.getParent().layout();
    }

    private static int index(RunTimeline t, int at) {
        return t == null ? -1 : Math.min(at, t.snapshots().size() - 1);
    }

    private static Snapshot snapshot(RunTimeline t, int at) {
        return t == null ? null : t.snapshots().get(index(t, at));
    }

    // ---- linked selection ----------------------------------------------------------------------

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof Hunk hunk)) {
            return;
        }
        if (hunk == revealedHunk) {
            revealedHunk = null; // the echo of our own reveal: keep the block the user clicked
            return;
        }
        linkHunk(hunk);
    }

    /** Highlights what {@code hunk}'s mechanisms affected (null: nothing). UI thread. */
    public void linkHunk(Hunk hunk) {
        linkedHunk = hunk;
        Focus focus = hunk == null ? Focus.NONE : MemoryLinks.focusOf(MemoryLinks.mechanisms(hunk));
        showMoment();
        linkStatus.setText(hunk == null ? "" : "hunk " + title(hunk) + " [" + String.join(", ", MemoryLinks.mechanisms(hunk))
                + "]: " + focus.description() + " (" + baselineSide.highlightedCount() + " baseline, "
                + patchedSide.highlightedCount() + " patched)");
        linkStatus.getParent().layout();
    }

    private void selectBlock(SidePanels side, int map, int block) {
        RunTimeline run = side == baselineSide ? baselineRun : patchedRun;
        if (run == null) {
            return;
        }
        selectedBlock = new int[] {map, block};
        showMoment();
        tabs.setSelection(0);
        int at = index(run, timeline.getSelection());
        PageblockMap m = run.snapshots().get(at).maps().get(map);
        revealFor(MemoryLinks.explain(run, at, map, block),
                m.zone() + " block " + block + " (pfn " + (m.startPfn() + block * PageblockMap.PAGEBLOCK_PAGES) + ")");
    }

    /** Reveals in the review editor the hunk of the first of {@code mechanisms} the series maps; says which. */
    private void revealFor(List<String> mechanisms, String what) {
        Hunk h = source == null ? null : MemoryLinks.hunkFor(hunks(source), mechanisms);
        if (h == null) {
            linkStatus.setText(what + ": no hunk of the series is mapped to " + String.join(", ", mechanisms));
        } else {
            linkStatus.setText(what + " \u2192 hunk " + title(h) + " [" + String.join(", ", MemoryLinks.mechanisms(h)) + "]");
            revealedHunk = h;
            source.getOutline().setSelection(new StructuredSelection(h), true);
            source.reveal(h);
        }
        lastRevealed = h;
        linkStatus.getParent().layout();
    }

    private Hunk lastRevealed;

    /** "@@ -a +b @@ function" of a hunk. */
    private static String title(Hunk h) {
        return "@@ -" + h.getOldStart() + " +" + h.getNewStart() + " @@" + (h.getFunction() == null ? "" : " " + h.getFunction());
    }

    private static List<Hunk> hunks(ReviewEditor editor) {
        List<Hunk> out = new ArrayList<>();
        for (PatchSeries s : editor.getSeries()) {
            for (Patch p : s.getPatches()) {
                for (FileDiff f : p.getFiles()) {
                    out.addAll(f.getHunks());
                }
            }
        }
        return out;
    }

    // ---- for tests ---------------------------------------------------------------------------

    public PageblockCanvas getBaseline() {
        return baselineSide.map();
    }

    public PageblockCanvas getPatched() {
        return patchedSide.map();
    }

    public SidePanels getBaselineSide() {
        return baselineSide;
    }

    public SidePanels getPatchedSide() {
        return patchedSide;
    }

    public String getPatchedLabel() {
        return patchedSide.getTitle();
    }

    public RunTimeline getBaselineRun() {
        return baselineRun;
    }

    public RunTimeline getPatchedRun() {
        return patchedRun;
    }

    /** Moves the timeline to snapshot {@code index} (as the slider does). */
    public void setMoment(int index) {
        timeline.setSelection(index);
        showMoment();
    }

    public int getMoment() {
        return timeline.getSelection();
    }

    public String getMomentText() {
        return moment.getText();
    }

    public String getLinkStatus() {
        return linkStatus.getText();
    }

    /** The hunk the last block, region, cpu or event selection revealed (null: none). */
    public Hunk getLastRevealed() {
        return lastRevealed;
    }

    /** Clicks block {@code block} of map {@code map} on one side. */
    public void clickBlock(boolean patched, int map, int block) {
        selectBlock(patched ? patchedSide : baselineSide, map, block);
    }

    public EventsTable getEvents() {
        return events;
    }

    public CTabFolder getTabs() {
        return tabs;
    }

    @Override
    public void setFocus() {
        scenario.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selections);
        super.dispose();
    }
}
