package mmlens.engine.internal;

import static mmlens.engine.internal.AllocFlags.ALLOC_ASI_UNMAP;
import static mmlens.engine.internal.AllocFlags.ALLOC_CMA;
import static mmlens.engine.internal.AllocFlags.ALLOC_CPUSET;
import static mmlens.engine.internal.AllocFlags.ALLOC_HIGHATOMIC;
import static mmlens.engine.internal.AllocFlags.ALLOC_KSWAPD;
import static mmlens.engine.internal.AllocFlags.ALLOC_MIN_RESERVE;
import static mmlens.engine.internal.AllocFlags.ALLOC_NOFRAGMENT;
import static mmlens.engine.internal.AllocFlags.ALLOC_NON_BLOCK;
import static mmlens.engine.internal.AllocFlags.ALLOC_NO_WATERMARKS;
import static mmlens.engine.internal.AllocFlags.ALLOC_WMARK_LOW;
import static mmlens.engine.internal.AllocFlags.ALLOC_WMARK_MASK;
import static mmlens.engine.internal.AllocFlags.ALLOC_WMARK_MIN;

import mmlens.engine.AllocFailure;
import mmlens.engine.CostModel;
import mmlens.engine.Gfp;
import mmlens.engine.VmEvent;
import mmlens.engine.ZoneType;

/**
 * __alloc_frozen_pages(): prepare_alloc_pages(), get_page_from_freelist(), rmqueue() and
 * __alloc_pages_slowpath() with direct reclaim, direct compaction and the retry logic.
 * Failure is reported through {@link #lastFailure}, never thrown.
 */
public final class AllocPath {
    /** enum compact_priority */
    static final int COMPACT_PRIO_SYNC_FULL = 0;
    static final int COMPACT_PRIO_SYNC_LIGHT = 1;
    static final int COMPACT_PRIO_ASYNC = 2;
    static final int MAX_COMPACT_RETRIES = 16;

    private final EngineContext ctx;
    private final Node[] nodes;
    private final int[] cpuNode;
    private final Fallback fallback;
    private final Buddy buddy;
    private final Pcp pcp;
    private final Watermark wm;
    private final Highatomic highatomic;
    private final Reclaim reclaim;

    // struct alloc_context of the request in flight
    Zone[] zonelist;
    int highestZoneIdx;
    int migratetype;
    Zone preferred;
    int cpu;
    boolean pageCache;
    public AllocFailure lastFailure;
    private final SlowPath slow;

    public AllocPath(EngineContext ctx, Node[] nodes, int[] cpuNode, Buddy buddy, Fallback fallback, Pcp pcp,
            Watermark wm, Highatomic highatomic, Reclaim reclaim, Compaction compaction) {
        this.ctx = ctx;
        this.nodes = nodes;
        this.cpuNode = cpuNode;
        this.buddy = buddy;
        this.fallback = fallback;
        this.pcp = pcp;
        this.wm = wm;
        this.highatomic = highatomic;
        this.reclaim = reclaim;
        this.slow = new SlowPath(this, ctx, nodes, reclaim, compaction, highatomic, wm, pcp);
    }

    /** drain_all_pages(NULL) */
    public void drainAllPages() {
        slow.drainAllPages();
    }

    /**
     * __alloc_frozen_pages(): returns the head pfn or -1 (see lastFailure). Under
     * {@code asi = unmapped-area} a nonsensitive request is served by {@link UnmappedArea}.
     */
    public int alloc(int cpu, int gfp, int order, boolean pageCache) {
        if (ctx.area != null && ctx.area.takes(gfp, pageCache) && order >= 0 && order <= Orders.MAX_PAGE_ORDER) {
            lastFailure = null;
            int pfn = ctx.area.alloc(cpu, gfp, order);
            return pfn;
        }
        return allocBuddy(cpu, gfp, order, pageCache);
    }

