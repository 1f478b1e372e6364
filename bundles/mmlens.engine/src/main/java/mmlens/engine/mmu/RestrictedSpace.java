package mmlens.engine.mmu;

import mmlens.engine.internal.mmu.RestrictedMap;

/**
 * Variation point: a restricted kernel address space mirroring the direct map for non-sensitive
 * pages only (the ASI design). Pages are mapped when they become non-sensitive and unmapped, with
 * a kernel TLB flush on every cpu, when they become sensitive.
 */
public final class RestrictedSpace {
    private final RestrictedMap map;

    RestrictedSpace(RestrictedMap map) {
        this.map = map;
    }

    public void map(int cpu, long pfn, int order) {
        map.map(cpu, pfn, order);
    }

    public void unmap(int cpu, long pfn, int order) {
        map.unmap(cpu, pfn, order);
    }

    public boolean isMapped(long pfn) {
        return map.isMapped(pfn);
    }

    public boolean pmdMapped(long pfn) {
        return map.pmdMapped(pfn);
    }

    /** PMD leaves that had to become PTE tables. */
    public long splits() {
        return map.splits;
    }

    public long collapses() {
        return map.collapses;
    }

    /** Kernel TLB flushes issued for the restricted space. */
    public long flushes() {
        return map.flushes;
    }

    /** Page-table pages in use. */
    public long tables() {
        return map.tables;
    }

    public long mappedPages() {
        return map.mappedPages();
    }
}
