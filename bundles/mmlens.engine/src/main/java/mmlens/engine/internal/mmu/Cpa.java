package mmlens.engine.internal.mmu;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.PageSource;

/**
 * change_page_attr_set_clr() on the direct map (arch/x86/mm/pat/set_memory.c):
 * __change_page_attr_set_clr() loops __change_page_attr(), which keeps a large page when
 * __should_split_large_page() allows it and otherwise split_large_page() /
 * __split_large_page() (a GFP_KERNEL page from the page source, split_page_count(), flush_tlb_all)
 * and retries. cpa_flush() then flushes the kernel range; CPA_COLLAPSE runs
 * cpa_collapse_large_pages(). static_protections() finds nothing to protect in the direct map of
 * RAM in this model, and verify_rwx() only warns (as mainline does); both are therefore reduced to
 * their effect on RAM pages.
 */
public final class Cpa {
    public static final int CPA_FLUSHTLB = 1;
    public static final int CPA_NO_CHECK_ALIAS = 8;
    public static final int CPA_COLLAPSE = 16;
    /** PAGE_OFFSET with 4-level paging and no KASLR. */
    public static final long PAGE_OFFSET = 0xffff888000000000L;
    private static final int PTRS = DirectMapTable.PTRS;

    /** struct cpa_data for a direct-map range of pfns. */
    static final class Data {
        long startPfn;
        long numpages;
        long curpage;
        int maskSet;
        int maskClr;
        int flags;
        boolean forceSplit;
        boolean forceFlushAll;
    }

    private final MmuCore core;
    private final DirectMapTable t;

    Cpa(MmuCore core) {
        this.core = core;
        this.t = core.dm;
    }

    public static long va(long pfn) {
        return PAGE_OFFSET + (pfn << 12);
    }

    /**
     * change_page_attr_set_clr() for direct-map pfns {@code [pfn, pfn + numpages)}.
     *
     * @return 0 or a negative errno (-12 ENOMEM when a split page could not be allocated)
     */
    public int changePageAttrSetClr(int cpu, long pfn, long numpages, int set, int clr, boolean forceSplit,
            int inFlags) {
        if (set == 0 && clr == 0 && !forceSplit) {
            return 0;
        }
        Data cpa = new Data();
        cpa.startPfn = pfn;
        cpa.numpages = numpages;
        cpa.maskSet = set;
        cpa.maskClr = clr;
        cpa.flags = inFlags;
        cpa.forceSplit = forceSplit;
        int ret = changePageAttrSetClrLoop(cpu, cpa);
        core.log.event(EventLog.CPA, cpu, pfn, numpages, (long) set << 32 | clr);
        if ((cpa.flags & CPA_FLUSHTLB) == 0) {
            return ret;
        }
        if (ret != 0) {
            core.flush.flushTlbAll(cpu);
            return ret;
        }
        cpaFlush(cpu, cpa);
        return ret;
    }

    /** __change_page_attr_set_clr() for a primary direct-map range (no alias processing needed). */
    int changePageAttrSetClrLoop(int cpu, Data cpa) {
        long numpages = cpa.numpages;
        long rem = numpages;
        int ret = 0;
        if (cpa.maskSet == 0 && cpa.maskClr == 0 && !cpa.forceSplit) {
            return 0;
        }
        while (rem > 0) {
            cpa.numpages = rem;
            ret = changePageAttr(cpu, cpa);
            if (ret != 0) {
                break;
            }
            rem -= cpa.numpages;
            cpa.curpage += cpa.numpages;
        }
        cpa.numpages = numpages;
        return ret;
    }

    /** __change_page_attr() */
    private int changePageAttr(int cpu, Data cpa) {
        long pfn = cpa.startPfn + cpa.curpage;
        while (true) {
            long h = t.lookup(pfn);
            int e = t.read(h);
            if (DirectMapTable.isNone(e)) {
                // __cpa_process_fault(): holes of the identity map are expected; skip one page
                cpa.numpages = 1;
                return 0;
            }
            int level = DirectMapTable.level(h);
            if (level == DirectMapTable.L4K) {
                int old = DirectMapTable.prot(e);
                int np = (old & ~cpa.maskClr) | cpa.maskSet;
                np = verifyRwx(old, np);
                np = Prot.clearProtnoneBits(np);
                if (np != old) {
                    t.write(h, DirectMapTable.leaf(np));
                    cpa.flags |= CPA_FLUSHTLB;
                }
                cpa.numpages = 1;
                return 0;
            }
            int doSplit = cpa.forceSplit ? 1 : shouldSplitLargePage(h, e, pfn, cpa);
            if (doSplit <= 0) {
                return doSplit;
            }
            int err = splitLargePage(cpu, h, e);
            if (err != 0) {
                return err;
            }
        }
    }

