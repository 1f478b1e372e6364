package mmlens.engine.internal;

import static mmlens.engine.internal.AllocFlags.ALLOC_CMA;
import static mmlens.engine.internal.AllocFlags.ALLOC_KSWAPD;
import static mmlens.engine.internal.AllocFlags.ALLOC_NOFRAGMENT;
import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;
import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

/**
 * The migratetype fallback of Linux 6.12, run under {@code fallback_behaviour = v6.12}:
 * __rmqueue() without rmqueue modes, and __rmqueue_fallback() with can_steal_fallback() and
 * steal_suitable_fallback().
 *
 * <p>__rmqueue_fallback() scans the orders from MAX_PAGE_ORDER down (to pageblock_order under
 * ALLOC_NOFRAGMENT) for the first order with a free block on one of the request's fallback
 * lists, i.e. the biggest buddy. A MOVABLE request that may not claim whole blocks at that order
 * (can_steal_fallback() false) rescans upward from the request order and takes the smallest such
 * buddy instead. Every other request takes the biggest buddy: steal_suitable_fallback() claims
 * its pageblock when allowed and when enough of the block is free or alike, and otherwise splits
 * the buddy under its old type and returns the requested piece (a "single page steal" from the
 * biggest buddy, leaving the rest of it on the foreign free lists).
 *
 * <p>Replaced in 6.15 by "mm: page_alloc: don't steal single pages from biggest buddy" (Johannes
 * Weiner, 2025), which split the path into __rmqueue_claim() (top-down, claim only) and
 * __rmqueue_steal() (smallest buddy first, for every type), the 6.18 code in {@link Fallback}.
 * This class is reconstructed from that commit's description and the 6.18 helpers it kept
 * (should_try_claim_block() is can_steal_fallback() renamed; the claim test of
 * try_to_claim_block() is the whole-block half of steal_suitable_fallback()). The thresholds
 * ({@code claim_order_divisor}, {@code claim_threshold_shift}) and the fallbacks table are the
 * same knobs in both versions.
 */
final class FallbackV612 {
    private final EngineContext ctx;
    private final Buddy buddy;
    private final Fallback fallback;
    private final int[] prep = new int[2];

    FallbackV612(EngineContext ctx, Buddy buddy, Fallback fallback) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.fallback = fallback;
    }

    /** __rmqueue() of 6.12: CMA first when it holds over half the free pages, own list, CMA, fallback. */
    int rmqueue(Zone z, int order, int mt, int allocFlags) {
        int page;
        if (ctx.cma >= 0 && (allocFlags & ALLOC_CMA) != 0 && z.nrFreeCma > z.nrFreePages / 2) {
            page = buddy.rmqueueSmallest(z, order, ctx.cma);
            if (page >= 0) {
                return page;
            }
        }
        page = buddy.rmqueueSmallest(z, order, mt);
        if (page < 0 && ctx.cma >= 0 && (allocFlags & ALLOC_CMA) != 0) {
            page = buddy.rmqueueSmallest(z, order, ctx.cma);
        }
        if (page < 0) {
            page = rmqueueFallback(z, order, mt, allocFlags);
        }
        return page;
    }

    /**
     * find_suitable_fallback() with only_stealable = false: the first fallback type with a free
     * block at {@code order}, or -1.
     */
    private int firstFallback(Zone z, int order, int mt) {
        if (z.mem.nrFree[order] == 0) {
            return -1;
        }
        for (int fb : ctx.fallbacks(mt)) {
            if (!z.mem.isEmpty(order, fb)) {
                return fb;
            }
        }
        return -1;
    }

    /** __rmqueue_fallback(): pfn of the allocated page or -1. */
    int rmqueueFallback(Zone z, int order, int startMt, int allocFlags) {
        int minOrder = order;
        if (order < ctx.pageblockOrder && (allocFlags & ALLOC_NOFRAGMENT) != 0) {
            minOrder = ctx.pageblockOrder;
        }
        for (int co = MAX_PAGE_ORDER; co >= minOrder; co--) {
            int fb = firstFallback(z, co, startMt);
            if (fb == -1) {
                continue;
            }
            boolean canSteal = fallback.shouldTryClaimBlock(co, startMt);
            if (!canSteal && startMt == ctx.movable && co > order) {
                return findSmallest(z, order, startMt, allocFlags);
            }
            return doSteal(z, co, order, startMt, fb, allocFlags, canSteal);
        }
        return -1;
    }

    /** The find_smallest: label: the smallest order with a fallback buddy, taken without a claim. */
    private int findSmallest(Zone z, int order, int startMt, int allocFlags) {
        for (int co = order; co < NR_PAGE_ORDERS; co++) {
            int fb = firstFallback(z, co, startMt);
            if (fb != -1) {
                return doSteal(z, co, order, startMt, fb, allocFlags, fallback.shouldTryClaimBlock(co, startMt));
            }
        }
        throw new IllegalStateException("fallback buddy vanished between the two scans");
    }

    private int doSteal(Zone z, int co, int order, int startMt, int fb, int allocFlags, boolean wholeBlock) {
        int pfn = z.mem.first(co, fb) + z.mem.base;
        int page = stealSuitableFallback(z, pfn, co, order, startMt, fb, allocFlags, wholeBlock);
        fallback.traceExtfrag(z, page, order, co, startMt, fb);
        return page;
    }

    /**
     * steal_suitable_fallback(): takes the buddy at {@code pfn} (order {@code currentOrder} on the
     * {@code listType} list) and claims its pageblock when {@code wholeBlock} allows and the block
     * qualifies; otherwise splits it keeping {@code listType} and returns the requested piece.
     */
    private int stealSuitableFallback(Zone z, int pfn, int currentOrder, int order, int startType, int listType,
            int allocFlags, boolean wholeBlock) {
        int blockType = z.blockMt(pfn, ctx.isolate);
        if (blockType != ctx.highatomic) {
            if (currentOrder >= ctx.pageblockOrder) {
                buddy.delFromFreeListAccount(z, pfn, currentOrder, listType);
                buddy.changePageblockRange(z, pfn, currentOrder, startType);
                int added = buddy.expand(z, pfn, order, currentOrder, startType);
                buddy.accountFreepages(z, added, startType);
                return pfn;
            }
            if (fallback.boostWatermark(z) && (allocFlags & ALLOC_KSWAPD) != 0) {
                z.setFlag(Zone.ZONE_BOOSTED_WATERMARK, true);
            }
            if (wholeBlock && buddy.prepMoveFreepagesBlock(z, pfn, prep)) {
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
                if (freePages + alike >= (1 << (ctx.pageblockOrder - ctx.sysctl.claimThresholdShift))
                        || ctx.mobilityDisabled) {
                    int start = z.blockStart(pfn);
                    buddy.moveFreepagesBlock(z, start, blockType, startType);
                    z.setBlockMt(start, startType);
                    return buddy.rmqueueSmallest(z, order, startType);
                }
            }
        }
        buddy.delAndExpand(z, pfn, order, currentOrder, listType);
        return pfn;
    }
}
