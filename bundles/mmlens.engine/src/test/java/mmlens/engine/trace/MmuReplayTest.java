package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mmlens.engine.mmu.FlushPolicy;
import mmlens.engine.mmu.FlushReason;
import mmlens.engine.mmu.MmuStat;

/**
 * The MMU replay of the runs recorded with --mmu-events (src/test/resources/oracle-mmu/): the
 * engine is driven only by what user space did (syscalls, faults, scheduling); its tlb_flush
 * counts and direct-map splits are compared with the kernel's own tlb:tlb_flush events and
 * vmstat/meminfo figures, which the replay never reads.
 */
class MmuReplayTest {

    private static final String TASK_SWITCH = TlbFlush.reasonName(TlbFlush.TASK_SWITCH);
    private static final String LOCAL_MM = TlbFlush.reasonName(TlbFlush.LOCAL_MM_SHOOTDOWN);
    private static final String REMOTE = TlbFlush.reasonName(TlbFlush.REMOTE_SHOOTDOWN);
    private static final String SEND_IPI = TlbFlush.reasonName(TlbFlush.REMOTE_SEND_IPI);

    /** The kernel's tlb_flush events in the workload window, and its direct-map figures. */
    private static FidelitySide kernel(RecordedRun run) throws IOException {
        return FidelitySide.of(run);
    }

    private static long get(Map<String, Long> m, String k) {
        return m.getOrDefault(k, 0L);
    }

    /** Pages of the kernel's ranged (not full) local mm shootdowns in the window. */
    private static long kernelLocalRangedPages(RecordedRun run) throws IOException {
        long pages = 0;
        for (TlbFlush t : TraceWindow.tlbFlushes(run)) {
            if (t.reason() == TlbFlush.LOCAL_MM_SHOOTDOWN && t.pages() > 0) {
                pages += t.pages();
            }
        }
        return pages;
    }

