/**
 * Implementation of the MMU model: {@code MmuCore} holds the shared state; one class per kernel
 * area — DirectMapBoot (arch/x86/mm/init.c, init_64.c), Cpa (pat/set_memory.c), Cpus and TlbFlush
 * (arch/x86/mm/tlb.c), PageTables, Fault (mm/memory.c, mm/huge_memory.c), Zap (mm/mmu_gather.c),
 * Split, Rmap (mm/rmap.c), Migrate (mm/migrate.c), KernelVm (mm/vmalloc.c users of set_memory_*),
 * Follow (moves made by the allocator's compaction), Checker and EventLog. Per-page state lives in
 * arrays indexed by pfn ({@code Folios}, {@code Checker}).
 */
package mmlens.engine.internal.mmu;
