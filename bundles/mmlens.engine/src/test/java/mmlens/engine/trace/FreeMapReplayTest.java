package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The buddy-level events of each recorded run, applied to the kernel's before free map, give the
 * kernel's after free map: the traces hold every buddy transition of these workloads (the premise
 * of a forced replay), except the free pages compaction isolates as migration targets
 * ({@code __isolate_free_page}, untraced). Each migrated page costs exactly one discrepancy: a
 * conflict (its later free drains a page the replay still holds as free) or a pfn whose free bit
 * differs at the end. Only frag migrates (kcompactd, woken after kswapd ends a watermark boost).
 */
class FreeMapReplayTest {

    static List<String> workloads() {
        return OracleRuns.WORKLOADS;
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void buddyEventsTakeBeforeMapToAfterMap(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        FreeMap before = run.beforeFreeMap();
        FreeMap after = run.afterFreeMap();
        FreeMapReplay replay = new FreeMapReplay(before, run.pageblockOrder());
        boolean[] started = {false};
        try (TraceReader r = run.openTrace()) {
            r.forEach(e -> {
                if (e instanceof TraceMarker && ((TraceMarker) e).text().equals(EventStats.BEFORE_END)) {
                    started[0] = true;
                } else if (started[0]) {
                    replay.accept(e);
                }
            });
        }
        long migrated = Snapshots.vmstat(run.after(), "pgmigrate_success")
                - Snapshots.vmstat(run.before(), "pgmigrate_success");
        long differing = FidelityComparator.freeMapMismatches(after, replay.freeMap());
        assertEquals(migrated, replay.conflictCount() + differing, () -> replay.conflictCount() + " conflicts "
                + replay.conflicts().subList(0, Math.min(10, replay.conflicts().size())) + ", " + differing
                + " pfns differ, " + migrated + " pages migrated");
        if (migrated == 0) {
            assertEquals(0, replay.conflictCount());
        }
    }
}
