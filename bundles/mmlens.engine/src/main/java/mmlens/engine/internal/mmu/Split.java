package mmlens.engine.internal.mmu;

import java.util.List;

import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.MthpStat;

/**
 * THP splitting (mm/huge_memory.c): __split_huge_pmd() turns a PMD mapping into 512 PTEs from the
 * deposited table; __folio_split() (uniform split) checks uniform_split_supported() and
 * can_split_folio(), unmaps with migration entries and one batched flush (unmap_folio()),
 * splits the metadata, remaps and frees the unmapped pieces; deferred_split_scan() splits
 * partially mapped folios.
 */
final class Split {
    static final int EINVAL = -22;
    static final int EAGAIN = -11;
    private static final long PMD_SIZE = 1L << 21;

    private final MmuCore core;

    Split(MmuCore core) {
        this.core = core;
    }

    /** __split_huge_pmd_locked() for the PMD at position mp mapping haddr. */
    void splitHugePmd(int cpu, MmStruct mm, Vma vma, long haddr, long mp) {
        PageTables pt = core.pt;
        Folios f = core.folios;
        long m = pt.read(mp);
        if (m == 0 || PageTables.isTable(m)) {
            return;
        }
        core.stats.inc(MmuStat.THP_SPLIT_PMD);
        int slot = core.rmap.withdraw(mp);
        if (slot < 0) {
            slot = pt.allocTable(cpu, mm);
            m = pt.read(mp); // the allocation may have compacted and moved the folio
        }
        long head = PageTables.pfnOf(m);
        int prot = (int) (m & 0xFFF) & ~Prot.PSE;
        // pmdp_invalidate(): the huge entry is made non-present and flushed before the PTEs go in
        pt.write(mp, 0);
        core.flush.flushTlbMmRange(cpu, mm, haddr, haddr + PMD_SIZE, 21, false);
        long base = (long) slot << 9;
        if (f.isZero(head)) {
            long z = core.fault.zeroPage(cpu);
            for (int i = 0; i < 512; i++) {
                pt.write(base + i, PageTables.leaf(z, prot & ~Prot.RW));
            }
        } else {
            for (int i = 0; i < 512; i++) {
                pt.write(base + i, PageTables.leaf(head + i, prot));
                f.addPteMap(head, head + i);
            }
            f.removePmdMap(head);
            f.get(head, 511);
        }
        pt.write(mp, PageTables.TABLE | slot);
        core.stats.cycles += 512 * core.costs.pteUpdate;
    }

