package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;
import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;
import static mmlens.engine.internal.ZoneMem.K_ALLOC;
import static mmlens.engine.internal.ZoneMem.K_BUDDY;
import static mmlens.engine.internal.ZoneMem.K_CACHE;
import static mmlens.engine.internal.ZoneMem.K_PCP;
import static mmlens.engine.internal.ZoneMem.NIL;

import mmlens.engine.CostModel;

/**
 * The buddy core of mm/page_alloc.c: free-list add/del with accounting, __free_one_page (merge),
 * expand (split), __rmqueue_smallest and the move_freepages_block family. All pfns are absolute.
 *
 * <p>Invariant kept here: every pfn that is not the head of a block has kind K_FREE_TAIL, so a pfn
 * whose kind says ALLOC, CACHE, PCP or BUDDY is a live head. Walks step from head to head
 * (see {@link #blockStep}).
 */
public final class Buddy {
    private final EngineContext ctx;
    public Buddy(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** account_freepages() */
    public void accountFreepages(Zone z, long nrPages, int mt) {
        if (mt == ctx.isolate) {
            return;
        }
        z.nrFreePages += nrPages;
        if (ctx.vmstatDrift) {
            modFreeStat(z, ctx.currentCpu, nrPages);
        }
        if (mt == ctx.cma) {
            z.nrFreeCma += nrPages;
        } else if (mt == ctx.highatomic) {
            z.nrFreeHighatomic += nrPages;
        }
    }

    /**
     * __mod_zone_page_state(zone, NR_FREE_PAGES, delta) on {@code cpu}: the difference is kept per
     * cpu and added to the zone's counter once its size exceeds the cpu's stat_threshold.
     */
    static void modFreeStat(Zone z, int cpu, long delta) {
        int c = Math.max(0, Math.min(cpu, z.freeStatDiff.length - 1));
        long x = z.freeStatDiff[c] + delta;
        if (Math.abs(x) > z.pcp[c].statThreshold) {
            z.nrFreePagesFolded += x;
            x = 0;
        }
        z.freeStatDiff[c] = x;
    }

    /** __add_to_free_list() + set_buddy_order(). */
    public void addToFreeList(Zone z, int pfn, int order, int mt, boolean tail) {
        ZoneMem m = z.mem;
        int s = pfn - m.base;
        m.setState(s, K_BUDDY, order, false);
        m.listAdd(s, order, mt, tail);
        if (order >= ctx.pageblockOrder && mt != ctx.isolate) {
            z.nrFreePagesBlocks += 1L << order;
        }
    }

    /** __del_page_from_free_list(): caller sets the new head state. */
    public void delFromFreeList(Zone z, int pfn, int order, int mt) {
        ZoneMem m = z.mem;
        m.listDel(pfn - m.base, order, mt);
        if (order >= ctx.pageblockOrder && mt != ctx.isolate) {
            z.nrFreePagesBlocks -= 1L << order;
        }
    }

    /** del_page_from_free_list() */
    public void delFromFreeListAccount(Zone z, int pfn, int order, int mt) {
        delFromFreeList(z, pfn, order, mt);
        accountFreepages(z, -(1L << order), mt);
    }

    /** move_to_free_list(): list_move_tail plus accounting when crossing ISOLATE. */
    public void moveToFreeList(Zone z, int pfn, int order, int oldMt, int newMt) {
        ZoneMem m = z.mem;
        int s = pfn - m.base;
        m.listDel(s, order, oldMt);
        m.listAdd(s, order, newMt, true);
        accountFreepages(z, -(1L << order), oldMt);
        accountFreepages(z, 1L << order, newMt);
        if (order >= ctx.pageblockOrder && (oldMt == ctx.isolate) != (newMt == ctx.isolate)) {
            z.nrFreePagesBlocks += oldMt == ctx.isolate ? (1L << order) : -(1L << order);
        }
    }

    private boolean isBuddy(ZoneMem m, int pfn, int order) {
        int s = pfn - m.base;
        int st = m.state(s);
        return ((st >>> 4) & 7) == K_BUDDY && (st & 0xF) == order;
    }

    /**
     * __free_one_page(): merge with free buddies and put the result on a free list. The common case
     * (no unaccepted memory, no compaction capturing in this zone) is a short loop the JIT inlines into
     * the pcp drain; the general one is {@link #freeOnePageGeneral}, with the same result for it.
     */
    public void freeOnePage(Zone z, int pfn, int order, int mt, boolean fpiToTail) {
        ctx.hooks.freeOnePage(z.view, pfn, order, mt);
        accountFreepages(z, 1L << order, mt);
        if (ctx.unaccepted != null || z == ctx.captureZone) {
            freeOnePageGeneral(z, pfn, order, mt, fpiToTail);
            return;
        }
        mergeAndAdd(z, pfn, order, mt, fpiToTail, 0);
    }

    /**
     * __free_one_page()'s merge loop from a free block of {@code order} at pfn (accounted already), the
     * block put on its free list, the cost charged for {@code steps} merges done before plus those here.
     */
    private void mergeAndAdd(Zone z, int pfn, int order, int mt, boolean fpiToTail, int steps) {
        ZoneMem m = z.mem;
        int buddyPfn = 0;
        int pbOrder = ctx.pageblockOrder;
        while (order < MAX_PAGE_ORDER) {
            buddyPfn = pfn ^ (1 << order);
            if (!isBuddy(m, buddyPfn, order)) {
                break;
            }
            if (order >= pbOrder) {
                if (!mergeAcrossBlocks(z, buddyPfn, order, mt)) {
                    break;
                }
            } else {
                delFromFreeList(z, buddyPfn, order, mt);
            }
            m.setState(Math.max(pfn, buddyPfn) - m.base, ZoneMem.K_FREE_TAIL, 0, false);
            pfn &= buddyPfn;
            order++;
            steps++;
        }
        boolean toTail = fpiToTail || buddyMergeLikely(m, pfn, buddyPfn, order);
        addToFreeList(z, pfn, order, mt, toTail);
        ctx.charge(CostModel.Op.BUDDY_FREE, steps);
    }

    /** Off: every page is freed by freeOnePage (for the tests that compare both). */
    static boolean alignedRuns = true;

    /**
     * The largest k &gt;= 1 such that the order-0 pages {@code pfn .. pfn + 2^k - 1} can be freed by
     * {@link #freeAlignedRun} instead of one {@link #freeOnePage} each: {@code run} consecutive pfns
     * from {@code pfn} up (or from {@code pfn - 1} down) are about to be freed one after the other,
     * {@code pfn} is aligned to 2^k, and 2^k is at most a pageblock; 0 when none (or when hooks,
     * unaccepted memory or a capture watch each free).
     */
    int alignedRunOrder(Zone z, int pfn, int run) {
        if (run < 2 || !alignedRuns || ctx.hooks != mmlens.engine.AllocatorHooks.NONE || ctx.unaccepted != null || z == ctx.captureZone) {
            return 0;
        }
        int k = Math.min(Integer.numberOfTrailingZeros(pfn), 31 - Integer.numberOfLeadingZeros(run));
        return Math.min(k, Math.min(ctx.pageblockOrder, MAX_PAGE_ORDER - 1));
    }

    /**
     * Frees the order-0 pages {@code pfn .. pfn + 2^k - 1} (pfn aligned to 2^k, 2^k at most a pageblock,
     * one pageblock type {@code mt}, none of them free yet), leaving exactly what {@link #freeOnePage}
     * on each leaves, in ascending or in descending order: ascending, page i merges with the free
     * block below it ctz(i + 1) times; descending, page i &gt; 0 merges with the free block above it
     * ctz(i) times; either way inside the block, with the same merge counts in all, so the transient
     * blocks linked and unlinked again are not built. The last page freed leaves the whole block of
     * order k, which merges on as freeOnePage does. The same accounting per page and the same cost
     * charges (the sum of the charges per free: their order does not change it).
     */
    void freeAlignedRun(Zone z, int pfn, int k, int mt) {
        int n = 1 << k;
        ZoneMem m = z.mem;
        for (int i = 0; i < n; i++) {
            accountFreepages(z, 1, mt);
        }
        for (int i = 1; i < n; i++) {
            m.setState(pfn + i - m.base, ZoneMem.K_FREE_TAIL, 0, false);
        }
        for (int i = 0; i < n - 1; i++) {
            ctx.charge(CostModel.Op.BUDDY_FREE, Integer.numberOfTrailingZeros(i + 1));
        }
        // the last page: its k merges inside the block done, the rest of freeOnePage's loop from order k
        mergeAndAdd(z, pfn, k, mt, false, k);
    }

    /**
     * One merge step of {@link #freeOnePage} at order &gt;= pageblock_order: false (no merge) when the
     * buddy's pageblock type cannot merge with mt; otherwise takes the buddy off its list and gives
     * its pageblock type mt.
     */
    private boolean mergeAcrossBlocks(Zone z, int buddyPfn, int order, int mt) {
        int buddyMt = z.blockMt(buddyPfn, ctx.isolate);
        if (mt != buddyMt && (!ctx.types.mergeable(mt) || !ctx.types.mergeable(buddyMt))) {
            return false;
        }
        delFromFreeList(z, buddyPfn, order, buddyMt);
        if (buddyMt != mt) {
            z.setBlockMt(buddyPfn, mt);
        }
        return true;
    }

    /** {@link #freeOnePage} with unaccepted memory or a compaction capture in this zone (accounted already). */
    private void freeOnePageGeneral(Zone z, int pfn, int order, int mt, boolean fpiToTail) {
        ZoneMem m = z.mem;
        Unaccepted acc = ctx.unaccepted;
        boolean needsAcceptance = acc != null && acc.freeEntry(z, pfn);
        int buddyPfn = 0;
        int steps = 0;
        while (order < MAX_PAGE_ORDER) {
            if (z == ctx.captureZone && compactionCapture(pfn, order, mt)) {
                accountFreepages(z, -(1L << order), mt);
                m.setState(pfn - m.base, ZoneMem.K_ALLOC, order, false);
                return;
            }
            buddyPfn = pfn ^ (1 << order);
            if (!isBuddy(m, buddyPfn, order)) {
                break;
            }
            int buddyMt = mt;
            if (order >= ctx.pageblockOrder) {
                buddyMt = z.blockMt(buddyPfn, ctx.isolate);
                if (mt != buddyMt && (!ctx.types.mergeable(mt) || !ctx.types.mergeable(buddyMt))) {
                    break;
                }
            }
            delFromFreeList(z, buddyPfn, order, buddyMt);
            if (acc != null) {
                needsAcceptance |= acc.mergeIn(z, buddyPfn);
            }
            if (buddyMt != mt) {
                z.setBlockMt(buddyPfn, mt);
            }
            m.setState(Math.max(pfn, buddyPfn) - m.base, ZoneMem.K_FREE_TAIL, 0, false);
            pfn &= buddyPfn;
            order++;
            steps++;
        }
        if (acc != null) {
            acc.doneMerging(z, pfn, order, needsAcceptance);
        }
        boolean toTail = fpiToTail || buddyMergeLikely(m, pfn, buddyPfn, order);
        addToFreeList(z, pfn, order, mt, toTail);
        ctx.charge(CostModel.Op.BUDDY_FREE, steps);
    }

    /** compaction_capture(): hands a block of the requested order to the compacting allocation. */
    private boolean compactionCapture(int pfn, int order, int mt) {
        if (ctx.capturedPfn >= 0 || order != ctx.captureOrder) {
            return false;
        }
        if (mt == ctx.cma || mt == ctx.isolate) {
            return false;
        }
        if (order < ctx.pageblockOrder && mt == ctx.movable && ctx.captureMt != ctx.movable) {
            return false;
        }
        if (ctx.asi != null && !ctx.asi.captureAllowed(mt, ctx.captureMt)) {
            return false;
        }
        if (mt != ctx.captureMt && !ctx.sysctl.captureExtfragV612) {
            ctx.listener.extfrag(pfn, ctx.captureOrder, order, ctx.captureMt, mt, order < ctx.pageblockOrder,
                    false);
        }
        ctx.capturedPfn = pfn;
        return true;
    }

    /** buddy_merge_likely() */
    private boolean buddyMergeLikely(ZoneMem m, int pfn, int buddyPfn, int order) {
        if (order >= MAX_PAGE_ORDER - 1) {
            return false;
        }
        int higher = buddyPfn & pfn;
        return isBuddy(m, higher ^ (1 << (order + 1)), order + 1);
    }

    /** expand(): returns the number of pages put back on free lists. */
    public int expand(Zone z, int pfn, int low, int high, int mt) {
        ctx.hooks.expand(z.view, pfn, low, high, mt);
        int size = 1 << high;
        int added = 0;
        while (high > low) {
            high--;
            size >>= 1;
            if (ctx.unaccepted != null) {
                ctx.unaccepted.expandHalf(z, pfn, pfn + size);
            }
            addToFreeList(z, pfn + size, high, mt, false);
            added += size;
        }
        return added;
    }

    /** page_del_and_expand() */
    public void delAndExpand(Zone z, int pfn, int low, int high, int mt) {
        delFromFreeList(z, pfn, high, mt);
        int nr = (1 << high) - expand(z, pfn, low, high, mt);
        accountFreepages(z, -nr, mt);
    }

    /** __rmqueue_smallest(): returns the pfn or -1. */
    public int rmqueueSmallest(Zone z, int order, int mt) {
        ZoneMem m = z.mem;
        for (int o = order; o < NR_PAGE_ORDERS; o++) {
            int s = m.first(o, mt);
            if (s == NIL) {
                continue;
            }
            int pfn = s + m.base;
            delAndExpand(z, pfn, order, o, mt);
            return pfn;
        }
        return -1;
    }

    /**
     * Head pfn of the free (PageBuddy) block containing {@code pfn}, or -1 when pfn is not free. Only
     * the naturally aligned candidates {@code pfn & -(1 << o)} can head such a block; the first
     * buddy head met walking up is the only one that can cover pfn.
     */
    public static int freeHeadCovering(ZoneMem m, int pfn) {
        for (int o = 0; o <= MAX_PAGE_ORDER; o++) {
            int h = pfn & -(1 << o);
            int s = h - m.base;
            if (s < 0) {
                return -1;
            }
            if (m.kind(s) == K_BUDDY) {
                return h + (1 << m.order(s)) > pfn ? h : -1;
            }
        }
        return -1;
    }

    /**
     * Takes the specific block {@code [pfn, pfn + 2^order)} out of the free lists, as
     * break_down_buddy_pages() does for take_page_off_buddy(): the covering free block is removed
     * and every half not holding the target goes back on the free list of {@code expandMt} (the
     * block's own list type unless the caller changed ownership; the list the block is taken from is
     * its pageblock's type, the engine's free-list invariant). For a target at the covering
     * block's head this is __rmqueue_smallest()'s page_del_and_expand(). The taken head is left
     * for the caller to mark. Returns the list type the block was on, or -1 (nothing changed) when
     * the target is not wholly inside one free block of order &gt;= {@code order}.
     */
    public int takeFreeBlock(Zone z, int pfn, int order, int expandMt) {
        ZoneMem m = z.mem;
        int head = freeHeadCovering(m, pfn);
        if (head < 0 || (pfn & ((1 << order) - 1)) != 0) {
            return -1;
        }
        int high = m.order(head - m.base);
        if (high < order) {
            return -1;
        }
        int listMt = z.blockMt(head, ctx.isolate);
        delFromFreeList(z, head, high, listMt);
        accountFreepages(z, -(1L << high), listMt);
        int cur = head;
        while (high > order) {
            high--;
            int half = cur + (1 << high);
            int keep = pfn >= half ? half : cur;
            int give = keep == cur ? half : cur;
            addToFreeList(z, give, high, expandMt, false);
            accountFreepages(z, 1L << high, expandMt);
            cur = keep;
        }
        m.setState(pfn - m.base, ZoneMem.K_FREE_TAIL, 0, false);
        return listMt;
    }

    /**
     * Pages to advance from head pfn during a pfn walk: 1 &lt;&lt; order for block heads (free, pcp,
     * allocated, unaccepted chunk), 1 for single reserved/absent pages.
     */
    public static int blockStep(ZoneMem m, int s) {
        int k = m.kind(s);
        if (k == K_BUDDY || k == K_ALLOC || k == K_PCP || k == K_CACHE || k == ZoneMem.K_UNACCEPTED) {
            return 1 << m.order(s);
        }
        return 1;
    }

    /**
     * Head of the block containing {@code pfn} when pfn is pageblock aligned: either pfn itself or the
     * head of an order &gt; pageblock_order block starting at the MAX_ORDER boundary below it.
     */
    public static int headCovering(ZoneMem m, int pfn) {
        int c = pfn & -(1 << MAX_PAGE_ORDER);
        if (c == pfn) {
            return pfn;
        }
        int s = c - m.base;
        if (blockStep(m, s) > pfn - c) {
            return c;
        }
        return pfn;
    }

    /** __move_freepages_block(): moves every free block of the pageblock; returns pages moved. */
    public int moveFreepagesBlock(Zone z, int startPfn, int oldMt, int newMt) {
        ZoneMem m = z.mem;
        int end = startPfn + ctx.pageblockNrPages;
        int moved = 0;
        int pfn = startPfn;
        int h = headCovering(m, pfn);
        if (h != pfn) {
            pfn = h + blockStep(m, h - m.base);
        }
        while (pfn < end) {
            int s = pfn - m.base;
            if (m.kind(s) == K_BUDDY) {
                int order = m.order(s);
                moveToFreeList(z, pfn, order, oldMt, newMt);
                pfn += 1 << order;
                moved += 1 << order;
            } else {
                pfn += blockStep(m, s);
            }
        }
        return moved;
    }

    /**
     * prep_move_freepages_block(): false if the pageblock straddles the zone; otherwise fills
     * {@code out[0]} = free pages and {@code out[1]} = movable (LRU) pages when out is non-null.
     */
    public boolean prepMoveFreepagesBlock(Zone z, int pfn, int[] out) {
        int start = z.blockStart(pfn);
        int end = start + ctx.pageblockNrPages;
        if (!z.spans(start) || !z.spans(end - 1)) {
            return false;
        }
        if (out != null) {
            ZoneMem m = z.mem;
            int free = 0;
            int movable = 0;
            int p = start;
            int h = headCovering(m, p);
            if (h != p) {
                int hs = h - m.base;
                if (m.kind(hs) != K_BUDDY && m.movable(hs)) {
                    movable += ctx.pageblockNrPages;
                }
                p = end;
            }
            while (p < end) {
                int s = p - m.base;
                int k = m.kind(s);
                int step = blockStep(m, s);
                if (k == K_BUDDY) {
                    free += step;
                } else if (m.movable(s)) {
                    movable += step;
                }
                p += step;
            }
            out[0] = free;
            out[1] = movable;
        }
        return true;
    }

    /** move_freepages_block(): -1 when the block straddles the zone. */
    public int moveFreepagesBlockChecked(Zone z, int pfn, int oldMt, int newMt) {
        if (!prepMoveFreepagesBlock(z, pfn, null)) {
            return -1;
        }
        int start = z.blockStart(pfn);
        int res = moveFreepagesBlock(z, start, oldMt, newMt);
        z.setBlockMt(start, newMt);
        return res;
    }

    /** change_pageblock_range() */
    public void changePageblockRange(Zone z, int pfn, int startOrder, int mt) {
        int n = 1 << (startOrder - ctx.pageblockOrder);
        for (int i = 0; i < n; i++) {
            z.setBlockMt(pfn + i * ctx.pageblockNrPages, mt);
        }
    }
}
