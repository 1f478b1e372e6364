package mmlens.engine.mmu;

/**
 * Per-order mTHP counters (enum mthp_stat_item), shown under
 * /sys/kernel/mm/transparent_hugepage/hugepages-&lt;N&gt;kB/stats/. count_mthp_stat() ignores
 * order &lt;= 0 and order &gt; PMD_ORDER.
 */
public enum MthpStat {
    ANON_FAULT_ALLOC("anon_fault_alloc"),
    ANON_FAULT_FALLBACK("anon_fault_fallback"),
    ANON_FAULT_FALLBACK_CHARGE("anon_fault_fallback_charge"),
    SPLIT("split"),
    SPLIT_FAILED("split_failed"),
    SPLIT_DEFERRED("split_deferred"),
    NR_ANON("nr_anon"),
    NR_ANON_PARTIALLY_MAPPED("nr_anon_partially_mapped");

    private final String fileName;

    MthpStat(String fileName) {
        this.fileName = fileName;
    }

    /** File name under the stats/ directory. */
    public String fileName() {
        return fileName;
    }
}