    /**
     * split_huge_page_to_list_to_order() (uniform) with the caller holding one reference.
     *
     * @return 0, {@link #EINVAL} or {@link #EAGAIN}
     */
    int splitFolio(int cpu, long head, int newOrder) {
        Folios f = core.folios;
        int order = f.orderOf(head);
        if (order <= 0 || newOrder >= order) {
            return EINVAL;
        }
        boolean anon = (f.flags(head) & Folios.F_ANON) != 0;
        if (anon && order == 1) {
            // allowed in 6.18, but only because no order-1 anon folio can exist there: kernels
            // that kept _deferred_list unconditionally in the third page corrupt memory here
            core.checker.deferredListOutside(cpu, head);
        }
        if (anon && newOrder == 1) {
            core.checker.unsplittable(head, "split of an order-" + order + " anon folio to order 1 refused");
            return EINVAL;
        }
        // can_split_folio(folio, 1): anon, not in swap cache -> extra_pins 0
        if (f.mapcount(head) != f.refcount(head) - 1) {
            countSplit(order, false);
            return EAGAIN;
        }
        List<Rmap.Mapping> maps = core.rmap.walk(head);
        for (Rmap.Mapping mp : maps) {
            if (mp.pmd()) {
                splitHugePmd(cpu, mp.vma().mm, mp.vma(), mp.va(), mp.pos());
            }
        }
        maps = core.rmap.walk(head);
        // unmap_folio(): try_to_migrate(TTU_BATCH_FLUSH) + try_to_unmap_flush()
        long[] saved = new long[maps.size()];
        for (int i = 0; i < maps.size(); i++) {
            Rmap.Mapping mp = maps.get(i);
            long e = core.pt.read(mp.pos());
            saved[i] = e;
            core.pt.write(mp.pos(), PageTables.MIGRATION | (e & ~0xFFFL) | (e & Prot.RW));
            core.unmap.flushOrDefer(cpu, mp.vma().mm, mp.va(), (e & Prot.DIRTY) != 0, true);
        }
        core.flush.tryToUnmapFlush(cpu);
        if ((f.flags(head) & Folios.F_DEFERRED) != 0) {
            f.deferred.remove(head);
            if ((f.flags(head) & Folios.F_PARTIAL) != 0) {
                core.stats.mthp(order, MthpStat.NR_ANON_PARTIALLY_MAPPED, -1);
            }
        }
        core.src.splitBlock(cpu, head, order, newOrder);
        // __split_unmapped_folio(): new folios; each gets one reference per mapping
        int anonVma = f.anonVma.get((int) head);
        int index = f.index.get((int) head);
        int step = 1 << newOrder;
        core.stats.mthp(order, MthpStat.NR_ANON, -1);
        for (int off = 0; off < (1 << order); off += step) {
            int h = (int) head + off;
            int maps2 = 0;
            for (int i = 0; i < step; i++) {
                f.order.set(h + i, newOrder);
                maps2 += f.mapcount.get(h + i);
            }
            f.flags.set(h, anon ? Folios.F_ANON : 0);
            f.total.set(h, maps2);
            f.entire.set(h, 0);
            f.anonVma.set(h, anonVma);
            f.index.set(h, index + off);
            f.ref.set(h, maps2 + (off == 0 ? 1 : 0));
            if (anon) {
                core.stats.mthp(newOrder, MthpStat.NR_ANON, 1);
            }
        }
        for (int i = 0; i < maps.size(); i++) {
            core.pt.write(maps.get(i).pos(), saved[i]);
        }
        for (int off = step; off < (1 << order); off += step) {
            if (f.ref.get((int) head + off) == 0) {
                f.ref.set((int) head + off, 1);
                f.put(cpu, head + off, 1);
            }
        }
        countSplit(order, true);
        return 0;
    }

    private void countSplit(int order, boolean ok) {
        if (order == FolioOrderPolicy.PMD_ORDER) {
            core.stats.inc(ok ? MmuStat.THP_SPLIT_PAGE : MmuStat.THP_SPLIT_PAGE_FAILED);
        }
        core.stats.mthp(order, ok ? MthpStat.SPLIT : MthpStat.SPLIT_FAILED, 1);
    }

    /** deferred_split_scan(): splits queued partially mapped folios to order 0; returns splits done. */
    int deferredSplitScan(int cpu, int nrToScan) {
        Folios f = core.folios;
        int done = 0;
        for (int i = 0; i < nrToScan && !f.deferred.isEmpty(); i++) {
            long head = f.deferred.poll();
            int h = (int) head;
            f.flags.set(h, f.flags.get(h) & ~Folios.F_DEFERRED);
            if (f.orderOf(head) <= 0) {
                continue;
            }
            boolean partial = (f.flags.get(h) & Folios.F_PARTIAL) != 0;
            if (!partial) {
                continue;
            }
            f.flags.set(h, f.flags.get(h) | Folios.F_DEFERRED); // still queued while splitting, as list_del happens under the split
            f.deferred.addFirst(head);
            f.get(head, 1);
            int r = splitFolio(cpu, head, 0);
            if (r != 0) {
                f.deferred.remove(head);
                f.flags.set(h, f.flags.get(h) & ~Folios.F_DEFERRED);
            } else {
                done++;
            }
            f.put(cpu, head, 1);
        }
        return done;
    }
}
