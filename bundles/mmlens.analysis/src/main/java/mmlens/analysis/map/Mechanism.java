package mmlens.analysis.map;

/**
 * The engine mechanisms a kernel change can be mapped onto: the fixed vocabulary of the mapping and of
 * the check suites (shared/mapping/mechanisms.md). A change that maps onto none of them is unmodelled.
 */
public enum Mechanism {
    /** Free lists per order, merge and split of buddies (__free_one_page, expand, __rmqueue_smallest). */
    BUDDY("buddy"),
    /** Migratetype fallback, claiming and stealing pageblocks (fallbacks[], try_to_claim_block). */
    FALLBACK("fallback"),
    /** Pageblock flags and migratetype bits, pageblock_order, page isolation. */
    PAGEBLOCK("pageblock"),
    /** Per-CPU page lists: rmqueue_pcplist, free_pcppages_bulk, pcp high and batch, drains. */
    PCP("pcp"),
    /** Watermarks, boost, lowmem_reserve, min_free_kbytes, watermark_scale_factor. */
    WATERMARK("watermark"),
    /** The highatomic reserve and the ALLOC_HIGHATOMIC / ALLOC_NON_BLOCK paths. */
    HIGHATOMIC("highatomic"),
    /** GFP flags, alloc_context, zonelists, the __alloc_pages entry and slow-path retry/OOM decisions. */
    GFP("gfp"),
    /** mm/compaction.c: capture, kcompactd, proactive compaction, skip hints, isolation scanners. */
    COMPACTION("compaction"),
    /** mm/vmscan.c: kswapd, LRU, shrinkers, workingset. */
    RECLAIM("reclaim"),
    /** Unaccepted memory: accept_memory, PageUnaccepted, the zone's unaccepted list. */
    UNACCEPTED("unaccepted"),
    /** The x86 direct map and CPA: set_memory_*, set_direct_map_*, split and collapse of large mappings. */
    DIRECT_MAP("direct-map"),
    /** TLB flushing and shootdowns: flush_tlb_*, mmu_gather, lazy TLB, PCID/ASID, INVLPGB, IPIs. */
    TLB_FLUSH("tlb-flush"),
    /** Page-table pages and entries: pte/pmd alloc and free, set_pte_at, zap_pte_range, walks. */
    PAGE_TABLES("page-tables"),
    /** User page faults: handle_mm_fault, do_anonymous_page, do_wp_page / CoW, huge PMD faults. */
    FAULT("fault"),
    /** Folios and large folios: orders, THP/mTHP policy, split, rmap, deferred split, refcounts. */
    FOLIO("folio"),
    /** Page and folio migration: mm/migrate.c, migrate_pages, NUMA-balancing migration. */
    MIGRATION("migration"),
    /** VMA operations: mmap, munmap, mprotect, madvise, mremap, fork's copy of page tables. */
    VMA("vma"),
    /** Address space isolation: restricted address space, sensitive and nonsensitive memory. */
    ASI("asi");

    private final String id;

    Mechanism(String id) {
        this.id = id;
    }

    /** The fixed id, as written in catalogs, reports and suite names (e.g. {@code tlb-flush}). */
    public String id() {
        return id;
    }

    /** The mechanism with this id, or null for null or an unknown id (such as {@code -}). */
    public static Mechanism fromId(String id) {
        if (id != null) {
            for (Mechanism m : values()) {
                if (m.id.equals(id)) {
                    return m;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
