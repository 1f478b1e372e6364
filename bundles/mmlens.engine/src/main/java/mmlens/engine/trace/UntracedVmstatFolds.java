package mmlens.engine.trace;

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Zone;

/**
 * Folds of NR_FREE_PAGES's per-cpu differences that the trace cannot show, inferred from the
 * kernel's allocations ({@link ReplayInference#UNTRACED_VMSTAT_FOLDS}).
 *
 * <p>Under {@link ReplayInference#VMSTAT_DRIFT} the engine's watermark checks read the folded
 * zone counter, which lags the exact count by up to stat_threshold pages per cpu. The kernel
 * folds a cpu's differences without a trace event when the cpu's idle loop stops the tick
 * (quiet_vmstat()) and in vmstat_update() runs the trace does not record. The kernel's allocation
 * itself tells when such a fold must have happened: it took a page of zone Z, so Z passed at
 * least the slow path's min watermark check (min plus the watermark boost, lowmem reserve,
 * reserves gfp allows). When the engine's folded counter of Z fails that check but its exact
 * count passes it, only unfolded differences stand between the engine and the kernel's choice:
 * every cpu's differences are folded before the request is replayed. Likewise in the fast path:
 * when Z's folded counter fails the low watermark (plus boost) its exact count passes while a
 * lower zone of the node passes it, the engine would take the lower zone's page where the kernel
 * took Z's.
 */
final class UntracedVmstatFolds {
    private final Machine m;
    private final Engine e;
    private long folds;

    UntracedVmstatFolds(Machine m) {
        this.m = m;
        this.e = m.engine();
    }

    /**
     * Before the engine allocates {@code order} pages with {@code gfp} for a request the kernel
     * served at {@code kernelPfn} (negative: it failed; nothing is inferred then): folds every
     * cpu's differences when only they make the kernel's zone fail its min watermark. True when
     * it folded.
     */
    boolean beforeAllocation(int gfp, int order, long kernelPfn) {
        if (kernelPfn < 0 || !e.ctx.vmstatDrift) {
            return false;
        }
        Zone z = e.zoneOf((int) kernelPfn);
        int highestZoneIdx = Gfp.gfpZone(gfp);
        if (z == null || z.mem == null || highestZoneIdx < 0 || z.nrFreePagesFolded >= z.nrFreePages) {
            return false; // folding can only lower the counter there: it cannot make a check pass
        }
        int flags = e.alloc.gfpToAllocFlags(gfp, order);
        long mark = z.watermark[Zone.WMARK_MIN] + z.watermarkBoost; // min_wmark_pages()
        boolean folded = e.wm.zoneWatermarkOk(z, order, mark, highestZoneIdx, flags);
        boolean exact = e.wm.zoneWatermarkOk(z, order, mark, highestZoneIdx, flags, z.nrFreePages);
        if ((folded || !exact) && !fastPathTakesALowerZone(z, order, highestZoneIdx, flags)) {
            return false;
        }
        for (int cpu = 0; cpu < m.nrCpus(); cpu++) {
            m.foldVmstat(cpu);
        }
        folds++;
        return true;
    }

    /**
     * The fast path (ALLOC_WMARK_LOW plus boost, no reserves): z's folded counter fails the low
     * watermark its exact count passes, while a lower zone of its node passes it, so the engine's
     * fast path would take that zone's page where the kernel's took z's.
     */
    private boolean fastPathTakesALowerZone(Zone z, int order, int highestZoneIdx, int flags) {
        int fast = flags & mmlens.engine.internal.AllocFlags.ALLOC_CMA;
        long low = z.watermark[Zone.WMARK_LOW] + z.watermarkBoost;
        if (e.wm.zoneWatermarkOk(z, order, low, highestZoneIdx, fast)
                || !e.wm.zoneWatermarkOk(z, order, low, highestZoneIdx, fast, z.nrFreePages)) {
            return false;
        }
        for (Zone y : e.nodes[z.nid].zones) {
            if (y != null && y.mem != null && y.idx < z.idx && y.managed() && e.wm.zoneWatermarkOk(y, order,
                    y.watermark[Zone.WMARK_LOW] + y.watermarkBoost, highestZoneIdx, fast)) {
                return true;
            }
        }
        return false;
    }

    /** Folds inferred so far. */
    long folds() {
        return folds;
    }
}
