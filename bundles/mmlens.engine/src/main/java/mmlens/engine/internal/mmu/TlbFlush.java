package mmlens.engine.internal.mmu;

import mmlens.engine.mmu.FlushReason;
import mmlens.engine.mmu.MmuStat;

/**
 * The flush side of arch/x86/mm/tlb.c without INVLPGB or global ASIDs: flush_tlb_mm_range(),
 * get_flush_tlb_info() (tlb_single_page_flush_ceiling), native_flush_tlb_multi() with
 * should_flush_tlb(), flush_tlb_func(), flush_tlb_all(), flush_tlb_kernel_range() and
 * arch_tlbbatch_add_pending() / arch_tlbbatch_flush(). IPIs are delivered synchronously: the
 * whole shootdown is one atomic step of the model. Addresses are bytes; {@link #FLUSH_ALL} is
 * TLB_FLUSH_ALL.
 */
public final class TlbFlush {
    public static final long FLUSH_ALL = -1L;
    /** TLB_GENERATION_INVALID */
    static final long GEN_INVALID = 0;
    /** HZ for should_trim_cpumask(), in model jiffies. */
    static final long HZ = 1000;

    /** struct flush_tlb_info */
    static final class Info {
        MmStruct mm;
        long start;
        long end;
        int strideShift;
        boolean freedTables;
        long newTlbGen;
        int initiatingCpu;
        boolean trimCpumask;
    }

    /** struct arch_tlbflush_unmap_batch + tlbflush_unmap_batch of one task (here: one cpu). */
    static final class UnmapBatch {
        final long[] cpumask;
        boolean unmappedPages;
        boolean flushRequired;
        boolean writable;

        UnmapBatch(int cpus) {
            cpumask = new long[(cpus + 63) >>> 6];
        }
    }

    private final MmuCore core;
    private final Cpus cpus;
    private final Info info = new Info();
    final UnmapBatch[] ubc;

    TlbFlush(MmuCore core) {
        this.core = core;
        this.cpus = core.cpus;
        ubc = new UnmapBatch[cpus.n];
        for (int c = 0; c < cpus.n; c++) {
            ubc[c] = new UnmapBatch(cpus.n);
        }
    }

    private Info getFlushTlbInfo(MmStruct mm, long start, long end, int stride, boolean freed, long gen, int cpu) {
        if (end != FLUSH_ALL && ((end - start) >>> stride) > core.cfg.flushCeiling) {
            start = 0;
            end = FLUSH_ALL;
        }
        info.start = start;
        info.end = end;
        info.mm = mm;
        info.strideShift = stride;
        info.freedTables = freed;
        info.newTlbGen = gen;
        info.initiatingCpu = cpu;
        info.trimCpumask = false;
        return info;
    }

    /** flush_tlb_mm_range() issued on cpu. */
    public void flushTlbMmRange(int cpu, MmStruct mm, long start, long end, int strideShift, boolean freedTables) {
        long gen = ++mm.tlbGen;
        Info f = getFlushTlbInfo(mm, start, end, strideShift, freedTables, gen, cpu);
        if (mm.anyBut(cpu)) {
            f.trimCpumask = shouldTrimCpumask(mm);
            flushTlbMulti(mm.cpumask, f);
        } else if (mm.id == cpus.loadedMm[cpu]) {
            flushTlbFunc(cpu, f);
        }
    }

    /** flush_tlb_mm(): the whole mm. */
    public void flushTlbMm(int cpu, MmStruct mm) {
        flushTlbMmRange(cpu, mm, 0, FLUSH_ALL, 12, true);
    }

    private boolean shouldTrimCpumask(MmStruct mm) {
        if (core.jiffies > mm.nextTrimCpumask) {
            mm.nextTrimCpumask = core.jiffies + HZ;
            return true;
        }
        return false;
    }

