package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import mmlens.engine.mmu.AnonOrderPolicy;
import mmlens.engine.mmu.FlushPolicy;

/**
 * Unmapping user memory with an mmu_gather (mm/mmu_gather.c, zap_pte_range() /
 * zap_huge_pmd() in mm/memory.c and mm/huge_memory.c, free_pgtables()): PTEs are cleared and the
 * pages gathered; tlb_finish_mmu() flushes the gathered range with flush_tlb_mm_range()
 * (freed_tables when page-table pages go) and only then frees pages and tables. madvise(
 * MADV_FREE) marks exclusive pages clean and old and flushes. {@link FlushPolicy#FREE_BEFORE_FLUSH}
 * frees first and leaves the flush pending on the cpu until its next operation.
 */
final class Zap {
    static final int MUNMAP = 0;
    static final int DONTNEED = 1;
    static final int FREE = 2;
    private static final long PMD_SIZE = 1L << 21;

    /** A flush the broken policy still owes. */
    record Owed(MmStruct mm, long start, long end, int stride, boolean freedTables) {
    }

    private final MmuCore core;
    final List<List<Owed>> owed = new ArrayList<>();

    /** struct mmu_gather */
    private static final class Gather {
        long start = Long.MAX_VALUE;
        long end;
        /** cleared_ptes, cleared_pmds, cleared_puds, cleared_p4ds as bits 0..3 (shift 12 + 9 * bit). */
        int cleared;
        boolean freedTables;
        /** Gathered folio heads, one reference each, in gather order. */
        long[] pages;
        int nrPages;

        Gather(long[] pages) {
            this.pages = pages;
        }
        final List<Integer> tables = new ArrayList<>();

        void addPage(long head) {
            reserve(1);
            pages[nrPages++] = head;
        }

        /** Makes room in {@link #pages} for n more heads (a caller may then store them itself). */
        void reserve(int n) {
            if (nrPages + n > pages.length) {
                pages = Arrays.copyOf(pages, Math.max(nrPages * 2, nrPages + n));
            }
        }

        /** __tlb_adjust_range() plus the cleared_* bit of the level whose entry went (shift 12..39). */
        void range(long s, long e, int shift) {
            start = Math.min(start, s);
            end = Math.max(end, e);
            cleared |= 1 << ((shift - 12) / 9);
        }

        /** tlb_get_unmap_shift(): the smallest level cleared. */
        int stride() {
            return cleared == 0 ? 12 : 12 + 9 * Integer.numberOfTrailingZeros(cleared);
        }

        boolean empty() {
            return end == 0;
        }
    }

    /** The pages array of the last finished gather, reused by the next one (null while one is in use). */
    private long[] spare;

    private Gather newGather() {
        long[] p = spare;
        spare = null;
        return new Gather(p != null ? p : new long[64]);
    }

    Zap(MmuCore core) {
        this.core = core;
        for (int c = 0; c < core.cfg.cpus; c++) {
            owed.add(new ArrayList<>());
        }
    }

    /** Pays the flushes the broken policy left pending on cpu. */
    void payOwed(int cpu) {
        List<Owed> l = owed.get(cpu);
        for (Owed o : l) {
            if (!o.mm.dead) {
                core.flush.flushTlbMmRange(cpu, o.mm, o.start, o.end, o.stride, o.freedTables);
            }
        }
        l.clear();
    }

    /**
     * One PTE of mm was cleared by an rmap unmap (try_to_migrate_one / try_to_unmap_one): flush it
     * now (ptep_clear_flush) or add it to the cpu's batch (set_tlb_ubc_flush_pending).
     */
    void flushOrDefer(int cpu, MmStruct mm, long va, boolean dirty, boolean batch) {
        FlushPolicy p = core.cfg.flushPolicy;
        if (p != FlushPolicy.IMMEDIATE && batch && core.flush.shouldDefer(cpu, mm)) {
            core.flush.addPending(cpu, mm, dirty);
        } else {
            core.flush.flushTlbMmRange(cpu, mm, va, va + 4096, 12, false);
        }
    }

