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

    /**
     * The order-0 frees of a batch that go to the pcp lists ({@code free_unref_folios()}): frees
     * {@code pfns[from..)} on cpu, each exactly as {@code Machine.freePages} would (the same checks,
     * counters, listener events, pcp and buddy work, in the same order), for as long as each is an
     * allocated order-0 head ({@code orders[i] == 0}) of a zone ({@code e.zoneOf}) whose pageblock
     * type has a pcp list, on a machine without ASI and its separate free area. Returns the index
     * of the first block not freed (the caller frees it the general way, which also raises the
     * bad-page error); {@code from} itself when none was.
     */
    public int freePcpRun(Engine e, int cpu, long[] pfns, int[] orders, int from, int n) {
        EngineContext c = ctx;
        if (c.asi != null || c.area != null || !Orders.pcpAllowedOrder(0, c.sysctl.costlyOrder)) {
            return from;
        }
        int isolate = c.isolate;
        int pcpTypes = c.pcpTypes;
        int i = from;
        for (; i < n; i++) {
            if (orders[i] != 0) {
                break;
            }
            int pfn = (int) pfns[i];
            Zone z = e.zoneOf(pfn);
            if (z == null) {
                break;
            }
            ZoneMem m = z.mem;
            int s = pfn - m.base;
            int st = m.state(s);
            int k = (st >>> 4) & 7;
            if ((k != ZoneMem.K_ALLOC && k != ZoneMem.K_CACHE) || (st & 0xF) != 0) {
                break;
            }
            int mt = z.blockMt(pfn, isolate);
            if (mt >= pcpTypes) {
                break;
            }
            c.currentCpu = cpu;
            if (k == ZoneMem.K_CACHE) {
                z.nrFilePages -= 1;
                nodes[z.nid].nrFilePages -= 1;
            }
            c.listener.pageFree(pfn, 0);
            pcp.freeCommit(z, cpu, pfn, mt, 0);
        }
        return i;
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
