package mmlens.engine.internal.mmu;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.AnonOrderPolicy;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.MthpStat;

/**
 * Anonymous page faults as mm/memory.c and mm/huge_memory.c handle them: __handle_mm_fault()
 * tries create_huge_pmd() (do_huge_pmd_anonymous_page(), the huge zero folio on read faults) when
 * the PMD is none and PMD order is allowed, else do_anonymous_page() with alloc_anon_folio()
 * (highest allowed order whose PTE range is none, falling back order by order), the zero page on
 * read faults, and do_wp_page() (reuse or wp_page_copy()) on write-protect faults. With
 * {@link AnonOrderPolicy#RFC_V1} the orders below PMD order are the RFC's (see
 * {@link FolioOrderPolicy#rfcV1}), allocated with the RFC's GFP_HIGHUSER_MOVABLE | __GFP_NORETRY |
 * __GFP_NOWARN. Every fault costs {@code faultEntry} cycles, every new folio {@code folioNew}, every
 * page mapped {@code rmapPage}; {@link MmuStat#FAULT_PTES} counts the entries faults install.
 */
final class Fault {
    static final int ANON_PTE = Prot.PRESENT | Prot.USER | Prot.ACCESSED;
    private static final long PMD_SIZE = 1L << 21;
    /** The RFC's GFP for large orders: vma_alloc_zeroed_movable_folio() with __GFP_NORETRY | __GFP_NOWARN. */
    private static final int RFC_GFP = Gfp.GFP_HIGHUSER_MOVABLE | Gfp.NORETRY | Gfp.NOWARN;

    private final MmuCore core;
    private final PageTables pt;
    private final Folios f;
    /** The shared zero page and huge zero folio (allocated on first use). */
    long zeroPfn = -1;
    long hugeZeroPfn = -1;

    Fault(MmuCore core) {
        this.core = core;
        this.pt = core.pt;
        this.f = core.folios;
    }

    /** vma_thp_gfp_mask() with defrag=madvise: GFP_TRANSHUGE for VM_HUGEPAGE, else _LIGHT. */
    static int thpGfp(Vma vma) {
        return (vma.flags & Vma.VM_HUGEPAGE) != 0 ? Gfp.GFP_TRANSHUGE : Gfp.GFP_TRANSHUGE_LIGHT;
    }

    private long allowedOrders(Vma vma) {
        if ((vma.flags & Vma.VM_NOHUGEPAGE) != 0) {
            return 0;
        }
        return core.cfg.folioOrders.orders(vma.start, vma.end, (vma.flags & Vma.VM_HUGEPAGE) != 0);
    }

    /** thp_vma_suitable_order() for an anonymous VMA. */
    static boolean suitable(Vma vma, long va, int order) {
        long size = 4096L << order;
        long h = va & -size;
        return h >= vma.start && h + size <= vma.end;
    }

    /** handle_mm_fault(); false means SIGSEGV or OOM. */
    boolean handle(int cpu, MmStruct mm, long va, boolean write) {
        Vma vma = mm.findVma(va);
        if (vma == null || (write && !vma.writable())) {
            return false;
        }
        core.stats.inc(MmuStat.PGFAULT);
        core.stats.cycles += core.costs.faultEntry;
        core.log.event(EventLog.FAULT, cpu, mm.id, va, write ? 1 : 0);
        long mp = pt.pmdPos(cpu, mm, va, true);
        if (mp < 0) {
            return false;
        }
        long m = pt.read(mp);
        long orders = allowedOrders(vma);
        if (m == 0 && (orders & (1L << FolioOrderPolicy.PMD_ORDER)) != 0 && suitable(vma, va, FolioOrderPolicy.PMD_ORDER)) {
            if (hugePmdAnonymous(cpu, mm, vma, va, write, mp)) {
                return true;
            }
            m = pt.read(mp);
        }
        if (m != 0 && !PageTables.isTable(m)) {
            if (!write || (m & Prot.RW) != 0) {
                return true;
            }
            if (hugePmdWp(cpu, mm, vma, va, mp, m)) {
                return true;
            }
        }
        long pp = pt.ptePosAt(cpu, mm, mp, va, true); // mp still holds: PMD tables stay where they are
        if (pp < 0) {
            return false;
        }
        long e = pt.read(pp);
        if (e == 0) {
            return anonymousPage(cpu, mm, vma, va, write, orders, pp);
        }
        if (write && (e & Prot.RW) == 0 && (e & Prot.PRESENT) != 0) {
            return wpPage(cpu, mm, vma, va, pp, e);
        }
        return true;
    }

