package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;
import static mmlens.engine.internal.ZoneMem.NIL;

/** reserve_highatomic_pageblock() and unreserve_highatomic_pageblock(). */
public final class Highatomic {
    private final EngineContext ctx;
    private final Buddy buddy;

    public Highatomic(EngineContext ctx, Buddy buddy) {
        this.ctx = ctx;
        this.buddy = buddy;
    }

    /** reserve_highatomic_pageblock(): page is the freshly allocated block. */
    public void reserve(int pfn, int order, Zone z) {
        int divisor = ctx.sysctl.highatomicReserveDivisor;
        if (z.managedPages / divisor < ctx.pageblockNrPages) {
            return;
        }
        long maxManaged = align(z.managedPages / divisor, ctx.pageblockNrPages);
        if (z.nrReservedHighatomic >= maxManaged) {
            return;
        }
        int mt = z.blockMt(pfn, ctx.isolate);
        if (!ctx.types.mergeable(mt)) {
            return;
        }
        if (order < ctx.pageblockOrder) {
            if (buddy.moveFreepagesBlockChecked(z, pfn, mt, ctx.highatomic) == -1) {
                return;
            }
            z.nrReservedHighatomic += ctx.pageblockNrPages;
        } else {
            buddy.changePageblockRange(z, pfn, order, ctx.highatomic);
            z.nrReservedHighatomic += 1L << order;
        }
    }

    /** unreserve_highatomic_pageblock(): returns true when pages were moved. */
    public boolean unreserve(Zone[] zonelist, int highestZoneIdx, int acMigratetype, boolean force) {
        for (Zone z : zonelist) {
            if (z.idx > highestZoneIdx) {
                continue;
            }
            if (!force && z.nrReservedHighatomic <= ctx.pageblockNrPages) {
                continue;
            }
            for (int order = 0; order < NR_PAGE_ORDERS; order++) {
                int s = z.mem == null ? NIL : z.mem.first(order, ctx.highatomic);
                if (s == NIL) {
                    continue;
                }
                int pfn = s + z.mem.base;
                long size = Math.max(ctx.pageblockNrPages, 1L << order);
                if (size > z.nrReservedHighatomic) {
                    size = z.nrReservedHighatomic;
                }
                z.nrReservedHighatomic -= size;
                int ret;
                int to = ctx.asi == null ? acMigratetype : ctx.asi.unreserveTarget(acMigratetype);
                if (order < ctx.pageblockOrder) {
                    ret = buddy.moveFreepagesBlockChecked(z, pfn, ctx.highatomic, to);
                } else {
                    buddy.moveToFreeList(z, pfn, order, ctx.highatomic, to);
                    buddy.changePageblockRange(z, pfn, order, to);
                    ret = 1;
                }
                if (ret > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
