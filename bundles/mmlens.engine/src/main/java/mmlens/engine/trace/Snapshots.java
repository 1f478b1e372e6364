package mmlens.engine.trace;

import mmlens.engine.proc.ProcSnapshot;

/**
 * Small reads of a {@link ProcSnapshot} (the engine's /proc importer) used by the oracle: zone
 * keys are {@code "<nid>:<zone name>"} as there.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** A /proc/vmstat counter, 0 when absent. */
    public static long vmstat(ProcSnapshot s, String name) {
        return s.vmstat.getOrDefault(name, 0L);
    }

    /** A /proc/meminfo value in kB, 0 when absent. */
    public static long meminfo(ProcSnapshot s, String name) {
        return s.meminfoKb.getOrDefault(name, 0L);
    }

    /** Free pages of a buddyinfo line: the sum of {@code blocks[o] << o}. */
    public static long freePages(long[] freeBlocksPerOrder) {
        long pages = 0;
        for (int o = 0; o < freeBlocksPerOrder.length; o++) {
            pages += freeBlocksPerOrder[o] << o;
        }
        return pages;
    }

    /** The zoneinfo entry of a zone key, or null. */
    public static ProcSnapshot.ZoneInfo zone(ProcSnapshot s, String key) {
        for (ProcSnapshot.ZoneInfo z : s.zones) {
            if ((z.nid + ":" + z.name).equals(key)) {
                return z;
            }
        }
        return null;
    }

    /** The key of the populated zone spanning {@code pfn}, or null. */
    public static String zoneOf(ProcSnapshot s, long pfn) {
        for (ProcSnapshot.ZoneInfo z : s.zones) {
            if (z.startPfn >= 0 && pfn >= z.startPfn && pfn < z.startPfn + z.spanned) {
                return z.nid + ":" + z.name;
            }
        }
        return null;
    }

    /** Pageblocks of a migratetype (by name) in a zone, 0 when unknown. */
    public static long pageblocks(ProcSnapshot s, String zoneKey, String type) {
        long[] counts = s.blockCounts.get(zoneKey);
        int t = s.typeNames.indexOf(type);
        return counts == null || t < 0 || t >= counts.length ? 0 : counts[t];
    }
}
