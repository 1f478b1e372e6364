package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MachineBootTest {

    @Test
    void bootedMachineIsConsistentAndFreeMatchesManaged() {
        Machine m = Machine.boot(MachineSpec.x86(1024, 2, 1));
        assertEquals(List.of(), m.checkInvariants());
        for (ZoneView z : m.zones()) {
            assertEquals(z.managedPages(), z.freePages(), z.type() + " free after boot");
        }
    }

    @Test
    void allocFreeRoundTripKeepsInvariants() {
        Machine m = Machine.boot(MachineSpec.x86(1024, 2, 1));
        m.setDebugChecks(1);
        int[] pfns = new int[1000];
        for (int i = 0; i < pfns.length; i++) {
            pfns[i] = m.allocPages(i & 1, Gfp.GFP_KERNEL, i % 4);
            assertTrue(pfns[i] >= 0);
        }
        assertEquals(List.of(), m.checkInvariants());
        for (int i = 0; i < pfns.length; i++) {
            m.freePages(i & 1, pfns[i], i % 4);
        }
        assertEquals(List.of(), m.checkInvariants());
        m.drainAllPages();
        assertEquals(List.of(), m.checkInvariants());
        for (ZoneView z : m.zones()) {
            assertEquals(z.managedPages(), z.freePages(), z.type() + " free after drain");
        }
    }
}