    /** __should_split_large_page(): 1 split, 0 kept (numpages clipped to the large page). */
    private int shouldSplitLargePage(long h, int e, long pfn, Data cpa) {
        int level = DirectMapTable.level(h);
        long psizePfns = level == DirectMapTable.L2M ? PTRS : (long) PTRS * PTRS;
        long lpBase = pfn & -psizePfns;
        long fit = lpBase + psizePfns - pfn;
        if (fit < cpa.numpages) {
            cpa.numpages = fit;
        }
        int oldProt = DirectMapTable.prot(e);
        int req = oldProt & ~Prot.PSE; // pgprot_large_2_4k()
        req &= ~cpa.maskClr;
        req |= cpa.maskSet;
        req = Prot.clearProtnoneBits(req); // pgprot_4k_2_large() is the identity without PAT
        if ((req & Prot.PRESENT) != 0) {
            req |= Prot.PSE;
        }
        if (req == oldProt) {
            return 0;
        }
        if (pfn != lpBase || cpa.numpages != psizePfns) {
            return 1;
        }
        int np = verifyRwx(oldProt, req);
        t.write(h, DirectMapTable.leaf(np));
        cpa.flags |= CPA_FLUSHTLB;
        return 0;
    }

    /** verify_rwx(): warns on a W+X result and lets it through. The direct map is always NX. */
    private int verifyRwx(int old, int np) {
        if (((old ^ np) & (Prot.RW | Prot.NX)) != 0 && (np & (Prot.RW | Prot.NX)) == Prot.RW) {
            core.stats.inc(MmuStat.CPA_WX_WARNINGS);
        }
        return np;
    }

    /** split_large_page() + __split_large_page(). */
    private int splitLargePage(int cpu, long h, int e) {
        long base = core.src.allocPages(cpu, 0, Gfp.GFP_KERNEL);
        if (base == PageSource.NO_PAGE) {
            return -12;
        }
        core.stats.inc(MmuStat.PGTABLE_ALLOC);
        core.stats.cycles += core.costs.pageAlloc;
        int level = DirectMapTable.level(h);
        int ref = DirectMapTable.prot(e);
        int pos = DirectMapTable.position(h);
        if (level == DirectMapTable.L2M) {
            ref &= ~Prot.PSE; // pgprot_large_2_4k()
            ref = Prot.clearProtnoneBits(ref);
            int tt = t.newPteTable(base);
            java.util.Arrays.fill(t.pte.entries, tt * PTRS, (tt + 1) * PTRS, DirectMapTable.leaf(ref));
            t.pmd.entries[pos] = DirectMapTable.TABLE | tt;
        } else {
            if ((ref & Prot.PRESENT) == 0) {
                ref &= ~Prot.PSE;
            }
            ref = Prot.clearProtnoneBits(ref);
            int tt = t.newPmdTable(base);
            java.util.Arrays.fill(t.pmd.entries, tt * PTRS, (tt + 1) * PTRS, DirectMapTable.leaf(ref));
            t.pud[pos] = DirectMapTable.TABLE | tt;
        }
        splitPageCount(level);
        core.flush.flushTlbAll(cpu);
        return 0;
    }

    /** split_page_count(): counted in vmstat only once system_state == SYSTEM_RUNNING. */
    private void splitPageCount(int level) {
        long[] c = t.directPagesCount;
        if (c[level] == 0) {
            return;
        }
        c[level]--;
        if (core.running) {
            core.stats.inc(level == DirectMapTable.L2M ? MmuStat.DIRECT_MAP_LEVEL2_SPLIT : MmuStat.DIRECT_MAP_LEVEL3_SPLIT);
        }
        c[level - 1] += PTRS;
    }

    /** collapse_page_count() */
    private void collapsePageCount(int level) {
        long[] c = t.directPagesCount;
        c[level]++;
        if (core.running) {
            core.stats.inc(level == DirectMapTable.L2M ? MmuStat.DIRECT_MAP_LEVEL2_COLLAPSE
                    : MmuStat.DIRECT_MAP_LEVEL3_COLLAPSE);
        }
        c[level - 1] -= PTRS;
    }

