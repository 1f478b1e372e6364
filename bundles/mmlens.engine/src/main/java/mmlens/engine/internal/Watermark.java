package mmlens.engine.internal;

import static mmlens.engine.internal.AllocFlags.ALLOC_CMA;
import static mmlens.engine.internal.AllocFlags.ALLOC_MIN_RESERVE;
import static mmlens.engine.internal.AllocFlags.ALLOC_NON_BLOCK;
import static mmlens.engine.internal.AllocFlags.ALLOC_OOM;
import static mmlens.engine.internal.AllocFlags.ALLOC_WMARK_MASK;
import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

/** __zone_watermark_unusable_free(), __zone_watermark_ok(), zone_watermark_ok(), zone_watermark_fast(). */
public final class Watermark {
    private final EngineContext ctx;

    public Watermark(EngineContext ctx) {
        this.ctx = ctx;
    }

    long unusableFree(Zone z, int order, int allocFlags) {
        long unusable = (1L << order) - 1;
        if ((allocFlags & ctx.sysctl.allocReserves) == 0) {
            unusable += z.nrFreeHighatomic;
        }
        if (ctx.cma >= 0 && (allocFlags & ALLOC_CMA) == 0) {
            unusable += z.nrFreeCma;
        }
        return unusable;
    }

    /** __zone_watermark_ok() */
    public boolean zoneWatermarkOk(Zone z, int order, long mark, int highestZoneIdx, int allocFlags,
            long freePages) {
        long min = mark;
        freePages -= unusableFree(z, order, allocFlags);
        if ((allocFlags & ctx.sysctl.allocReserves) != 0) {
            if ((allocFlags & ALLOC_MIN_RESERVE) != 0) {
                min -= min / 2;
                if ((allocFlags & ALLOC_NON_BLOCK) != 0) {
                    min -= min / 4;
                }
            }
            if ((allocFlags & ALLOC_OOM) != 0) {
                min -= min / 2;
            }
        }
        if (freePages <= min + z.lowmemReserve[highestZoneIdx]) {
            return false;
        }
        if (order == 0) {
            return true;
        }
        ZoneMem m = z.mem;
        for (int o = order; o < NR_PAGE_ORDERS; o++) {
            if (m.nrFree[o] == 0) {
                continue;
            }
            for (int mt = 0; mt < ctx.pcpTypes; mt++) {
                if (!m.isEmpty(o, mt)) {
                    return true;
                }
            }
            if (ctx.cma >= 0 && (allocFlags & ALLOC_CMA) != 0 && !m.isEmpty(o, ctx.cma)) {
                return true;
            }
            if ((allocFlags & ctx.sysctl.wmarkHighatomicFlags) != 0 && !m.isEmpty(o, ctx.highatomic)) {
                return true;
            }
        }
        return false;
    }

    /** zone_page_state(z, NR_FREE_PAGES): the folded counter under {@link EngineContext#vmstatDrift}. */
    long freePages(Zone z) {
        return ctx.vmstatDrift ? Math.max(0, z.nrFreePagesFolded) : z.nrFreePages;
    }

    /** zone_watermark_ok() */
    public boolean zoneWatermarkOk(Zone z, int order, long mark, int highestZoneIdx, int allocFlags) {
        return zoneWatermarkOk(z, order, mark, highestZoneIdx, allocFlags, freePages(z));
    }

    /** zone_watermark_ok_safe(): the exact free count. */
    public boolean zoneWatermarkOkSafe(Zone z, int order, long mark, int highestZoneIdx, int allocFlags) {
        return zoneWatermarkOk(z, order, mark, highestZoneIdx, allocFlags, z.nrFreePages);
    }

    /** zone_watermark_fast() */
    public boolean zoneWatermarkFast(Zone z, int order, long mark, int highestZoneIdx, int allocFlags) {
        long freePages = freePages(z);
        if (order == 0) {
            long usable = freePages;
            long reserved = unusableFree(z, 0, allocFlags);
            usable -= Math.min(usable, reserved);
            if (usable > mark + z.lowmemReserve[highestZoneIdx]) {
                return true;
            }
        }
        if (zoneWatermarkOk(z, order, mark, highestZoneIdx, allocFlags, freePages)) {
            return true;
        }
        if (order == 0 && (allocFlags & ALLOC_MIN_RESERVE) != 0 && z.watermarkBoost != 0
                && (allocFlags & ALLOC_WMARK_MASK) == Zone.WMARK_MIN) {
            return zoneWatermarkOk(z, order, z.watermark[Zone.WMARK_MIN], highestZoneIdx, allocFlags, freePages);
        }
        return false;
    }
}
