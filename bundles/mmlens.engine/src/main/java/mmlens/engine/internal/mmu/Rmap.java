package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse mapping for anonymous folios (mm/rmap.c rmap_walk_anon() reduced to the model): a
 * folio's anon_vma lists the VMAs that may map it, and its index gives the address in each
 * (the model never mremaps). Also keeps the page tables deposited under PMD-mapped THPs
 * (pgtable_trans_huge_deposit), keyed by PMD position.
 */
final class Rmap {
    /** One mapping found by a walk. */
    record Mapping(Vma vma, long va, long pos, boolean pmd) {
    }

    private final MmuCore core;
    final List<Vma.AnonVma> anonVmas = new ArrayList<>();
    private final Map<Long, Integer> deposits = new HashMap<>();

    Rmap(MmuCore core) {
        this.core = core;
        anonVmas.add(null);
    }

    Vma.AnonVma newAnonVma() {
        Vma.AnonVma a = new Vma.AnonVma(anonVmas.size());
        anonVmas.add(a);
        return a;
    }

    void deposit(long pmdPos, int slot) {
        deposits.put(pmdPos, slot);
    }

    /** pgtable_trans_huge_withdraw(): the deposited table slot, or -1. */
    int withdraw(long pmdPos) {
        Integer s = deposits.remove(pmdPos);
        return s == null ? -1 : s;
    }

    /** Whether every VMA of the folio's anon_vma belongs to one mm (no fork sharing). */
    boolean singleMm(long head) {
        Vma.AnonVma a = anonVmas.get(core.folios.anonVma.get((int) head));
        if (a == null) {
            return true;
        }
        MmStruct mm = null;
        for (Vma v : a.vmas) {
            if (mm != null && v.mm != mm) {
                return false;
            }
            mm = v.mm;
        }
        return true;
    }

    /** rmap_walk_anon(): every PMD or PTE currently mapping a page of the folio. */
    List<Mapping> walk(long head) {
        List<Mapping> out = new ArrayList<>();
        Folios f = core.folios;
        Vma.AnonVma a = anonVmas.get(f.anonVma.get((int) head));
        if (a == null) {
            return out;
        }
        int n = 1 << f.orderOf(head);
        long va0 = (long) f.index.get((int) head) << 12;
        PageTables pt = core.pt;
        for (Vma v : a.vmas) {
            if (v.mm.dead) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                long va = va0 + ((long) i << 12);
                if (va < v.start || va >= v.end) {
                    continue;
                }
                long mp = pt.pmdPos(0, v.mm, va, false);
                if (mp < 0) {
                    continue;
                }
                long m = pt.read(mp);
                if (m != 0 && !PageTables.isTable(m)) {
                    if (i == 0 && PageTables.pfnOf(m) == head) {
                        out.add(new Mapping(v, va, mp, true));
                    }
                    i += 511 - (int) ((va >>> 12) & 511); // rest of this PMD: same leaf
                    continue;
                }
                if (m == 0) {
                    i += 511 - (int) ((va >>> 12) & 511); // rest of this empty PMD
                    continue;
                }
                long pp = (long) PageTables.slotOf(m) << 9 | PageTables.idx(va, 12);
                long e = pt.read(pp);
                if (e != 0 && PageTables.pfnOf(e) == head + i && (PageTables.isPresentLeaf(e) || PageTables.isMigration(e))) {
                    out.add(new Mapping(v, va, pp, false));
                }
            }
        }
        return out;
    }
}
