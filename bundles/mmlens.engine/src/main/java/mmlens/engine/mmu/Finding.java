package mmlens.engine.mmu;

import java.util.List;

/**
 * A correctness problem found by the checker, with the minimal event trace that produced it:
 * the events touching the pfn, address, mm and cpu involved, oldest first, each line prefixed
 * with the model clock stamp.
 */
public record Finding(Kind kind, int cpu, long va, long pfn, String message, List<String> trace) {
    public enum Kind {
        /** A cpu used a TLB entry filled before the pfn was freed (use-after-free via stale TLB). */
        STALE_TLB_FREED_PFN,
        /** A write went through a writable TLB entry to a page whose contents were already copied
         * (migration, CoW) or whose PTE was write-protected: the write is lost. */
        STALE_WRITABLE_TLB,
        /** A kernel write went through a stale writable direct-map entry after set_memory_ro. */
        STALE_KERNEL_WRITABLE,
        /** A page's permissions in a kernel mapping disagree with its direct-map alias. */
        DIRECT_MAP_ALIAS_MISMATCH,
        /** A page went back to the allocator with non-default direct-map permissions. */
        FREED_WITH_DIRECT_MAP_PERMS,
        /** A folio that the rest of mm cannot split was created or was asked to be split. */
        UNSPLITTABLE_FOLIO,
        /** ASI: sensitive data reached the restricted address space (a pageblock turned nonsensitive
         * without zeroing its freed sensitive pages or while holding a live sensitive allocation, or
         * sensitive data was placed in a block still mapped there); the trace is the allocator's. */
        SENSITIVE_DATA_EXPOSED
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(kind).append(" cpu ").append(cpu).append(" va 0x").append(Long.toHexString(va)).append(" pfn 0x")
                .append(Long.toHexString(pfn)).append(": ").append(message);
        for (String t : trace) {
            b.append("\n  ").append(t);
        }
        return b.toString();
    }
}
