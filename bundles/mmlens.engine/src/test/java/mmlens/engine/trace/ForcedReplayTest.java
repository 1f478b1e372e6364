package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;

import mmlens.engine.proc.ProcSnapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forced replay: the recorded buddy-level events applied pfn for pfn through the engine's own
 * free lists take the kernel's before-state to the kernel's after-state.
 */
class ForcedReplayTest {

    /** Every recorded run but frag, where compaction moved pages without trace events. */
    static List<String> exactWorkloads() {
        return OracleRuns.WORKLOADS.stream().filter(w -> !w.equals("frag")).toList();
    }

    @ParameterizedTest
    @MethodSource("exactWorkloads")
    void afterStateIsTheKernels(String workload) throws IOException {
        OracleReplay.Outcome o = OracleReplay.run(OracleRuns.load(workload), OracleReplay.Mode.FORCED);
        FidelityReport r = o.report();
        assertEquals(0, o.forced().conflictCount(), () -> o.forced().conflicts().toString());
        assertTrue(r.sectionMatches("buddyinfo"), () -> r.toText());
        assertTrue(r.sectionMatches("pageblocks"), () -> r.toText());
        assertTrue(r.sectionMatches("freetypes"), () -> r.toText());
        assertEquals(0, r.metric("freemap", "pfns with a different free bit").actual());
        assertTrue(r.afterStateMatches());
        assertEquals(List.of(), o.machine().checkInvariants());
    }

    /**
     * frag: kcompactd migrated pages into free pages it took with __isolate_free_page, which has
     * no trace event. Each migrated page shows up exactly once: either as a conflict (the workload
     * later frees the target, which the replay still holds as free) or as a pfn still in use in the
     * kernel at the end (the target keeps the data) but free in the replay. Nothing else differs:
     * the pageblock types agree exactly, every differing pfn has that direction, and the engine's
     * free map is the one the allocator-free {@link FreeMapReplay} bookkeeping reaches.
     */
    @Test
    void fragDiffersExactlyByUntracedCompactionTargets() throws IOException {
        RecordedRun run = OracleRuns.load("frag");
        OracleReplay.Outcome o = OracleReplay.run(run, OracleReplay.Mode.FORCED);
        FidelityReport r = o.report();
        long migrated = Snapshots.vmstat(run.after(), "pgmigrate_success")
                - Snapshots.vmstat(run.before(), "pgmigrate_success");
        long differing = r.metric("freemap", "pfns with a different free bit").actual();
        assertEquals(2251, migrated);
        assertEquals(migrated, o.forced().conflictCount() + differing);
        assertEquals(o.forced().conflictCount(), o.forced().conflictPages());
        assertTrue(differing > 0 && o.forced().conflictCount() > 0);
        assertTrue(r.sectionMatches("pageblocks"), () -> r.toText());
        assertEquals(15, r.metric("extfrag", "change_ownership").actual());

        BitSet kernel = run.afterFreeMap().freeBits();
        BitSet engine = o.machine().buddyFreePfns();
        BitSet extra = (BitSet) engine.clone();
        extra.andNot(kernel);
        BitSet missing = (BitSet) kernel.clone();
        missing.andNot(engine);
        assertEquals(0, missing.cardinality(), "pfns free in the kernel but not in the replay");
        assertEquals(differing, extra.cardinality());

        FreeMapReplay bookkeeping = new FreeMapReplay(run.beforeFreeMap(), run.pageblockOrder());
        StartState.Window w = StartState.of(run).window();
        try (TraceReader t = run.openTrace()) {
            t.forEach(e -> {
                if (w.inside(e)) {
                    bookkeeping.accept(e);
                }
            });
        }
        assertEquals(bookkeeping.freeMap().freeBits(), engine);

        ProcSnapshot after = OracleReplay.snapshot(o.machine());
        for (String zone : run.after().buddy.keySet()) {
            ProcSnapshot.ZoneInfo zi = Snapshots.zone(run.after(), zone);
            long extraHere = extra.get((int) zi.startPfn, (int) (zi.startPfn + zi.spanned)).cardinality();
            assertEquals(Snapshots.freePages(run.after().buddy.get(zone)) + extraHere,
                    Snapshots.freePages(after.buddy.get(zone)), zone);
        }
    }
}