    /** do_huge_pmd_anonymous_page(); false = VM_FAULT_FALLBACK. */
    private boolean hugePmdAnonymous(int cpu, MmStruct mm, Vma vma, long va, boolean write, long mp) {
        long haddr = va & -PMD_SIZE;
        int deposit = pt.allocTable(cpu, mm);
        if (deposit < 0) {
            return false;
        }
        long pfn;
        int prot;
        if (!write) {
            pfn = hugeZero(cpu);
            if (pfn < 0) {
                pt.freeTable(cpu, deposit);
                core.stats.inc(MmuStat.THP_FAULT_FALLBACK);
                return false;
            }
            prot = ANON_PTE | Prot.PSE;
        } else {
            pfn = allocPmdFolio(cpu, vma, haddr);
            if (pfn < 0) {
                pt.freeTable(cpu, deposit);
                return false;
            }
            prot = ANON_PTE | Prot.PSE | Prot.RW | Prot.DIRTY;
            newAnonRmap(pfn, vma, haddr);
            f.addPmdMap(pfn);
            mm.rssAnon += 512;
            core.stats.cycles += core.costs.folioNew + core.costs.rmapPage;
        }
        core.rmap.deposit(mp, deposit);
        pt.write(mp, PageTables.leaf(pfn, prot));
        core.stats.inc(MmuStat.FAULT_PTES);
        core.stats.cycles += core.costs.pteUpdate;
        return true;
    }

    /** vma_alloc_anon_folio_pmd(): thp_fault_alloc or thp_fault_fallback. */
    private long allocPmdFolio(int cpu, Vma vma, long haddr) {
        int o = FolioOrderPolicy.PMD_ORDER;
        long pfn = f.alloc(cpu, o, thpGfp(vma), true);
        if (pfn < 0) {
            core.stats.inc(MmuStat.THP_FAULT_FALLBACK);
            core.stats.mthp(o, MthpStat.ANON_FAULT_FALLBACK, 1);
            return -1;
        }
        core.stats.inc(MmuStat.THP_FAULT_ALLOC);
        core.stats.mthp(o, MthpStat.ANON_FAULT_ALLOC, 1);
        core.stats.cycles += 512 * core.costs.pageCopy;
        return pfn;
    }

    private long hugeZero(int cpu) {
        if (hugeZeroPfn < 0) {
            long p = f.alloc(cpu, FolioOrderPolicy.PMD_ORDER, (Gfp.GFP_TRANSHUGE | Gfp.ZERO) & ~Gfp.MOVABLE, false);
            if (p < 0) {
                return -1;
            }
            f.makeZero(p);
            hugeZeroPfn = p;
        }
        return hugeZeroPfn;
    }

    long zeroPage(int cpu) {
        if (zeroPfn < 0) {
            long p = f.alloc(cpu, 0, Gfp.GFP_KERNEL | Gfp.ZERO, false);
            if (p < 0) {
                return -1;
            }
            f.makeZero(p);
            zeroPfn = p;
        }
        return zeroPfn;
    }

    void newAnonRmap(long head, Vma vma, long addr) {
        f.anonVma.set((int) head, vma.anonVma.id);
        f.index.set((int) head, (int) (addr >>> 12));
    }

    /** do_huge_pmd_wp_page(): huge zero -&gt; new THP or split; exclusive THP reused; else split. */
    private boolean hugePmdWp(int cpu, MmStruct mm, Vma vma, long va, long mp, long m) {
        long head = PageTables.pfnOf(m);
        long haddr = va & -PMD_SIZE;
        if (f.isZero(head)) {
            long pfn = allocPmdFolio(cpu, vma, haddr);
            if (pfn >= 0) {
                pt.write(mp, 0);
                core.flush.flushTlbMmRange(cpu, mm, haddr, haddr + PMD_SIZE, 21, false);
                newAnonRmap(pfn, vma, haddr);
                f.addPmdMap(pfn);
                mm.rssAnon += 512;
                pt.write(mp, PageTables.leaf(pfn, ANON_PTE | Prot.PSE | Prot.RW | Prot.DIRTY));
                core.stats.inc(MmuStat.FAULT_PTES);
                core.stats.cycles += core.costs.folioNew + core.costs.rmapPage + core.costs.pteUpdate;
                return true;
            }
            core.split.splitHugePmd(cpu, mm, vma, haddr, mp);
            return false;
        }
        if (f.refcount(head) == f.mapcount(head) && f.mapcount(head) == 1 && core.rmap.singleMm(head)) {
            pt.write(mp, m | Prot.RW | Prot.DIRTY);
            return true;
        }
        core.split.splitHugePmd(cpu, mm, vma, haddr, mp);
        return false;
    }

