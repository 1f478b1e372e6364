package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import mmlens.engine.proc.ProcSnapshot;

/**
 * Builds a {@link FidelityReport} from two {@link FidelitySide}s. Zones, orders and migratetypes
 * are the union of both sides; what a side lacks compares as 0.
 */
public final class FidelityComparator {

    /**
     * /proc/vmstat counters compared by their rise over the run (section "vmstat"): compaction
     * (direct stalls, kcompactd wakes, pages scanned by the migrate and free scanners), migrated
     * pages, and kswapd's scanning, reclaim and balance_pgdat() runs (pageoutrun).
     */
    public static final List<String> VMSTAT_DELTAS = List.of("compact_stall", "compact_daemon_wake",
            "compact_migrate_scanned", "compact_free_scanned", "pgmigrate_success", "pgscan_kswapd", "pgsteal_kswapd",
            "pageoutrun");

    private FidelityComparator() {
    }

    /** Not-replayed note of the tlb and directmap sections when a run has no MMU events. */
    public static final String NOT_REPLAYED = "not replayed (run has no MMU events)";

    public static FidelityReport compare(FidelitySide expected, FidelitySide actual) {
        return compare(expected, actual, null, false);
    }

    /**
     * Like {@link #compare(FidelitySide, FidelitySide)}; the {@code tlb} and {@code directmap}
     * rows take their engine side from {@code mmu} (an {@link MmuReplay}) when it is not null, and
     * otherwise say in the section notes that they were not replayed.
     */
    public static FidelityReport compare(FidelitySide expected, FidelitySide actual, MmuFigures mmu) {
        return compare(expected, actual, mmu, true);
    }

    private static FidelityReport compare(FidelitySide expected, FidelitySide actual, MmuFigures mmu, boolean noteMmu) {
        List<FidelityReport.Metric> rows = new ArrayList<>();
        Map<String, String> sectionNotes = new LinkedHashMap<>();
        buddy(rows, expected.after(), actual.after());
        pageblocks(rows, expected.after(), actual.after());
        freeTypes(rows, expected.after(), actual.after());
        EventStats.Counts e = expected.events();
        EventStats.Counts a = actual.events();
        add(rows, "extfrag", "fallbacks", e.extfrag(), a.extfrag());
        add(rows, "extfrag", "fragmenting", e.extfragFragmenting(), a.extfragFragmenting());
        add(rows, "extfrag", "change_ownership", e.extfragChangeOwnership(), a.extfragChangeOwnership());
        keyed(rows, "extfrag", "orders ", e.extfragByOrders(), a.extfragByOrders());
        keyed(rows, "extfrag", "types ", e.extfragByTypes(), a.extfragByTypes());
        add(rows, "pcp", "refill blocks", e.pcpRefills(), a.pcpRefills());
        add(rows, "pcp", "refill pages", e.pcpRefillPages(), a.pcpRefillPages());
        add(rows, "pcp", "drain blocks", e.pcpDrains(), a.pcpDrains());
        add(rows, "pcp", "drain pages", e.pcpDrainPages(), a.pcpDrainPages());
        add(rows, "pcp", "zone_locked blocks", e.zoneLocked(), a.zoneLocked());
        if (mmu != null) {
            keyed(rows, "tlb", "", e.tlbByReason(), mmu.tlbByReason());
            if (mmu.fullFlushes() >= 0) {
                add(rows, "tlb", "full flushes (pages:-1)", e.tlbFullFlushes(), mmu.fullFlushes());
            }
            add(rows, "directmap", "level2 splits", expected.directMapLevel2Splits(), mmu.level2Splits());
            add(rows, "directmap", "level3 splits", expected.directMapLevel3Splits(), mmu.level3Splits());
            for (String k : new String[] {"DirectMap4k", "DirectMap2M", "DirectMap1G"}) {
                add(rows, "directmap", k + " kB after", Snapshots.meminfo(expected.after(), k), mmu.directMapKb(k));
            }
            sectionNotes.put("tlb", "engine side: MMU replay (" + MmuReplay.class.getSimpleName() + ")"
                    + (mmu.fullFlushes() < 0 ? "; no full-flush row: the engine does not report flush ranges" : ""));
            sectionNotes.put("directmap", "engine side: MMU replay; DirectMap sizes are the kernel's before values"
                    + " plus the engine's change");
        } else {
            keyed(rows, "tlb", "", e.tlbByReason(), a.tlbByReason());
            add(rows, "tlb", "full flushes (pages:-1)", e.tlbFullFlushes(), a.tlbFullFlushes());
            add(rows, "directmap", "level2 splits", expected.directMapLevel2Splits(), actual.directMapLevel2Splits());
            add(rows, "directmap", "level3 splits", expected.directMapLevel3Splits(), actual.directMapLevel3Splits());
            for (String k : new String[] {"DirectMap4k", "DirectMap2M", "DirectMap1G"}) {
                add(rows, "directmap", k + " kB after", Snapshots.meminfo(expected.after(), k),
                        Snapshots.meminfo(actual.after(), k));
            }
            if (noteMmu) {
                sectionNotes.put("tlb", NOT_REPLAYED);
                sectionNotes.put("directmap", NOT_REPLAYED);
            }
        }
        for (String n : VMSTAT_DELTAS) {
            add(rows, "vmstat", n, expected.vmstatDelta(n), actual.vmstatDelta(n));
        }
        add(rows, "events", "alloc events", e.allocEvents(), a.allocEvents());
        add(rows, "events", "alloc pages", e.allocPages(), a.allocPages());
        add(rows, "events", "failed allocs", e.failedAllocs(), a.failedAllocs());
        add(rows, "events", "free events", e.freeEvents(), a.freeEvents());
        add(rows, "events", "free pages", e.freePages(), a.freePages());
        rows.add(new FidelityReport.Metric("freemap", "pfns with a different free bit", 0,
                freeMapMismatches(expected.afterFreeMap(), actual.afterFreeMap())));
        return new FidelityReport(expected.name(), actual.name(), rows, sectionNotes);
    }

