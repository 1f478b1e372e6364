package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static mmlens.ui.tests.ReviewFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.memory.PageblockMap;
import mmlens.ui.internal.memory.RunTimeline;
import mmlens.ui.internal.memory.TimelineRecorder;
import mmlens.ui.views.MemoryView;

/**
 * The memory browser on the two-node suite scenario: one pageblock map per zone of each node,
 * labelled with its node, equal at the end of the run to the engine's own pageblock types, and a
 * tooltip on node 1's map that names that node.
 */
@ExtendWith(NoErrorLoggedExtension.class)
class MemoryNumaUiTest {
    private static final String SCENARIO = "numa/kswapd-spill";

    private ReviewFixture fixture;

    @BeforeEach
    void fake() {
        fixture = new ReviewFixture(new FakeImpactService());
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        var view = page().findView(MemoryView.ID);
        if (view != null) {
            page().hideView(view);
        }
        fixture.close();
    }

    @Test
    void everyNodesZonesAreMappedAsTheEngineHasThem() throws Exception {
        ReviewEditor editor = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "numa.mbox"));
        MemoryView view = (MemoryView) page().showView(MemoryView.ID);
        page().activate(editor);
        Job job = view.run(SCENARIO, 1);
        waitUntil(() -> job.getState() == Job.NONE && view.getBaselineRun() != null, "memory run", 20000);
        RunTimeline run = view.getBaselineRun();
        int last = run.snapshots().size() - 1;
        List<PageblockMap> end = run.snapshots().get(last).maps();

        Machine engine = ScenarioRunner.run(TimelineRecorder.scenario(SCENARIO), 1, Knobs.mainline()).machine();
        List<PageblockMap> expected = PageblockMap.of(engine);
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
