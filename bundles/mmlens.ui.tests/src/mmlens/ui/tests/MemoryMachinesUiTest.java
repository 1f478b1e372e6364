package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.ui.internal.memory.PageblockMap;
import mmlens.ui.internal.memory.RunTimeline;
import mmlens.ui.internal.memory.TimelineRecorder;
import mmlens.ui.views.MemoryView;

/**
 * The memory browser on the suite scenarios whose machines are unlike the others:
 * <ul>
 * <li>unaccepted memory: blocks that still hold unaccepted memory are marked, match the engine's
 * own bitmap at the end of the run, shrink as the run accepts memory, and say so in the cell's
 * tooltip;</li>
 * <li>two nodes: one pageblock map per zone of each node, labelled with its node, equal at the end
 * of the run to the engine's own pageblock types, and a tooltip on node 1's map that names it.</li>
 * </ul>
 */
@ExtendWith(NoErrorLoggedExtension.class)
class MemoryMachinesUiTest extends MemoryBrowserFixture {
    private static final String SCENARIO = "unaccepted/boot-first-touch";
    private static final String NUMA = "numa/kswapd-spill";

    /** Opens a review, runs {@code scenario} (seed 1) in the memory browser and waits for its end. */
    private static MemoryView run(String scenario, String file) throws Exception {
        return runView(ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", file)), scenario);
    }

    /** The engine's own pageblock maps at the end of {@code scenario} (seed 1, mainline). */
    private static List<PageblockMap> engineMaps(String scenario) {
        Machine engine = ScenarioRunner.run(TimelineRecorder.scenario(scenario), 1, Knobs.mainline()).machine();
        return PageblockMap.of(engine);
    }

    @Test
    void unacceptedBlocksAreMarkedAsTheEngineHasThem() throws Exception {
        MemoryView view = run(SCENARIO, "accept.mbox");
        RunTimeline run = view.getBaselineRun();
        int last = run.snapshots().size() - 1;
        List<PageblockMap> first = run.snapshots().get(0).maps();
        List<PageblockMap> end = run.snapshots().get(last).maps();

        List<PageblockMap> expected = engineMaps(SCENARIO);
        assertEquals(expected.size(), end.size());
        int marked = 0;
        int before = 0;
        for (int m = 0; m < end.size(); m++) {
            assertNotNull(end.get(m).unaccepted(), "a machine with unaccepted memory has the flags");
            assertArrayEquals(expected.get(m).unaccepted(), end.get(m).unaccepted(), "zone " + m);
            marked += end.get(m).unacceptedBlocks();
            before += first.get(m).unacceptedBlocks();
        }
        assertTrue(marked > 0, "75 % of memory starts unaccepted and the run does not touch all of it");
        assertTrue(before >= marked, "acceptance never gives memory back: " + before + " then " + marked);

        view.setMoment(last);
        int m = 0;
        while (end.get(m).unacceptedBlocks() == 0) {
            m++;
        }
        int block = 0;
        while (!end.get(m).unaccepted(block)) {
            block++;
        }
        // maximized, so that the canvas is visible and lays out its maps whatever ran before
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        var canvas = view.getBaselineSide().map();
        Point p = ReviewFixture.cellCentreOnceLaidOut(canvas, m, block);
        String tip = canvas.describeAt(p.x, p.y);
        assertTrue(tip != null && tip.contains("unaccepted memory"), tip);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "memory-browser-unaccepted");
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void everyNodesZonesAreMappedAsTheEngineHasThem() throws Exception {
        MemoryView view = run(NUMA, "numa.mbox");
        RunTimeline run = view.getBaselineRun();
        int last = run.snapshots().size() - 1;
        List<PageblockMap> end = run.snapshots().get(last).maps();

        List<PageblockMap> expected = engineMaps(NUMA);
        assertEquals(expected.size(), end.size());
        int node1 = -1;
        for (int m = 0; m < end.size(); m++) {
            assertEquals(expected.get(m).zone(), end.get(m).zone());
            assertArrayEquals(expected.get(m).types(), end.get(m).types(), end.get(m).zone());
            if (node1 < 0 && end.get(m).zone().startsWith("Node 1")) {
                node1 = m;
            }
        }
        assertTrue(end.get(0).zone().startsWith("Node 0"), end.get(0).zone());
        assertTrue(node1 > 0, "no map of node 1: " + end.stream().map(PageblockMap::zone).toList());

        view.setMoment(last);
        // maximized, so that the canvas is visible and lays out its maps whatever ran before
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        var canvas = view.getBaselineSide().map();
        Point p = ReviewFixture.cellCentreOnceLaidOut(canvas, node1, 0);
        String tip = canvas.describeAt(p.x, p.y);
        assertTrue(tip != null && tip.contains("Node 1"), tip);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "memory-browser-numa");
        page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }
}
