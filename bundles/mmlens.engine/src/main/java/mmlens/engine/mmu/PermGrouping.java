package mmlens.engine.mmu;

/** How allocations that get non-default direct-map permissions (module text, BPF JIT) are placed. */
public enum PermGrouping {
    /** Mainline (as modelled): each allocation takes order-0 pages wherever the allocator puts them. */
    SCATTERED,
    /**
     * Variation point: the grouped page cache (x86/mm/cpa grouped page allocations): pages come from
     * 2 MiB blocks kept for the purpose, so permission changes fracture one PMD instead of many;
     * order-0 fallback when no 2 MiB block can be had; a shrinker gives cached pages back one by
     * one under memory pressure, and their direct map stays split.
     */
    GROUPED_2M,
    /**
     * Variation point: the GFP-flag alternative: the page allocator keeps such pages together per
     * pageblock (claimed whole), and a pageblock whose pages are all free goes back at once; no
     * cache, no shrinker.
     */
    GFP_FLAG
}
