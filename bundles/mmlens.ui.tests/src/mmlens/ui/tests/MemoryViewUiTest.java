package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.engine.Machine;
import mmlens.engine.ZoneView;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.memory.PageblockMap;
import mmlens.ui.views.MemoryView;

/** The memory browser: pageblock maps of baseline and patched runs side by side, as the engine reports them. */
@ExtendWith(NoErrorLoggedExtension.class)
class MemoryViewUiTest extends MemoryBrowserFixture {

    @Test
    void pageblockMapsMatchTheEnginesBlockCounts() throws Exception {
        ReviewEditor editor = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "memory.mbox"));
        MemoryView view = runView(editor, "slab-churn");
        assertTrue(view.getPatchedLabel().startsWith("patched: slab-churn seed 1, 16 snapshots"), view.getPatchedLabel());

        Machine expected = ScenarioRunner.run(Scenario.builtin("slab-churn"), 1).machine();
        assertArrayEquals(blockCounts(expected), counts(view.getBaseline().getMaps()));
        Machine other = ScenarioRunner.run(Scenario.builtin("slab-churn"), 1001).machine();
        assertArrayEquals(blockCounts(other), counts(view.getPatched().getMaps()));
        assertEquals(List.of("Unmovable", "Movable", "Reclaimable", "HighAtomic", "Isolate"),
                view.getBaseline().getMaps().get(0).typeNames());

        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.drain(display());
        view.getBaseline().redraw();
        view.getBaseline().update();

        // Hovering a cell names its block: the last block of the last zone, as the engine types it.
        List<PageblockMap> maps = view.getBaseline().getMaps();
        PageblockMap last = maps.get(maps.size() - 1);
        int index = last.types().length - 1;
        org.eclipse.swt.graphics.Point p = view.getBaseline().cellCentre(maps.size() - 1, index);
        int pfn = last.startPfn() + index * PageblockMap.PAGEBLOCK_PAGES;
        String type = last.typeNames().get(last.types()[index]);
        String described = view.getBaseline().describeAt(p.x, p.y);
        assertTrue(described.startsWith(last.zone() + ": pageblock " + index + ", pfn " + pfn + "-" + (pfn + 511) + ", " + type),
                described);
        int mt = expected.zones().stream().filter(z -> z.spannedPages() > 0).reduce((a, b) -> b).orElseThrow()
                .pageblockMigratetype(pfn);
        assertEquals(expected.migrateTypes().name(mt), type);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "memory-browser");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    /** Blocks per migratetype over all zones, as /proc/pagetypeinfo counts them. */
    private static long[] blockCounts(Machine m) {
        long[] sum = new long[m.migrateTypes().count()];
        for (ZoneView z : m.zones()) {
            long[] c = z.pageblockCounts();
            for (int i = 0; i < c.length; i++) {
                sum[i] += c[i];
            }
        }
        return sum;
    }

    private static long[] counts(List<PageblockMap> maps) {
        long[] sum = new long[maps.get(0).typeNames().size()];
        for (PageblockMap map : maps) {
            long[] c = map.counts();
            for (int i = 0; i < c.length; i++) {
                sum[i] += c[i];
            }
        }
        return sum;
    }
}
