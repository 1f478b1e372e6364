package mmlens.engine.internal;


import mmlens.engine.VmEvent;

/** __free_frozen_pages(), free_one_page() and split_large_buddy(). */
public final class FreePath {
    private final EngineContext ctx;
    private final Buddy buddy;
    private final Pcp pcp;
    private final Node[] nodes;

    public FreePath(EngineContext ctx, Buddy buddy, Pcp pcp, Node[] nodes) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.pcp = pcp;
        this.nodes = nodes;
    }

    /**
     * Frees an allocated block (head pfn, allocation order) from {@code cpu}. Page-cache accounting is
     * dropped here too.
     */
    public void free(Zone z, int cpu, int pfn, int order) {
        free(z, cpu, pfn, order, false);
    }

    /**
     * {@link #free(Zone, int, int, int)}; {@code pcpLocked}: the cpu's pcp lock of the zone is
     * held by the task this free interrupted (a free from softirq or hardirq inside that task's
     * locked batch), so pcp_spin_trylock() fails and the page goes to the buddy (free_one_page()).
     */
    public void free(Zone z, int cpu, int pfn, int order, boolean pcpLocked) {
        ctx.currentCpu = cpu;
        ZoneMem m = z.mem;
        int s = pfn - m.base;
        if (m.kind(s) == ZoneMem.K_CACHE) {
            z.nrFilePages -= 1L << order;
            nodes[z.nid].nrFilePages -= 1L << order;
        }
        if (ctx.asi != null) {
            ctx.asi.cpu = cpu;
            ctx.asi.freed(pfn, order);
        }
        ctx.listener.pageFree(pfn, order);
        if (pcpLocked || !Orders.pcpAllowedOrder(order, ctx.sysctl.costlyOrder)) {
            freeOnePage(z, pfn, order);
            return;
        }
        int mt = z.blockMt(pfn, ctx.isolate);
        if (mt >= ctx.pcpTypes) {
            if (mt == ctx.isolate) {
                freeOnePage(z, pfn, order);
                return;
            }
            mt = ctx.movable;
        }
        if (ctx.asi != null && ctx.asi.bypassPcp(mt, order)) {
            freeOnePage(z, pfn, order);
            return;
        }
        pcp.freeCommit(z, cpu, pfn, mt, order);
    }

    /** drain_local_pages(zone): this cpu's lists of the zone go back to the buddy lists. */
    public void drainLocal(Zone z, int cpu) {
        pcp.drainZone(z, cpu);
    }

    /** free_one_page(): straight to the buddy lists, counting PGFREE. */
    public void freeOnePage(Zone z, int pfn, int order) {
        splitLargeBuddy(z, pfn, order, false);
        ctx.count(VmEvent.PGFREE, 1L << order);
    }

    /** split_large_buddy(): frees in pageblock-sized pieces so each piece takes its block's type. */
    public void splitLargeBuddy(Zone z, int pfn, int order, boolean toTail) {
        int end = pfn + (1 << order);
        if (order > ctx.pageblockOrder) {
            order = ctx.pageblockOrder;
        }
        do {
            int mt = z.blockMt(pfn, ctx.isolate);
            buddy.freeOnePage(z, pfn, order, mt, toTail);
            pfn += 1 << order;
        } while (pfn != end);
    }
}
