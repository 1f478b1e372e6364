package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

import org.junit.jupiter.api.Test;

/** An engine run yields the same event records and counts as a kernel trace. */
class EngineTraceAdapterTest {

    @Test
    void engineCallbacksBecomeTraceEvents() {
        Machine m = Machine.boot(MachineSpec.x86(256, 1, 1));
        EventStats stats = EventStats.all();
        List<TraceEvent> events = new ArrayList<>();
        m.addListener(new EngineTraceAdapter(e -> {
            stats.accept(e);
            events.add(e);
        }, 9));
        int[] pfns = new int[64];
        for (int i = 0; i < pfns.length; i++) {
            pfns[i] = m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 0);
            assertNotEquals(Machine.NO_PAGE, pfns[i]);
        }
        for (int pfn : pfns) {
            m.freePages(0, pfn, 0);
        }
        EventStats.Counts c = stats.counts();
        assertEquals(64, c.allocEvents());
        assertEquals(64, c.allocsByOrder()[0]);
        assertEquals(64, c.freeEvents());
        assertTrue(c.pcpRefills() > 0, "the first allocation refills the pcp list");
        PageAlloc first = (PageAlloc) events.stream().filter(PageAlloc.class::isInstance).findFirst().orElseThrow();
        assertEquals(1, first.migratetype());
        assertEquals(Gfp.GFP_HIGHUSER_MOVABLE, TraceGfp.mask(first.gfpFlags()));
    }
}
