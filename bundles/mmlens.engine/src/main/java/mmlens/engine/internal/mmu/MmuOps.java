package mmlens.engine.internal.mmu;

/**
 * The public operations of the internal MMU model, called by the API facade
 * ({@code mmlens.engine.mmu.Mmu}). Each call is one atomic step.
 */
public final class MmuOps {
    private final MmuCore core;

    public MmuOps(MmuCore core) {
        this.core = core;
    }

    public MmStruct newMm(int cpu) {
        core.beginOp(cpu);
        return core.newMm(cpu);
    }

    public Vma mmap(MmStruct mm, long start, long len, int flags) {
        return core.spaces.mmap(mm, start, len, flags);
    }

    public void munmap(int cpu, MmStruct mm, long start, long len) {
        core.beginOp(cpu);
        core.spaces.munmap(cpu, mm, start, len);
    }

    public void madviseDontneed(int cpu, MmStruct mm, long start, long len) {
        core.beginOp(cpu);
        core.spaces.dontneed(cpu, mm, start, len);
    }

    public void madviseFree(int cpu, MmStruct mm, long start, long len) {
        core.beginOp(cpu);
        core.spaces.free(cpu, mm, start, len);
    }

    public void madviseHugepage(MmStruct mm, long start, long len, boolean on) {
        core.spaces.hugepage(mm, start, len, on);
    }

    public void mprotectRo(int cpu, MmStruct mm, long start, long len) {
        core.beginOp(cpu);
        core.spaces.mprotectRo(cpu, mm, start, len);
    }

    public void mprotectRw(int cpu, MmStruct mm, long start, long len) {
        core.beginOp(cpu);
        core.spaces.mprotectRw(cpu, mm, start, len);
    }

    public MmStruct fork(int cpu, MmStruct mm) {
        core.beginOp(cpu);
        return core.spaces.fork(cpu, mm);
    }

    public void exit(int cpu, MmStruct mm) {
        core.beginOp(cpu);
        core.spaces.exit(cpu, mm);
    }

    /** Context switch of cpu to a task of mm (switch_mm_irqs_off). */
    public void switchTo(int cpu, MmStruct mm) {
        core.beginOp(cpu);
        core.unmap.payOwed(cpu);
        core.cpus.switchMm(cpu, mm);
    }

    /** A kernel thread runs on cpu (enter_lazy_tlb). */
    public void enterLazy(int cpu) {
        core.beginOp(cpu);
        core.log.event(EventLog.LAZY, cpu, core.cpus.loadedMm[cpu], 0, 0);
        core.cpus.enterLazy(cpu);
    }

    public boolean access(int cpu, long va, boolean write) {
        core.beginOp(cpu);
        return core.access.user(cpu, va, write);
    }

    public boolean kernelAccess(int cpu, long pfn, boolean write) {
        core.beginOp(cpu);
        return core.access.kernel(cpu, pfn, write);
    }

    /** Head pfn of the folio mapped at va in mm (PTE or PMD), or -1. */
    public long folioAt(MmStruct mm, long va) {
        long e = core.pt.walk(mm, va);
        if (!PageTables.isPresentLeaf(e)) {
            return -1;
        }
        long pfn = PageTables.pfnAt(e, va, core.pt.lastWalkPmd);
        long h = core.folios.headOf(pfn);
        return h >= 0 && core.folios.isZero(h) ? -1 : h;
    }

    /** Whether va is mapped by a PMD leaf in mm. */
    public boolean pmdMapped(MmStruct mm, long va) {
        long e = core.pt.walk(mm, va);
        return PageTables.isPresentLeaf(e) && core.pt.lastWalkPmd;
    }

    public long migrate(int cpu, long[] heads, boolean numa) {
        core.beginOp(cpu);
        return core.migrate.migrate(cpu, heads, numa);
    }

    public void releaseDeferred(int cpu, boolean force) {
        core.beginOp(cpu);
        core.migrate.releaseKept(cpu, force);
    }

    public int deferredKept() {
        return core.migrc.keptNow();
    }

    /** split_folio_to_order() with a caller reference taken and dropped around it. */
    public int splitFolio(int cpu, long head, int newOrder) {
        core.beginOp(cpu);
        core.folios.get(head, 1);
        int r = core.split.splitFolio(cpu, head, newOrder);
        core.folios.put(cpu, head, 1);
        return r;
    }

    public int deferredSplitScan(int cpu, int nr) {
        core.beginOp(cpu);
        return core.split.deferredSplitScan(cpu, nr);
    }

    /** Pays flushes a broken policy left pending on cpu. */
    public void payOwed(int cpu) {
        core.beginOp(cpu);
        core.unmap.payOwed(cpu);
    }

    public int changeDirectMap(int cpu, long pfn, long numpages, int set, int clr, boolean forceSplit, int flags) {
        core.beginOp(cpu);
        return core.cpa.changePageAttrSetClr(cpu, pfn, numpages, set, clr, forceSplit, flags);
    }

    /** __set_pages_np / __set_pages_p on one direct-map page (no alias check, no flush). */
    public int setDirectMapNoflush(int cpu, long pfn, boolean valid) {
        core.beginOp(cpu);
        Cpa.Data d = new Cpa.Data();
        d.startPfn = pfn;
        d.numpages = 1;
        d.maskSet = valid ? Prot.PRESENT | Prot.RW : 0;
        d.maskClr = valid ? 0 : Prot.PRESENT | Prot.RW | Prot.DIRTY;
        d.flags = Cpa.CPA_NO_CHECK_ALIAS;
        return core.cpa.changePageAttrSetClrLoop(cpu, d);
    }

    public void flushTlbKernelRange(int cpu, long start, long end) {
        core.beginOp(cpu);
        core.flush.flushTlbKernelRange(cpu, start, end);
    }

    public void tryToUnmapFlush(int cpu) {
        core.beginOp(cpu);
        core.flush.tryToUnmapFlush(cpu);
    }

    /**
     * Reclaim-style unmap of one mapped folio with TTU_BATCH_FLUSH (try_to_unmap): PTEs cleared
     * and batched; the caller ends the batch with {@link #tryToUnmapFlush}, then the folio can be
     * freed by {@link #putFolio}. Returns the number of PTEs cleared.
     */
    public int tryToUnmap(int cpu, long head) {
        core.beginOp(cpu);
        int n = 0;
        for (Rmap.Mapping m : core.rmap.walk(head)) {
            if (m.pmd()) {
                core.split.splitHugePmd(cpu, m.vma().mm, m.vma(), m.va(), m.pos());
            }
        }
        for (Rmap.Mapping m : core.rmap.walk(head)) {
            long e = core.pt.read(m.pos());
            long pfn = PageTables.pfnOf(e);
            core.pt.write(m.pos(), 0);
            core.log.event(EventLog.UNMAP, cpu, m.vma().mm.id, m.va(), pfn);
            core.folios.removePteMap(head, pfn);
            m.vma().mm.rssAnon--;
            core.folios.put(cpu, head, 1);
            core.unmap.flushOrDefer(cpu, m.vma().mm, m.va(), (e & Prot.DIRTY) != 0, true);
            n++;
        }
        return n;
    }

    public void getFolio(long head) {
        core.folios.get(head, 1);
    }

    public void putFolio(int cpu, long head) {
        core.beginOp(cpu);
        core.folios.put(cpu, head, 1);
    }

    public KernelVm kvm() {
        return core.kvm;
    }
}
