package mmlens.engine.mmu;

import java.util.List;

import mmlens.engine.internal.mmu.Cpa;
import mmlens.engine.internal.mmu.DirectMapTable;
import mmlens.engine.internal.mmu.MmuCore;
import mmlens.engine.internal.mmu.MmuOps;
import mmlens.engine.internal.mmu.Prot;

/**
 * A simulated x86-64 MMU on top of a {@link PageSource}: the kernel direct map with CPA, per-cpu
 * TLBs with PCID and lazy TLB, mainline TLB shootdowns, user address spaces with anonymous folios
 * (order 0..PMD order), THP splitting, migration, and a correctness checker.
 *
 * <p>Single threaded and deterministic; every method is one atomic step of the model. Pfns are
 * 4 KiB frame numbers; user addresses are bytes below 2^43 and page aligned where a range is
 * given. The machine boots with system_state before SYSTEM_RUNNING (boot-time splits are not
 * counted); call {@link #markRunning()} once setup is done.
 */
public final class Mmu {
    private final MmuCore core;
    private final MmuOps ops;

    private Mmu(MmuCore core) {
        this.core = core;
        this.ops = new MmuOps(core);
    }

    /** Builds the direct map as init_mem_mapping() does and brings all cpus up on init_mm. */
    public static Mmu boot(MmuConfig cfg, PageSource src) {
        MmuCore core = new MmuCore(cfg, src);
        src.setMoveListener(core::allocatorMoved);
        return new Mmu(core);
    }

    /** system_state = SYSTEM_RUNNING: direct-map splits and collapses are counted from now on. */
    public void markRunning() {
        core.running = true;
    }

    public MmuConfig config() {
        return core.cfg;
    }

    // ---- direct map (arch/x86/mm/pat/set_memory.c) --------------------------------------------

