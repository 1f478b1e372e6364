package mmlens.engine.mmu;

/**
 * Event counters of the MMU model. Those with a vmstat name are printed in /proc/vmstat in this
 * order, which is the relative order of vmstat_text[] (mm/vmstat.c); the rest are model-only
 * counters (names chosen after the kernel's irq/trace names) and are never printed as vmstat.
 */
public enum MmuStat {
    PGFAULT("pgfault"),
    NUMA_PAGE_MIGRATE("numa_pages_migrated"),
    PGMIGRATE_SUCCESS("pgmigrate_success"),
    PGMIGRATE_FAIL("pgmigrate_fail"),
    THP_MIGRATION_SUCCESS("thp_migration_success"),
    THP_MIGRATION_FAIL("thp_migration_fail"),
    THP_MIGRATION_SPLIT("thp_migration_split"),
    THP_FAULT_ALLOC("thp_fault_alloc"),
    THP_FAULT_FALLBACK("thp_fault_fallback"),
    THP_FAULT_FALLBACK_CHARGE("thp_fault_fallback_charge"),
    THP_SPLIT_PAGE("thp_split_page"),
    THP_SPLIT_PAGE_FAILED("thp_split_page_failed"),
    THP_DEFERRED_SPLIT_PAGE("thp_deferred_split_page"),
    THP_SPLIT_PMD("thp_split_pmd"),
    NR_TLB_REMOTE_FLUSH("nr_tlb_remote_flush"),
    NR_TLB_REMOTE_FLUSH_RECEIVED("nr_tlb_remote_flush_received"),
    NR_TLB_LOCAL_FLUSH_ALL("nr_tlb_local_flush_all"),
    NR_TLB_LOCAL_FLUSH_ONE("nr_tlb_local_flush_one"),
    DIRECT_MAP_LEVEL2_SPLIT("direct_map_level2_splits"),
    DIRECT_MAP_LEVEL3_SPLIT("direct_map_level3_splits"),
    DIRECT_MAP_LEVEL2_COLLAPSE("direct_map_level2_collapses"),
    DIRECT_MAP_LEVEL3_COLLAPSE("direct_map_level3_collapses"),
    /** TLB shootdown IPIs delivered (irq_tlb_count, the "TLB" line of /proc/interrupts). */
    TLB_IPIS(null),
    /** Function-call IPIs of on_each_cpu() for kernel flushes (flush_tlb_all, kernel ranges). */
    KERNEL_FLUSH_IPIS(null),
    /** TLB lookups that hit / missed (model only: the kernel has no such counter). */
    TLB_HITS(null),
    TLB_MISSES(null),
    /** Page-table pages allocated / freed for user page tables and the direct map. */
    PGTABLE_ALLOC(null),
    PGTABLE_FREE(null),
    /** try_to_unmap_flush() calls that found a pending batch. */
    BATCHED_UNMAP_FLUSH(null),
    /** Source folios kept past unmap by a deferred flush policy, and released later. */
    DEFERRED_SRC_KEPT(null),
    DEFERRED_SRC_RELEASED(null),
    /** CoW copies made in do_wp_page(). */
    COW_COPY(null),
    /** Folios the page allocator migrated on its own (compaction) that the model followed. */
    ALLOCATOR_MOVES_FOLLOWED(null),
    /** CPA W^X warnings (verify_rwx()). */
    CPA_WX_WARNINGS(null),
    /**
     * User page-table entries written with a non-empty value (set_pte/set_pmd of a mapping, a
     * write-protect or dirty/young update, a migration entry, a table link); clears are not
     * counted. Model only: the kernel's set_ptes() is inline and counts nothing.
     */
    PTES_SET(null),
    /**
     * Page-table leaf entries installed by anonymous faults (a folio's PTEs, a zero-page PTE, a
     * CoW copy's PTE, a PMD THP entry): with {@link #PGFAULT} the PTEs per fault.
     */
    FAULT_PTES(null),
    /** Anonymous pages each address space had mapped when it exited, summed (its RSS at exit). */
    ANON_RSS_AT_EXIT(null),
    /**
     * Cycles charged for kernel work the model does not simulate (a scenario's stated figure,
     * e.g. file I/O and exec of a build job); included in {@link Mmu#cycles()}.
     */
    UNMODELLED_KERNEL_CYCLES(null);

    private final String vmstatName;

    MmuStat(String vmstatName) {
        this.vmstatName = vmstatName;
    }

    /** Name in vmstat_text[], or null for model-only counters. */
    public String vmstatName() {
        return vmstatName;
    }

    /** Whether the counter appears in /proc/vmstat. */
    public boolean isVmstat() {
        return vmstatName != null;
    }
}