    /** The buddy allocator's __alloc_frozen_pages(). */
    int allocBuddy(int cpu, int gfp, int order, boolean pageCache) {
        // reference fields are stored only when they change: each store to this long-lived object
        // pays the collector's write barrier
        if (lastFailure != null) {
            lastFailure = null;
        }
        if (order < 0 || order > Orders.MAX_PAGE_ORDER) {
            return fail(order, gfp, AllocFailure.INVALID);
        }
        int hz = Gfp.gfpZone(gfp);
        int mt = ctx.types.fromGfp(gfp);
        if (hz < 0 || mt < 0 || mt >= ctx.pcpTypes) {
            return fail(order, gfp, AllocFailure.INVALID);
        }
        this.cpu = cpu;
        ctx.currentCpu = cpu;
        this.highestZoneIdx = hz;
        this.migratetype = mt;
        this.pageCache = pageCache;
        if (ctx.asi != null) {
            ctx.asi.cpu = cpu;
        }
        Node local = nodes[cpuNode[cpu]];
        Zone[] zl = (gfp & Gfp.THISNODE) != 0 ? local.zonelistThisNode : local.zonelist;
        if (zonelist != zl) {
            this.zonelist = zl;
        }
        Zone pz = firstZone();
        if (preferred != pz) {
            this.preferred = pz;
        }
        if (preferred == null) {
            return fail(order, gfp, AllocFailure.INVALID);
        }
        int allocFlags = ALLOC_WMARK_LOW;
        allocFlags = toAllocFlagsCma(gfp, mt, allocFlags);
        allocFlags |= allocFlagsNofragment(preferred, gfp);
        int page = getPageFromFreelist(gfp, order, allocFlags);
        if (page < 0) {
            page = slow.slowpath(gfp, order);
        }
        if (page >= 0) {
            if (ctx.asi != null) {
                ctx.asi.allocated(page, order, gfp);
            }
            ctx.listener.pageAlloc(page, order, gfp, mt);
        }
        return page;
    }

    int fail(int order, int gfp, AllocFailure why) {
        lastFailure = why;
        ctx.listener.allocFailed(order, gfp, why);
        return -1;
    }

    Zone firstZone() {
        for (Zone z : zonelist) {
            if (z.idx <= highestZoneIdx) {
                return z;
            }
        }
        return null;
    }

    int toAllocFlagsCma(int gfp, int allocFlags) {
        return toAllocFlagsCma(gfp, ctx.types.fromGfp(gfp), allocFlags);
    }

    /** gfp_to_alloc_flags_cma() for a request whose gfp_migratetype() is already known ({@code mt}). */
    private int toAllocFlagsCma(int gfp, int mt, int allocFlags) {
        if (ctx.cma >= 0 && mt == ctx.movable) {
            allocFlags |= ALLOC_CMA;
        }
        if (ctx.asi != null && Asi.allocAsiUnmap(gfp)) {
            allocFlags |= ALLOC_ASI_UNMAP;
        }
        return allocFlags;
    }

    /** alloc_flags_nofragment() */
    private int allocFlagsNofragment(Zone zone, int gfp) {
        int flags = gfp & Gfp.KSWAPD_RECLAIM; // same bit as ALLOC_KSWAPD
        if (ctx.sysctl.defragMode) {
            return flags | ALLOC_NOFRAGMENT;
        }
        if (zone.idx != ZoneType.NORMAL.ordinal()) {
            return flags;
        }
        Zone dma32 = nodes[zone.nid].zones[ZoneType.DMA32.ordinal()];
        if (nodes.length > 1 && (dma32 == null || !dma32.populated())) {
            return flags;
        }
        return flags | ALLOC_NOFRAGMENT;
    }

