package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.proc.ProcFormatter;

import org.junit.jupiter.api.Test;

/**
 * The engine primitives under forced replay: a specific free block taken out of the buddy at any
 * pfn (Buddy.takeFreeBlock, break_down_buddy_pages semantics) and given back through the engine's
 * __free_one_page, which merges it to the original state.
 */
class TakeFreeBlockTest {

    private static EventHeader h(long line) {
        return new EventHeader(line, "t", 1, 0, 0, "");
    }

    @Test
    void takingAnInteriorPageSplitsItsBlockAndGivingItBackMergesIt() {
        Machine m = Machine.boot(MachineSpec.x86(256, 1, 1));
        BitSet before = m.buddyFreePfns();
        String buddyinfo = ProcFormatter.buddyinfo(m);
        // an interior page of the last free order-10 block
        int head = before.previousSetBit(before.length()) & -1024;
        assertEquals(1024, before.get(head, head + 1024).cardinality());
        int pfn = head + 777;

        ForcedReplay r = new ForcedReplay(m, 9);
        r.accept(new PageAllocZoneLocked(h(1), pfn, 0, 1, true));
        r.accept(new PageAllocZoneLocked(h(2), head + 512, 3, 1, true)); // order 3 at another aligned pfn
        r.finish();
        BitSet taken = m.buddyFreePfns();
        assertFalse(taken.get(pfn));
        assertEquals(before.cardinality() - 1 - 8, taken.cardinality());
        assertEquals(List.of(), m.checkInvariants());
        assertEquals(0, r.conflictCount());

        r.accept(new PageAllocZoneLocked(h(3), pfn, 0, 1, true)); // not free any more: a conflict
        r.finish();
        assertEquals(1, r.conflictCount());

        r.accept(new PagePcpuDrain(h(4), pfn, 0, 1));
        r.accept(new PagePcpuDrain(h(5), head + 512, 3, 1));
        assertEquals(before, m.buddyFreePfns());
        assertEquals(buddyinfo, ProcFormatter.buddyinfo(m));
        assertEquals(List.of(), m.checkInvariants());

        r.accept(new PagePcpuDrain(h(6), pfn, 0, 1)); // already free: a conflict, nothing changes
        assertEquals(2, r.conflictCount());
        assertTrue(r.conflicts().get(1).problem().contains("already free"));
        assertEquals(buddyinfo, ProcFormatter.buddyinfo(m));
    }
}
