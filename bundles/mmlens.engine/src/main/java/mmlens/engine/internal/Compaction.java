package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

import mmlens.engine.Gfp;
import mmlens.engine.VmEvent;
import mmlens.engine.metrics.ContigPageInfo;

/**
 * mm/compaction.c policy: try_to_compact_pages(), compaction deferral, compaction_suitable() with the
 * fragmentation index, __compact_finished(), should_compact_retry() and kcompactd wakeups. The zone
 * walk itself (migrate and free scanners) is in {@link CompactZone} (the kernel search:
 * {@link KernelCompaction}).
 */
public final class Compaction {
    // enum compact_result
    public static final int COMPACT_NOT_SUITABLE_ZONE = 0;
    public static final int COMPACT_SKIPPED = 1;
    public static final int COMPACT_DEFERRED = 2;
    public static final int COMPACT_NO_SUITABLE_PAGE = 3;
    public static final int COMPACT_CONTINUE = 4;
    public static final int COMPACT_COMPLETE = 5;
    public static final int COMPACT_PARTIAL_SKIPPED = 6;
    public static final int COMPACT_CONTENDED = 7;
    public static final int COMPACT_SUCCESS = 8;
    /** Not the kernel's: a paced kcompactd run stopped when its migration budget ran out. */
    public static final int COMPACT_PAUSED = 9;
    /** COMPACT_MAX_DEFER_SHIFT */
    static final int COMPACT_MAX_DEFER_SHIFT = 6;

    private final EngineContext ctx;
    private final Watermark wm;
    private final Fallback fallback;
    private final CompactZone walker;
    private final Node[] nodes;

    public Compaction(EngineContext ctx, Watermark wm, Fallback fallback, CompactZone walker, Node[] nodes) {
        this.ctx = ctx;
        this.nodes = nodes;
        this.wm = wm;
        this.fallback = fallback;
        this.walker = walker;
    }

    /** try_to_compact_pages() */
    public int tryToCompactPages(int gfp, int order, int allocFlags, Zone[] zonelist, int hz, int prio, int cpu) {
        int rc = COMPACT_SKIPPED;
        if (!Gfp.compactionAllowed(gfp)) {
            return rc;
        }
        for (Zone z : zonelist) {
            if (z.idx > hz) {
                continue;
            }
            if (prio > AllocPath.COMPACT_PRIO_SYNC_FULL && compactionDeferred(z, order)) {
                rc = Math.max(COMPACT_DEFERRED, rc);
                continue;
            }
            int status = compactZoneOrder(z, order, ctx.types.fromGfp(gfp), prio, allocFlags, hz, true, cpu);
            if (ctx.capturedPfn >= 0) {
                status = COMPACT_SUCCESS;
            }
            rc = Math.max(status, rc);
            if (status == COMPACT_SUCCESS) {
                deferReset(z, order, false);
                break;
            }
            if (prio != AllocPath.COMPACT_PRIO_ASYNC && (status == COMPACT_COMPLETE || status == COMPACT_PARTIAL_SKIPPED)) {
                deferCompaction(z, order);
            }
        }
        return rc;
    }

    /** compact_zone_order() + the entry checks of compact_zone(); order -1 is /proc/sys/vm/compact_memory. */
    int compactZoneOrder(Zone z, int order, int migratetype, int prio, int allocFlags, int hz, boolean direct,
            int cpu) {
        boolean async = prio == AllocPath.COMPACT_PRIO_ASYNC;
        if (order >= 0) {
            int ret = suitAllocationOrder(z, order, hz, allocFlags, async, !direct);
            if (ret != COMPACT_CONTINUE) {
                return ret;
            }
        }
        boolean wholeZone = prio == AllocPath.COMPACT_PRIO_SYNC_FULL;
        if (!direct || order < 0) {
            return walker.run(this, z, order, migratetype, async, wholeZone, direct, allocFlags, hz, cpu);
        }
        ctx.captureZone = z;
        ctx.captureOrder = order;
        ctx.captureMt = migratetype;
        try {
            return walker.run(this, z, order, migratetype, async, wholeZone, direct, allocFlags, hz, cpu);
        } finally {
            ctx.captureZone = null;
        }
    }

