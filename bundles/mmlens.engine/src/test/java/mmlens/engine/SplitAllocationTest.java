package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Machine.splitAllocation: an allocated block becomes independently freeable smaller blocks. */
class SplitAllocationTest {

    private static long freePages(Machine m) {
        long free = 0;
        for (ZoneView z : m.zones()) {
            for (int o = 0; o <= 10; o++) {
                free += z.nrFree(o) << o;
            }
        }
        return free;
    }

    @Test
    void splitOrderTwoIsFreedPageByPageAndMergesBack() {
        Machine m = Machine.boot(MachineSpec.x86(256, 1, 1));
        m.drainAllPages();
        long before = freePages(m);
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 2);
        m.splitAllocation(pfn, 2, 0);
        for (int i = 0; i < 4; i++) {
            assertTrue(m.isAllocated(pfn + i), "part " + i + " is an allocated order-0 block");
        }
        for (int i = 3; i >= 0; i--) {
            m.freePages(0, pfn + i, 0);
        }
        m.drainAllPages();
        assertEquals(before, freePages(m));
        assertEquals(java.util.List.of(), m.checkInvariants());
    }

    @Test
    void splittingSomethingThatIsNotAnAllocatedBlockOfThatOrderIsRefused() {
        Machine m = Machine.boot(MachineSpec.x86(256, 1, 1));
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 1);
        assertThrows(IllegalArgumentException.class, () -> m.splitAllocation(pfn, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> m.splitAllocation(pfn, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> m.splitAllocation(pfn + 1, 1, 0));
    }
}
