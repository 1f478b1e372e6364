package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.List;

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
        PageTypeInfo before = run.before().pageTypeInfo();
        PageTypeInfo after = run.after().pageTypeInfo();
        ZoneInfo zones = run.before().zoneInfo();
        int pageblockOrder = before.pageblockOrder();
        long[][] expected = new long[before.blocks().size()][];
        for (int z = 0; z < expected.length; z++) {
            expected[z] = before.blocks().get(z).perType().clone();
        }
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
                int z = zoneIndex(before, zones, x.pfn());
                expected[z][x.fallbackMigratetype()] -= blocks;
                expected[z][x.allocMigratetype()] += blocks;
            });
        }
        for (int z = 0; z < expected.length; z++) {
            assertArrayEquals(after.blocks().get(z).perType(), expected[z], workload + " " + after.blocks().get(z).zone());
        }
    }

    private static int zoneIndex(PageTypeInfo p, ZoneInfo zones, long pfn) {
        for (int i = 0; i < p.blocks().size(); i++) {
            PageTypeInfo.Blocks b = p.blocks().get(i);
            ZoneInfo.Zone z = zones.zone(b.node(), b.zone());
            if (pfn >= z.startPfn() && pfn < z.endPfn()) {
                return i;
            }
        }
        throw new AssertionError("pfn " + pfn + " in no zone");
    }
}
