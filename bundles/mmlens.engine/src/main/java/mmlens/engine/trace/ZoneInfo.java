package mmlens.engine.trace;

import java.util.List;
import java.util.Map;

import mmlens.engine.internal.trace.ProcParsers;

/** The parts of /proc/zoneinfo the oracle uses: zone spans, watermarks, per-CPU lists, counters. */
public record ZoneInfo(List<Zone> zones) {

    /**
     * One zone. Pfn range is {@code [startPfn, startPfn + spanned)}; zones without memory have
     * {@code spanned == 0} and no {@code start_pfn} line ({@code startPfn} then 0).
     *
     * @param stats every {@code name value} counter line of the zone (nr_free_pages, ...)
     */
    public record Zone(int node, String name, long free, long boost, long min, long low, long high, long promo,
            long spanned, long present, long managed, long startPfn, List<Pageset> pagesets, Map<String, Long> stats) {

        public long endPfn() {
            return startPfn + spanned;
        }
    }

    /** A per-CPU page list: {@code count} pages held, {@code high} limit, {@code batch} size. */
    public record Pageset(int cpu, long count, long high, long batch) {
    }

    public ZoneInfo {
        zones = List.copyOf(zones);
    }

    public static ZoneInfo parse(String text) {
        return ProcParsers.zoneInfo(text);
    }

    public Zone zone(int node, String name) {
        for (Zone z : zones) {
            if (z.node() == node && z.name().equals(name)) {
                return z;
            }
        }
        return null;
    }
}
