package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.engine.scenario.ScenarioRunner;

/** Built-in MMU scenarios run clean and deterministically; the format rejects what it does not know. */
class MmuScenarioTest {

    @Test
    void everyBuiltinRunsWithoutFindings() {
        for (String name : Scenario.builtinNames()) {
            if (!name.startsWith("mmu-")) {
                continue;
            }
            ScenarioResult r = ScenarioRunner.run(Scenario.builtin(name), 1);
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
    void builtinsLoadByNameAndPhasesMeanAnMmu() {
        Scenario s = Scenario.load("mmu-reclaim");
        assertEquals("mmu-reclaim", s.name());
        assertTrue(s.hasMmu());
        assertFalse(Scenario.load("slab-churn").hasMmu(), "an allocator scenario");
    }

    @Test
    void sameSeedSameReport() {
        Scenario s = Scenario.builtin("mmu-munmap-storm");
        assertEquals(ScenarioRunner.run(s, 5).summary(), ScenarioRunner.run(s, 5).summary());
    }

    @Test
    void mmuOnlyScenarioRunsNoAllocatorWorkloadButRendersTheMachine() {
        ScenarioResult r = ScenarioRunner.run(Scenario.builtin("mmu-module-load"), 1);
        assertEquals(0, r.ops());
        assertTrue(r.summary().startsWith("# mmu scenario mmu-module-load seed 1\n"), r.summary());
        assertTrue(r.render("buddyinfo").startsWith("Node 0, zone "), r.render("buddyinfo"));
        String vmstat = r.render("vmstat");
        assertTrue(vmstat.contains("\ndirect_map_level2_splits " + r.mmu().stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT)
                + "\n"), vmstat);
        assertTrue(vmstat.contains("\nballoon_migrate 0\nnr_tlb_remote_flush "), vmstat);
        assertTrue(r.render("meminfo").startsWith("DirectMap4k:"), r.render("meminfo"));
    }

    @Test
    void allocatorStreamsAndMmuPhasesShareOneMachine() {
        Scenario s = Scenario.parse("mixed", """
                [machine]
                memory = 512MiB
                cpus = 4
                flush_policy = batched
                [workload]
                ops = 3000
                [stream k]
                gfp = GFP_KERNEL
                orders = 0:3 1:1
                lifetime = exp 200
                [phase jit]
                kind = bpf-load
                programs = 64
                """, null);
        ScenarioResult r = ScenarioRunner.run(s, 2);
        assertEquals(3000, r.ops());
        assertEquals(0, r.mmu().findingTotal());
        assertTrue(r.summary().startsWith("scenario mixed seed 2 ops 3000\n"), r.summary());
        assertTrue(r.summary().contains("# mmu scenario mixed seed 2\n"), r.summary());
        assertEquals(r.summary(), ScenarioRunner.run(s, 2).summary());
    }

    @Test
    void formatErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("x", "[machine]\n\nbogus = 1\n", null));
        assertTrue(e.getMessage().startsWith("x:3: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("x", "[stream]\n", null));
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("x", "[phase a]\npages = 3\n", null));
        assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("x", "[machine]\nbackend = bitmap\n[stream a]\n", null));
        Scenario ok = Scenario.parse("x", "[machine]\nbackend = bitmap\nmemory = 512MiB\ncpus = 2\n"
                + "[phase p]\nkind = munmap-storm\nrounds = 4\n", null);
        ScenarioResult r = ScenarioRunner.run(ok, 1);
        assertNull(r.machine());
        assertTrue(r.render("vmstat").contains("nr_tlb_local_flush_all "), r.render("vmstat"));
        assertThrows(IllegalArgumentException.class, () -> r.render("buddyinfo"));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioRunner.run(Scenario.parse("x", "[phase p]\nkind = nope\n", null), 1));
    }
}