    /** set_memory_ro(): clears RW|DIRTY. @return 0 or -errno */
    public int setMemoryRo(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, 0, Prot.RW | Prot.DIRTY, false, 0);
    }

    /** set_memory_rw() */
    public int setMemoryRw(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, Prot.RW, 0, false, 0);
    }

    /** set_memory_nx() */
    public int setMemoryNx(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, Prot.NX, 0, false, 0);
    }

    /** set_memory_x() */
    public int setMemoryX(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, 0, Prot.NX, false, 0);
    }

    /** set_memory_np() */
    public int setMemoryNp(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, 0, Prot.PRESENT, false, 0);
    }

    /** set_memory_p() */
    public int setMemoryP(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, Prot.PRESENT, 0, false, 0);
    }

    /** set_memory_rox(): RO + X with CPA_COLLAPSE. */
    public int setMemoryRox(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, 0, Prot.RW | Prot.DIRTY | Prot.NX, false, Cpa.CPA_COLLAPSE);
    }

    /** set_memory_encrypted() / set_memory_decrypted() via __set_memory_enc_pgtable() (TDX/SEV guests). */
    public int setMemoryEncrypted(int cpu, long pfn, long numpages, boolean enc) {
        return ops.changeDirectMap(cpu, pfn, numpages, enc ? Prot.ENC : 0, enc ? 0 : Prot.ENC, false, 0);
    }

    /** set_memory_4k(): force_split with _PAGE_KERNEL_4K. */
    public int setMemory4k(int cpu, long pfn, long numpages) {
        return ops.changeDirectMap(cpu, pfn, numpages, Prot.KERNEL_4K, 0, true, 0);
    }

    /** set_direct_map_invalid_noflush() / set_direct_map_default_noflush(). */
    public int setDirectMapValidNoflush(int cpu, long pfn, boolean valid) {
        return ops.setDirectMapNoflush(cpu, pfn, valid);
    }

    /** flush_tlb_kernel_range() over direct-map pfns [pfn, pfn + n). */
    public void flushDirectMap(int cpu, long pfn, long n) {
        ops.flushTlbKernelRange(cpu, Cpa.va(pfn), Cpa.va(pfn + n));
    }

    /** Page size mapping pfn in the direct map: 4096, 2 MiB, 1 GiB, or 0 if unmapped. */
    public long directMapPageSize(long pfn) {
        int l = core.dm.levelOf(pfn);
        return l == 0 ? 0 : 4096L << (9 * (l - 1));
    }

    /** Human-readable direct-map protection of pfn ("PRW NX G"...). */
    public String directMapProt(long pfn) {
        return Prot.describe(core.dm.protOf(pfn));
    }

    /** Whether the direct map lets the kernel write pfn. */
    public boolean directMapWritable(long pfn) {
        int p = core.dm.protOf(pfn);
        return (p & Prot.PRESENT) != 0 && (p & Prot.RW) != 0;
    }

    /** direct_pages_count[level]: entries mapping RAM at PG_LEVEL_4K (1), 2M (2), 1G (3). */
    public long directPagesCount(int level) {
        return core.dm.directPagesCount[level];
    }

    /** Page-table pages below the PUD level that the direct map uses. */
    public int directMapTables() {
        return core.dm.liveTables();
    }

    // ---- vmalloc users of set_memory_* ----------------------------------------------------------

    /** vmalloc()/execmem_alloc() of n pages, placed by the {@link PermGrouping} policy; null on OOM. */
    public KernelArea vmalloc(int cpu, int pages) {
        var a = core.kvm.alloc(cpu, pages);
        return a == null ? null : new KernelArea(a);
    }

    /** set_memory_ro() on pages [first, first + n) of the area (the direct-map alias follows). */
    public int areaSetRo(int cpu, KernelArea a, int first, int n) {
        return core.kvm.setMemory(cpu, a.area, first, n, 0, Prot.RW | Prot.DIRTY, 0);
    }

    /** set_memory_x() on pages of the area. */
    public int areaSetX(int cpu, KernelArea a, int first, int n) {
        return core.kvm.setMemory(cpu, a.area, first, n, 0, Prot.NX, 0);
    }

    /** set_memory_rox() on pages of the area. */
    public int areaSetRox(int cpu, KernelArea a, int first, int n) {
        return core.kvm.setMemory(cpu, a.area, first, n, 0, Prot.RW | Prot.DIRTY | Prot.NX, Cpa.CPA_COLLAPSE);
    }

    /** A set_memory_ro() that skips the alias (CPA_NO_CHECK_ALIAS): a bug for the checker to find. */
    public int areaSetRoNoAlias(int cpu, KernelArea a, int first, int n) {
        return core.kvm.setMemory(cpu, a.area, first, n, 0, Prot.RW | Prot.DIRTY, Cpa.CPA_NO_CHECK_ALIAS);
    }

    /** Drops VM_FLUSH_RESET_PERMS from the area: vfree() will not reset the direct map. */
    public void areaNoResetPerms(KernelArea a) {
        core.kvm.noResetPerms(a.area);
    }

    /**
     * The grouped cache's shrinker (scan_objects) over up to nr cached pages, as kswapd runs it under
     * memory pressure ({@link PermGrouping#GROUPED_2M}; nothing for the others).
     *
     * @return pages given back to the page allocator
     */
    public long shrinkPermCache(int cpu, long nr) {
        return core.kvm.shrink(cpu, nr);
    }

    /**
     * {2M blocks taken, order-0 fallback pages, pages the shrinker returned, of those the ones left
     * 4K-mapped in the direct map, pages cached now, 2M blocks handed back whole} of the
     * {@link PermGrouping} variant; zeros for SCATTERED.
     */
    public long[] permGroupingStats() {
        return core.kvm.groupingStats();
    }

    /** vfree() */
    public void vfree(int cpu, KernelArea a) {
        core.kvm.free(cpu, a.area);
    }

    /** The restricted (ASI-style) address space, created empty on first call. */
    public RestrictedSpace restricted() {
        return new RestrictedSpace(core.restricted());
    }

    // ---- cpus ------------------------------------------------------------------------------------

    public int cpus() {
        return core.cfg.cpus;
    }

    /** Schedules a task of as on cpu (switch_mm_irqs_off). */
    public void switchTo(int cpu, AddressSpace as) {
        ops.switchTo(cpu, as.mm);
    }

    /** Schedules a kernel thread on cpu (enter_lazy_tlb). */
    public void enterLazy(int cpu) {
        ops.enterLazy(cpu);
    }

    public boolean isLazy(int cpu) {
        return core.cpus.isLazy(cpu);
    }

    /** ctx_id of the mm loaded on cpu (1 = init_mm). */
    public int loadedMm(int cpu) {
        return core.cpus.loadedMm(cpu);
    }

    /** A user load/store by cpu in the address space it runs. @return false on SIGSEGV/OOM */
    public boolean access(int cpu, long va, boolean write) {
        return ops.access(cpu, va, write);
    }

    /** A kernel load/store of pfn through the direct map. @return false if the direct map forbids it */
    public boolean kernelAccess(int cpu, long pfn, boolean write) {
        return ops.kernelAccess(cpu, pfn, write);
    }

    /** TLB entries live on cpu. */
    public int tlbEntries(int cpu) {
        return core.cpus.tlb(cpu).liveEntries();
    }

    /**
     * TLB flushes pending on cpu: generations of its loaded mm's TLB it has not caught up with (a
     * lazy cpu skips flush IPIs and catches up on its next switch), 0 when up to date.
     */
    public long pendingFlushes(int cpu) {
        int id = core.cpus.loadedMm(cpu);
        if (id == mmlens.engine.internal.mmu.Cpus.INIT_MM) {
            return 0;
        }
        return Math.max(0, core.mm(id).tlbGen - core.cpus.localGen(cpu));
    }

    /** Advances the model jiffies (should_trim_cpumask). */
    public void tick(long jiffies) {
        core.jiffies += jiffies;
        ops.releaseDeferred(0, false);
    }

    // ---- address spaces --------------------------------------------------------------------------

    public AddressSpace newAddressSpace(int cpu) {
        return new AddressSpace(ops.newMm(cpu));
    }

    /** mmap(MAP_ANONYMOUS|MAP_PRIVATE|MAP_FIXED, PROT_READ|PROT_WRITE) of [start, start + len). */
    public void mmap(AddressSpace as, long start, long len, boolean hugepageAdvised) {
        ops.mmap(as.mm, start, len, 1 | 2 | (hugepageAdvised ? 4 : 0));
    }

    public void munmap(int cpu, AddressSpace as, long start, long len) {
        ops.munmap(cpu, as.mm, start, len);
    }

    public void madviseDontneed(int cpu, AddressSpace as, long start, long len) {
        ops.madviseDontneed(cpu, as.mm, start, len);
    }

    public void madviseFree(int cpu, AddressSpace as, long start, long len) {
        ops.madviseFree(cpu, as.mm, start, len);
    }

    public void madviseHugepage(AddressSpace as, long start, long len, boolean on) {
        ops.madviseHugepage(as.mm, start, len, on);
    }

    public void mprotectReadOnly(int cpu, AddressSpace as, long start, long len) {
        ops.mprotectRo(cpu, as.mm, start, len);
    }

    /**
     * mprotect(PROT_READ|PROT_WRITE): the VMAs writable again; PTEs of exclusive anonymous folios
     * made writable at once without a fault (MM_CP_TRY_CHANGE_WRITABLE), shared ones stay CoW.
     */
    public void mprotectReadWrite(int cpu, AddressSpace as, long start, long len) {
        ops.mprotectRw(cpu, as.mm, start, len);
    }

    public AddressSpace fork(int cpu, AddressSpace parent) {
        return new AddressSpace(ops.fork(cpu, parent.mm));
    }

    public void exit(int cpu, AddressSpace as) {
        ops.exit(cpu, as.mm);
    }

    // ---- folios, split, migration, batched unmap ---------------------------------------------

    /** Head pfn of the anon folio mapped at va, or -1 (none or zero page). */
    public long folioAt(AddressSpace as, long va) {
        return ops.folioAt(as.mm, va);
    }

    public boolean pmdMapped(AddressSpace as, long va) {
        return ops.pmdMapped(as.mm, va);
    }

    public int folioOrder(long head) {
        return core.folios.orderOf(head);
    }

    public int folioRefcount(long head) {
        return core.folios.refcount(head);
    }

    /** folio_mapcount() */
    public int folioMapcount(long head) {
        return core.folios.mapcount(head);
    }

    /** split_folio_to_order(); 0, -EINVAL (-22) or -EAGAIN (-11). */
    public int splitFolio(int cpu, long head, int newOrder) {
        return ops.splitFolio(cpu, head, newOrder);
    }

    /** deferred_split_scan() over at most nr queued folios; returns folios split. */
    public int deferredSplitScan(int cpu, int nr) {
        return ops.deferredSplitScan(cpu, nr);
    }

    /** migrate_pages() of the given folios (one batch). @return pages migrated */
    public long migrate(int cpu, long[] heads, boolean numaBalancing) {
        return ops.migrate(cpu, heads, numaBalancing);
    }

    /** Source folios still kept by {@link FlushPolicy#DEFERRED_GENERATIONS} (migrc requests). */
    public int deferredSources() {
        return ops.deferredKept();
    }

    /** Pages of kept source folios now (migrc's pending pages); 0 for other policies. */
    public long deferredPendingPages() {
        return core.migrc.pendingPages();
    }

    /** The most pages ever pending at once. */
    public long deferredPendingPeak() {
        return core.migrc.peakPendingPages();
    }

    /** Flushes of every pending request forced before a page became writable. */
    public long deferredWriteFlushes() {
        return core.migrc.writeFlushes();
    }

    /** Flushes of every pending request forced by the low watermark (or an allocator move). */
    public long deferredPressureFlushes() {
        return core.migrc.pressureFlushes();
    }

    /** Releases kept sources whose cpus all flushed since; with force, flushes them first. */
    public void releaseDeferred(int cpu, boolean force) {
        ops.releaseDeferred(cpu, force);
    }

    /** try_to_unmap(TTU_BATCH_FLUSH) of one folio while the caller holds a reference. */
    public int tryToUnmap(int cpu, long head) {
        return ops.tryToUnmap(cpu, head);
    }

    /** try_to_unmap_flush() */
    public void tryToUnmapFlush(int cpu) {
        ops.tryToUnmapFlush(cpu);
    }

    public void getFolio(long head) {
        ops.getFolio(head);
    }

    public void putFolio(int cpu, long head) {
        ops.putFolio(cpu, head);
    }

    /** Executes flushes a broken policy still owes on cpu. */
    public void payOwedFlushes(int cpu) {
        ops.payOwed(cpu);
    }

    // ---- counters, checker, footprint -----------------------------------------------------------

    public long stat(MmuStat s) {
        return core.stats.get(s);
    }

    /** tlb:tlb_flush events by reason. */
    public long flushReason(FlushReason r) {
        return core.stats.reasons[r.ordinal()];
    }

    /** Per-order mTHP counter. */
    public long mthp(int order, MthpStat s) {
        return core.stats.mthp[order][s.ordinal()];
    }

    /** Sum of the cycle cost model. */
    public long cycles() {
        return core.stats.cycles;
    }

    /**
     * Charges kernel work the model does not simulate (a scenario's stated figure): added to
     * {@link #cycles()} and to {@link MmuStat#UNMODELLED_KERNEL_CYCLES}.
     */
    public void chargeUnmodelledKernel(long cycles) {
        core.stats.cycles += cycles;
        core.stats.add(MmuStat.UNMODELLED_KERNEL_CYCLES, cycles);
    }

    /** Charges user-mode work a scenario states for its workload ({@link #userCycles()}). */
    public void chargeUser(long cycles) {
        core.stats.userCycles += cycles;
    }

    /** User-mode cycles charged by the scenario (0 when it states none); not part of {@link #cycles()}. */
    public long userCycles() {
        return core.stats.userCycles;
    }

    public List<Finding> findings() {
        return core.findings();
    }

    public long findingCount(Finding.Kind k) {
        return core.checker.count(k);
    }

    public long findingTotal() {
        return core.checker.total();
    }

    /** Pages of folios the model owns now (anon, zero pages). */
    public long ownedPages() {
        return core.folios.ownedPages();
    }

    /** Page-table pages of user address spaces. */
    public int userPageTables() {
        return core.pt.liveTables();
    }

    /** Bytes of model state: per-pfn folio and checker arrays, page tables, direct map, TLBs. */
    public long stateBytes() {
        long b = core.folios.stateBytes() + core.checker.stateBytes() + core.pt.stateBytes() + core.dm.stateBytes();
        for (int c = 0; c < cpus(); c++) {
            b += core.cpus.tlb(c).stateBytes();
        }
        return b;
    }

    /** The direct-map level constants, for callers of {@link #directPagesCount}. */
    public static final int PG_LEVEL_4K = DirectMapTable.L4K;
    public static final int PG_LEVEL_2M = DirectMapTable.L2M;
    public static final int PG_LEVEL_1G = DirectMapTable.L1G;
}