    /** Pfns whose free bit differs, or -1 when a side has no free map. */
    public static long freeMapMismatches(FreeMap expected, FreeMap actual) {
        if (expected == null || actual == null) {
            return -1;
        }
        BitSet x = expected.freeBits();
        x.xor(actual.freeBits());
        return x.cardinality();
    }

    private static void buddy(List<FidelityReport.Metric> rows, ProcSnapshot e, ProcSnapshot a) {
        Set<String> zones = new LinkedHashSet<>(e.buddy.keySet());
        zones.addAll(a.buddy.keySet());
        for (String zone : zones) {
            long[] ez = e.buddy.getOrDefault(zone, new long[0]);
            long[] az = a.buddy.getOrDefault(zone, new long[0]);
            String key = "node " + zone.replace(':', ' ');
            for (int o = 0; o < Math.max(ez.length, az.length); o++) {
                add(rows, "buddyinfo", key + " order " + o, o < ez.length ? ez[o] : 0, o < az.length ? az[o] : 0);
            }
            add(rows, "buddyinfo", key + " free pages", Snapshots.freePages(ez), Snapshots.freePages(az));
        }
    }

    private static void pageblocks(List<FidelityReport.Metric> rows, ProcSnapshot e, ProcSnapshot a) {
        Set<String> zones = new LinkedHashSet<>(e.blockCounts.keySet());
        zones.addAll(a.blockCounts.keySet());
        Set<String> types = new LinkedHashSet<>(e.typeNames);
        types.addAll(a.typeNames);
        for (String zone : zones) {
            for (String type : types) {
                add(rows, "pageblocks", "node " + zone.replace(':', ' ') + " " + type, Snapshots.pageblocks(e, zone, type),
                        Snapshots.pageblocks(a, zone, type));
            }
        }
    }

    /** pagetypeinfo's free blocks per zone, migratetype and order (rows only where a side has some). */
    private static void freeTypes(List<FidelityReport.Metric> rows, ProcSnapshot e, ProcSnapshot a) {
        Set<String> zones = new LinkedHashSet<>(e.freeByType.keySet());
        zones.addAll(a.freeByType.keySet());
        for (String zone : zones) {
            Map<String, long[]> ez = e.freeByType.getOrDefault(zone, Map.of());
            Map<String, long[]> az = a.freeByType.getOrDefault(zone, Map.of());
            Set<String> types = new LinkedHashSet<>(ez.keySet());
            types.addAll(az.keySet());
            for (String type : types) {
                long[] x = ez.getOrDefault(type, new long[0]);
                long[] y = az.getOrDefault(type, new long[0]);
                for (int o = 0; o < Math.max(x.length, y.length); o++) {
                    long ev = o < x.length ? x[o] : 0;
                    long av = o < y.length ? y[o] : 0;
                    if (ev != 0 || av != 0) {
                        add(rows, "freetypes", "node " + zone.replace(':', ' ') + " " + type + " order " + o, ev, av);
                    }
                }
            }
        }
    }

    private static void keyed(List<FidelityReport.Metric> rows, String section, String prefix, Map<String, Long> e,
            Map<String, Long> a) {
        TreeSet<String> keys = new TreeSet<>(e.keySet());
        keys.addAll(a.keySet());
        for (String k : keys) {
            add(rows, section, prefix + k, e.getOrDefault(k, 0L), a.getOrDefault(k, 0L));
        }
    }

    private static void add(List<FidelityReport.Metric> rows, String section, String key, long expected, long actual) {
        rows.add(new FidelityReport.Metric(section, key, expected, actual));
    }
}
