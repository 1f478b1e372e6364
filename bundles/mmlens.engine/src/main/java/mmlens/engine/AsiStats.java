package mmlens.engine;

/**
 * Counters of the ASI page-allocator model (knob {@code asi}) at one moment, all since boot.
 *
 * @param mapConversions pageblocks that became MIGRATE_UNMOVABLE_NONSENSITIVE and were asi_map()ped
 *            (PMD entries set in the restricted physmap; no flush)
 * @param unmapConversions pageblocks asi_unmap()ped back to a sensitive type
 * @param staleMappings pageblocks that left the nonsensitive type without asi_unmap() and stayed
 *            mapped (the RFC as posted: merges in __free_one_page, highatomic reserves, compaction)
 * @param flushes flush_tlb_kernel_range() calls of asi_unmap() (each reaches every cpu)
 * @param flushIpis IPIs those flushes sent (flushes times the other cpus)
 * @param zeroedPages pages zeroed when their block became nonsensitive (zeroed variant)
 * @param exposures SENSITIVE_DATA_EXPOSED findings (all, not only those kept with a trace)
 * @param exposedFreed of them: freed sensitive pages, not zeroed, mapped by a conversion
 * @param exposedLive of them: live sensitive allocations mapped by a conversion
 * @param exposedPlaced of them: sensitive data placed in a block left mapped
 * @param mappedBlocks pageblocks mapped in the restricted physmap at this moment
 * @param restrictedSplits PMD entries of the restricted physmap split to PTEs: always 0, as
 *            pageblock_order is at least the PMD order (kept as a figure, not assumed)
 */
public record AsiStats(long mapConversions, long unmapConversions, long staleMappings, long flushes,
        long flushIpis, long zeroedPages, long exposures, long exposedFreed, long exposedLive, long exposedPlaced,
        long mappedBlocks, long restrictedSplits) {

    /** Conversions in both directions. */
    public long conversions() {
        return mapConversions + unmapConversions;
    }

    /** TLB flushes per conversion; 0 without conversions. */
    public double flushesPerConversion() {
        return conversions() == 0 ? 0 : (double) flushes / conversions();
    }
}
