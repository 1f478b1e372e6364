package mmlens.engine.internal.mmu;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.PageSource;
import mmlens.engine.mmu.PermGrouping;

/**
 * vmalloc-style kernel allocations whose permissions change (module text, BPF JIT, execmem):
 * 4K vmalloc PTEs plus the direct-map alias of each page. set_memory_*() on such an area is the
 * primary CPA on the vmalloc PTEs, and cpa_process_alias() repeats it on the direct map with NX
 * left alone and force_flush_all. vfree() with VM_FLUSH_RESET_PERMS runs vm_reset_perms().
 * The {@link PermGrouping} policy decides where the pages come from.
 */
public final class KernelVm {
    public static final long VMALLOC_START = 0xffffc90000000000L;

    /** A vmalloc area: consecutive virtual pages, each with its pfn and vmalloc PTE protection. */
    public static final class Area {
        public final long va;
        final long[] pfns;
        final int[] prot;
        boolean resetPerms = true;

        Area(long va, int n) {
            this.va = va;
            this.pfns = new long[n];
            this.prot = new int[n];
        }

        public int pages() {
            return pfns.length;
        }

        public long pfn(int i) {
            return pfns[i];
        }

        public int prot(int i) {
            return prot[i];
        }
    }

    private final MmuCore core;
    private long nextVa = VMALLOC_START;
    /** The grouping variants' page supply; null for SCATTERED (mainline). */
    private final PermCache cache;

    KernelVm(MmuCore core) {
        this.core = core;
        PermGrouping g = core.cfg.permGrouping;
        this.cache = g == PermGrouping.SCATTERED ? null : new PermCache(core, g == PermGrouping.GFP_FLAG);
    }

    /** vmalloc(pages) (execmem_alloc for permissioned users); null when memory ran out. */
    public Area alloc(int cpu, int pages) {
        Area a = new Area(nextVa, pages);
        int def = Prot.pageKernel(core.cfg.pti, core.cfg.memEncrypt);
        for (int i = 0; i < pages; i++) {
            long p = page(cpu);
            if (p == PageSource.NO_PAGE) {
                for (int k = 0; k < i; k++) {
                    release(cpu, a.pfns[k]);
                }
                return null;
            }
            a.pfns[i] = p;
            a.prot[i] = def;
        }
        nextVa += ((long) pages + 1) << 12; // guard page
        return a;
    }

    private long page(int cpu) {
        if (cache == null) {
            return core.src.allocPages(cpu, 0, Gfp.GFP_KERNEL);
        }
        return cache.alloc(cpu);
    }

    private void release(int cpu, long pfn) {
        if (cache != null) {
            cache.release(cpu, pfn);
            return;
        }
        core.checker.onFree(cpu, pfn, 0);
        core.src.freePages(cpu, pfn, 0);
    }

    /** change_page_attr_set_clr() with a vmalloc primary address range of the area. */
    public int setMemory(int cpu, Area a, int first, int n, int set, int clr, int flags) {
        boolean flush = false;
        for (int i = first; i < first + n; i++) {
            int old = a.prot[i];
            int np = Prot.clearProtnoneBits((old & ~clr) | set);
            if (np != old) {
                a.prot[i] = np;
                flush = true;
            }
            if ((flags & Cpa.CPA_NO_CHECK_ALIAS) != 0) {
                continue;
            }
            // cpa_process_alias(): the direct map is always NX, so NX is not propagated
            Cpa.Data alias = new Cpa.Data();
            alias.startPfn = a.pfns[i];
            alias.numpages = 1;
            alias.maskSet = set & ~Prot.NX;
            alias.maskClr = clr & ~Prot.NX;
            int r = core.cpa.changePageAttrSetClrLoop(cpu, alias);
            if (r != 0) {
                core.flush.flushTlbAll(cpu);
                return r;
            }
        }
        core.log.event(EventLog.CPA, cpu, a.va, n, (long) set << 32 | clr);
        if (flush) {
            // cpa_flush() with force_flush_all set by the alias pass
            core.flush.flushTlbKernelRange(cpu, a.va + ((long) first << 12), TlbFlush.FLUSH_ALL);
        }
        checkAliases(cpu, a, first, n);
        return 0;
    }

    /** The checker's view: a read-only or executable vmalloc page must not be writable via the direct map. */
    private void checkAliases(int cpu, Area a, int first, int n) {
        for (int i = first; i < first + n; i++) {
            int vp = a.prot[i];
            int dp = core.dm.protOf(a.pfns[i]);
            boolean protectedPage = (vp & Prot.RW) == 0 || (vp & Prot.NX) == 0;
            if (protectedPage && (dp & Prot.RW) != 0 && (dp & Prot.PRESENT) != 0) {
                core.checker.aliasMismatch(cpu, a.va + ((long) i << 12), a.pfns[i], "vmalloc page is "
                        + Prot.describe(vp) + " but its direct-map alias is " + Prot.describe(dp));
                return;
            }
        }
    }

    /** vfree(): vm_reset_perms() when VM_FLUSH_RESET_PERMS, then the pages go back. */
    public void free(int cpu, Area a) {
        if (a.resetPerms) {
            long lo = Long.MAX_VALUE;
            long hi = 0;
            for (long p : a.pfns) {
                lo = Math.min(lo, Cpa.va(p));
                hi = Math.max(hi, Cpa.va(p) + 4096);
                setDirectMap(cpu, p, 0, Prot.PRESENT | Prot.RW | Prot.DIRTY);
            }
            core.flush.flushTlbKernelRange(cpu, lo, hi);
            for (long p : a.pfns) {
                setDirectMap(cpu, p, Prot.PRESENT | Prot.RW, 0);
            }
        }
        core.flush.flushTlbKernelRange(cpu, a.va, a.va + ((long) a.pfns.length << 12));
        for (long p : a.pfns) {
            release(cpu, p);
        }
    }

    /** __set_pages_p / __set_pages_np: CPA_NO_CHECK_ALIAS, no flush. */
    private void setDirectMap(int cpu, long pfn, int set, int clr) {
        Cpa.Data d = new Cpa.Data();
        d.startPfn = pfn;
        d.numpages = 1;
        d.maskSet = set;
        d.maskClr = clr;
        d.flags = Cpa.CPA_NO_CHECK_ALIAS;
        core.cpa.changePageAttrSetClrLoop(cpu, d);
    }

    /** Marks an area as allocated without VM_FLUSH_RESET_PERMS (a bug the checker should find). */
    public void noResetPerms(Area a) {
        a.resetPerms = false;
    }

    /** 2M blocks held by the grouping variant now (0 for SCATTERED). */
    public int groupedBlocks() {
        return cache == null ? 0 : cache.blocks();
    }

    /** Runs the grouped cache's shrinker over up to nr pages; returns the pages given back. */
    public long shrink(int cpu, long nr) {
        return cache == null ? 0 : cache.shrink(cpu, nr);
    }

    /**
     * Counters of the grouping variant: {2M blocks taken, order-0 fallback pages, pages the
     * shrinker returned, of those the ones left 4K-mapped in the direct map, pages cached now,
     * 2M blocks handed back whole}; zeros for SCATTERED.
     */
    public long[] groupingStats() {
        if (cache == null) {
            return new long[6];
        }
        return new long[] {cache.blocksTaken, cache.fallbackPages, cache.shrunkPages, cache.shrunkSplitPages,
            cache.cachedPages(), cache.blocksReturned};
    }
}
