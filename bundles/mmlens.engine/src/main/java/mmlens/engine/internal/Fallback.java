package mmlens.engine.internal;

import static mmlens.engine.internal.AllocFlags.ALLOC_CMA;
import static mmlens.engine.internal.AllocFlags.ALLOC_KSWAPD;
import static mmlens.engine.internal.AllocFlags.ALLOC_NOFRAGMENT;
import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;
import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

/**
 * Migratetype fallback of mm/page_alloc.c (6.18): __rmqueue() with its rmqueue_mode,
 * __rmqueue_claim() / try_to_claim_block(), __rmqueue_steal(), find_suitable_fallback(),
 * should_try_claim_block(), boost_watermark(). The claim thresholds read the
 * {@code claim_order_divisor} and {@code claim_threshold_shift} knobs, the fallback order the
 * {@code fallbacks} knob ({@link EngineContext#fallbacks}).
 */
public final class Fallback {
    /** enum rmqueue_mode */
    public static final int RMQUEUE_NORMAL = 0;
    public static final int RMQUEUE_CMA = 1;
    public static final int RMQUEUE_CLAIM = 2;
    public static final int RMQUEUE_STEAL = 3;

    private final EngineContext ctx;
    private final Buddy buddy;
    private final int[] prep = new int[2];
    private final FallbackV612 v612;

