package mmlens.engine.trace;

import java.util.List;

import mmlens.engine.internal.trace.ProcParsers;

/**
 * A parsed /proc/buddyinfo: per zone, the number of free buddy blocks of each order. Pages on
 * per-CPU lists are not counted (they are not in the buddy).
 */
public record BuddyInfo(List<Zone> zones) {

    /**
     * One line: {@code Node 0, zone    DMA32    435    347 ...}.
     *
     * @param freeBlocks blocks per order, index = order
     */
    public record Zone(int node, String name, long[] freeBlocks) {

        /** Free pages: the sum of {@code blocks[o] << o}. */
        public long freePages() {
            long pages = 0;
            for (int o = 0; o < freeBlocks.length; o++) {
                pages += freeBlocks[o] << o;
            }
            return pages;
        }
    }

    public BuddyInfo {
        zones = List.copyOf(zones);
    }

    /** Parses the text of /proc/buddyinfo; lines that are not zone lines are ignored. */
    public static BuddyInfo parse(String text) {
        return ProcParsers.buddyInfo(text);
    }

    /** The zone of that node and name, or null. */
    public Zone zone(int node, String name) {
        for (Zone z : zones) {
            if (z.node() == node && z.name().equals(name)) {
                return z;
            }
        }
        return null;
    }

    /** Free pages over all zones. */
    public long freePages() {
        return zones.stream().mapToLong(Zone::freePages).sum();
    }
}