    /** defer_compaction() */
    void deferCompaction(Zone z, int order) {
        z.compactConsidered = 0;
        z.compactDeferShift++;
        if (order < z.compactOrderFailed) {
            z.compactOrderFailed = order;
        }
        if (z.compactDeferShift > COMPACT_MAX_DEFER_SHIFT) {
            z.compactDeferShift = COMPACT_MAX_DEFER_SHIFT;
        }
    }

    /** compaction_deferred() */
    boolean compactionDeferred(Zone z, int order) {
        long limit = 1L << z.compactDeferShift;
        if (order < z.compactOrderFailed) {
            return false;
        }
        if (++z.compactConsidered >= limit) {
            z.compactConsidered = (int) limit;
            return false;
        }
        return true;
    }

    /** compaction_defer_reset() */
    public void deferReset(Zone z, int order, boolean allocSuccess) {
        if (allocSuccess) {
            z.compactConsidered = 0;
            z.compactDeferShift = 0;
        }
        if (order >= z.compactOrderFailed) {
            z.compactOrderFailed = order + 1;
        }
    }

    /** compaction_suit_allocation_order() */
    int suitAllocationOrder(Zone z, int order, int hz, int allocFlags, boolean async, boolean kcompactd) {
        long freePages = kcompactd && ctx.sysctl.defragMode ? z.nrFreePagesBlocks : z.nrFreePages;
        long watermark = z.wmark(allocFlags & AllocFlags.ALLOC_WMARK_MASK);
        if (wm.zoneWatermarkOk(z, order, watermark, hz, allocFlags, freePages)) {
            return COMPACT_SUCCESS;
        }
        if (order > ctx.sysctl.costlyOrder && async && (allocFlags & AllocFlags.ALLOC_CMA) == 0
                && !ctx.sysctl.compactionCmaCheckV612) {
            if (!wm.zoneWatermarkOk(z, 0, watermark + compactGap(order), hz, 0, z.nrFreePages)) {
                return COMPACT_SKIPPED;
            }
        }
        if (!compactionSuitable(z, order, watermark, hz)) {
            return COMPACT_SKIPPED;
        }
        return COMPACT_CONTINUE;
    }

    /** compact_gap() */
    long compactGap(int order) {
        return (long) ctx.sysctl.compactGapFactor << order;
    }

    /** __compaction_suitable() */
    boolean compactionSuitableFree(Zone z, int order, long watermark, int hz, long freePages) {
        watermark += compactGap(order);
        if (order > ctx.sysctl.costlyOrder) {
            watermark += z.wmark(Zone.WMARK_LOW) - z.wmark(Zone.WMARK_MIN);
        }
        return wm.zoneWatermarkOk(z, 0, watermark, hz, AllocFlags.ALLOC_CMA, freePages);
    }

    /** compaction_suitable(): also refuses when fragindex says the failure is lack of memory. */
    boolean compactionSuitable(Zone z, int order, long watermark, int hz) {
        boolean suitable = compactionSuitableFree(z, order, watermark, hz, z.nrFreePages);
        if (suitable && order > ctx.sysctl.costlyOrder) {
            int fragindex = ContigPageInfo.fill(z.mem.nrFree, order).fragmentationIndex(order);
            if (fragindex >= 0 && fragindex <= ctx.sysctl.extfragThreshold) {
                suitable = false;
            }
        }
        return suitable;
    }

    /** compaction_zonelist_suitable() */
    boolean compactionZonelistSuitable(Zone[] zonelist, int hz, int order) {
        for (Zone z : zonelist) {
            if (z.idx > hz) {
                continue;
            }
            long available = z.nrFilePages / order + z.nrFreePages;
            if (compactionSuitableFree(z, order, z.wmark(Zone.WMARK_MIN), hz, available)) {
                return true;
            }
        }
        return false;
    }

