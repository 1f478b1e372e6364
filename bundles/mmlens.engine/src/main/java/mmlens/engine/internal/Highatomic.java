package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;
import static mmlens.engine.internal.Orders.PAGEBLOCK_NR_PAGES;
import static mmlens.engine.internal.Orders.PAGEBLOCK_ORDER;
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
        if (z.managedPages / divisor < PAGEBLOCK_NR_PAGES) {
            return;
        }
        long maxManaged = align(z.managedPages / divisor, PAGEBLOCK_NR_PAGES);
        if (z.nrReservedHighatomic >= maxManaged) {
            return;
        }
        int mt = z.blockMt(pfn, ctx.isolate);
        if (!ctx.types.mergeable(mt)) {
            return;
        }
        if (order < PAGEBLOCK_ORDER) {
            if (buddy.moveFreepagesBlockChecked(z, pfn, mt, ctx.highatomic) == -1) {
                return;
            }
            z.nrReservedHighatomic += PAGEBLOCK_NR_PAGES;
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
            if (!force && z.nrReservedHighatomic <= PAGEBLOCK_NR_PAGES) {
                continue;
            }
            for (int order = 0; order < NR_PAGE_ORDERS; order++) {
                int s = z.mem == null ? NIL : z.mem.first(order, ctx.highatomic);
                if (s == NIL) {
                    continue;
                }
                int pfn = s + z.mem.base;
                long size = Math.max(PAGEBLOCK_NR_PAGES, 1L << order);
                if (size > z.nrReservedHighatomic) {
                    size = z.nrReservedHighatomic;
                }
                z.nrReservedHighatomic -= size;
                int ret;
                if (order < PAGEBLOCK_ORDER) {
                    ret = buddy.moveFreepagesBlockChecked(z, pfn, ctx.highatomic, acMigratetype);
                } else {
                    buddy.moveToFreeList(z, pfn, order, ctx.highatomic, acMigratetype);
                    buddy.changePageblockRange(z, pfn, order, acMigratetype);
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
