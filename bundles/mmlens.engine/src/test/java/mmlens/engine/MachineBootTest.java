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

    /** Zones of 64 GiB or more use 5 bytes per page (wide links) and behave the same. */
    @Test
    void zoneAbove64GiBUsesWideLinks() {
        Machine m = Machine.boot(MachineSpec.builder().cpus(2).zone(0, ZoneType.NORMAL, 1 << 20, 17 << 20)
                .range(1 << 20, 18 << 20, 0).build());
        int[] pfns = new int[5000];
        for (int i = 0; i < pfns.length; i++) {
            pfns[i] = m.allocPages(i & 1, i % 3 == 0 ? Gfp.GFP_KERNEL : Gfp.GFP_HIGHUSER_MOVABLE, i % 5);
        }
        for (int i = 0; i < pfns.length; i += 2) {
            m.freePages(0, pfns[i], i % 5);
        }
        assertEquals(List.of(), m.checkInvariants());
        assertEquals(5L * (17 << 20), m.stateBytes() - (17 << 20) / 512);
    }
}
