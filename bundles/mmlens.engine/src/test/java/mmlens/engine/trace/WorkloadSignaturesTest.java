package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Each recorded workload shows the kernel behaviour it was written to provoke. */
class WorkloadSignaturesTest {

    private static long delta(RecordedRun run, String counter) {
        return Snapshots.vmstat(run.after(), counter) - Snapshots.vmstat(run.before(), counter);
    }

    private static long deltaMeminfo(RecordedRun run, String key) {
        return Snapshots.meminfo(run.after(), key) - Snapshots.meminfo(run.before(), key);
    }

    @Test
    void anonIsAStreamOfMovableOrderZeroFaults() throws IOException {
        EventStats.Counts c = FidelitySide.of(OracleRuns.load("anon")).events();
        assertTrue(c.allocsByOrder()[0] >= 6144, () -> "order-0 allocs " + c.allocsByOrder()[0]);
        assertEquals(c.allocEvents(), c.allocsByOrder()[0]);
        assertTrue(c.pcpRefills() > 0);
    }

    /** With more than 4 GB the user pages come from ZONE_NORMAL, first in the zonelist. */
    @Test
    void anonNormalAllocatesFromTheNormalZone() throws IOException {
        RecordedRun run = OracleRuns.load("anon-normal");
        assertTrue(delta(run, "pgalloc_normal") >= 6144, () -> "pgalloc_normal " + delta(run, "pgalloc_normal"));
        assertTrue(run.after().buddy.containsKey("0:Normal"));
    }

    @Test
    void forkSwitchesTasks() throws IOException {
        EventStats.Counts c = FidelitySide.of(OracleRuns.load("fork")).events();
        assertTrue(c.tlbByReason().getOrDefault("flush on task switch", 0L) >= 32, c.tlbByReason().toString());
    }

    /** Every THP fault is one order-9 mm_page_alloc; thp_fault_alloc counts them. */
    @Test
    void thpFaultsAreOrderNineAllocations() throws IOException {
        RecordedRun run = OracleRuns.load("thp");
        EventStats.Counts c = FidelitySide.of(run).events();
        assertEquals(16, delta(run, "thp_fault_alloc"));
        assertEquals(delta(run, "thp_fault_alloc"), c.allocsByOrder()[9]);
        assertEquals(1, delta(run, "thp_split_pmd"));
    }

    /**
     * A level-2 split turns one 2 MB direct-map entry into 512 4 KB entries: DirectMap4k grows by
     * 2048 kB and DirectMap2M shrinks by as much, per split (split_page_count in set_memory.c).
     */
    @Test
    void secretmemSplitsTheDirectMap() throws IOException {
        RecordedRun run = OracleRuns.load("secretmem");
        long splits = delta(run, "direct_map_level2_splits");
        assertTrue(splits > 0);
        assertEquals(0, delta(run, "direct_map_level3_splits"));
        assertEquals(2048 * splits, deltaMeminfo(run, "DirectMap4k"));
        assertEquals(-2048 * splits, deltaMeminfo(run, "DirectMap2M"));
        assertTrue(Snapshots.meminfo(run.after(), "DirectMap1G") > 0);
    }

    @Test
    void fragFallsBackAndClaimsPageblocks() throws IOException {
        RecordedRun run = OracleRuns.load("frag");
        EventStats.Counts c = FidelitySide.of(run).events();
        assertTrue(c.extfragChangeOwnership() > 0);
        assertTrue(c.extfragByTypes().getOrDefault("0<-1", 0L) > 0, c.extfragByTypes().toString());
        long unmovableBefore = Snapshots.pageblocks(run.before(), "0:DMA32", "Unmovable");
        long unmovableAfter = Snapshots.pageblocks(run.after(), "0:DMA32", "Unmovable");
        assertTrue(unmovableAfter > unmovableBefore, unmovableBefore + " -> " + unmovableAfter);
    }

    @Test
    void munmapStormShootsDownRemoteTlbs() throws IOException {
        EventStats.Counts c = FidelitySide.of(OracleRuns.load("munmap-storm")).events();
        long sent = c.tlbByReason().getOrDefault("remote ipi send", 0L);
        long received = c.tlbByReason().getOrDefault("remote shootdown", 0L);
        assertTrue(sent >= 100, c.tlbByReason().toString());
        assertTrue(received > 0 && received <= sent, c.tlbByReason().toString());
    }
}
