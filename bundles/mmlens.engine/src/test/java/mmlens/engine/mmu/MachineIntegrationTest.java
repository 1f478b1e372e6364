package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.VmEvent;
import mmlens.engine.ZoneView;

/** The MMU model over the real buddy allocator (Engine I), including compaction moving our folios. */
class MachineIntegrationTest {
    private static long free(Machine m) {
        m.drainAllPages();
        long f = 0;
        for (ZoneView z : m.zones()) {
            f += z.freePages();
        }
        return f;
    }

    @Test
    void cpaSplitTakesItsPageTablePageFromTheBuddyAllocator() {
        MachineSpec spec = MachineSpec.x86(8192, 2, 1);
        Machine machine = Machine.boot(spec);
        MachinePageSource src = new MachinePageSource(machine);
        Mmu m = Mmu.boot(MachinePageSource.configFor(spec).build(), src);
        m.markRunning();
        long before = free(machine);
        long pfn = 5L << 18;
        assertEquals(1L << 30, m.directMapPageSize(pfn));
        assertEquals(0, m.setMemoryRo(0, pfn, 1));
        assertEquals(before - 2, free(machine), "one PMD table + one PTE table page");
        assertEquals(List.of(), machine.checkInvariants());
    }

    @Test
    void randomScheduleOverTheBuddyAllocatorWithCompaction() {
        MachineSpec spec = MachineSpec.x86(1024, 4, 1);
        Machine machine = Machine.boot(spec);
        MachinePageSource src = new MachinePageSource(machine);
        Mmu m = Mmu.boot(MachinePageSource.configFor(spec)
                .folioOrders(FolioOrderPolicy.mainline((1L << 9) | (1L << 4), 0)).build(), src);
        m.markRunning();
        long before = free(machine);
        Schedules s = new Schedules(m, 11);
        for (int round = 0; round < 10; round++) {
            s.run(10_000);
            machine.compactMemory();
        }
        assertEquals(0, m.findingTotal(), m.findings().toString());
        assertEquals(List.of(), machine.checkInvariants());
        assertTrue(machine.event(VmEvent.PGMIGRATE_SUCCESS) > 0, "compaction moved pages");
        assertTrue(m.stat(MmuStat.ALLOCATOR_MOVES_FOLLOWED) > 0, "and the model followed its folios");
        assertTrue(free(machine) < before);
    }
}
