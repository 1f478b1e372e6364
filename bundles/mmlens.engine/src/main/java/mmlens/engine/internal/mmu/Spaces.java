package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.mmu.MmuStat;

/**
 * Address-space operations: mmap of anonymous private memory, munmap (VMA split + zap + page-table
 * freeing), madvise(MADV_DONTNEED / MADV_FREE / MADV_HUGEPAGE), mprotect to read-only, fork
 * (dup_mmap with copy_page_range() write-protecting the parent and flush_tlb_mm(oldmm)), exit.
 * Addresses are bytes and must be page aligned.
 */
final class Spaces {
    private final MmuCore core;

    Spaces(MmuCore core) {
        this.core = core;
    }

    /** mmap(MAP_PRIVATE|MAP_ANONYMOUS) at a fixed, free range. */
    Vma mmap(MmStruct mm, long start, long len, int flags) {
        long end = start + len;
        if ((start & 4095) != 0 || (len & 4095) != 0 || len <= 0 || end > (1L << 43)) {
            throw new IllegalArgumentException("bad range");
        }
        for (Vma v : mm.vmas) {
            if (v.start < end && start < v.end) {
                throw new IllegalArgumentException("range overlaps a VMA");
            }
        }
        Vma v = new Vma(mm, start, end, flags);
        v.anonVma = core.rmap.newAnonVma();
        v.anonVma.vmas.add(v);
        mm.vmas.add(v);
        return v;
    }

    /** munmap(): detaches [start, end) from the VMAs (splitting them), then unmap_region(). */
    void munmap(int cpu, MmStruct mm, long start, long len) {
        long end = start + len;
        List<Vma> keep = new ArrayList<>();
        for (Vma v : mm.vmas) {
            if (v.end <= start || v.start >= end) {
                keep.add(v);
                continue;
            }
            v.anonVma.vmas.remove(v);
            if (v.start < start) {
                keep.add(piece(v, v.start, start));
            }
            if (v.end > end) {
                keep.add(piece(v, end, v.end));
            }
        }
        mm.vmas.clear();
        mm.vmas.addAll(keep);
        core.unmap.zap(cpu, mm, start, end, Zap.MUNMAP);
    }

    private static Vma piece(Vma v, long s, long e) {
        Vma p = new Vma(v.mm, s, e, v.flags);
        p.anonVma = v.anonVma;
        p.anonVma.vmas.add(p);
        return p;
    }

    /** madvise(MADV_DONTNEED): zap, keep VMAs and tables. */
    void dontneed(int cpu, MmStruct mm, long start, long len) {
        core.unmap.zap(cpu, mm, start, start + len, Zap.DONTNEED);
    }

    /** madvise(MADV_FREE): exclusive anon pages become clean and old (lazily freeable). */
    void free(int cpu, MmStruct mm, long start, long len) {
        core.unmap.zap(cpu, mm, start, start + len, Zap.FREE);
    }

    /** madvise(MADV_HUGEPAGE / MADV_NOHUGEPAGE) on whole VMAs intersecting the range. */
    void hugepage(MmStruct mm, long start, long len, boolean on) {
        for (Vma v : mm.vmas) {
            if (v.start < start + len && start < v.end) {
                v.flags = on ? (v.flags | Vma.VM_HUGEPAGE) & ~Vma.VM_NOHUGEPAGE
                        : (v.flags | Vma.VM_NOHUGEPAGE) & ~Vma.VM_HUGEPAGE;
            }
        }
    }

    /**
     * mprotect(PROT_READ) over whole VMAs intersecting the range: change_protection() clears RW in
     * every present PTE/PMD, then flush_tlb_range() (flush_tlb_batched_pending() first).
     */
    /**
     * mprotect(PROT_READ | PROT_WRITE) over [start, start + len): VM_WRITE back on the VMAs, and
     * change_pte_range() with MM_CP_TRY_CHANGE_WRITABLE makes the PTEs of exclusive anonymous
     * folios writable at once (can_change_pte_writable()); a read-only to writable change needs no
     * flush. PMD leaves stay read-only until a write fault. Others stay read-only (CoW).
     */
    void mprotectRw(int cpu, MmStruct mm, long start, long len) {
        core.unmap.payOwed(cpu);
        core.flush.flushTlbBatchedPending(cpu, mm);
        long end = start + len;
        for (Vma v : mm.vmas) {
            if (v.start < end && start < v.end) {
                v.flags |= Vma.VM_WRITE;
            }
        }
        PageTables pt = core.pt;
        Folios f = core.folios;
        for (long va = start; va < end; va += 4096) {
            long mp = pt.pmdPos(cpu, mm, va, false);
            if (mp < 0) {
                continue;
            }
            long m = pt.read(mp);
            if (m != 0 && !PageTables.isTable(m)) {
                va = (va & -(1L << 21)) + (1L << 21) - 4096;
                continue;
            }
            if (m == 0 || mm.findVma(va) == null) {
                continue;
            }
            long pos = (long) PageTables.slotOf(m) << 9 | PageTables.idx(va, 12);
            long e = pt.read(pos);
            if (!PageTables.isPresentLeaf(e) || (e & Prot.RW) != 0) {
                continue;
            }
            long pfn = PageTables.pfnOf(e);
            long head = f.headOf(pfn);
            if (head < 0 || f.isZero(head) || !exclusive(head)) {
                continue;
            }
            core.migrc.beforeWritable(cpu, mm, va, pfn);
            pt.write(pos, pt.read(pos) | Prot.RW);
        }
    }

