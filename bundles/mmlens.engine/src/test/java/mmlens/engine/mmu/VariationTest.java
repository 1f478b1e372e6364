package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

/** Variation points: direct-map grouping for permissioned allocations, the restricted address space. */
class VariationTest {

    /** Module-like loads (4 pages each, set_memory_ro) interleaved with other unmovable allocations. */
    private static long splitsFor(PermGrouping g) {
        MachineSpec spec = MachineSpec.x86(4096, 2, 1);
        Machine machine = Machine.boot(spec);
        Mmu m = Mmu.boot(MachinePageSource.configFor(spec).permGrouping(g).build(), new MachinePageSource(machine));
        m.markRunning();
        for (int i = 0; i < 64; i++) {
            for (int k = 0; k < 300; k++) {
                machine.allocPages(i & 1, Gfp.GFP_KERNEL, k % 3); // other kernel users in between
            }
            KernelArea a = m.vmalloc(i & 1, 4);
            assertEquals(0, m.areaSetRo(i & 1, a, 0, 4));
            assertEquals(0, m.areaSetX(i & 1, a, 0, 4));
        }
        assertEquals(0, m.findingTotal(), m.findings().toString());
        return m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT);
    }

    @Test
    void groupingPermissionedPagesFracturesFewerPmds() {
        long scattered = splitsFor(PermGrouping.SCATTERED);
        long grouped = splitsFor(PermGrouping.GROUPED_2M);
        assertTrue(grouped < scattered, "grouped " + grouped + " vs scattered " + scattered);
        assertTrue(grouped <= 1, "64 * 4 pages fit one 2M block: " + grouped);
    }

    @Test
    void restrictedSpaceKeepsPmdsUntilASensitivePageAppears() {
        Mmu m = Rigs.small(2, FlushPolicy.BATCHED);
        RestrictedSpace r = m.restricted();
        long base = 4096;
        r.map(0, base, 9);
        assertTrue(r.pmdMapped(base));
        assertEquals(0, r.tables());
        r.unmap(0, base + 7, 0);
        assertFalse(r.pmdMapped(base));
        assertEquals(1, r.splits());
        assertEquals(1, r.tables());
        assertEquals(1, r.flushes());
        assertFalse(r.isMapped(base + 7));
        r.map(1, base + 7, 0);
        assertTrue(r.pmdMapped(base));
        assertEquals(1, r.collapses());
        assertEquals(0, r.tables());
        assertEquals(512, r.mappedPages());
    }
}