    /** cpa_flush(cpa, cache = 0): flush_tlb_kernel_range() then the optional collapse. */
    private void cpaFlush(int cpu, Data cpa) {
        long start = va(cpa.startPfn);
        long end = cpa.forceFlushAll ? TlbFlush.FLUSH_ALL : start + cpa.numpages * 4096;
        if (end == TlbFlush.FLUSH_ALL) {
            core.flush.flushTlbKernelRange(cpu, 0, TlbFlush.FLUSH_ALL);
        } else {
            core.flush.flushTlbKernelRange(cpu, start, end);
        }
        if ((cpa.flags & CPA_COLLAPSE) != 0) {
            collapseLargePages(cpu, cpa);
        }
    }

    /** cpa_collapse_large_pages() for a contiguous range. */
    private void collapseLargePages(int cpu, Data cpa) {
        long start = cpa.startPfn & -(long) PTRS;
        long end = cpa.startPfn + cpa.numpages;
        long[] freed = new long[4];
        int nfreed = 0;
        int collapsed = 0;
        for (long p = start; p >= start && p < end; p += PTRS) {
            long[] got = collapseAt(p);
            for (long g : got) {
                if (nfreed == freed.length) {
                    freed = java.util.Arrays.copyOf(freed, nfreed * 2);
                }
                freed[nfreed++] = g;
                collapsed++;
            }
        }
        if (collapsed == 0) {
            return;
        }
        core.flush.flushTlbAll(cpu);
        for (int i = 0; i < nfreed; i++) {
            if (freed[i] >= 0) {
                core.src.freePages(cpu, freed[i], 0);
                core.stats.inc(MmuStat.PGTABLE_FREE);
            }
        }
    }

    /** collapse_large_pages(): returns the backing pfns of the tables it released (-1 for boot tables). */
    private long[] collapseAt(long pfn) {
        int pi = (int) (pfn >>> 18);
        if (pi >= t.pud.length || !DirectMapTable.isTable(t.pud[pi])) {
            return new long[0];
        }
        int pmdT = DirectMapTable.tableIndex(t.pud[pi]);
        int mpos = pmdT * PTRS + (int) ((pfn >>> 9) & 511);
        int m = t.pmd.entries[mpos];
        if (!DirectMapTable.isTable(m)) {
            return new long[0];
        }
        // collapse_pmd_page(): identity map, so pfn alignment and contiguity always hold
        int pteT = DirectMapTable.tableIndex(m);
        int first = t.pte.entries[pteT * PTRS];
        if (DirectMapTable.isNone(first) || (DirectMapTable.prot(first) & Prot.KERNEL_4K) != 0) {
            return new long[0];
        }
        for (int i = 1; i < PTRS; i++) {
            int e = t.pte.entries[pteT * PTRS + i];
            if (DirectMapTable.isNone(e) || (DirectMapTable.prot(e) & Prot.PRESENT) == 0 || e != first) {
                return new long[0];
            }
        }
        if ((DirectMapTable.prot(first) & Prot.PRESENT) == 0) {
            return new long[0];
        }
        t.pmd.entries[mpos] = DirectMapTable.leaf(DirectMapTable.prot(first) | Prot.PSE);
        long pteBacking = t.releasePteTable(pteT);
        collapsePageCount(DirectMapTable.L2M);
        if (!core.cfg.gbpages) {
            return new long[] {pteBacking};
        }
        // collapse_pud_page()
        int f = t.pmd.entries[pmdT * PTRS];
        if (DirectMapTable.isTable(f) || DirectMapTable.isNone(f) || (DirectMapTable.prot(f) & Prot.PSE) == 0) {
            return new long[] {pteBacking};
        }
        for (int i = 1; i < PTRS; i++) {
            int e = t.pmd.entries[pmdT * PTRS + i];
            if (DirectMapTable.isTable(e) || DirectMapTable.isNone(e) || (DirectMapTable.prot(e) & Prot.PRESENT) == 0
                    || (DirectMapTable.prot(e) & Prot.PSE) == 0 || e != f) {
                return new long[] {pteBacking};
            }
        }
        t.pud[pi] = f;
        long pmdBacking = t.releasePmdTable(pmdT);
        collapsePageCount(DirectMapTable.L1G);
        return new long[] {pteBacking, pmdBacking};
    }
}