    /** should_compact_retry(); prio[0] and retries[0] are updated in place. */
    public boolean shouldCompactRetry(Zone[] zonelist, int hz, int order, int allocFlags, int compactResult,
            int[] prio, int[] retries) {
        int maxRetries = AllocPath.MAX_COMPACT_RETRIES;
        if (order == 0) {
            return false;
        }
        if (compactResult == COMPACT_SKIPPED) {
            return compactionZonelistSuitable(zonelist, hz, order);
        }
        if (compactResult == COMPACT_SUCCESS) {
            if (order > ctx.sysctl.costlyOrder) {
                maxRetries /= 4;
            }
            if (++retries[0] <= maxRetries) {
                return true;
            }
        }
        int minPriority = order > ctx.sysctl.costlyOrder ? AllocPath.COMPACT_PRIO_SYNC_LIGHT
                : AllocPath.COMPACT_PRIO_SYNC_FULL;
        if (prio[0] > minPriority) {
            prio[0]--;
            return true;
        }
        return false;
    }

    /**
     * __compact_finished() but for defrag_mode. When the scanners met, the next run starts anew and,
     * after a direct compaction, kswapd is to clear the skip hints; a proactive run ends when kswapd
     * runs or once the zone's fragmentation score is down to the low watermark.
     */
    int compactFinished(Zone z, int order, int migratetype, int migratePfn, int freePfn, boolean wholeZone,
            boolean direct, boolean proactive) {
        if ((freePfn >> ctx.pageblockOrder) <= (migratePfn >> ctx.pageblockOrder)) {
            z.compactCachedMigratePfn = z.startPfn;
            z.compactCachedMigratePfnSync = z.startPfn;
            z.compactCachedFreePfn = z.blockStart(z.endPfn() - 1);
            if (direct) {
                z.compactBlockskipFlush = true;
            }
            return wholeZone ? COMPACT_COMPLETE : COMPACT_PARTIAL_SKIPPED;
        }
        if (proactive) {
            if (kswapdIsRunning(nodes[z.nid])) {
                return COMPACT_PARTIAL_SKIPPED;
            }
            return fragmentationScoreZone(z) > fragmentationScoreWmark(true) ? COMPACT_CONTINUE : COMPACT_SUCCESS;
        }
        if (order < 0 || (migratePfn & (ctx.pageblockNrPages - 1)) != 0) {
            return COMPACT_CONTINUE;
        }
        for (int o = order; o < NR_PAGE_ORDERS; o++) {
            if (!z.mem.isEmpty(o, migratetype)) {
                return COMPACT_SUCCESS;
            }
            if (ctx.cma >= 0 && migratetype == ctx.movable && !z.mem.isEmpty(o, ctx.cma)) {
                return COMPACT_SUCCESS;
            }
            if (fallback.findSuitableFallback(z, o, migratetype, true) >= 0) {
                return COMPACT_SUCCESS;
            }
        }
        return COMPACT_CONTINUE; // COMPACT_NO_SUITABLE_PAGE maps to CONTINUE in compact_finished()
    }

    /** compact_node() for /proc/sys/vm/compact_memory: every zone, whole, synchronous, order -1. */
    public void compactMemory(Node n) {
        for (Zone z : n.zones) {
            if (z.mem != null && z.managed()) {
                compactZoneOrder(z, -1, ctx.movable, AllocPath.COMPACT_PRIO_SYNC_FULL, AllocFlags.ALLOC_WMARK_MIN,
                        z.idx, false, n.firstCpu);
            }
        }
    }

