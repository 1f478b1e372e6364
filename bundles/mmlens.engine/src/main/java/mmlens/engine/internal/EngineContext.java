package mmlens.engine.internal;

import mmlens.engine.AllocatorHooks;
import mmlens.engine.CostModel;
import mmlens.engine.EngineListener;
import mmlens.engine.MigrateTypes;
import mmlens.engine.VmEvent;

/** Configuration and accumulators shared by the allocator components of one machine. */
public final class EngineContext {
    public final MigrateTypes types;
    public final int isolate;
    public final int highatomic;
    public final int movable;
    public final int cma;
    public final int pcpTypes;
    /** pageblock_order and pageblock_nr_pages of the machine (the {@code pageblock_order} knob). */
    public final int pageblockOrder;
    public final int pageblockNrPages;
    public AllocatorHooks hooks = AllocatorHooks.NONE;
    /** Unaccepted memory of the machine and the strategy accepting it; null when there is none. */
    public Unaccepted unaccepted;
    public EngineListener listener = new EngineListener() {
    };
    public CostModel costModel = CostModel.DEFAULT;
    public final long[] events = new long[VmEvent.values().length];
    public final long[] cost = new long[CostModel.Op.values().length];
    /** The sum of {@link #cost}, kept with it (read once per workload request). */
    public long totalCost;
    public final Sysctl sysctl;
    /**
     * capture_control of the direct compaction in flight (current-&gt;capture_control): zone, order and
     * migratetype to capture, and the captured head pfn (-1 while none).
     */
    public Zone captureZone;
    public int captureOrder;
    public int captureMt;
    public int capturedPfn = -1;
    /**
     * kcompactd runs when its caller gives it work ({@code Compaction.runKcompactd}), as a replay
     * paces it by the kernel's own kcompactd; false: a woken kcompactd runs to completion at once.
     */
    public boolean pacedKcompactd;
    /**
     * A replay drains every cpu's lists where the kernel's kcompactd did after a complete run
     * (drain_all_pages(zone), shown in its trace): the engine's kcompactd then leaves that drain
     * to it (a paced run's scanners meet at once, the kernel's after milliseconds of scanning).
     */
    public boolean kcompactdDrainAllFollowed;
    /**
     * A replay times the last check_drain of a kcompactd run by the kernel's kcompactd: when the
     * run's scanners have met (compact_finished() returns COMPACT_COMPLETE whatever the lists
     * hold), compact_zone()'s check_drain is deferred to {@link #deferredDrains} and the replay
     * drains at the kernel's kcompactd's next event (its own last check_drain follows the scan to
     * the scanners' meeting point, which a paced run does at once and the kernel in milliseconds).
     */
    public boolean kcompactdLastDrainDeferred;
    /** A check_drain deferred by {@link #kcompactdLastDrainDeferred}: drain_local_pages(zone) on cpu. */
    public record DeferredDrain(Zone zone, int cpu) {
    }

    /** The deferred check_drain drains, in order. */
    public final java.util.List<DeferredDrain> deferredDrains = new java.util.ArrayList<>();
    /**
     * NR_FREE_PAGES as the kernel keeps it: per-cpu differences up to stat_threshold, folded into
     * the zone counter that the watermark checks read (zone_page_state()); pgdat_balanced() reads
     * the exact value (zone_watermark_ok_safe()). Off: every check reads the exact count.
     */
    public boolean vmstatDrift;
    /** The cpu the engine's current operation runs on (the request's, or kswapd's/kcompactd's). */
    public int currentCpu;
    /** The ASI page-allocator model (knob {@code asi}); null when off. */
    public Asi asi;
    /** The separate nonsensitive free area of knob {@code asi = unmapped-area}; null otherwise. */
    public UnmappedArea area;
    /** page_group_by_mobility_disabled */
    public boolean mobilityDisabled;

    public EngineContext(MigrateTypes types, Sysctl sysctl) {
        this.types = types;
        this.isolate = types.isolate();
        this.highatomic = types.highatomic();
        this.movable = types.movable();
        this.cma = types.cma();
        this.pcpTypes = types.pcpTypes();
        this.sysctl = sysctl;
        this.pageblockOrder = sysctl.pageblockOrder;
        this.pageblockNrPages = 1 << pageblockOrder;
    }

    /**
     * fallbacks[mt] of the machine: the {@code fallbacks} knob's row when it was set, else the
     * migratetypes' own table.
     */
    public int[] fallbacks(int mt) {
        int[][] t = sysctl.fallbacks;
        return t != null && mt < t.length ? t[mt] : types.fallbacks(mt);
    }

    public void count(VmEvent e, long n) {
        events[e.ordinal()] += n;
    }

    public long counter(VmEvent e) {
        return events[e.ordinal()];
    }

    public void charge(CostModel.Op op, long amount) {
        long c = costModel.cost(op, amount);
        cost[op.ordinal()] += c;
        totalCost += c;
    }
}