    /** zap_page_range / unmap_region over [start, end) of mm, then free_pgtables for MUNMAP. */
    void zap(int cpu, MmStruct mm, long start, long end, int mode) {
        payOwed(cpu);
        core.flush.flushTlbBatchedPending(cpu, mm);
        Gather g = newGather();
        boolean immediate = core.cfg.flushPolicy == FlushPolicy.IMMEDIATE;
        PageTables pt = core.pt;
        Folios f = core.folios;
        long va = start;
        while (va < end) {
            long mp = pt.pmdPos(cpu, mm, va, false);
            long next = Math.min((va & -PMD_SIZE) + PMD_SIZE, end);
            if (mp < 0) {
                va = next;
                continue;
            }
            long m = pt.read(mp);
            if (m != 0 && !PageTables.isTable(m)) {
                long haddr = va & -PMD_SIZE;
                if (va == haddr && next == haddr + PMD_SIZE) {
                    zapHugePmd(cpu, mm, haddr, mp, m, mode, g, immediate);
                    va = next;
                    continue;
                }
                core.split.splitHugePmd(cpu, mm, mm.findVma(va), haddr, mp);
                m = pt.read(mp);
            }
            if (m == 0) {
                va = next;
                continue;
            }
            long base = (long) PageTables.slotOf(m) << 9;
            if (mode != FREE && !immediate) {
                zapPteRun(cpu, mm, g, pt.tables[PageTables.slotOf(m)], va, next);
                va = next;
                continue;
            }
            for (; va < next; va += 4096) {
                long pos = base + PageTables.idx(va, 12);
                long e = pt.read(pos);
                if (!PageTables.isPresentLeaf(e)) {
                    continue;
                }
                long pfn = PageTables.pfnOf(e);
                long head = f.headOf(pfn);
                if (mode == FREE) {
                    if (head >= 0 && !f.isZero(head)) {
                        long used = freePtes(cpu, mm, g, base, va, next, head, immediate);
                        if (used < 0) {
                            va = end; // v6.3: "goto out" ends the walk of the whole range
                            break;
                        }
                        va += (used - 1) << 12;
                    }
                    continue;
                }
                pt.write(pos, 0);
                core.log.event(EventLog.UNMAP, cpu, mm.id, va, pfn);
                core.stats.cycles += core.costs.pteUpdate;
                if (head >= 0 && !f.isZero(head)) {
                    f.removePteMap(head, pfn);
                    core.stats.cycles += core.costs.rmapPage;
                    mm.rssAnon--;
                    g.addPage(head);
                }
                endOrFlush(cpu, mm, g, va, immediate, 12);
            }
        }
        if (mode == MUNMAP) {
            freePgtables(cpu, mm, start, end, g);
        }
        finish(cpu, mm, g);
    }

    /**
     * zap_pte_range() over [va, end) of one PTE table with the flush gathered (not
     * {@link FlushPolicy#IMMEDIATE}): per present PTE, in address order, the same steps as the
     * general loop (clear, UNMAP event, rmap removal, folio gathered); the gathered range grows
     * once for the run, covering the same pages as per-PTE growth would.
     */
    private void zapPteRun(int cpu, MmStruct mm, Gather g, long[] table, long va, long end) {
        Folios f = core.folios;
        long pteUpdate = core.costs.pteUpdate;
        long rmapPage = core.costs.rmapPage;
        long cycles = 0;
        long first = -1;
        long last = 0;
        int unmapped = 0;
        // the folio state chunks of the pfns met last (see Folios.putEach): order-0 folios are unmapped here
        int ci = -1;
        byte[] oc = null;
        byte[] fc = null;
        short[] mc = null;
        int[] tc = null;
        // the event log's cursor (see EventLog.write), committed around unmapPte(): it may report a finding
        EventLog log = core.log;
        long ev = log.count();
        int stamp = core.clock;
        // the gathered heads, at most one per PTE of the run
        g.reserve((int) ((end - va) >>> 12));
        long[] pages = g.pages;
        int np = g.nrPages;
        for (int i = PageTables.idx(va, 12); va < end; va += 4096, i++) {
            long e = table[i];
            if (!PageTables.isPresentLeaf(e)) {
                continue;
            }
            long pfn = PageTables.pfnOf(e);
            table[i] = 0;
            log.write(ev++, ++stamp, EventLog.UNMAP, cpu, mm.id, va, pfn);
            cycles += pteUpdate;
            int p = (int) pfn;
            if (p >>> PfnBytes.SHIFT != ci) {
                ci = p >>> PfnBytes.SHIFT;
                oc = f.order.chunkOf(p);
                fc = f.flags.chunkOf(p);
                mc = f.mapcount.chunkOf(p);
                tc = f.total.chunkOf(p);
                if (oc == null || fc == null || mc == null || tc == null) {
                    ci = -1;
                }
            }
            int k = p & (PfnBytes.CHUNK - 1);
            long head;
            if (ci >= 0 && oc[k] == 0 && (fc[k] & Folios.F_ZERO) == 0) {
                // Folios.unmapPte() of an order-0 folio: its head is pfn
                mc[k]--;
                tc[k]--;
                head = p;
            } else {
                log.commit(ev, stamp);
                head = f.unmapPte(pfn);
                ev = log.count();
                stamp = core.clock;
                ci = -1;
            }
            if (head >= 0) {
                cycles += rmapPage;
                unmapped++;
                pages[np++] = head;
            }
            if (first < 0) {
                first = va;
            }
            last = va;
        }
        log.commit(ev, stamp);
        g.nrPages = np;
        mm.rssAnon -= unmapped;
        core.stats.cycles += cycles;
        if (first >= 0) {
            g.range(first, last + 4096, 12);
        }
    }

