package mmlens.engine.trace;

import java.io.IOException;

import mmlens.engine.proc.ProcSnapshot;

/**
 * One side of a fidelity comparison: the state before and after a run, the free map after it,
 * and counts over its events. The kernel side comes from a {@link RecordedRun}; an engine run
 * produces the same object from its own /proc renderings ({@code ProcFormatter} text parsed by
 * {@link ProcSnapshot#parse}), its free map ({@link FreeMap#of}) and an {@link EventStats} fed
 * with the events it emits.
 *
 * @param name label in reports ("kernel", "engine-forced", "engine-free")
 * @param afterFreeMap may be null when the side has no per-pfn state
 */
public record FidelitySide(String name, ProcSnapshot before, ProcSnapshot after, FreeMap afterFreeMap,
        EventStats.Counts events) {

    /** The kernel side of a recorded run, counting the workload's events only. */
    public static FidelitySide of(RecordedRun run) throws IOException {
        EventStats stats = EventStats.workloadOnly();
        try (TraceReader r = run.openTrace()) {
            r.forEach(stats);
        }
        return new FidelitySide("kernel", run.before(), run.after(), run.afterFreeMap(), stats.counts());
    }

    /** How much a /proc/vmstat counter rose during the run (after - before). */
    public long vmstatDelta(String name) {
        return Snapshots.vmstat(after, name) - Snapshots.vmstat(before, name);
    }

    /** direct_map_level2_splits raised during the run (2M/4M entries split to 4k). */
    public long directMapLevel2Splits() {
        return Snapshots.vmstat(after, "direct_map_level2_splits") - Snapshots.vmstat(before, "direct_map_level2_splits");
    }

    /** direct_map_level3_splits raised during the run (1G entries split to 2M). */
    public long directMapLevel3Splits() {
        return Snapshots.vmstat(after, "direct_map_level3_splits") - Snapshots.vmstat(before, "direct_map_level3_splits");
    }
}
