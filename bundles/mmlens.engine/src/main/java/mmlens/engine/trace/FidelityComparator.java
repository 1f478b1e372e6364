package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds a {@link FidelityReport} from two {@link FidelitySide}s. Missing parts compare as 0. */
public final class FidelityComparator {

    private FidelityComparator() {
    }

    public static FidelityReport compare(FidelitySide expected, FidelitySide actual) {
        List<FidelityReport.Metric> rows = new ArrayList<>();
        buddy(rows, expected.after().buddyInfo(), actual.after().buddyInfo());
        pageblocks(rows, expected.after().pageTypeInfo(), actual.after().pageTypeInfo());
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
        keyed(rows, "tlb", "", e.tlbByReason(), a.tlbByReason());
        add(rows, "tlb", "full flushes (pages:-1)", e.tlbFullFlushes(), a.tlbFullFlushes());
        add(rows, "directmap", "level2 splits", expected.directMapLevel2Splits(), actual.directMapLevel2Splits());
        add(rows, "directmap", "level3 splits", expected.directMapLevel3Splits(), actual.directMapLevel3Splits());
        for (String k : new String[] {"DirectMap4k", "DirectMap2M", "DirectMap1G"}) {
            add(rows, "directmap", k + " kB after", expected.after().meminfo(k), actual.after().meminfo(k));
        }
        add(rows, "events", "alloc events", e.allocEvents(), a.allocEvents());
        add(rows, "events", "alloc pages", e.allocPages(), a.allocPages());
        add(rows, "events", "failed allocs", e.failedAllocs(), a.failedAllocs());
        add(rows, "events", "free events", e.freeEvents(), a.freeEvents());
        add(rows, "events", "free pages", e.freePages(), a.freePages());
        rows.add(new FidelityReport.Metric("freemap", "pfns with a different free bit", 0,
                freeMapMismatches(expected.afterFreeMap(), actual.afterFreeMap())));
        return new FidelityReport(expected.name(), actual.name(), rows);
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

    private static void buddy(List<FidelityReport.Metric> rows, BuddyInfo e, BuddyInfo a) {
        TreeSet<String> zones = new TreeSet<>();
        List<BuddyInfo.Zone> all = new ArrayList<>();
        if (e != null) {
            all.addAll(e.zones());
        }
        if (a != null) {
            all.addAll(a.zones());
        }
        for (BuddyInfo.Zone z : all) {
            String key = z.node() + " " + z.name();
            if (!zones.add(key)) {
                continue;
            }
            BuddyInfo.Zone ez = e == null ? null : e.zone(z.node(), z.name());
            BuddyInfo.Zone az = a == null ? null : a.zone(z.node(), z.name());
            int orders = Math.max(ez == null ? 0 : ez.freeBlocks().length, az == null ? 0 : az.freeBlocks().length);
            for (int o = 0; o < orders; o++) {
                add(rows, "buddyinfo", "node " + key + " order " + o, at(ez, o), at(az, o));
            }
            add(rows, "buddyinfo", "node " + key + " free pages", ez == null ? 0 : ez.freePages(),
                    az == null ? 0 : az.freePages());
        }
    }

    private static long at(BuddyInfo.Zone z, int order) {
        return z == null || order >= z.freeBlocks().length ? 0 : z.freeBlocks()[order];
    }

    private static void pageblocks(List<FidelityReport.Metric> rows, PageTypeInfo e, PageTypeInfo a) {
        TreeSet<String> seen = new TreeSet<>();
        for (PageTypeInfo p : new PageTypeInfo[] {e, a}) {
            if (p == null) {
                continue;
            }
            for (PageTypeInfo.Blocks b : p.blocks()) {
                for (String type : p.types()) {
                    String key = "node " + b.node() + " " + b.zone() + " " + type;
                    if (seen.add(key)) {
                        add(rows, "pageblocks", key, e == null ? 0 : e.blocks(b.node(), b.zone(), type),
                                a == null ? 0 : a.blocks(b.node(), b.zone(), type));
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
