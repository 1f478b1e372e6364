package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.page;
import static mmlens.ui.tests.ReviewFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.engine.EngineListener;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.scenario.RunObserver;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.model.Hunk;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.memory.EventsTable;
import mmlens.ui.internal.memory.MmuState;
import mmlens.ui.internal.memory.PageStates;
import mmlens.ui.internal.memory.PageblockMap;
import mmlens.ui.internal.memory.RunTimeline;
import mmlens.ui.internal.memory.Snapshot;
import mmlens.ui.views.MemoryView;

/**
 * The memory browser's timeline, block zoom, MMU panels and linked selection, checked against the
 * engine's own state at the same moments (fake analysis: baseline = seed, "patched" = seed + 1000;
 * hunk 1 maps to fallback+pageblock, hunk 2 to watermark, hunk 3 is given direct-map and tlb-flush here).
 */
@ExtendWith(NoErrorLoggedExtension.class)
class MemoryTimelineUiTest extends MemoryBrowserFixture {

    @Test
    void timelineStepsThroughTheRunAndLinksBlocksWithHunks() throws Exception {
        ReviewEditor editor = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "timeline.mbox"));
        List<Hunk> hunks = FakeImpactService.hunks(editor.getSeries().get(0));
        MemoryView view = runView(editor, "slab-churn");
        RunTimeline run = view.getBaselineRun();

        // 15 snapshots every 18750 operations of the 300000, then the end of the run; the view starts at the end.
        assertEquals(MemoryView.POINTS, run.snapshots().size());
        assertEquals("op 18750 of 300000", run.snapshots().get(0).label());
        assertEquals("end of run", run.snapshots().get(15).label());
        assertEquals(15, view.getMoment());
        assertTrue(view.getMomentText().startsWith("snapshot 16 of 16: end of run"), view.getMomentText());

        // Each snapshot is the engine's state at that moment: pageblock types and buddy free pages.
        int[][] typesAt8 = new int[1][];
        BitSet[] freeAt8 = new BitSet[1];
        long[] claims = {0};
        long[] events = {0};
        ScenarioRunner.run(Scenario.builtin("slab-churn"), 1, Knobs.mainline(), new EngineListener() {
            @Override
            public void extfrag(int pfn, int ao, int fo, int am, int fm, boolean fragmenting, boolean changeOwnership) {
                events[0]++;
                claims[0] += changeOwnership ? 1 : 0;
            }
        }, new RunObserver() {
            @Override
            public void afterOp(long op, long ops, Machine m) {
                if (op + 1 == 8 * 18750) {
                    List<PageblockMap> maps = PageblockMap.of(m);
                    typesAt8[0] = maps.get(maps.size() - 1).types().clone();
                    freeAt8[0] = m.buddyFreePfns();
                }
            }
        });
        view.setMoment(7);
        assertTrue(view.getMomentText().startsWith("snapshot 8 of 16: op 150000 of 300000"), view.getMomentText());
        List<PageblockMap> shown = view.getBaseline().getMaps();
        assertArrayEquals(typesAt8[0], shown.get(shown.size() - 1).types());
        Snapshot s8 = run.snapshots().get(7);
        for (int pfn = s8.pages().firstPfn(); pfn < s8.pages().firstPfn() + s8.pages().length(); pfn++) {
            assertEquals(freeAt8[0].get(pfn), s8.pages().kind(pfn) == PageStates.FREE, "pfn " + pfn);
        }
        // Every fallback event of the run is counted once on its block (none dropped in this run).
        assertEquals(0, run.eventsDropped());
        assertEquals(events[0], run.events().size());
        assertEquals(claims[0], run.events().stream().filter(e -> e.claim()).count());
        long marked = 0;
        for (int m = 0; m < s8.maps().size(); m++) {
            for (int c : run.claimsThrough(m, 15)) {
                marked += c;
            }
        }
        assertEquals(claims[0], marked);
        assertTrue(claims[0] > 0, "slab-churn claims blocks");

        // Hunk 1 (fallback, pageblock) selected in the editor: the blocks with claims or steals so far light up.
        view.setMoment(15);
        editor.getOutline().setSelection(new StructuredSelection(hunks.get(0)), true);
        waitUntil(() -> view.getLinkStatus().contains("blocks with fallback claims or steals"), "hunk link");
        int m = shown.size() - 1;
        int withEvents = count(run.claimsThrough(m, 15), run.stealsThrough(m, 15));
        boolean[] lit = view.getBaseline().getHighlighted().get(m);
        assertEquals(withEvents, count(lit));
        assertTrue(withEvents > 0);
        // Hunk 2 (watermark): the blocks whose type differs between the two runs at this moment.
        editor.getOutline().setSelection(new StructuredSelection(hunks.get(1)), true);
        waitUntil(() -> view.getLinkStatus().contains("differs"), "watermark link");
        int[] b = view.getBaselineRun().snapshots().get(15).maps().get(m).types();
        int[] p = view.getPatchedRun().snapshots().get(15).maps().get(m).types();
        int differ = 0;
        for (int i = 0; i < b.length; i++) {
            differ += b[i] != p[i] ? 1 : 0;
        }
        assertEquals(differ, count(view.getBaseline().getHighlighted().get(m)));
        // The caret moved into hunk 1's body in the text: the editor selects hunk 1, the view follows.
        int body = editor.getViewer().getDocument().getLineOffset(hunks.get(0).getSourceLine() + 2);
        editor.getTextWidget().setFocus();
        editor.getTextWidget().setCaretOffset(body + 1);
        UiWait.drain(display());
        assertSame(hunks.get(0), ((IStructuredSelection) editor.getOutline().getSelection()).getFirstElement());
        assertEquals(body + 1, editor.getTextWidget().getCaretOffset(), "following the caret does not move it");
        waitUntil(() -> view.getLinkStatus().contains("blocks with fallback claims or steals"), "caret link");

        // A block with a claim clicked: its pages are shown, and the editor reveals hunk 1, which explains it.
        editor.getOutline().setSelection(StructuredSelection.EMPTY);
        int[] claimsEnd = run.claimsThrough(m, 15);
        int block = 0;
        while (claimsEnd[block] == 0) {
            block++;
        }
        view.clickBlock(false, m, block);
        UiWait.drain(display());
        assertSame(hunks.get(0), view.getLastRevealed());
        assertSame(hunks.get(0), ((IStructuredSelection) editor.getOutline().getSelection()).getFirstElement());
        int caret = editor.getTextWidget().getLineAtOffset(editor.getTextWidget().getCaretOffset());
        assertEquals(hunks.get(0).getSourceLine() - 1, caret);
        PageblockMap map = shown.get(m);
        int first = map.startPfn() + block * PageblockMap.PAGEBLOCK_PAGES;
        assertEquals(first, view.getBaselineSide().pages().getFirstPfn());
        Machine end = ScenarioRunner.run(Scenario.builtin("slab-churn"), 1).machine();
        BitSet free = end.buddyFreePfns();
        int freeInBlock = free.get(first, first + PageblockMap.PAGEBLOCK_PAGES).cardinality();
        assertTrue(view.getBaselineSide().pagesText().contains(": " + freeInBlock + " free, "), view.getBaselineSide().pagesText());
        PageStates pages = view.getBaselineSide().pages().getPages();
        for (int pfn = first; pfn < first + PageblockMap.PAGEBLOCK_PAGES; pfn++) {
            if (pages.isHead(pfn) && pages.kind(pfn) >= PageStates.ALLOCATED) {
                assertTrue(end.isAllocated(pfn), "allocated head " + pfn);
            }
        }
        assertTrue(view.getLinkStatus().contains("\u2192 hunk @@ -2200 +2200 @@"), view.getLinkStatus());

        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.setMoment(15);
        editor.getOutline().setSelection(new StructuredSelection(hunks.get(0)), true);
        UiWait.drain(display());
        view.linkHunk(hunks.get(0));
        view.getTabs().setSelection(0);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "memory-browser-timeline");

        // The events tab lists both runs' fallback events; selecting one moves to its moment and reveals hunk 1.
        EventsTable table = view.getEvents();
        @SuppressWarnings("unchecked")
        List<EventsTable.Row> rows = (List<EventsTable.Row>) table.viewer().getInput();
        assertEquals(run.events().size() + view.getPatchedRun().events().size(), rows.size());
        EventsTable.Row early = rows.stream().filter(r -> r.side().equals("baseline") && r.event().snapshot() >= 1).findFirst()
                .orElseThrow();
        editor.getOutline().setSelection(StructuredSelection.EMPTY);
        table.viewer().setSelection(new StructuredSelection(early), true);
        UiWait.drain(display());
        assertEquals(early.event().snapshot(), view.getMoment());
        assertSame(hunks.get(0), view.getLastRevealed());
        view.getTabs().setSelection(2);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "memory-browser-events");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void mmuScenarioShowsTheDirectMapAndTlbsAndLinksThem() throws Exception {
        ReviewEditor editor = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "mmu.mbox"));
        List<Hunk> hunks = FakeImpactService.hunks(editor.getSeries().get(0));
        mmlens.model.HunkMapping third = mmlens.ui.internal.outline.SeriesLabelProvider.mappingOf(hunks.get(2));
        third.setUnmodelled(null);
        third.getMechanisms().addAll(List.of("direct-map", "tlb-flush"));
        MemoryView view = runView(editor, "mmu-module-load");
        RunTimeline run = view.getBaselineRun();
        List<Snapshot> shots = run.snapshots();
        assertEquals("phase 1 start", shots.get(0).label());
        assertEquals("end of run", shots.get(shots.size() - 1).label());
        assertTrue(shots.size() > 10 && shots.size() <= 2 * MemoryView.POINTS + 1, shots.size() + " snapshots");

        // The end snapshot is the engine's MMU at the end: levels of every 2 MiB region, TLB entries per cpu.
        ScenarioResult end = ScenarioRunner.run(Scenario.builtin("mmu-module-load"), 1);
        Mmu mmu = end.mmu();
        MmuState state = shots.get(shots.size() - 1).mmu();
        int split = 0;
        for (int i = 0; i < state.levels().length; i++) {
            long size = mmu.directMapPageSize((long) i * MmuState.REGION_PAGES);
            assertEquals(size == 0 ? 0 : size == 4096 ? 1 : size == 2L << 20 ? 2 : 3, state.levels()[i], "region " + i);
            split += state.levels()[i] == 1 ? 1 : 0;
        }
        assertTrue(split > 0, "module loads split the direct map");
        assertTrue(shots.get(0).mmu().regionCounts()[1] < split, "module loads split more after the start");
        assertEquals(mmu.cpus(), view.getBaselineSide().cpus().getItemCount());
        for (int c = 0; c < mmu.cpus(); c++) {
            assertEquals(Integer.toString(mmu.tlbEntries(c)), view.getBaselineSide().cpus().getItem(c).getText(1));
            assertEquals(Long.toString(mmu.pendingFlushes(c)), view.getBaselineSide().cpus().getItem(c).getText(4));
        }
        assertTrue(view.getBaselineSide().mmuText().contains(split + " x 2M split to 4K"), view.getBaselineSide().mmuText());

        // Hunk 3 (direct-map, tlb-flush) selected: the split regions are outlined.
        editor.getOutline().setSelection(new StructuredSelection(hunks.get(2)), true);
        waitUntil(() -> view.getLinkStatus().contains("direct-map regions split to 4 KiB"), "direct-map link");
        assertTrue(view.getBaselineSide().directMap().isHighlightingSplits());
        assertTrue(view.getLinkStatus().contains("(" + split + " baseline"), view.getLinkStatus());
        // A cpu row selected: the editor reveals the tlb-flush hunk.
        editor.getOutline().setSelection(StructuredSelection.EMPTY);
        view.getBaselineSide().cpus().setSelection(1);
        view.getBaselineSide().cpus().notifyListeners(org.eclipse.swt.SWT.Selection, selectionEvent(view, 1));
        UiWait.drain(display());
        assertSame(hunks.get(2), view.getLastRevealed());
        assertTrue(view.getLinkStatus().startsWith("cpu 1 \u2192 hunk @@ -1300 +1300 @@"), view.getLinkStatus());

        view.setMoment(shots.size() / 2);
        assertNotNull(view.getBaselineSide().directMap().getState());
        view.setMoment(shots.size() - 1);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.linkHunk(hunks.get(2));
        view.getTabs().setSelection(1);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "memory-browser-mmu");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        view.linkHunk(null);
        assertTrue(view.getLinkStatus().isEmpty());
    }

    private static org.eclipse.swt.widgets.Event selectionEvent(MemoryView view, int row) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.item = view.getBaselineSide().cpus().getItem(row);
        return e;
    }

    private static int count(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] + b[i] > 0 ? 1 : 0;
        }
        return n;
    }

    private static int count(boolean[] a) {
        int n = 0;
        for (boolean x : a) {
            n += x ? 1 : 0;
        }
        return n;
    }
}