    /** PageAnonExclusive() as the model knows it: every reference is a mapping of one mm. */
    private boolean exclusive(long head) {
        Folios f = core.folios;
        if (f.orderOf(head) == 0) {
            return f.refcount(head) == 1 && f.mapcount(head) == 1;
        }
        return f.refcount(head) == f.mapcount(head) && core.rmap.singleMm(head);
    }

    void mprotectRo(int cpu, MmStruct mm, long start, long len) {
        core.unmap.payOwed(cpu);
        core.flush.flushTlbBatchedPending(cpu, mm);
        long end = start + len;
        boolean changed = false;
        for (Vma v : mm.vmas) {
            if (v.start < end && start < v.end) {
                v.flags &= ~Vma.VM_WRITE;
            }
        }
        PageTables pt = core.pt;
        for (long va = start; va < end; va += 4096) {
            long mp = pt.pmdPos(cpu, mm, va, false);
            if (mp < 0) {
                continue;
            }
            long m = pt.read(mp);
            if (m != 0 && !PageTables.isTable(m)) {
                if ((m & Prot.RW) != 0) {
                    pt.write(mp, m & ~Prot.RW);
                    core.log.event(EventLog.WRPROTECT, cpu, mm.id, va & -(1L << 21), PageTables.pfnOf(m));
                    changed = true;
                }
                va = (va & -(1L << 21)) + (1L << 21) - 4096;
                continue;
            }
            if (m == 0) {
                continue;
            }
            long pos = (long) PageTables.slotOf(m) << 9 | PageTables.idx(va, 12);
            long e = pt.read(pos);
            if (PageTables.isPresentLeaf(e) && (e & Prot.RW) != 0) {
                pt.write(pos, e & ~Prot.RW);
                core.log.event(EventLog.WRPROTECT, cpu, mm.id, va, PageTables.pfnOf(e));
                changed = true;
            }
        }
        if (changed) {
            core.flush.flushTlbMmRange(cpu, mm, start, end, 12, false);
        }
    }

    /** fork(): a child mm sharing every anon folio read-only (copy_page_range), then flush_tlb_mm(parent). */
    MmStruct fork(int cpu, MmStruct parent) {
        core.unmap.payOwed(cpu);
        MmStruct child = core.newMm(cpu);
        PageTables pt = core.pt;
        Folios f = core.folios;
        for (Vma v : parent.vmas) {
            Vma cv = new Vma(child, v.start, v.end, v.flags);
            cv.anonVma = v.anonVma;
            v.anonVma.vmas.add(cv);
            child.vmas.add(cv);
            for (long va = v.start; va < v.end; va += 4096) {
                long mp = pt.pmdPos(cpu, parent, va, false);
                if (mp < 0) {
                    va = (va & -(1L << 21)) + (1L << 21) - 4096;
                    continue;
                }
                long m = pt.read(mp);
                if (m != 0 && !PageTables.isTable(m)) {
                    long cmp = pt.pmdPos(cpu, child, va, true);
                    int dep = pt.allocTable(cpu, child);
                    m = pt.read(mp); // allocations may have compacted and moved the folio
                    long e = m & ~Prot.RW;
                    pt.write(mp, e);
                    pt.write(cmp, e);
                    core.rmap.deposit(cmp, dep);
                    long head = PageTables.pfnOf(m);
                    if (!f.isZero(head)) {
                        f.addPmdMap(head);
                        f.get(head, 1);
                        child.rssAnon += 512;
                    }
                    va = (va & -(1L << 21)) + (1L << 21) - 4096;
                    continue;
                }
                if (m == 0) {
                    va = (va & -(1L << 21)) + (1L << 21) - 4096;
                    continue;
                }
                long pos = (long) PageTables.slotOf(m) << 9 | PageTables.idx(va, 12);
                long e = pt.read(pos);
                if (!PageTables.isPresentLeaf(e)) {
                    continue;
                }
                long cp = pt.ptePos(cpu, child, va, true);
                e = pt.read(pos) & ~Prot.RW; // re-read: the allocation may have moved the folio
                pt.write(pos, e);
                pt.write(cp, e);
                long pfn = PageTables.pfnOf(e);
                long head = f.headOf(pfn);
                if (head >= 0 && !f.isZero(head)) {
                    f.addPteMap(head, pfn);
                    f.get(head, 1);
                    child.rssAnon++;
                }
            }
        }
        core.flush.flushTlbMm(cpu, parent);
        return child;
    }

    /** exit_mmap(): unmaps everything, frees every table, the mm becomes dead. */
    void exit(int cpu, MmStruct mm) {
        for (int c = 0; c < core.cpus.n; c++) {
            if (core.cpus.loadedMm[c] == mm.id) {
                core.cpus.switchMm(c, core.initMm);
            }
        }
        core.stats.add(MmuStat.ANON_RSS_AT_EXIT, mm.rssAnon);
        List<Vma> vs = new ArrayList<>(mm.vmas);
        for (Vma v : vs) {
            munmap(cpu, mm, v.start, v.end - v.start);
        }
        core.unmap.freeAllTables(cpu, mm);
        mm.dead = true;
    }
}
