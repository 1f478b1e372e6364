package mmlens.engine.trace;

import java.util.Map;

/**
 * The engine side of the {@code [tlb]} and {@code [directmap]} rows when an {@link MmuReplay}
 * drove the MMU engine: its tlb_flush events by the kernel's reason text, its direct-map split
 * counters during the workload window, and DirectMap4k/2M/1G after the run (the kernel's before
 * values plus the engine's change, since boot-time splits predate the trace).
 *
 * @param fullFlushes tlb_flush events with pages:-1, or -1 when the engine does not report it (the
 *        report then has no such row)
 */
public record MmuFigures(Map<String, Long> tlbByReason, long fullFlushes, long level2Splits, long level3Splits,
        long directMap4kKb, long directMap2MKb, long directMap1GKb) {

    public MmuFigures {
        tlbByReason = Map.copyOf(tlbByReason);
    }

    /** The figures of a finished replay, DirectMap sizes relative to the kernel's before-state. */
    public static MmuFigures of(MmuReplay r, FidelitySide kernel) {
        return new MmuFigures(r.tlbByReason(), -1, r.directMapLevel2Splits(), r.directMapLevel3Splits(),
                Snapshots.meminfo(kernel.before(), "DirectMap4k") + r.directMapKbChange(1),
                Snapshots.meminfo(kernel.before(), "DirectMap2M") + r.directMapKbChange(2),
                Snapshots.meminfo(kernel.before(), "DirectMap1G") + r.directMapKbChange(3));
    }

    /** DirectMap4k, DirectMap2M or DirectMap1G in kB. */
    public long directMapKb(String key) {
        switch (key) {
        case "DirectMap4k":
            return directMap4kKb;
        case "DirectMap2M":
            return directMap2MKb;
        case "DirectMap1G":
            return directMap1GKb;
        default:
            throw new IllegalArgumentException(key);
        }
    }
}