    private void endOrFlush(int cpu, MmStruct mm, Gather g, long va, boolean immediate, int stride) {
        long size = 1L << (stride == 21 ? 21 : 12);
        if (immediate) {
            core.flush.flushTlbMmRange(cpu, mm, va, va + size, stride, false);
        } else {
            g.range(va, va + size, stride);
        }
    }

    /**
     * madvise_free_pte_range() for the folio mapped at va: a large folio only partly in the range
     * is split (split_folio) unless it may be shared, and the page is looked at again; a folio
     * mapped exactly once per page gets its PTEs cleaned and aged, and the range is flushed.
     *
     * <p>Under {@link AnonOrderPolicy#RFC_V1} it is v6.3's walk: a large folio whose folio_mapcount()
     * is not 1 ends the walk (-1), otherwise it is split, whether or not the range covers it.
     *
     * @return PTEs consumed (0 means: look at va again after a split; -1: stop the walk)
     */
    private long freePtes(int cpu, MmStruct mm, Gather g, long base, long va, long end, long head, boolean immediate) {
        Folios f = core.folios;
        PageTables pt = core.pt;
        int order = f.orderOf(head);
        int n = 1 << order;
        long nr = 1;
        if (order > 0 && core.cfg.anonPolicy == AnonOrderPolicy.RFC_V1) {
            if (f.mapcount(head) != 1) {
                return -1;
            }
            f.get(head, 1);
            int err = core.split.splitFolio(cpu, head, 0);
            f.put(cpu, head, 1);
            return err == 0 ? 0 : -1;
        }
        if (order > 0) {
            // madvise_folio_pte_batch(): consecutive PTEs mapping consecutive pages of this folio
            long pfn = PageTables.pfnOf(pt.read(base + PageTables.idx(va, 12)));
            nr = 0;
            for (long a = va; a < end && pfn + nr < head + n; a += 4096, nr++) {
                long e = pt.read(base + PageTables.idx(a, 12));
                if (!PageTables.isPresentLeaf(e) || PageTables.pfnOf(e) != pfn + nr) {
                    break;
                }
            }
            if (nr < n) {
                if (!core.rmap.singleMm(head)) {
                    return 1;
                }
                f.get(head, 1);
                int err = core.split.splitFolio(cpu, head, 0);
                f.put(cpu, head, 1);
                return err == 0 ? 0 : 1;
            }
        }
        if (f.mapcount(head) != n) {
            return nr;
        }
        boolean touched = false;
        for (long i = 0; i < nr; i++) {
            long pos = base + PageTables.idx(va + (i << 12), 12);
            long e = pt.read(pos);
            if ((e & (Prot.DIRTY | Prot.ACCESSED)) != 0) {
                pt.write(pos, e & ~(Prot.DIRTY | Prot.ACCESSED));
                touched = true;
            }
        }
        if (touched) {
            if (immediate) {
                core.flush.flushTlbMmRange(cpu, mm, va, va + (nr << 12), 12, false);
            } else {
                g.range(va, va + (nr << 12), 12);
            }
        }
        return nr;
    }

    /** zap_huge_pmd() / madvise_free_huge_pmd(). */
    private void zapHugePmd(int cpu, MmStruct mm, long haddr, long mp, long m, int mode, Gather g, boolean immediate) {
        Folios f = core.folios;
        long head = PageTables.pfnOf(m);
        if (mode == FREE) {
            if (!f.isZero(head) && f.mapcount(head) == 1) {
                core.pt.write(mp, m & ~(Prot.DIRTY | Prot.ACCESSED));
                endOrFlush(cpu, mm, g, haddr, immediate, 21);
            }
            return;
        }
        core.pt.write(mp, 0);
        core.log.event(EventLog.UNMAP, cpu, mm.id, haddr, head);
        int dep = core.rmap.withdraw(mp);
        if (dep >= 0) {
            core.pt.freeTable(cpu, dep); // zap_deposited_table(): never visible to the MMU
        }
        if (!f.isZero(head)) {
            f.removePmdMap(head);
            core.stats.cycles += core.costs.rmapPage;
            mm.rssAnon -= 512;
            if (f.mapcount(head) > 0) {
                f.deferredSplitFolio(head, true);
            }
            g.addPage(head);
        }
        endOrFlush(cpu, mm, g, haddr, immediate, 21);
    }

