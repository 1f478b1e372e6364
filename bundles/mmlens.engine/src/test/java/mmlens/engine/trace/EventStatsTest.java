package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class EventStatsTest {

    private static final String TRACE = String.join("\n",
            " o-1 [000] ..... 1.0: mm_page_alloc: page=x pfn=0x10 order=0 migratetype=1 gfp_flags=GFP_KERNEL",
            " o-1 [000] ..... 1.0: tracing_mark_write: mmlens: before-begin",
            " o-1 [000] ..... 1.0: mm_page_alloc: page=x pfn=0x11 order=1 migratetype=1 gfp_flags=GFP_KERNEL",
            " o-1 [000] ..... 1.0: tracing_mark_write: mmlens: before-end",
            " o-1 [000] ..... 1.0: mm_page_alloc: page=x pfn=0x20 order=2 migratetype=0 gfp_flags=GFP_KERNEL",
            " o-1 [000] ..... 1.0: mm_page_alloc_extfrag: page=x pfn=0x20 alloc_order=2 fallback_order=10 "
                    + "pageblock_order=9 alloc_migratetype=0 fallback_migratetype=1 fragmenting=0 change_ownership=1",
            " o-1 [000] ..... 1.0: mm_page_alloc_zone_locked: page=x pfn=0x24 order=0 migratetype=0 percpu_refill=1",
            " o-1 [000] ..... 1.0: mm_page_pcpu_drain: page=x pfn=0x30 order=1 migratetype=1",
            " o-1 [000] ..... 1.0: tlb_flush: pages:-1 reason:remote shootdown (1)",
            " o-1 [000] ..... 1.0: tlb_flush: pages:8 reason:local shootdown (2)",
            " o-1 [000] ..... 1.0: mm_page_free: page=x pfn=0x20 order=2",
            " o-1 [000] ..... 1.0: tracing_mark_write: mmlens: after-begin",
            " o-1 [000] ..... 1.0: mm_page_free: page=x pfn=0x10 order=0");

    private static EventStats.Counts count(EventStats stats) throws IOException {
        try (TraceReader r = TraceReader.of(new StringReader(TRACE))) {
            r.forEach(stats);
        }
        return stats.counts();
    }

    @Test
    void workloadOnlyCountsBetweenTheSnapshotMarkers() throws IOException {
        EventStats.Counts c = count(EventStats.workloadOnly());
        assertEquals(1, c.allocEvents());
        assertEquals(4, c.allocPages());
        assertEquals(1, c.allocsByOrder()[2]);
        assertEquals(1, c.freeEvents());
        assertEquals(1, c.extfrag());
        assertEquals(0, c.extfragFragmenting());
        assertEquals(1, c.extfragChangeOwnership());
        assertEquals(1L, c.extfragByOrders().get("2->10"));
        assertEquals(1L, c.extfragByTypes().get("0<-1"));
        assertEquals(1, c.pcpRefills());
        assertEquals(1, c.pcpDrains());
        assertEquals(2, c.pcpDrainPages());
        assertEquals(2, c.tlbFlushes());
        assertEquals(1, c.tlbFullFlushes());
        assertEquals(8, c.tlbFlushPages());
        assertEquals(3, c.markers());
    }

    @Test
    void allCountsEverything() throws IOException {
        EventStats.Counts c = count(EventStats.all());
        assertEquals(3, c.allocEvents());
        assertEquals(1 + 2 + 4, c.allocPages());
        assertEquals(2, c.freeEvents());
    }
}
