package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import mmlens.engine.proc.ProcSnapshot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kept pressure runs (releng/kernel-oracle workload {@code pressure}, 1 and 2 CPUs): page
 * cache of a loop device reclaimed by kswapd and direct reclaim, madvised THP faults that
 * compact, fail and fall back, no OOM kill. Pins what the kernel did and what the engine's
 * replays reproduce of it today; the figures are in releng/kernel-oracle/README.md (Fidelity).
 */
class PressureReplayTest {

    static List<String> workloads() {
        return OracleRuns.PRESSURE_WORKLOADS;
    }

    private static long delta(RecordedRun run, String name) {
        return Snapshots.vmstat(run.after(), name) - Snapshots.vmstat(run.before(), name);
    }

    private static long allocstall(ProcSnapshot s) {
        long sum = 0;
        for (String z : new String[] {"dma", "dma32", "normal", "movable", "device"}) {
            sum += Snapshots.vmstat(s, "allocstall_" + z);
        }
        return sum;
    }

    /** The recordings are what the workload is for: both kinds of reclaim, compaction stalls, THP fallbacks. */
    @ParameterizedTest
    @CsvSource({"pressure, 9856, 896, 14, 6, 4, 6, 563", "pressure-2cpu, 8512, 1984, 31, 14, 1, 9, 865"})
    void kernelReclaimedAndCompactedWithoutOom(String workload, long kswapd, long direct, long stalls, long compact,
            long thpAlloc, long thpFallback, long migrated) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        assertEquals(kswapd, delta(run, "pgscan_kswapd"));
        assertEquals(direct, delta(run, "pgscan_direct"));
        assertEquals(stalls, allocstall(run.after()) - allocstall(run.before()));
        assertEquals(compact, delta(run, "compact_stall"));
        assertEquals(compact, delta(run, "compact_fail"));
        assertEquals(thpAlloc, delta(run, "thp_fault_alloc"));
        assertEquals(thpFallback, delta(run, "thp_fault_fallback"));
        assertEquals(migrated, delta(run, "pgmigrate_success"));
        assertEquals(0, delta(run, "oom_kill"));
    }

    /**
     * Forced replay: pageblock types, fallbacks and per-cpu traffic exact; the free map differs
     * only by the pages compaction migrated into free pages taken without a trace event
     * (__isolate_free_page), each exactly once, as in frag.
     */
    @ParameterizedTest
    @MethodSource("workloads")
    void forcedReplayDiffersOnlyByUntracedCompactionTargets(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        OracleReplay.Outcome o = OracleReplay.run(run, OracleReplay.Mode.FORCED);
        FidelityReport r = o.report();
        assertTrue(r.sectionMatches("pageblocks"), r::toText);
        assertTrue(r.sectionMatches("extfrag"), r::toText);
        assertTrue(r.sectionMatches("pcp"), r::toText);
        long differing = r.metric("freemap", "pfns with a different free bit").actual();
        assertEquals(delta(run, "pgmigrate_success"), o.forced().conflictCount() + differing);
        assertTrue(differing > 0 && o.forced().conflictCount() > 0);
        assertEquals(List.of(), o.machine().checkInvariants());
    }

    /**
     * Free mode today: the engine reclaims and compacts nothing itself (the kernel's page cache is
     * only allocations in the trace, its reclaim only frees there, replayed by allocation identity),
     * so its pgscan and compact_stall stay 0; it fails allocations the kernel served, entering direct
     * reclaim (allocstall) for at most each of them and more often than the kernel stalled, and it
     * picks the kernel's pfn for at least the share given (in per mille).
     */
    @ParameterizedTest
    @CsvSource({"pressure, 650", "pressure-2cpu, 500"})
    void freeReplayReproducesNoReclaim(String workload, int samePfnPerMille) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        OracleReplay.Outcome o = OracleReplay.run(run, OracleReplay.Mode.FREE);
        FidelityReport r = o.report();
        ProcSnapshot engine = OracleReplay.snapshot(o.machine());
        assertEquals(0, Snapshots.vmstat(engine, "pgscan_kswapd"));
        assertEquals(0, Snapshots.vmstat(engine, "pgscan_direct"));
        // the engine enters direct reclaim for (almost) every allocation it fails, reclaims nothing
        long stalls = allocstall(engine);
        assertTrue(stalls > allocstall(run.after()) - allocstall(run.before()) && stalls <= o.free().engineFailed(),
                () -> stalls + " stalls, " + o.free().engineFailed() + " failed");
        assertEquals(0, Snapshots.vmstat(engine, "compact_stall"));
        assertEquals(r.metric("events", "alloc events").expected(), r.metric("events", "alloc events").actual());
        assertTrue(o.free().engineFailed() > r.metric("events", "failed allocs").expected(), () -> o.toText());
        assertTrue(o.free().samePfnShare() * 1000 >= samePfnPerMille, () -> o.toText());
        assertEquals(List.of(), o.machine().checkInvariants());
    }
}
