package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;

/**
 * Pageblock isolation of mm/page_alloc.c: __move_freepages_block_isolate() with find_large_buddy()
 * and split_large_buddy(), as used by pageblock_isolate_and_move_free_pages().
 */
public final class Isolation {
    private final EngineContext ctx;
    private final Buddy buddy;
    private final FreePath freePath;

    public Isolation(EngineContext ctx, Buddy buddy, FreePath freePath) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.freePath = freePath;
    }

    /** find_large_buddy(): head of a free block straddling startPfn, else startPfn. */
    static int findLargeBuddy(ZoneMem m, int startPfn) {
        int order = startPfn != 0 ? Integer.numberOfTrailingZeros(startPfn) : MAX_PAGE_ORDER;
        int pfn = startPfn;
        while (m.kind(pfn - m.base) != ZoneMem.K_BUDDY) {
            if (++order > MAX_PAGE_ORDER) {
                return startPfn;
            }
            pfn &= -1 << order;
        }
        if (pfn + (1 << m.order(pfn - m.base)) > startPfn) {
            return pfn;
        }
        return startPfn;
    }

    /**
     * unset_migratetype_isolate(): a free order-9 block whose buddy is not isolated is taken off the
     * list (__isolate_free_page) and put back with __putback_isolated_page() so it merges.
     */
    public boolean unsetMigratetypeIsolate(Zone z, int pfn) {
        int start = z.blockStart(pfn);
        if (!z.blockFlag(start, Zone.PB_ISOLATE)) {
            return false;
        }
        ZoneMem m = z.mem;
        int s = start - m.base;
        if (m.kind(s) == ZoneMem.K_BUDDY) {
            int order = m.order(s);
            if (order >= ctx.pageblockOrder && order < MAX_PAGE_ORDER) {
                int b = start ^ (1 << order);
                int bs = b - m.base;
                if (z.spans(b) && m.kind(bs) == ZoneMem.K_BUDDY && m.order(bs) == order
                        && !z.blockFlag(b, Zone.PB_ISOLATE)) {
                    buddy.delFromFreeListAccount(z, start, order, ctx.isolate);
                    z.setBlockFlag(start, Zone.PB_ISOLATE, false);
                    buddy.freeOnePage(z, start, order, z.blockMt(start, ctx.isolate), true);
                    return true;
                }
            }
        }
        return moveFreepagesBlockIsolate(z, start, false);
    }

    /** __move_freepages_block_isolate(): returns false if the block is already in that state. */
    public boolean moveFreepagesBlockIsolate(Zone z, int pfn, boolean isolate) {
        if (isolate == z.blockFlag(pfn, Zone.PB_ISOLATE)) {
            return false;
        }
        if (!buddy.prepMoveFreepagesBlock(z, pfn, null)) {
            return false;
        }
        int start = z.blockStart(pfn);
        ZoneMem m = z.mem;
        int buddyPfn = findLargeBuddy(m, start);
        int bs = buddyPfn - m.base;
        if (m.kind(bs) == ZoneMem.K_BUDDY && m.order(bs) > ctx.pageblockOrder) {
            int order = m.order(bs);
            buddy.delFromFreeListAccount(z, buddyPfn, order, z.blockMt(buddyPfn, ctx.isolate));
            z.setBlockFlag(start, Zone.PB_ISOLATE, isolate);
            freePath.splitLargeBuddy(z, buddyPfn, order, false);
            return true;
        }
        int raw = z.blockMtRaw(start);
        int from = isolate ? raw : ctx.isolate;
        int to = isolate ? ctx.isolate : raw;
        buddy.moveFreepagesBlock(z, start, from, to);
        z.setBlockFlag(start, Zone.PB_ISOLATE, isolate);
        return true;
    }
}
