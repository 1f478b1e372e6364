package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mmlens.engine.internal.trace.Json;

/**
 * How closely one side ({@code actual}, e.g. an engine replay) agrees with another
 * ({@code expected}, the kernel). Every figure is a {@link Metric}; {@code diff = actual - expected}.
 *
 * <p>Sections: {@code buddyinfo} (after-state free blocks per zone and order, and free pages),
 * {@code pageblocks} (after-state pageblocks per zone and migratetype), {@code freetypes}
 * (pagetypeinfo's after-state free blocks per zone, migratetype and order), {@code extfrag}
 * (fallback events: count, fragmenting, ownership changes, per order pair, per type pair),
 * {@code pcp} (refills and drains), {@code tlb} (tlb_flush per reason), {@code directmap}
 * (split counters during the run, DirectMap sizes after), {@code events} (alloc/free totals) and
 * {@code freemap} (pfns whose free bit differs after the run; -1 when a side has no free map).
 *
 * @param metrics rows in section order
 * @param sectionNotes a line per section that needs one (e.g. where the engine side of the
 *        {@code tlb} and {@code directmap} rows comes from, or that they were not replayed)
 */
public record FidelityReport(String expected, String actual, List<Metric> metrics, Map<String, String> sectionNotes) {

    /** One compared figure. */
    public record Metric(String section, String key, long expected, long actual) {

        public long diff() {
            return actual - expected;
        }

        public boolean matches() {
            return expected == actual;
        }
    }

    public FidelityReport {
        metrics = List.copyOf(metrics);
        sectionNotes = Map.copyOf(sectionNotes);
    }

    public FidelityReport(String expected, String actual, List<Metric> metrics) {
        this(expected, actual, metrics, Map.of());
    }

    /** Rows of one section. */
    public List<Metric> section(String section) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : metrics) {
            if (m.section().equals(section)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The row with that section and key, or null. */
    public Metric metric(String section, String key) {
        for (Metric m : metrics) {
            if (m.section().equals(section) && m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** True when every row of the section agrees. */
    public boolean sectionMatches(String section) {
        return section(section).stream().allMatch(Metric::matches);
    }

    /**
     * True when buddyinfo, pagetypeinfo (pageblocks and free blocks per type) and the free map agree
     * exactly (the forced-replay criterion).
     */
    public boolean afterStateMatches() {
        return sectionMatches("buddyinfo") && sectionMatches("pageblocks") && sectionMatches("freetypes")
                && sectionMatches("freemap");
    }

    /** A plain-text table, one line per metric, differing rows marked with '*'. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("fidelity: ").append(actual).append(" vs ").append(expected).append('\n');
        String section = null;
        for (Metric m : metrics) {
            if (!m.section().equals(section)) {
                section = m.section();
                sb.append('\n').append('[').append(section).append("]\n");
                if (sectionNotes.containsKey(section)) {
                    sb.append("  (").append(sectionNotes.get(section)).append(")\n");
                }
                sb.append(String.format("  %-44s %12s %12s %10s%n", "", expected, actual, "diff"));
            }
            sb.append(String.format("%s %-44s %12d %12d %+10d%n", m.matches() ? " " : "*", m.key(), m.expected(),
                    m.actual(), m.diff()));
        }
        return sb.toString();
    }

    /** The report as nested maps and lists of strings and numbers (ready for any JSON writer). */
    public Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("expected", expected);
        root.put("actual", actual);
        root.put("afterStateMatches", afterStateMatches());
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Metric m : metrics) {
            @SuppressWarnings("unchecked")
            List<Object> rows = (List<Object>) sections.computeIfAbsent(m.section(), k -> new ArrayList<>());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", m.key());
            row.put("expected", m.expected());
            row.put("actual", m.actual());
            row.put("diff", m.diff());
            rows.add(row);
        }
        root.put("sections", sections);
        if (!sectionNotes.isEmpty()) {
            root.put("sectionNotes", new TreeMap<>(sectionNotes));
        }
        return root;
    }

    /** {@link #toMap()} as JSON text. */
    public String toJson() {
        return Json.write(toMap());
    }
}
