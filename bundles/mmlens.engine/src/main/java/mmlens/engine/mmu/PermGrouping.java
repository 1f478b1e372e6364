package mmlens.engine.mmu;

/** How allocations that get non-default direct-map permissions (module text, BPF JIT) are placed. */
public enum PermGrouping {
    /** Mainline: each allocation takes order-0 pages wherever the allocator puts them. */
    SCATTERED,
    /**
     * Variation point: carve such pages from 2 MiB blocks kept for the purpose (the execmem ROX
     * cache idea), so permission changes fracture one PMD instead of many.
     */
    GROUPED_2M
}
