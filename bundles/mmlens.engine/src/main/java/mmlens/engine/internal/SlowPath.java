package mmlens.engine.internal;

import static mmlens.engine.internal.AllocFlags.ALLOC_CPUSET;
import static mmlens.engine.internal.AllocFlags.ALLOC_KSWAPD;
import static mmlens.engine.internal.AllocFlags.ALLOC_NOFRAGMENT;
import static mmlens.engine.internal.AllocFlags.ALLOC_NO_WATERMARKS;
import static mmlens.engine.internal.AllocFlags.ALLOC_WMARK_HIGH;

import mmlens.engine.AllocFailure;
import mmlens.engine.Gfp;
import mmlens.engine.VmEvent;
import mmlens.engine.ZoneType;

/**
 * __alloc_pages_slowpath() and its helpers: wake_all_kswapds(), __alloc_pages_direct_reclaim(),
 * __alloc_pages_direct_compact(), should_reclaim_retry(), __alloc_pages_may_oom(). Works on the
 * alloc_context held by {@link AllocPath}.
 */
final class SlowPath {
    private final AllocPath a;
    private final EngineContext ctx;
    private final Node[] nodes;
    private final Reclaim reclaim;
    private final Compaction compaction;
    private final Highatomic highatomic;
    private final Watermark wm;
    private final Pcp pcp;
    /** compact_result of the last direct compaction. */
    private int compactResult;

    SlowPath(AllocPath a, EngineContext ctx, Node[] nodes, Reclaim reclaim, Compaction compaction,
            Highatomic highatomic, Watermark wm, Pcp pcp) {
        this.a = a;
        this.ctx = ctx;
        this.nodes = nodes;
        this.reclaim = reclaim;
        this.compaction = compaction;
        this.highatomic = highatomic;
        this.wm = wm;
        this.pcp = pcp;
    }

    /** __alloc_pages_slowpath() */
    int slowpath(int gfp, int order) {
        boolean canDirectReclaim = (gfp & Gfp.DIRECT_RECLAIM) != 0;
        boolean canCompact = Gfp.compactionAllowed(gfp);
        boolean costlyOrder = order > ctx.sysctl.costlyOrder;
        int compactionRetries = 0;
        int[] noProgressLoops = {0};
        boolean kswapdCaughtUp = false;
        compactResult = Compaction.COMPACT_SKIPPED;
        int compactPriority = AllocPath.COMPACT_PRIO_SYNC_LIGHT;
        int allocFlags = a.gfpToAllocFlags(gfp, order);
        a.preferred = a.firstZone();
        if ((allocFlags & ALLOC_KSWAPD) != 0) {
            wakeAllKswapds(order, gfp);
        }
        int page = a.getPageFromFreelist(gfp, order, allocFlags);
        if (page >= 0) {
            return page;
        }
        boolean pfmemalloc = (gfp & Gfp.MEMALLOC) != 0 && (gfp & Gfp.NOMEMALLOC) == 0;
        if (canDirectReclaim && canCompact && (costlyOrder || (order > 0 && a.migratetype != ctx.movable))
                && !pfmemalloc) {
            page = directCompact(gfp, order, allocFlags, AllocPath.COMPACT_PRIO_ASYNC);
            if (page >= 0) {
                return page;
            }
            if (costlyOrder && (gfp & Gfp.NORETRY) != 0) {
                if (compactResult == Compaction.COMPACT_SKIPPED || compactResult == Compaction.COMPACT_DEFERRED) {
                    return a.fail(order, gfp, AllocFailure.GAVE_UP);
                }
                compactPriority = AllocPath.COMPACT_PRIO_ASYNC;
            }
        }
        for (int loop = 0; loop < 1000; loop++) {
            if ((allocFlags & ALLOC_KSWAPD) != 0) {
                wakeAllKswapds(order, gfp);
            }
            if (pfmemalloc) {
                allocFlags = a.toAllocFlagsCma(gfp, ALLOC_NO_WATERMARKS) | (allocFlags & ALLOC_KSWAPD);
            }
            page = a.getPageFromFreelist(gfp, order, allocFlags);
            if (page >= 0) {
                return page;
            }
            if (!canDirectReclaim) {
                return a.fail(order, gfp, AllocFailure.NO_DIRECT_RECLAIM);
            }
            long[] progress = {0};
            page = directReclaim(gfp, order, allocFlags, progress);
            if (page >= 0) {
                return page;
            }
            page = directCompact(gfp, order, allocFlags, compactPriority);
            if (page >= 0) {
                return page;
            }
            if ((gfp & Gfp.NORETRY) != 0) {
                return a.fail(order, gfp, AllocFailure.GAVE_UP);
            }
            if (costlyOrder && (!canCompact || (gfp & Gfp.RETRY_MAYFAIL) == 0)) {
                return a.fail(order, gfp, AllocFailure.GAVE_UP);
            }
            if (shouldReclaimRetry(order, allocFlags, progress[0] > 0, noProgressLoops)) {
                continue;
            }
            if (progress[0] > 0 && canCompact) {
                int[] prio = {compactPriority};
                int[] retries = {compactionRetries};
                boolean again = compaction.shouldCompactRetry(a.zonelist, a.highestZoneIdx, order, allocFlags,
                        compactResult, prio, retries);
                compactPriority = prio[0];
                compactionRetries = retries[0];
                if (again) {
                    continue;
                }
            }
            if (ctx.sysctl.defragMode && (allocFlags & ALLOC_NOFRAGMENT) != 0) {
                allocFlags &= ~ALLOC_NOFRAGMENT;
                continue;
            }
            if (!kswapdCaughtUp) {
                kswapdCaughtUp = true;
                if (runBoostedKswapds()) {
                    noProgressLoops[0] = 0;
                    continue;
                }
            }
            return mayOom(gfp, order);
        }
        return a.fail(order, gfp, AllocFailure.GAVE_UP);
    }