    @Test
    void munmapStormFlushesEqualTheKernelsByReason() throws IOException {
        RecordedRun run = OracleRuns.loadMmu("munmap-storm");
        MmuReplay r = MmuReplay.run(run, FlushPolicy.BATCHED);
        Map<String, Long> k = kernel(run).events().tlbByReason();
        // the run exercises all three cases: cpu1 not in the mm yet, lazy, running the spinner
        assertTrue(get(k, REMOTE) > 0 && get(k, SEND_IPI) > get(k, REMOTE) && get(k, LOCAL_MM) > get(k, SEND_IPI), k.toString());
        assertEquals(k, r.tlbByReason());
        assertEquals(kernelLocalRangedPages(run), r.windowStat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE),
                "pages invalidated one by one by the local flushes");
        assertEquals(0, r.mmu().findingTotal());
    }

    @Test
    void thpFlushesEqualTheKernels() throws IOException {
        RecordedRun run = OracleRuns.loadMmu("thp");
        MmuReplay r = MmuReplay.run(run, FlushPolicy.BATCHED);
        assertEquals(kernel(run).events().tlbByReason(), r.tlbByReason());
        assertEquals(16, r.mmu().stat(MmuStat.THP_FAULT_ALLOC), "16 PMD faults in a MADV_HUGEPAGE VMA");
        assertEquals(1, r.mmu().stat(MmuStat.THP_SPLIT_PMD), "the 4 KiB MADV_DONTNEED splits one PMD");
        assertEquals(0, r.mmu().findingTotal());
    }

    /**
     * fork: 32 children, each copy-on-write faulting its parent's pages, then exiting. Band: each
     * reason within 2 of the kernel's. Preemption is seen only as sched_switch events: when the
     * kernel preempts a child inside a copy-on-write fault and the parent writes the same page
     * before the child resumes, both copy (two flushes) where the replay, applying a fault at its
     * event, has the child copy and the parent reuse (one flush); and when a child is preempted in
     * exit_group after exit_mmap() finished, its switch to init_mm is traced before the preemption
     * while the replay tears the mm down at sched_process_exit. The recorded run has one of each.
     */
    @Test
    void forkFlushesAreWithinTwoOfTheKernels() throws IOException {
        RecordedRun run = OracleRuns.loadMmu("fork");
        MmuReplay r = MmuReplay.run(run, FlushPolicy.BATCHED);
        Map<String, Long> k = kernel(run).events().tlbByReason();
        assertEquals(k.keySet(), r.tlbByReason().keySet());
        assertTrue(get(k, LOCAL_MM) > 32 * 16, "every child copies its 16 pages");
        assertTrue(Math.abs(get(k, TASK_SWITCH) - r.tlbFlushes(FlushReason.TASK_SWITCH)) <= 2,
                k + " vs " + r.tlbByReason());
        assertTrue(Math.abs(get(k, LOCAL_MM) - r.tlbFlushes(FlushReason.LOCAL_MM_SHOOTDOWN)) <= 2,
                k + " vs " + r.tlbByReason());
        assertEquals(32, r.counts().get("forks"));
        assertEquals(32, r.counts().get("address spaces torn down at exit"));
        assertEquals(0, r.mmu().findingTotal());
    }

    /**
     * secretmem: the direct-map side is exact. The munmap of the secretmem VMA is not: the kernel
     * zaps dirty pages of a shared file mapping, and with delayed rmap (tlb_delay_rmap) it flushes
     * at the end of every PTE table (two for 4 MiB) and once more for the freed tables; the engine
     * unmaps the range as anonymous memory with one flush. Band: at least one, at most the kernel's.
     */
    @Test
    void secretmemDirectMapSplitsEqualTheKernels() throws IOException {
        RecordedRun run = OracleRuns.loadMmu("secretmem");
        FidelitySide k = kernel(run);
        MmuReplay r = MmuReplay.run(run, FlushPolicy.BATCHED);
        assertTrue(k.directMapLevel2Splits() > 0);
        // every fault of the workload is in the 4 MiB secretmem mapping: one page out of the direct
        // map per fault, back in when the file is released
        assertEquals(1024, r.counts().get("write faults"));
        assertEquals(1024, r.counts().get("secretmem pages removed from the direct map"));
        assertEquals(1024, r.counts().get("secretmem pages back in the direct map"));
        assertEquals(k.directMapLevel2Splits(), r.directMapLevel2Splits());
        assertEquals(k.directMapLevel3Splits(), r.directMapLevel3Splits());
        MmuFigures f = MmuFigures.of(r, k);
        for (String key : new String[] {"DirectMap4k", "DirectMap2M", "DirectMap1G"}) {
            assertEquals(Snapshots.meminfo(k.after(), key), f.directMapKb(key), key);
        }
        long kernelLocal = get(k.events().tlbByReason(), LOCAL_MM);
        long engineLocal = r.tlbFlushes(FlushReason.LOCAL_MM_SHOOTDOWN);
        assertTrue(engineLocal >= 1 && engineLocal <= kernelLocal, engineLocal + " vs kernel " + kernelLocal);
        assertEquals(0, r.mmu().findingTotal());
    }

    /** The comparison can fail: flushing every PTE at once (no mmu_gather batching) is not what 6.12 does. */
    @Test
    void anotherFlushPolicyGivesOtherCounts() throws IOException {
        RecordedRun run = OracleRuns.loadMmu("munmap-storm");
        Map<String, Long> k = kernel(run).events().tlbByReason();
        MmuReplay immediate = MmuReplay.run(run, FlushPolicy.IMMEDIATE);
        assertNotEquals(k, immediate.tlbByReason());
        assertTrue(immediate.tlbFlushes(FlushReason.LOCAL_MM_SHOOTDOWN) > get(k, LOCAL_MM));
    }

    /** Following sched_switch matters: without it the spinner's mm never runs on cpu1 and nothing is shot down there. */
    @Test
    void ignoringTheSchedulerGivesOtherCounts() throws IOException {
        RecordedRun run = OracleRuns.loadMmu("munmap-storm");
        Map<String, Long> k = kernel(run).events().tlbByReason();
        MmuReplay r = new MmuReplay(MmuReplay.setupOf(run), FlushPolicy.BATCHED);
        try (TraceReader t = run.openTrace()) {
            t.forEach(e -> {
                if (!(e instanceof SchedSwitch)) {
                    r.accept(e);
                }
            });
        }
        r.finish();
        assertNotEquals(get(k, REMOTE), r.tlbFlushes(FlushReason.REMOTE_SHOOTDOWN));
    }

    @Test
    void setupFollowsTheGuest() throws IOException {
        MmuReplay.Setup s = MmuReplay.setupOf(OracleRuns.loadMmu("munmap-storm"));
        assertEquals(2, s.cpus());
        assertEquals(2, s.ram().size());
        assertEquals(1, s.ram().get(0).startPfn());
        assertTrue(s.kthreads().contains(2), "kthreadd");
        assertEquals(1, MmuReplay.setupOf(OracleRuns.loadMmu("secretmem")).cpus());
    }

    @Test
    void oracleCompareTakesTheTlbAndDirectMapRowsFromTheMmuReplay() throws IOException {
        OracleReplay.Outcome o = OracleReplay.run(OracleRuns.loadMmu("munmap-storm"), OracleReplay.Mode.FORCED);
        assertNotNull(o.mmu());
        FidelityReport rep = o.report();
        assertTrue(rep.metric("tlb", REMOTE).expected() > 0);
        assertTrue(rep.sectionMatches("tlb"), rep.toText());
        assertTrue(rep.section("tlb").size() >= 4, "a row per reason the kernel or the engine traced");
        assertTrue(rep.sectionNotes().get("tlb").contains("MMU replay"));
        assertTrue(o.toText().contains("mmu replay: "));
        assertTrue(o.toJson().contains("\"sectionNotes\""));
        OracleReplay.Outcome sm = OracleReplay.run(OracleRuns.loadMmu("secretmem"), OracleReplay.Mode.FORCED);
        assertTrue(sm.report().sectionMatches("directmap"), sm.report().toText());
    }

    @Test
    void runsWithoutMmuEventsSaySoPlainly() throws IOException {
        RecordedRun run = OracleRuns.load("munmap-storm");
        assertTrue(!MmuReplay.hasMmuEvents(run));
        OracleReplay.Outcome o = OracleReplay.run(run, OracleReplay.Mode.FREE);
        assertEquals(FidelityComparator.NOT_REPLAYED, o.report().sectionNotes().get("tlb"));
        assertTrue(o.toText().contains("not replayed (run has no MMU events)"));
        assertEquals(0, o.report().metric("tlb", REMOTE).actual());
    }
}