    /**
     * free_pgtables() reduced: PTE/PMD/PUD tables whose whole span lies in [start, end) and in no
     * remaining VMA are detached and queued (tlb-&gt;freed_tables). As pte_free_tlb(),
     * pmd_free_tlb() and pud_free_tlb() do, each freed table widens the gathered range by one page
     * at the start of its span (PMD-, PUD- and PGDIR-aligned) and marks the level above as cleared;
     * the whole unmapped span is not flushed (x86 selects MMU_GATHER_MERGE_VMAS: one flush in
     * tlb_finish_mmu(), stride from tlb_get_unmap_shift()).
     */
    private void freePgtables(int cpu, MmStruct mm, long start, long end, Gather g) {
        PageTables pt = core.pt;
        long[] pgd = pt.tables[mm.pgd];
        for (long u = start & -(1L << 39); u < end; u += 1L << 39) {
            int gi = PageTables.idx(u, 39);
            if (pgd[gi] == 0) {
                continue;
            }
            int pudS = PageTables.slotOf(pgd[gi]);
            for (long p = Math.max(u, start & -(1L << 30)); p < Math.min(end, u + (1L << 39)); p += 1L << 30) {
                long[] pud = pt.tables[pudS];
                int ui = PageTables.idx(p, 30);
                if (pud[ui] == 0) {
                    continue;
                }
                int pmdS = PageTables.slotOf(pud[ui]);
                long[] pmd = pt.tables[pmdS];
                for (long q = Math.max(p, start & -PMD_SIZE); q < Math.min(end, p + (1L << 30)); q += PMD_SIZE) {
                    int mi = PageTables.idx(q, 21);
                    if (PageTables.isTable(pmd[mi]) && free(mm, q, q + PMD_SIZE, start, end)) {
                        g.tables.add(PageTables.slotOf(pmd[mi]));
                        pmd[mi] = 0;
                        g.freedTables = true;
                        g.range(q & -PMD_SIZE, (q & -PMD_SIZE) + 4096, 21);
                    }
                }
                if (free(mm, p, p + (1L << 30), start, end) && empty(pmd)) {
                    g.tables.add(pmdS);
                    pud[ui] = 0;
                    pt.invalidateWalkCache();
                    g.freedTables = true;
                    g.range(p & -(1L << 30), (p & -(1L << 30)) + 4096, 30);
                }
            }
            if (free(mm, u, u + (1L << 39), start, end) && empty(pt.tables[pudS])) {
                g.tables.add(pudS);
                pgd[gi] = 0;
                pt.invalidateWalkCache();
                g.freedTables = true;
                g.range(u, u + 4096, 39);
            }
        }
    }

    private static boolean empty(long[] t) {
        for (long e : t) {
            if (e != 0) {
                return false;
            }
        }
        return true;
    }

    /** [s, e) lies inside the unmapped [start, end) or at least overlaps no VMA still present. */
    private static boolean free(MmStruct mm, long s, long e, long start, long end) {
        for (Vma v : mm.vmas) {
            if (v.start < e && s < v.end) {
                return false;
            }
        }
        return true;
    }

    /** tlb_finish_mmu(): flush, then free pages and tables (or the reverse for the broken policy). */
    private void finish(int cpu, MmStruct mm, Gather g) {
        boolean broken = core.cfg.flushPolicy == FlushPolicy.FREE_BEFORE_FLUSH;
        if (!g.empty() && !broken) {
            core.flush.flushTlbMmRange(cpu, mm, g.start, g.end, g.stride(), g.freedTables);
        }
        Folios f = core.folios;
        f.beginFreeBatch(cpu);
        try {
            f.putEach(cpu, g.pages, g.nrPages);
        } finally {
            f.endFreeBatch();
        }
        spare = g.pages;
        for (int s : g.tables) {
            core.pt.freeTable(cpu, s);
        }
        if (!g.empty() && broken) {
            owed.get(cpu).add(new Owed(mm, g.start, g.end, g.stride(), g.freedTables));
        }
    }

    /** The end of exit_mmap(): every remaining table (all entries are none by now) and the PGD. */
    void freeAllTables(int cpu, MmStruct mm) {
        PageTables pt = core.pt;
        if (mm.pgd < 0) {
            return;
        }
        long[] pgd = pt.tables[mm.pgd];
        for (int g = 0; g < 512; g++) {
            if (!PageTables.isTable(pgd[g])) {
                continue;
            }
            int pudS = PageTables.slotOf(pgd[g]);
            long[] pud = pt.tables[pudS];
            for (int u = 0; u < 512; u++) {
                if (!PageTables.isTable(pud[u])) {
                    continue;
                }
                int pmdS = PageTables.slotOf(pud[u]);
                long[] pmd = pt.tables[pmdS];
                for (int m = 0; m < 512; m++) {
                    if (PageTables.isTable(pmd[m])) {
                        pt.freeTable(cpu, PageTables.slotOf(pmd[m]));
                    }
                }
                pt.freeTable(cpu, pmdS);
            }
            pt.freeTable(cpu, pudS);
        }
        pt.freeTable(cpu, mm.pgd);
        mm.pgd = -1;
    }
}