    /**
     * Before an OOM: kswapd, woken at the start of this slow path, runs beside it on another cpu and
     * has finished a balance_pgdat() pass by the time the retries are spent, taking the watermark
     * boosts off its zones (the engine runs kswapd only between operations, so a boost would else
     * outlive every retry and fail an allocation against watermarks the kernel had already
     * lowered). Runs each woken kswapd of the zonelist's nodes with a boosted zone; true when one
     * ran. Not in a replay, whose kswapd runs are the kernel's own.
     */
    private boolean runBoostedKswapds() {
        if (reclaim.source != null) {
            return false;
        }
        boolean ran = false;
        for (Node n : nodes) {
            if (!n.kswapdWoken || !boostedFor(n)) {
                continue;
            }
            reclaim.runKswapd(n, a.cpu);
            ran = true;
        }
        return ran;
    }

    /** A zone of node n in this allocation's zonelist has its watermarks boosted. */
    private boolean boostedFor(Node n) {
        for (Zone z : a.zonelist) {
            if (z.idx <= a.highestZoneIdx && z.nid == n.nid && z.watermarkBoost != 0) {
                return true;
            }
        }
        return false;
    }

    /** __alloc_pages_may_oom(): one last high-watermark attempt, then report OOM instead of killing. */
    private int mayOom(int gfp, int order) {
        int page = a.getPageFromFreelist(gfp & ~Gfp.DIRECT_RECLAIM, order, ALLOC_WMARK_HIGH | ALLOC_CPUSET);
        if (page >= 0) {
            return page;
        }
        if (order > ctx.sysctl.costlyOrder || (gfp & (Gfp.RETRY_MAYFAIL | Gfp.THISNODE)) != 0
                || a.highestZoneIdx < ZoneType.NORMAL.ordinal()) {
            return a.fail(order, gfp, AllocFailure.GAVE_UP);
        }
        ctx.count(VmEvent.OOM_KILL, 1);
        return a.fail(order, gfp, AllocFailure.OOM);
    }