    /** gfp_to_alloc_flags(): the slow path's flags (ALLOC_WMARK_MIN and the reserves gfp allows). */
    public int gfpToAllocFlags(int gfp, int order) {
        int flags = ALLOC_WMARK_MIN | ALLOC_CPUSET;
        flags |= gfp & (Gfp.HIGH | Gfp.KSWAPD_RECLAIM); // __GFP_HIGH == ALLOC_MIN_RESERVE
        if ((gfp & Gfp.DIRECT_RECLAIM) == 0) {
            if ((gfp & Gfp.NOMEMALLOC) == 0) {
                flags |= ALLOC_NON_BLOCK;
                if (order > 0 && ((flags & ALLOC_MIN_RESERVE) != 0 || ctx.sysctl.allocHighatomicV612)) {
                    flags |= ALLOC_HIGHATOMIC;
                }
            }
            if ((flags & ALLOC_MIN_RESERVE) != 0) {
                flags &= ~ALLOC_CPUSET;
            }
        }
        flags = toAllocFlagsCma(gfp, flags);
        if (ctx.sysctl.defragMode) {
            flags |= ALLOC_NOFRAGMENT;
        }
        return flags;
    }

    /** get_page_from_freelist() */
    int getPageFromFreelist(int gfp, int order, int allocFlags) {
        boolean skipKswapdNodes = nodes.length > 1 && !ctx.sysctl.kswapdNodeSkipV612;
        while (true) {
            boolean noFallback = (allocFlags & ALLOC_NOFRAGMENT) != 0;
            boolean skippedKswapdNodes = false;
            boolean restart = false;
            boolean started = false;
            for (Zone zone : zonelist) {
                if (!started) {
                    if (zone != preferred) {
                        continue;
                    }
                    started = true;
                }
                if (zone.idx > highestZoneIdx) {
                    continue;
                }
                if (noFallback && !ctx.sysctl.defragMode && nodes.length > 1 && zone != preferred
                        && zone.nid != preferred.nid) {
                    allocFlags &= ~ALLOC_NOFRAGMENT;
                    restart = true;
                    break;
                }
                if (skipKswapdNodes && nodes[zone.nid].kswapdWoken) {
                    skippedKswapdNodes = true;
                    continue;
                }
                Unaccepted acc = ctx.unaccepted;
                if (acc != null) {
                    acc.condAcceptMemory(zone, order, allocFlags);
                }
                boolean tryThis = false;
                if (!zone.testFlag(Zone.ZONE_BELOW_HIGH)) {
                    long mark = zone.wmark(Zone.WMARK_HIGH);
                    if (check(zone, order, mark, allocFlags)) {
                        tryThis = true;
                    } else {
                        zone.setFlag(Zone.ZONE_BELOW_HIGH, true);
                    }
                }
                if (!tryThis) {
                    long mark = zone.wmark(allocFlags & ALLOC_WMARK_MASK);
                    if (!check(zone, order, mark, allocFlags)
                            && (acc == null || !acc.condAcceptMemory(zone, order, allocFlags))) {
                        if ((allocFlags & ALLOC_NO_WATERMARKS) == 0) {
                            continue; // node_reclaim_enabled() is false by default
                        }
                    }
                }
                int page = rmqueue(zone, order, allocFlags);
                while (page < 0 && acc != null && acc.condAcceptMemory(zone, order, allocFlags)) {
                    page = rmqueue(zone, order, allocFlags);
                }
                if (page >= 0) {
                    prepNewPage(zone, page, order, gfp);
                    if ((allocFlags & ctx.sysctl.highatomicReserveFlags) != 0) {
                        highatomic.reserve(page, order, zone);
                    }
                    return page;
                }
            }
            if (restart) {
                continue;
            }
            if (skipKswapdNodes && skippedKswapdNodes) {
                skipKswapdNodes = false;
                continue;
            }
            if (noFallback && !ctx.sysctl.defragMode) {
                allocFlags &= ~ALLOC_NOFRAGMENT;
                continue;
            }
            return -1;
        }
    }

    private boolean check(Zone zone, int order, long mark, int allocFlags) {
        boolean ok = wm.zoneWatermarkFast(zone, order, mark, highestZoneIdx, allocFlags);
        return ctx.hooks.watermarkCheck(zone.view, order, mark, highestZoneIdx, allocFlags, ok);
    }

