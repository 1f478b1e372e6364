package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Built-in MMU scenarios run clean and deterministically; the format rejects what it does not know. */
class MmuScenarioTest {

    @Test
    void everyBuiltinRunsWithoutFindings() {
        for (String name : MmuScenario.builtinNames()) {
            MmuScenarioResult r = MmuScenarioRunner.run(MmuScenario.builtin(name), 1);
            assertEquals(0, r.mmu().findingTotal(), name + ": " + r.findings());
            Mmu m = r.mmu();
            switch (name) {
                case "mmu-kernel-build":
                    assertTrue(m.stat(MmuStat.THP_FAULT_ALLOC) > 0 && m.stat(MmuStat.PGFAULT) > 0, name);
                    break;
                case "mmu-module-load":
                case "mmu-bpf-load":
                    assertTrue(m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT) > 0, name);
                    break;
                case "mmu-reclaim":
                    // one shootdown per batch of 32 pages, plus the exit's munmap
                    assertEquals(8192 / 32, m.stat(MmuStat.BATCHED_UNMAP_FLUSH), name);
                    assertEquals(8192 / 32 + 1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), name);
                    break;
                case "mmu-numa-balance":
                    assertTrue(m.stat(MmuStat.NUMA_PAGE_MIGRATE) > 0 && m.stat(MmuStat.NR_TLB_REMOTE_FLUSH) > 0, name);
                    break;
                default:
                    assertTrue(m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED) > 0, name);
            }
        }
    }

    @Test
    void cliDispatchHelpers() {
        assertTrue(MmuScenario.handles("mmu-reclaim"));
        assertTrue(!MmuScenario.handles("slab-churn"), "an allocator scenario name");
        assertEquals("mmu-reclaim", MmuScenario.load("mmu-reclaim").name());
    }

    @Test
    void sameSeedSameReport() {
        MmuScenario s = MmuScenario.builtin("mmu-munmap-storm");
        assertEquals(MmuScenarioRunner.run(s, 5).lines(), MmuScenarioRunner.run(s, 5).lines());
    }

    @Test
    void formatErrors() {
        assertThrows(IllegalArgumentException.class, () -> MmuScenario.parse("x", "[machine]\nbogus = 1\n"));
        assertThrows(IllegalArgumentException.class, () -> MmuScenario.parse("x", "[stream a]\n"));
        assertThrows(IllegalArgumentException.class, () -> MmuScenario.parse("x", "[phase a]\npages = 3\n"));
        MmuScenario ok = MmuScenario.parse("x", "[machine]\nbackend = bitmap\nmemory = 512MiB\ncpus = 2\n"
                + "[phase p]\nkind = munmap-storm\nrounds = 4\n");
        assertTrue(MmuScenario.isMmuScenario("[phase p]\nkind = x\n"));
        MmuScenarioResult r = MmuScenarioRunner.run(ok, 1);
        assertTrue(r.lines().contains("nr_tlb_local_flush_all 0") || r.lines().size() > 10);
        assertThrows(IllegalArgumentException.class,
                () -> MmuScenarioRunner.run(MmuScenario.parse("x", "[phase p]\nkind = nope\n"), 1));
    }
}