    public Fallback(EngineContext ctx, Buddy buddy) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.v612 = new FallbackV612(ctx, buddy, this);
    }

    /** should_try_claim_block() */
    public boolean shouldTryClaimBlock(int order, int startMt) {
        if (order >= ctx.pageblockOrder) {
            return true;
        }
        if (order >= ctx.pageblockOrder / ctx.sysctl.claimOrderDivisor) {
            return true;
        }
        if (!ctx.types.isMovable(startMt)) {
            return true;
        }
        return ctx.mobilityDisabled;
    }

    /** find_suitable_fallback(): fallback mt, -1 if none in this area, -2 if claiming is not allowed. */
    public int findSuitableFallback(Zone z, int order, int mt, boolean claimable) {
        if (claimable && !shouldTryClaimBlock(order, mt)) {
            return -2;
        }
        if (z.mem.nrFree[order] == 0) {
            return -1;
        }
        if (ctx.asi != null && ctx.asi.fallbackRefused(order, mt)) {
            return -1;
        }
        for (int fb : ctx.fallbacks(mt)) {
            if (!z.mem.isEmpty(order, fb)) {
                return fb;
            }
        }
        return -1;
    }

    /** boost_watermark() */
    public boolean boostWatermark(Zone z) {
        if (ctx.sysctl.watermarkBoostFactor == 0) {
            return false;
        }
        if ((long) ctx.pageblockNrPages * 4 > z.managedPages) {
            return false;
        }
        long maxBoost = Orders.multFrac(z.watermark[Zone.WMARK_HIGH], ctx.sysctl.watermarkBoostFactor, 10000);
        if (maxBoost == 0) {
            return false;
        }
        maxBoost = Math.max(ctx.pageblockNrPages, maxBoost);
        z.watermarkBoost = Math.min(z.watermarkBoost + ctx.pageblockNrPages, maxBoost);
        return true;
    }

    /** try_to_claim_block(): pfn of the allocated page or -1. */
    int tryToClaimBlock(Zone z, int pfn, int currentOrder, int order, int startType, int blockType,
            int allocFlags) {
        if (currentOrder >= ctx.pageblockOrder) {
            buddy.delFromFreeListAccount(z, pfn, currentOrder, blockType);
            buddy.changePageblockRange(z, pfn, currentOrder, startType);
            int added = buddy.expand(z, pfn, order, currentOrder, startType);
            buddy.accountFreepages(z, added, startType);
            return pfn;
        }
        if (boostWatermark(z) && (allocFlags & ALLOC_KSWAPD) != 0) {
            z.setFlag(Zone.ZONE_BOOSTED_WATERMARK, true);
        }
        if (!buddy.prepMoveFreepagesBlock(z, pfn, prep)) {
            return -1;
        }
        int freePages = prep[0];
        int movablePages = prep[1];
        int alike;
        if (startType == ctx.movable) {
            alike = movablePages;
        } else if (blockType == ctx.movable) {
            alike = ctx.pageblockNrPages - (freePages + movablePages);
        } else {
            alike = 0;
        }
        if (freePages + alike >= (1 << (ctx.pageblockOrder - ctx.sysctl.claimThresholdShift)) || ctx.mobilityDisabled) {
            int start = z.blockStart(pfn);
            buddy.moveFreepagesBlock(z, start, blockType, startType);
            z.setBlockMt(start, startType);
            return buddy.rmqueueSmallest(z, order, startType);
        }
        return -1;
    }

    /** __rmqueue_claim() */
    int rmqueueClaim(Zone z, int order, int startMt, int allocFlags) {
        int minOrder = order;
        if (order < ctx.pageblockOrder && (allocFlags & ALLOC_NOFRAGMENT) != 0) {
            minOrder = ctx.pageblockOrder;
        }
        for (int co = MAX_PAGE_ORDER; co >= minOrder; co--) {
            int fb = findSuitableFallback(z, co, startMt, true);
            if (fb == -1) {
                continue;
            }
            if (fb == -2) {
                break;
            }
            int pfn = z.mem.first(co, fb) + z.mem.base;
            int page = tryToClaimBlock(z, pfn, co, order, startMt, fb, allocFlags);
            if (page >= 0) {
                traceExtfrag(z, page, order, co, startMt, fb);
                return page;
            }
        }
        return -1;
    }

    /** __rmqueue_steal() */
    int rmqueueSteal(Zone z, int order, int startMt) {
        for (int co = order; co < NR_PAGE_ORDERS; co++) {
            int fb = findSuitableFallback(z, co, startMt, false);
            if (fb == -1) {
                continue;
            }
            int s = z.mem.first(co, fb);
            int pfn = s + z.mem.base;
            buddy.delAndExpand(z, pfn, order, co, fb);
            traceExtfrag(z, pfn, order, co, startMt, fb);
            return pfn;
        }
        return -1;
    }

    void traceExtfrag(Zone z, int pfn, int order, int fallbackOrder, int startMt, int fb) {
        ctx.listener.extfrag(pfn, order, fallbackOrder, startMt, fb, fallbackOrder < ctx.pageblockOrder,
                startMt == z.blockMt(pfn, ctx.isolate));
    }

    /**
     * __rmqueue(): mode[0] carries enum rmqueue_mode across rmqueue_bulk() iterations. Under
     * {@code fallback_behaviour = v6.12} the 6.12 __rmqueue() of {@link FallbackV612} runs instead
     * and mode is not used.
     */
    @SuppressWarnings("fallthrough")
    public int rmqueue(Zone z, int order, int mt, int allocFlags, int[] mode) {
        if (ctx.sysctl.fallbackV612) {
            return v612.rmqueue(z, order, mt, allocFlags);
        }
        int page;
        if (ctx.cma >= 0 && (allocFlags & ALLOC_CMA) != 0 && z.nrFreeCma > z.nrFreePages / 2) {
            page = buddy.rmqueueSmallest(z, order, ctx.cma);
            if (page >= 0) {
                return page;
            }
        }
        switch (mode[0]) {
            case RMQUEUE_NORMAL:
                page = buddy.rmqueueSmallest(z, order, mt);
                if (page >= 0) {
                    return page;
                }
                // fall through
            case RMQUEUE_CMA:
                if (ctx.cma >= 0 && (allocFlags & ALLOC_CMA) != 0) {
                    page = buddy.rmqueueSmallest(z, order, ctx.cma);
                    if (page >= 0) {
                        mode[0] = RMQUEUE_CMA;
                        return page;
                    }
                }
                // fall through
            case RMQUEUE_CLAIM:
                page = rmqueueClaim(z, order, mt, allocFlags);
                if (page >= 0) {
                    mode[0] = RMQUEUE_NORMAL;
                    return page;
                }
                // fall through
            case RMQUEUE_STEAL:
                if ((allocFlags & ALLOC_NOFRAGMENT) == 0) {
                    page = rmqueueSteal(z, order, mt);
                    if (page >= 0) {
                        mode[0] = RMQUEUE_STEAL;
                        return page;
                    }
                }
                return -1;
            default:
                throw new IllegalStateException("rmqueue mode " + mode[0]);
        }
    }
}
