package mmlens.engine.internal.mmu;

import mmlens.engine.mmu.FlushReason;

/**
 * Per-cpu TLB state (struct tlb_state / tlb_state_shared in arch/x86/include/asm/tlbflush.h) and
 * the context-switch side of arch/x86/mm/tlb.c: switch_mm_irqs_off(), choose_new_asid(),
 * enter_lazy_tlb(). The mm of a cpu is identified by ctx_id; {@link #INIT_MM} is init_mm.
 */
public final class Cpus {
    public static final int INIT_MM = 1;
    /** TLB_NR_DYN_ASIDS */
    public static final int NR_DYN_ASIDS = 6;

    private final MmuCore core;
    final int n;
    final Tlb[] tlb;
    /** cpu_tlbstate.loaded_mm (ctx_id) and loaded_mm_asid. */
    final int[] loadedMm;
    final int[] loadedAsid;
    /** cpu_tlbstate_shared.is_lazy */
    final boolean[] lazy;
    /** cpu_tlbstate.ctxs[asid].ctx_id / .tlb_gen, flattened cpu * NR_DYN_ASIDS + asid. */
    final long[] ctxId;
    final long[] ctxGen;
    final int[] nextAsid;

    Cpus(MmuCore core, int n) {
        this.core = core;
        this.n = n;
        tlb = new Tlb[n];
        loadedMm = new int[n];
        loadedAsid = new int[n];
        lazy = new boolean[n];
        ctxId = new long[n * NR_DYN_ASIDS];
        ctxGen = new long[n * NR_DYN_ASIDS];
        nextAsid = new int[n];
        for (int c = 0; c < n; c++) {
            tlb[c] = new Tlb(core.cfg);
            loadedMm[c] = INIT_MM;
            ctxId[c * NR_DYN_ASIDS] = INIT_MM;
            nextAsid[c] = 1;
        }
    }

    /** The mm whose user translations the cpu may use now: its loaded mm unless lazy or init_mm. */
    public int runningMm(int cpu) {
        return lazy[cpu] || loadedMm[cpu] == INIT_MM ? 0 : loadedMm[cpu];
    }

    public boolean isLazy(int cpu) {
        return lazy[cpu];
    }

    public int loadedMm(int cpu) {
        return loadedMm[cpu];
    }

    /** enter_lazy_tlb(): a kernel thread runs on the cpu and keeps the old mm loaded. */
    void enterLazy(int cpu) {
        if (loadedMm[cpu] == INIT_MM) {
            return;
        }
        lazy[cpu] = true;
    }

    /** switch_mm_irqs_off(NULL, next, tsk) without global ASIDs (no INVLPGB). */
    void switchMm(int cpu, MmStruct next) {
        int prev = loadedMm[cpu];
        int prevAsid = loadedAsid[cpu];
        boolean wasLazy = lazy[cpu];
        if (wasLazy) {
            lazy[cpu] = false;
        }
        int asid;
        boolean needFlush;
        long nextGen;
        if (prev == next.id) {
            if (!wasLazy) {
                return;
            }
            nextGen = next.tlbGen;
            if (ctxGen[cpu * NR_DYN_ASIDS + prevAsid] == nextGen) {
                return;
            }
            asid = prevAsid;
            needFlush = true;
        } else {
            if (core.cfg.cpumaskClearOnSwitch && prev != INIT_MM) {
                core.mm(prev).clearCpu(cpu); // 6.12: stop remote flushes for the previous mm
            }
            if (next.id != INIT_MM && !next.inMask(cpu)) {
                next.setCpu(cpu);
            }
            nextGen = next.tlbGen;
            long ns = chooseNewAsid(cpu, next, nextGen);
            asid = (int) (ns >>> 1);
            needFlush = (ns & 1) != 0;
        }
        if (needFlush) {
            ctxId[cpu * NR_DYN_ASIDS + asid] = next.id;
            ctxGen[cpu * NR_DYN_ASIDS + asid] = nextGen;
            tlb[cpu].flushAsid(core.cfg.pcid ? asid : 0);
            core.migrc.localFlushed(cpu);
            core.stats.cycles += core.costs.flushAll;
        }
        core.stats.cycles += core.costs.cr3Switch;
        core.stats.reason(FlushReason.TASK_SWITCH);
        core.log.event(EventLog.SWITCH, cpu, next.id, asid, needFlush ? 1 : 0);
        loadedMm[cpu] = next.id;
        loadedAsid[cpu] = asid;
    }

    /** choose_new_asid(): returns {@code asid << 1 | need_flush}. */
    private long chooseNewAsid(int cpu, MmStruct next, long nextGen) {
        if (!core.cfg.pcid) {
            return 1;
        }
        int b = cpu * NR_DYN_ASIDS;
        for (int a = 0; a < NR_DYN_ASIDS; a++) {
            if (ctxId[b + a] != next.id) {
                continue;
            }
            return (long) a << 1 | (ctxGen[b + a] < nextGen ? 1 : 0);
        }
        int a = nextAsid[cpu]++;
        if (a >= NR_DYN_ASIDS) {
            a = 0;
            nextAsid[cpu] = 1;
        }
        return (long) a << 1 | 1;
    }

    /** The hardware tag the cpu's TLB uses for its loaded asid (always 0 without PCID). */
    int hwAsid(int cpu) {
        return core.cfg.pcid ? loadedAsid[cpu] : 0;
    }

    /** Local TLB generation of the loaded asid (cpu_tlbstate.ctxs[loaded_mm_asid].tlb_gen). */
    public long localGen(int cpu) {
        return ctxGen[cpu * NR_DYN_ASIDS + loadedAsid[cpu]];
    }

    void setLocalGen(int cpu, long gen) {
        ctxGen[cpu * NR_DYN_ASIDS + loadedAsid[cpu]] = gen;
    }

    public Tlb tlb(int cpu) {
        return tlb[cpu];
    }
}