    private void wakeAllKswapds(int order, int gfp) {
        int reclaimOrder = ctx.sysctl.defragMode ? Math.max(order, ctx.pageblockOrder) : order;
        Node last = null;
        for (Zone z : a.zonelist) {
            if (z.idx > a.highestZoneIdx || !z.managed()) {
                continue;
            }
            if (last == nodes[z.nid]) {
                continue;
            }
            reclaim.wakeupKswapd(z, gfp, reclaimOrder, a.highestZoneIdx);
            last = nodes[z.nid];
        }
    }

    /** __alloc_pages_direct_reclaim() */
    private int directReclaim(int gfp, int order, int allocFlags, long[] progress) {
        progress[0] = reclaim.tryToFreePages(a.zonelist, order, a.highestZoneIdx, a.cpu);
        if (progress[0] == 0) {
            return -1;
        }
        int page = a.getPageFromFreelist(gfp, order, allocFlags);
        if (page < 0) {
            highatomic.unreserve(a.zonelist, a.highestZoneIdx, a.migratetype, false);
            if (reclaim.source == null || !reclaim.source.drainsItself()) {
                drainAllPages();
            }
            page = a.getPageFromFreelist(gfp, order, allocFlags);
        }
        return page;
    }

    /** drain_all_pages(NULL) */
    void drainAllPages() {
        for (Node n : nodes) {
            for (Zone z : n.zones) {
                if (z != null && z.mem != null) {
                    for (int c = 0; c < z.pcp.length; c++) {
                        pcp.drainZone(z, c);
                    }
                }
            }
        }
    }

    /** __alloc_pages_direct_compact(): a page captured during compaction is used directly. */
    private int directCompact(int gfp, int order, int allocFlags, int prio) {
        if (order == 0) {
            return -1;
        }
        if (reclaim.source != null && reclaim.source.compactsItself()) {
            // a replay whose trace holds the kernel's own compaction (its migration sources freed
            // there, its targets taken untraced): the engine does not compact beside it
            compactResult = Compaction.COMPACT_SKIPPED;
            return -1;
        }
        ctx.capturedPfn = -1;
        compactResult = compaction.tryToCompactPages(gfp, order, allocFlags, a.zonelist, a.highestZoneIdx, prio, a.cpu);
        int page = ctx.capturedPfn;
        ctx.capturedPfn = -1;
        if (compactResult == Compaction.COMPACT_SKIPPED) {
            return -1;
        }
        ctx.count(VmEvent.COMPACT_STALL, 1);
        if (page >= 0) {
            a.prepNewPage(zoneOf(page), page, order, gfp);
        } else {
            page = a.getPageFromFreelist(gfp, order, allocFlags);
        }
        if (page >= 0) {
            Zone z = zoneOf(page);
            z.compactBlockskipFlush = false; // the skip hints helped: kswapd keeps them
            compaction.deferReset(z, order, true);
            ctx.count(VmEvent.COMPACT_SUCCESS, 1);
            return page;
        }
        ctx.count(VmEvent.COMPACT_FAIL, 1);
        return -1;
    }

    private Zone zoneOf(int pfn) {
        for (Zone z : a.zonelist) {
            if (z.spans(pfn)) {
                return z;
            }
        }
        throw new IllegalStateException("pfn " + pfn + " outside a.zonelist");
    }

    /** should_reclaim_retry() */
    private boolean shouldReclaimRetry(int order, int allocFlags, boolean didProgress, int[] noProgressLoops) {
        boolean ret = false;
        if (didProgress && order <= ctx.sysctl.costlyOrder) {
            noProgressLoops[0] = 0;
        } else {
            noProgressLoops[0]++;
        }
        if (noProgressLoops[0] <= Orders.MAX_RECLAIM_RETRIES) {
            for (Zone z : a.zonelist) {
                if (z.idx > a.highestZoneIdx) {
                    continue;
                }
                long available = z.nrFilePages + z.nrFreePages;
                if (wm.zoneWatermarkOk(z, order, z.wmark(Zone.WMARK_MIN), a.highestZoneIdx, allocFlags, available)) {
                    ret = true;
                    break;
                }
            }
        }
        if (!ret) {
            return highatomic.unreserve(a.zonelist, a.highestZoneIdx, a.migratetype, true);
        }
        return ret;
    }
}
