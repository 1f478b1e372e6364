package mmlens.engine.internal.mmu;

import mmlens.engine.mmu.MmuStat;

/**
 * Memory accesses by a cpu: TLB lookup under the loaded ASID, a hardware walk and fill on a miss,
 * a page fault when the walk finds nothing usable. Write hits on read-only entries drop the entry
 * and fault, as a #PF does. Every hit goes through the checker.
 */
final class Access {
    private final MmuCore core;
    /** The mm of the last user access (an id always names the same mm), to skip the id lookup. */
    private int lastMmId;
    private MmStruct lastMm;

    Access(MmuCore core) {
        this.core = core;
    }

    /**
     * A user access by cpu to va in the mm it runs.
     *
     * @return false on SIGSEGV/OOM
     */
    boolean user(int cpu, long va, boolean write) {
        Cpus c = core.cpus;
        int mmId = c.runningMm(cpu);
        if (mmId == 0) {
            throw new IllegalStateException("cpu" + cpu + " runs no user task");
        }
        MmStruct mm = lastMm;
        if (mmId != lastMmId || mm == null) {
            mm = core.mm(mmId);
            lastMm = mm;
            lastMmId = mmId;
        }
        Tlb t = c.tlb[cpu];
        int asid = c.hwAsid(cpu);
        int h = t.lookup(va, asid);
        PageTables pt = core.pt;
        if (h >= 0) {
            core.stats.inc(MmuStat.TLB_HITS);
            core.stats.cycles += core.costs.tlbHit;
            boolean w = t.isWritable(h);
            long pfn = t.translate(h, va);
            int stamp = t.stampOf(h);
            long cur = (write && w) || core.checker.copiedSince(pfn, stamp) ? pt.walk(mm, va) : 0;
            core.checker.onUserHit(cpu, mm, va, pfn, stamp, w, write, cur, pt.lastWalkPmd);
            if (!write || w) {
                return true;
            }
            t.invlpg(va, asid);
        }
        core.stats.inc(MmuStat.TLB_MISSES);
        long e = pt.walk(mm, va);
        core.stats.cycles += pt.lastWalkLevels * core.costs.walkPerLevel;
        if (!usable(e, write)) {
            if (!core.fault.handle(cpu, mm, va, write)) {
                return false;
            }
            e = pt.walk(mm, va);
            if (!usable(e, write)) {
                return false;
            }
        }
        boolean pmd = pt.lastWalkPmd;
        long pfn = PageTables.pfnOf(e);
        core.log.event(EventLog.FILL, cpu, mm.id, va, PageTables.pfnAt(e, va, pmd));
        t.fill(va, pmd ? Tlb.S2M : Tlb.S4K, asid, false, pfn, (e & Prot.RW) != 0, core.clock);
        return true;
    }

    private static boolean usable(long e, boolean write) {
        return PageTables.isPresentLeaf(e) && (!write || (e & Prot.RW) != 0);
    }

    /**
     * A kernel access to the direct-map alias of pfn.
     *
     * @return false when the direct map does not allow it (an oops in the kernel)
     */
    boolean kernel(int cpu, long pfn, boolean write) {
        Cpus c = core.cpus;
        Tlb t = c.tlb[cpu];
        long va = Cpa.va(pfn);
        int asid = c.hwAsid(cpu);
        int h = t.lookup(va, asid);
        if (h >= 0) {
            core.stats.inc(MmuStat.TLB_HITS);
            core.stats.cycles += core.costs.tlbHit;
            if (write && t.isWritable(h)) {
                core.checker.onKernelWriteHit(cpu, pfn, t.stampOf(h));
                return true;
            }
            if (!write) {
                return true;
            }
        }
        core.stats.inc(MmuStat.TLB_MISSES);
        long dh = core.dm.lookup(pfn);
        int e = core.dm.read(dh);
        int level = DirectMapTable.level(dh);
        core.stats.cycles += (5 - level) * core.costs.walkPerLevel;
        if (DirectMapTable.isNone(e)) {
            return false;
        }
        int prot = DirectMapTable.prot(e);
        if ((prot & Prot.PRESENT) == 0 || (write && (prot & Prot.RW) == 0)) {
            return false;
        }
        int size = level - 1;
        long base = pfn & -(1L << (9 * size));
        t.fill(va, size, asid, (prot & Prot.GLOBAL) != 0, base, (prot & Prot.RW) != 0, core.clock);
        return true;
    }
}