    /** do_anonymous_page() with alloc_anon_folio(). */
    private boolean anonymousPage(int cpu, MmStruct mm, Vma vma, long va, boolean write, long orders, long pp) {
        if (!write) {
            long z = zeroPage(cpu);
            if (z < 0) {
                return false;
            }
            pt.write(pp, PageTables.leaf(z, ANON_PTE));
            core.stats.inc(MmuStat.FAULT_PTES);
            core.stats.cycles += core.costs.pteUpdate;
            return true;
        }
        boolean rfc = core.cfg.anonPolicy == AnonOrderPolicy.RFC_V1;
        long cand = orders & ((1L << FolioOrderPolicy.PMD_ORDER) - 1);
        long tried = 0;
        for (int o = 63 - Long.numberOfLeadingZeros(cand); cand != 0 && o > 0; o--) {
            if ((cand & (1L << o)) == 0 || !suitable(vma, va, o) || !ptesNone(pp, va, o)) {
                continue;
            }
            tried |= 1L << o;
        }
        for (int o = 63 - Long.numberOfLeadingZeros(tried); tried != 0 && o > 0; o--) {
            if ((tried & (1L << o)) == 0) {
                continue;
            }
            long addr = va & -(4096L << o);
            long pfn = f.alloc(cpu, o, rfc ? RFC_GFP : thpGfp(vma), true);
            if (pfn >= 0) {
                core.stats.mthp(o, MthpStat.ANON_FAULT_ALLOC, 1);
                if (o == 1 && !rfc) {
                    core.checker.unsplittable(pfn, "order-1 anon folio allocated by the folio-order policy");
                }
                mapNewFolio(mm, vma, addr, pfn, o, pp - ((va - addr) >>> 12));
                return true;
            }
            core.stats.mthp(o, MthpStat.ANON_FAULT_FALLBACK, 1);
        }
        long pfn = f.alloc(cpu, 0, Gfp.GFP_HIGHUSER_MOVABLE, true);
        if (pfn < 0) {
            return false;
        }
        mapNewFolio(mm, vma, va & -4096L, pfn, 0, pp);
        return true;
    }

    /** pte_range_none() over the naturally aligned range of 2^order PTEs containing va. */
    private boolean ptesNone(long pp, long va, int order) {
        long first = pp - (((va >>> 12) & ((1L << order) - 1)));
        for (long i = 0; i < (1L << order); i++) {
            if (pt.read(first + i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** folio_add_new_anon_rmap() + set_ptes(): every page mapped, one reference per PTE. */
    private void mapNewFolio(MmStruct mm, Vma vma, long addr, long pfn, int o, long firstPos) {
        int n = 1 << o;
        newAnonRmap(pfn, vma, addr);
        f.get(pfn, n - 1);
        for (int i = 0; i < n; i++) {
            f.addPteMap(pfn, pfn + i);
            pt.write(firstPos + i, PageTables.leaf(pfn + i, ANON_PTE | Prot.RW | Prot.DIRTY));
        }
        mm.rssAnon += n;
        core.stats.add(MmuStat.FAULT_PTES, n);
        core.stats.cycles += n * (core.costs.pageCopy + core.costs.pteUpdate + core.costs.rmapPage)
                + core.costs.folioNew;
    }

    /** do_wp_page(): reuse an exclusive order-0 anon folio, else wp_page_copy(). */
    private boolean wpPage(int cpu, MmStruct mm, Vma vma, long va, long pp, long e) {
        long pfn = PageTables.pfnOf(e);
        long head = f.headOf(pfn);
        boolean zero = head >= 0 && f.isZero(head);
        core.migrc.beforeWritable(cpu, mm, va, pfn);
        if (!zero && head >= 0 && canReuse(head)) {
            pt.write(pp, e | Prot.RW | Prot.DIRTY);
            return true;
        }
        int ep = core.follow.epoch;
        long np = f.alloc(cpu, 0, Gfp.GFP_HIGHUSER_MOVABLE, true);
        if (np < 0) {
            return false;
        }
        if (ep != core.follow.epoch) {
            pfn = core.follow.fwd(pfn);
            head = core.follow.fwd(head);
        }
        if (!zero) {
            core.checker.onCopy(pfn, 0);
            core.log.event(EventLog.COPY, cpu, pfn, 0, np);
            core.stats.inc(MmuStat.COW_COPY);
        }
        core.stats.cycles += core.costs.pageCopy;
        long addr = va & -4096L;
        newAnonRmap(np, vma, addr);
        // ptep_clear_flush(): clear, then flush_tlb_page() before installing the new page
        pt.write(pp, 0);
        core.flush.flushTlbMmRange(cpu, mm, addr, addr + 4096, 12, false);
        f.addPteMap(np, np);
        pt.write(pp, PageTables.leaf(np, ANON_PTE | Prot.RW | Prot.DIRTY));
        core.stats.inc(MmuStat.FAULT_PTES);
        core.stats.cycles += core.costs.folioNew + core.costs.rmapPage + core.costs.pteUpdate;
        mm.rssAnon++;
        if (!zero && head >= 0) {
            f.removePteMap(head, pfn);
            mm.rssAnon--;
            f.put(cpu, head, 1);
        }
        return true;
    }

    /** wp_can_reuse_anon_folio(): order 0 needs refcount 1; large folios all refs from this mm's maps. */
    private boolean canReuse(long head) {
        if (f.orderOf(head) == 0) {
            return f.refcount(head) == 1;
        }
        return f.refcount(head) == f.mapcount(head) && core.rmap.singleMm(head);
    }
}