    /** kcompactd_node_suitable(): some zone would run compaction for the order. */
    private boolean kcompactdNodeSuitable(Node n, int order, int hz) {
        for (int i = 0; i <= hz; i++) {
            Zone z = n.zones[i];
            if (z != null && z.managed() && z.mem != null
                    && suitAllocationOrder(z, order, hz, AllocFlags.ALLOC_WMARK_MIN, false, true) == COMPACT_CONTINUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * wakeup_kcompactd(): records the order and highest zone index in the node; kcompactd then
     * runs at once (to completion) unless runs are paced ({@link EngineContext#pacedKcompactd}):
     * then it starts at once (a deferred or unsuitable zone ends the run here) and
     * {@link #runKcompactd} does the work in the portions the caller gives.
     */
    public void wakeupKcompactd(Node n, int order, int hz) {
        if (order == 0) {
            return;
        }
        if (n.kcompactdMaxOrder < order) {
            n.kcompactdMaxOrder = order;
        }
        if (!n.kcompactdWoken || n.kcompactdHighestZoneidx > hz) {
            n.kcompactdHighestZoneidx = hz;
        }
        if (n.kcompactdWoken || !kcompactdNodeSuitable(n, order, hz)) {
            return;
        }
        n.kcompactdWoken = true;
        ctx.count(VmEvent.COMPACT_DAEMON_WAKE, 1);
        // kcompactd runs kcompactd_do_work() as soon as it is woken: a paced one starts at once too
        // (deferral and suitability are decided now), with no pages to migrate yet
        runKcompactd(n, ctx.pacedKcompactd ? 0 : -1);
    }

    /**
     * kcompactd_do_work() for a woken node, migrating at most {@code budget} pages (negative: no
     * limit). When the budget runs out the run pauses with its scanner positions cached and the
     * node stays woken; the next call goes on from there. Returns the pages migrated.
     */
    public long runKcompactd(Node n, long budget) {
        return runKcompactd(n, budget, false);
    }

    /**
     * {@link #runKcompactd(Node, long)}; with {@code scanAhead} a budget of 0 still lets the
     * kernel search isolate and take targets, the run pausing before its next move.
     */
    public long runKcompactd(Node n, long budget, boolean scanAhead) {
        if (!n.kcompactdWoken) {
            return 0;
        }
        int order = n.kcompactdMaxOrder;
        int hz = n.kcompactdHighestZoneidx;
        long before = ctx.counter(VmEvent.PGMIGRATE_SUCCESS);
        walker.setBudget(budget);
        walker.setScanAhead(scanAhead);
        boolean paused = false;
        try {
            int first = 0;
            if (walker.paused()) {
                Zone z = walker.pausedZone();
                int status = walker.resume(this);
                paused = kcompactdZoneDone(z, order, status);
                first = z.idx + 1;
            }
            for (int i = first; i <= hz && !paused; i++) {
                Zone z = n.zones[i];
                if (z == null || !z.managed() || z.mem == null) {
                    continue;
                }
                if (compactionDeferred(z, order)) {
                    continue;
                }
                walker.lastMigrateScanned = 0; // an early return of compact_zone_order() scans nothing
                walker.lastFreeScanned = 0;
                int status = compactZoneOrder(z, order, ctx.types.fromGfp(Gfp.GFP_KERNEL),
                        AllocPath.COMPACT_PRIO_SYNC_LIGHT, AllocFlags.ALLOC_WMARK_MIN, hz, false, n.firstCpu);
                paused = kcompactdZoneDone(z, order, status);
            }
        } finally {
            walker.setBudget(-1);
            walker.setScanAhead(false);
        }
        if (!paused) {
            n.kcompactdWoken = false;
            n.proactiveDeferTimeouts = 0; // kcompactd goes back to sleep with the default timeout
            if (n.kcompactdMaxOrder <= order) {
                n.kcompactdMaxOrder = 0;
            }
            n.kcompactdHighestZoneidx = n.zones.length - 1;
        }
        return ctx.counter(VmEvent.PGMIGRATE_SUCCESS) - before;
    }

    /** The end of kcompactd_do_work()'s turn for one zone; true when the run only paused. */
    private boolean kcompactdZoneDone(Zone z, int order, int status) {
        if (status == COMPACT_PAUSED) {
            return true;
        }
        ctx.count(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED, walker.lastMigrateScanned);
        ctx.count(VmEvent.COMPACT_DAEMON_FREE_SCANNED, walker.lastFreeScanned);
        if (status == COMPACT_SUCCESS) {
            deferReset(z, order, false);
        } else if (status == COMPACT_PARTIAL_SKIPPED || status == COMPACT_COMPLETE) {
            for (int c = 0; c < z.pcp.length && !ctx.kcompactdDrainAllFollowed; c++) {
                walker.drainLocal(z, c);
            }
            deferCompaction(z, order);
        }
        return false;
    }

    /** COMPACTION_HPAGE_ORDER: HPAGE_PMD_ORDER on x86 with THP, the order the fragmentation score is taken at. */
    static final int COMPACTION_HPAGE_ORDER = 9;

    /** fragmentation_score_zone(): extfrag_for_order() at COMPACTION_HPAGE_ORDER, 0..100. */
    static int fragmentationScoreZone(Zone z) {
        return ContigPageInfo.fill(z.mem.nrFree, COMPACTION_HPAGE_ORDER).extfragForOrder(COMPACTION_HPAGE_ORDER);
    }

    /** fragmentation_score_node(): the zones' scores, each weighted by its share of the node's present pages. */
    public static int fragmentationScoreNode(Node n) {
        long nodePresent = 0;
        for (Zone z : n.zones) {
            if (z != null && z.populated()) {
                nodePresent += z.presentPages;
            }
        }
        int score = 0;
        for (Zone z : n.zones) {
            if (z != null && z.populated() && z.mem != null) {
                score += (int) (z.presentPages * fragmentationScoreZone(z) / (nodePresent + 1));
            }
        }
        return score;
    }

    /** fragmentation_score_wmark(): 100 - proactiveness, the high one a leeway of min(10, low / 2) above. */
    int fragmentationScoreWmark(boolean low) {
        int wmarkLow = 100 - ctx.sysctl.compactionProactiveness;
        int leeway = Math.min(10, wmarkLow / 2);
        return low ? wmarkLow : Math.min(wmarkLow + leeway, 100);
    }

    /**
     * kswapd_is_running(): the node's kswapd task is runnable. The engine runs kswapd at the
     * workload's kswapd ticks, so a kswapd woken and not yet run counts as running, as it would be in
     * the kernel in between.
     */
    private static boolean kswapdIsRunning(Node n) {
        return n.kswapdRunning || n.kswapdWoken;
    }

    /** should_proactive_compact_node() */
    boolean shouldProactiveCompactNode(Node n) {
        if (ctx.sysctl.compactionProactiveness == 0 || kswapdIsRunning(n)) {
            return false;
        }
        return fragmentationScoreNode(n) > fragmentationScoreWmark(false);
    }

    /**
     * kcompactd() after its HPAGE_FRAG_CHECK_INTERVAL_MSEC timeout expired without a wakeup: when the
     * node's score is above the high watermark, compact_node(pgdat, true) (every populated zone, whole,
     * order -1, sync-light, skip hints ignored, each run ended by its zone's score); a run that did not
     * lower the node's score makes kcompactd sleep {@code COMPACT_MAX_DEFER_SHIFT} times longer.
     * Returns whether a proactive run was made.
     */
    public boolean kcompactdTimeout(Node n) {
        if (n.kcompactdWoken) {
            return false; // kcompactd_work_requested(): the woken work runs instead
        }
        if (ctx.sysctl.compactionProactiveness == 0) {
            return false; // kcompactd sleeps with MAX_SCHEDULE_TIMEOUT
        }
        if (n.proactiveDeferTimeouts > 0) {
            n.proactiveDeferTimeouts--;
            return false;
        }
        if (!shouldProactiveCompactNode(n)) {
            return false;
        }
        int prevScore = fragmentationScoreNode(n);
        int mt = ctx.types.fromGfp(Gfp.GFP_KERNEL);
        for (Zone z : n.zones) {
            if (z == null || !z.populated() || z.mem == null) {
                continue;
            }
            walker.lastMigrateScanned = 0;
            walker.lastFreeScanned = 0;
            walker.run(this, z, -1, mt, false, true, false, true, n.firstCpu);
            ctx.count(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED, walker.lastMigrateScanned);
            ctx.count(VmEvent.COMPACT_DAEMON_FREE_SCANNED, walker.lastFreeScanned);
        }
        if (fragmentationScoreNode(n) >= prevScore) {
            n.proactiveDeferTimeouts = (1 << COMPACT_MAX_DEFER_SHIFT) - 1;
        }
        return true;
    }
}
