package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.proc.ProcSnapshot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pageblock migratetype counts of /proc/pagetypeinfo change only where the trace says a
 * fallback claimed ownership: each mm_page_alloc_extfrag with change_ownership=1 moves one
 * pageblock (or {@code 2^(fallback_order - pageblock_order)} of them for a larger fallback block)
 * from fallback_migratetype to alloc_migratetype.
 */
class PageblockAccountingTest {

    static List<String> workloads() {
        return OracleRuns.WORKLOADS;
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void ownershipChangesExplainPageblockCounts(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        ProcSnapshot before = run.before();
        int pageblockOrder = run.pageblockOrder();
        Map<String, long[]> expected = new LinkedHashMap<>();
        before.blockCounts.forEach((zone, counts) -> expected.put(zone, counts.clone()));
        boolean[] started = {false};
        try (TraceReader r = run.openTrace()) {
            r.forEach(e -> {
                if (e instanceof TraceMarker && ((TraceMarker) e).text().equals(EventStats.BEFORE_END)) {
                    started[0] = true;
                }
                if (!started[0] || !(e instanceof PageAllocExtfrag) || !((PageAllocExtfrag) e).changeOwnership()) {
                    return;
                }
                PageAllocExtfrag x = (PageAllocExtfrag) e;
                long blocks = x.fallbackOrder() > pageblockOrder ? 1L << (x.fallbackOrder() - pageblockOrder) : 1;
                long[] zone = expected.get(Snapshots.zoneOf(before, x.pfn()));
                zone[x.fallbackMigratetype()] -= blocks;
                zone[x.allocMigratetype()] += blocks;
            });
        }
        assertEquals(run.after().blockCounts.keySet(), expected.keySet());
        expected.forEach((zone, counts) -> assertArrayEquals(run.after().blockCounts.get(zone), counts, workload + " " + zone));
    }
}
