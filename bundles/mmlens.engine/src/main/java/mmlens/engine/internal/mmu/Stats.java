package mmlens.engine.internal.mmu;

import mmlens.engine.mmu.FlushReason;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.MthpStat;

/** Counter storage of the MMU model: events, tlb_flush reasons, per-order mTHP stats, cycles. */
public final class Stats {
    public final long[] ev = new long[MmuStat.values().length];
    public final long[] reasons = new long[FlushReason.values().length];
    /** mthp[order][item], order 0..PMD_ORDER (0 and 1 stay zero as count_mthp_stat ignores them... except order 1 is kept if a variation policy produces it). */
    public final long[][] mthp = new long[FolioOrderPolicy.PMD_ORDER + 1][MthpStat.values().length];
    /** Sum of the cycle cost model over everything simulated. */
    public long cycles;
    /** User-mode cycles a scenario states for its workload (not part of {@link #cycles}). */
    public long userCycles;

    public void inc(MmuStat s) {
        ev[s.ordinal()]++;
    }

    public void add(MmuStat s, long n) {
        ev[s.ordinal()] += n;
    }

    public long get(MmuStat s) {
        return ev[s.ordinal()];
    }

    public void reason(FlushReason r) {
        reasons[r.ordinal()]++;
    }

    /** count_mthp_stat(): ignores order &lt;= 0 and order &gt; PMD_ORDER. */
    public void mthp(int order, MthpStat item, long delta) {
        if (order <= 0 || order > FolioOrderPolicy.PMD_ORDER) {
            return;
        }
        mthp[order][item.ordinal()] += delta;
    }
}