    /** rmqueue() */
    private int rmqueue(Zone zone, int order, int allocFlags) {
        int page = -1;
        if (Orders.pcpAllowedOrder(order, ctx.sysctl.costlyOrder)
                && (ctx.asi == null || !ctx.asi.bypassPcp(migratetype, order))) {
            page = pcp.rmqueuePcplist(zone, cpu, order, migratetype, allocFlags);
            if (page >= 0) {
                ctx.charge(CostModel.Op.PCP_ALLOC, 1);
                accountAlloc(zone, order);
            }
        }
        if (page < 0) {
            page = rmqueueBuddy(zone, order, allocFlags);
        }
        // ZONE_BOOSTED_WATERMARK, set where a fallback boosted the watermarks (under the zone lock),
        // wakes kswapd here, after the allocation
        if ((allocFlags & ALLOC_KSWAPD) != 0 && zone.testFlag(Zone.ZONE_BOOSTED_WATERMARK)) {
            zone.setFlag(Zone.ZONE_BOOSTED_WATERMARK, false);
            reclaim.wakeupKswapd(zone, 0, 0, zone.idx);
        }
        return page;
    }

    /** rmqueue_buddy() */
    private int rmqueueBuddy(Zone zone, int order, int allocFlags) {
        int page = -1;
        boolean highatomicOk = ctx.asi == null || ctx.asi.mayUseHighatomic(migratetype);
        if ((allocFlags & ctx.sysctl.highatomicFirstFlags) != 0 && highatomicOk) {
            page = buddy.rmqueueSmallest(zone, order, ctx.highatomic);
        }
        if (page < 0) {
            int[] mode = {Fallback.RMQUEUE_NORMAL};
            page = fallback.rmqueue(zone, order, migratetype, allocFlags, mode);
            if (page < 0 && (allocFlags & ctx.sysctl.highatomicFallbackFlags) != 0 && highatomicOk) {
                page = buddy.rmqueueSmallest(zone, order, ctx.highatomic);
            }
            if (page < 0 && (allocFlags & ALLOC_ASI_UNMAP) != 0) {
                page = ctx.asi.rmqueueAsiUnmap(zone, order, migratetype, buddy);
            }
            if (page < 0) {
                return -1;
            }
        }
        ctx.charge(CostModel.Op.BUDDY_ALLOC, 1);
        accountAlloc(zone, order);
        return page;
    }

    /** __count_zid_vm_events(PGALLOC) + zone_statistics(). */
    private void accountAlloc(Zone zone, int order) {
        ctx.count(VmEvent.pgalloc(zone.idx), 1L << order);
        if (zone.nid == preferred.nid) {
            ctx.count(VmEvent.NUMA_HIT, 1);
            zone.numa[0]++;
        } else {
            ctx.count(VmEvent.NUMA_MISS, 1);
            ctx.count(VmEvent.NUMA_FOREIGN, 1);
            zone.numa[1]++;
            preferred.numa[2]++;
        }
        boolean local = zone.nid == cpuNode[cpu];
        ctx.count(local ? VmEvent.NUMA_LOCAL : VmEvent.NUMA_OTHER, 1);
        zone.numa[local ? 4 : 5]++;
    }

    /** prep_new_page() / post_alloc_hook(): marks the head allocated. */
    void prepNewPage(Zone zone, int pfn, int order, int gfp) {
        if (ctx.unaccepted != null) {
            ctx.unaccepted.postAlloc(zone, pfn, order);
        }
        ctx.hooks.postAlloc(zone.view, pfn, order, gfp);
        boolean movable = ctx.types.isMovable(migratetype);
        zone.mem.setState(pfn - zone.mem.base, pageCache ? ZoneMem.K_CACHE : ZoneMem.K_ALLOC, order,
                movable || pageCache);
        if (pageCache) {
            zone.nrFilePages += 1L << order;
            Node n = nodes[zone.nid];
            n.nrFilePages += 1L << order;
            n.lru.addLast(pfn);
        }
    }

}
