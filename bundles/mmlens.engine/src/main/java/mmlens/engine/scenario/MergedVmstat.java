package mmlens.engine.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One /proc/vmstat for a machine with an MMU: the allocator's file, in the kernel's layout, with
 * the MMU-owned counters ({@link mmlens.engine.mmu.MmuProc#vmstat}: faults, THP, migration, direct
 * map) taking the MMU's values. Counters the allocator layout lacks (the CONFIG_DEBUG_TLBFLUSH
 * {@code nr_tlb_*} items) go where vmstat_text[] has them, after {@code balloon_migrate}.
 */
final class MergedVmstat {
    private static final String INSERT_AFTER = "balloon_migrate";

    private MergedVmstat() {
    }

    /**
     * @param allocator the allocator's /proc/vmstat text, "name value\n" lines
     * @param mmu the MMU's "name value" lines
     */
    static String merge(String allocator, List<String> mmu) {
        Map<String, String> own = new LinkedHashMap<>();
        for (String l : mmu) {
            int sp = l.indexOf(' ');
            own.put(l.substring(0, sp), l.substring(sp + 1));
        }
        Map<String, String> missing = new LinkedHashMap<>(own);
        for (String l : allocator.split("\n")) {
            missing.remove(l.substring(0, Math.max(0, l.indexOf(' '))));
        }
        StringBuilder sb = new StringBuilder();
        boolean inserted = false;
        for (String l : allocator.split("\n")) {
            int sp = l.indexOf(' ');
            String name = sp < 0 ? l : l.substring(0, sp);
            sb.append(own.containsKey(name) ? name + " " + own.get(name) : l).append('\n');
            if (name.equals(INSERT_AFTER)) {
                append(sb, missing);
                inserted = true;
            }
        }
        if (!inserted) {
            append(sb, missing);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Map<String, String> lines) {
        lines.forEach((n, v) -> sb.append(n).append(' ').append(v).append('\n'));
    }
}
