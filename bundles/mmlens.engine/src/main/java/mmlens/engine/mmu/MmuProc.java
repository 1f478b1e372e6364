package mmlens.engine.mmu;

import java.util.ArrayList;
import java.util.List;

/** /proc and sysfs renderings of the MMU model, byte-compatible with the kernel's formats. */
public final class MmuProc {
    private MmuProc() {
    }

    /**
     * The DirectMap lines of /proc/meminfo as arch_report_meminfo() prints them
     * ("DirectMap4k:    %8lu kB"); the 1G line only with gbpages.
     */
    public static List<String> meminfoDirectMap(Mmu m) {
        List<String> l = new ArrayList<>();
        l.add(String.format("DirectMap4k:    %8d kB", m.directPagesCount(Mmu.PG_LEVEL_4K) << 2));
        l.add(String.format("DirectMap2M:    %8d kB", m.directPagesCount(Mmu.PG_LEVEL_2M) << 11));
        if (m.config().gbpages) {
            l.add(String.format("DirectMap1G:    %8d kB", m.directPagesCount(Mmu.PG_LEVEL_1G) << 20));
        }
        return l;
    }

    /** "name value" lines of the MMU counters that exist in /proc/vmstat, in vmstat_text[] order. */
    public static List<String> vmstat(Mmu m) {
        List<String> l = new ArrayList<>();
        for (MmuStat s : MmuStat.values()) {
            if (s.isVmstat()) {
                l.add(s.vmstatName() + " " + m.stat(s));
            }
        }
        return l;
    }

    /** "hugepages-&lt;N&gt;kB/stats/&lt;file&gt; value" lines for orders 2..PMD_ORDER with any non-zero counter. */
    public static List<String> mthpStats(Mmu m) {
        List<String> l = new ArrayList<>();
        for (int o = 1; o <= FolioOrderPolicy.PMD_ORDER; o++) {
            boolean any = false;
            for (MthpStat s : MthpStat.values()) {
                any |= m.mthp(o, s) != 0;
            }
            if (!any) {
                continue;
            }
            for (MthpStat s : MthpStat.values()) {
                l.add("hugepages-" + (4 << o) + "kB/stats/" + s.fileName() + " " + m.mthp(o, s));
            }
        }
        return l;
    }

    /** tlb:tlb_flush event counts by reason ("reason:<text> <count>"). */
    public static List<String> flushReasons(Mmu m) {
        List<String> l = new ArrayList<>();
        for (FlushReason r : FlushReason.values()) {
            l.add("reason:" + r.text() + " " + m.flushReason(r));
        }
        return l;
    }
}
