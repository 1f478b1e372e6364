package mmlens.ui.internal.memory;

import java.util.List;

/**
 * One side (baseline or patched) of a recorded scenario run: its snapshots in run order, the last
 * one at the end of the run, and its fallback events (at most {@link TimelineRecorder#MAX_EVENTS},
 * {@code eventsDropped} more were counted but not kept).
 */
public record RunTimeline(String scenario, long seed, List<Snapshot> snapshots, List<BlockEvent> events, long eventsDropped) {

    /** Claims on each block of map {@code map} from the start through snapshot {@code upTo}. */
    public int[] claimsThrough(int map, int upTo) {
        return sum(map, upTo, true);
    }

    /** Steals on each block of map {@code map} from the start through snapshot {@code upTo}. */
    public int[] stealsThrough(int map, int upTo) {
        return sum(map, upTo, false);
    }

    private int[] sum(int map, int upTo, boolean claims) {
        int[] total = new int[snapshots.get(0).maps().get(map).types().length];
        for (int i = 0; i <= upTo && i < snapshots.size(); i++) {
            int[] c = (claims ? snapshots.get(i).claims() : snapshots.get(i).steals()).get(map);
            for (int b = 0; b < total.length; b++) {
                total[b] += c[b];
            }
        }
        return total;
    }
}