    /** native_flush_tlb_multi(): one nr_tlb_remote_flush per call, lazy cpus skipped unless freed_tables. */
    private void flushTlbMulti(long[] mask, Info f) {
        core.stats.inc(MmuStat.NR_TLB_REMOTE_FLUSH);
        core.stats.reason(FlushReason.REMOTE_SEND_IPI);
        long[] snapshot = mask.clone();
        for (int c = 0; c < cpus.n; c++) {
            if ((snapshot[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            if (f.freedTables || shouldFlushTlb(c, f)) {
                if (c != f.initiatingCpu) {
                    core.stats.cycles += core.costs.ipiSend;
                }
                flushTlbFunc(c, f);
            } else {
                core.log.event(EventLog.FLUSH_SKIP, c, f.mm == null ? 0 : f.mm.id, 0, 0);
            }
        }
        core.log.event(EventLog.FLUSH_IPI, f.initiatingCpu, f.mm == null ? 0 : f.mm.id, f.start, f.end);
    }

    /** should_flush_tlb() */
    private boolean shouldFlushTlb(int c, Info f) {
        if (cpus.lazy[c]) {
            return false;
        }
        if (f.mm == null) {
            return true;
        }
        if (cpus.loadedMm[c] == f.mm.id) {
            return true;
        }
        return f.trimCpumask;
    }

    /** flush_tlb_func() running on cpu c. */
    private void flushTlbFunc(int c, Info f) {
        boolean local = c == f.initiatingCpu;
        if (!local) {
            core.stats.inc(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED);
            core.stats.inc(MmuStat.TLB_IPIS);
            core.stats.cycles += core.costs.ipiReceive;
        }
        if (f.mm != null && f.mm.id != cpus.loadedMm[c] && core.cfg.cpumaskClearOnSwitch) {
            return; // 6.12: only a remote cpu can get here; its bit went at the switch
        }
        if (f.mm != null && f.mm.id != cpus.loadedMm[c]) {
            f.mm.clearCpu(c);
            core.stats.reason(FlushReason.REMOTE_WRONG_CPU);
            return;
        }
        if (cpus.loadedMm[c] == Cpus.INIT_MM) {
            return;
        }
        if (cpus.lazy[c]) {
            cpus.switchMm(c, core.initMm);
            return;
        }
        long localGen = cpus.localGen(c);
        if ((f.newTlbGen != GEN_INVALID || core.cfg.flushGenUnguarded) && f.newTlbGen <= localGen) {
            return;
        }
        long mmGen = core.mm(cpus.loadedMm[c]).tlbGen;
        if (localGen == mmGen) {
            traceDone(c, local, f);
            return;
        }
        Tlb t = cpus.tlb[c];
        if (f.end != FLUSH_ALL && f.newTlbGen == localGen + 1 && f.newTlbGen == mmGen) {
            long nr = (f.end - f.start) >>> f.strideShift;
            int asid = cpus.hwAsid(c);
            for (long a = f.start; a < f.end; a += 1L << f.strideShift) {
                t.invlpg(a, asid);
            }
            core.stats.cycles += nr * core.costs.invlpg;
            if (local) {
                core.stats.add(MmuStat.NR_TLB_LOCAL_FLUSH_ONE, nr);
            }
        } else {
            t.flushAsid(cpus.hwAsid(c));
            core.migrc.localFlushed(c);
            core.stats.cycles += core.costs.flushAll;
            if (local) {
                core.stats.inc(MmuStat.NR_TLB_LOCAL_FLUSH_ALL);
            }
        }
        cpus.setLocalGen(c, mmGen);
        core.log.event(EventLog.FLUSH_LOCAL, c, cpus.loadedMm[c], f.start, f.end);
        traceDone(c, local, f);
    }

    private void traceDone(int c, boolean local, Info f) {
        core.stats.reason(!local ? FlushReason.REMOTE_SHOOTDOWN
                : f.mm == null ? FlushReason.LOCAL_SHOOTDOWN : FlushReason.LOCAL_MM_SHOOTDOWN);
    }

    /** flush_tlb_all(): one remote flush counted, every cpu flushes everything (globals too). */
    public void flushTlbAll(int cpu) {
        core.stats.inc(MmuStat.NR_TLB_REMOTE_FLUSH);
        onEachCpuFlushAll(cpu);
    }

    /** on_each_cpu(do_flush_tlb_all): nr_tlb_remote_flush_received counts every cpu, self included. */
    private void onEachCpuFlushAll(int cpu) {
        for (int c = 0; c < cpus.n; c++) {
            core.stats.inc(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED);
            cpus.tlb[c].flushEverything();
            core.stats.cycles += core.costs.flushAll;
            if (c != cpu) {
                core.stats.inc(MmuStat.KERNEL_FLUSH_IPIS);
                core.stats.cycles += core.costs.ipiSend + core.costs.ipiReceive;
            }
        }
        core.log.event(EventLog.FLUSH_IPI, cpu, 0, 0, FLUSH_ALL);
    }

    /** flush_tlb_kernel_range(): beyond the ceiling everything, else INVLPG per page on every cpu. */
    public void flushTlbKernelRange(int cpu, long start, long end) {
        Info f = getFlushTlbInfo(null, start, end, 12, false, GEN_INVALID, cpu);
        if (f.end == FLUSH_ALL) {
            onEachCpuFlushAll(cpu);
            return;
        }
        long s = f.start;
        long e = f.end;
        for (int c = 0; c < cpus.n; c++) {
            Tlb t = cpus.tlb[c];
            int asid = cpus.hwAsid(c);
            for (long a = s; a < e; a += 4096) {
                core.stats.inc(MmuStat.NR_TLB_LOCAL_FLUSH_ONE);
                t.invlpg(a, asid);
                core.stats.cycles += core.costs.invlpg;
            }
            if (c != cpu) {
                core.stats.inc(MmuStat.KERNEL_FLUSH_IPIS);
                core.stats.cycles += core.costs.ipiSend + core.costs.ipiReceive;
            }
        }
        core.log.event(EventLog.FLUSH_IPI, cpu, 0, s, e);
    }

    /**
     * set_tlb_ubc_flush_pending() for an accessible PTE of mm unmapped by cpu:
     * arch_tlbbatch_add_pending() (inc_mm_tlb_gen, or in mm_cpumask) and tlb_flush_batched.
     */
    void addPending(int cpu, MmStruct mm, boolean dirty) {
        UnmapBatch b = ubc[cpu];
        ++mm.tlbGen;
        for (int w = 0; w < b.cpumask.length; w++) {
            b.cpumask[w] |= mm.cpumask[w];
        }
        b.unmappedPages = true;
        b.flushRequired = true;
        int batch = mm.tlbFlushBatched;
        if ((batch & PENDING_MASK) > PENDING_LARGE) {
            mm.tlbFlushBatched = 1;
        } else {
            mm.tlbFlushBatched++;
        }
        if (dirty) {
            b.writable = true;
        }
    }

    static final int FLUSHED_SHIFT = 16;
    static final int PENDING_MASK = (1 << (FLUSHED_SHIFT - 1)) - 1;
    static final int PENDING_LARGE = PENDING_MASK / 2;

    /** should_defer_flush() with TTU_BATCH_FLUSH: arch_tlbbatch_should_defer(). */
    boolean shouldDefer(int cpu, MmStruct mm) {
        return mm.anyBut(cpu);
    }

    /** try_to_unmap_flush() */
    public void tryToUnmapFlush(int cpu) {
        UnmapBatch b = ubc[cpu];
        if (!b.flushRequired) {
            return;
        }
        core.stats.inc(MmuStat.BATCHED_UNMAP_FLUSH);
        archTlbbatchFlush(cpu, b);
        b.flushRequired = false;
        b.writable = false;
    }

    /** arch_tlbbatch_flush() of a batch gathered elsewhere (the migrc requests). */
    void flushBatch(int cpu, UnmapBatch b) {
        archTlbbatchFlush(cpu, b);
        b.flushRequired = false;
    }

    /** arch_tlbbatch_flush() */
    private void archTlbbatchFlush(int cpu, UnmapBatch b) {
        Info f = getFlushTlbInfo(null, 0, FLUSH_ALL, 0, false, GEN_INVALID, cpu);
        boolean others = false;
        for (int w = 0; w < b.cpumask.length; w++) {
            long m = b.cpumask[w];
            if (w == cpu >>> 6) {
                m &= ~(1L << cpu);
            }
            others |= m != 0;
        }
        if (others) {
            flushTlbMulti(b.cpumask, f);
        } else if ((b.cpumask[cpu >>> 6] & (1L << cpu)) != 0) {
            flushTlbFunc(cpu, f);
        }
        java.util.Arrays.fill(b.cpumask, 0);
        b.unmappedPages = false;
    }

    /** flush_tlb_batched_pending(): called before a page-table change of mm under its PTL. */
    void flushTlbBatchedPending(int cpu, MmStruct mm) {
        int batch = mm.tlbFlushBatched;
        int pending = batch & PENDING_MASK;
        int flushed = batch >>> FLUSHED_SHIFT;
        if (pending != flushed) {
            flushTlbMm(cpu, mm);
            if (mm.tlbFlushBatched == batch) {
                mm.tlbFlushBatched = pending | (pending << FLUSHED_SHIFT);
            }
        }
    }
}
