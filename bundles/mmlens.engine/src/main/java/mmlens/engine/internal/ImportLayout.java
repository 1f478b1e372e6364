package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;
import static mmlens.engine.internal.Orders.PAGEBLOCK_NR_PAGES;
import static mmlens.engine.internal.Orders.PAGEBLOCK_ORDER;

import java.util.ArrayList;
import java.util.List;

/**
 * Places free blocks in an empty zone so that free_area counts per (order, migratetype) and pageblock
 * counts per migratetype equal given values (from /proc/pagetypeinfo).
 *
 * <pre>
 *  online pageblocks:  [pair: order-10 free][order-9 free][partial: fill(9)]...[fully used]
 *  fill(r) on a 2^r region:  demand[r-1] &gt; 0 ?  | free r-1 | fill(r-1) |
 *                                            :  | fill(r-1) | fill(r-1) |
 *  fill(0) = one used page (reserved first, then allocated)
 * </pre>
 *
 * Every filled region keeps at least one used page, so no free block has a free buddy of its order
 * and nothing would merge. Online pageblocks are the first {@code sum(blockCounts)} pageblock-steps of
 * the span (as pagetypeinfo_showblockcount_print() counts them); the rest of the span is offline.
 */
public final class ImportLayout {
    private final Engine e;
    private final Zone z;
    private final long[][] demand;
    private long reserveBudget;

    /**
     * @param demand free block counts [migratetype][order]; consumed
     * @param reservedPages pages to mark reserved (present but not managed) among used pages
     */
    public ImportLayout(Engine e, Zone z, long[][] demand, long reservedPages) {
        this.e = e;
        this.z = z;
        this.demand = demand;
        this.reserveBudget = reservedPages;
    }

    /** Lays out the zone; returns the online pageblock start pfns. Throws if counts cannot be placed. */
    public List<Integer> place(long[] blockCounts) {
        ZoneMem m = z.mem;
        long total = 0;
        for (long c : blockCounts) {
            total += c;
        }
        List<Integer> online = new ArrayList<>();
        for (long pfn = z.startPfn; pfn < z.endPfn() && online.size() < total; pfn += PAGEBLOCK_NR_PAGES) {
            online.add(Zone.pageblockStart((int) pfn));
        }
        if (online.size() < total) {
            throw new IllegalArgumentException(z.type.kernelName() + ": span holds " + online.size()
                    + " pageblocks, pagetypeinfo counts " + total);
        }
        for (int b : online) {
            int s = Math.max(b, z.startPfn);
            int t = Math.min(b + PAGEBLOCK_NR_PAGES, z.endPfn());
            m.fillState(s - m.base, t - s, ZoneMem.K_FREE_TAIL, 0, false);
        }
        boolean[] used = new boolean[online.size()];
        long[] left = blockCounts.clone();
        placeMaxOrder(online, used, left);
        placePageblockOrder(online, used, left);
        for (int mt = 0; mt < left.length; mt++) {
            for (int i = 0; i < online.size() && left[mt] > 0; i++) {
                if (used[i]) {
                    continue;
                }
                used[i] = true;
                left[mt]--;
                int b = online.get(i);
                setType(b, mt);
                fill(b, PAGEBLOCK_ORDER, mt);
            }
            for (int o = 0; o < demand[mt].length; o++) {
                if (demand[mt][o] != 0) {
                    throw new IllegalArgumentException(z.type.kernelName() + ": cannot place " + demand[mt][o]
                            + " free order-" + o + " blocks of " + e.ctx.types.name(mt) + " in its pageblocks");
                }
            }
        }
        return online;
    }

    private boolean fullyAvailable(int pfn, int order) {
        return pfn >= z.startPfn && pfn + (1 << order) <= z.endPfn();
    }

    private void placeMaxOrder(List<Integer> online, boolean[] used, long[] left) {
        for (int mt = 0; mt < left.length; mt++) {
            for (int i = 0; i + 1 < online.size() && demand[mt][MAX_PAGE_ORDER] > 0; i++) {
                int b = online.get(i);
                if (used[i] || used[i + 1] || (b & ((1 << MAX_PAGE_ORDER) - 1)) != 0
                        || online.get(i + 1) != b + PAGEBLOCK_NR_PAGES || !fullyAvailable(b, MAX_PAGE_ORDER)) {
                    continue;
                }
                used[i] = true;
                used[i + 1] = true;
                left[mt] -= 2;
                demand[mt][MAX_PAGE_ORDER]--;
                setType(b, mt);
                setType(b + PAGEBLOCK_NR_PAGES, mt);
                addFree(b, MAX_PAGE_ORDER, mt);
            }
        }
    }

    private void placePageblockOrder(List<Integer> online, boolean[] used, long[] left) {
        for (int mt = 0; mt < left.length; mt++) {
            for (int i = 0; i < online.size() && demand[mt][PAGEBLOCK_ORDER] > 0; i++) {
                int b = online.get(i);
                if (used[i] || !fullyAvailable(b, PAGEBLOCK_ORDER) || freeBuddyBlock(b ^ PAGEBLOCK_NR_PAGES)) {
                    continue;
                }
                used[i] = true;
                left[mt]--;
                demand[mt][PAGEBLOCK_ORDER]--;
                setType(b, mt);
                addFree(b, PAGEBLOCK_ORDER, mt);
            }
        }
    }

    /** Whether an order-9 free block already sits at pfn (placing its buddy would need a merge). */
    private boolean freeBuddyBlock(int pfn) {
        ZoneMem m = z.mem;
        int s = pfn - m.base;
        return s >= 0 && s < m.slots && m.kind(s) == ZoneMem.K_BUDDY && m.order(s) == PAGEBLOCK_ORDER;
    }

    private void setType(int pfn, int mt) {
        if (mt == e.ctx.isolate) {
            z.setBlockMt(pfn, e.ctx.movable);
            z.setBlockFlag(pfn, Zone.PB_ISOLATE, true);
        } else {
            z.setBlockMt(pfn, mt);
        }
        if (mt == e.ctx.highatomic) {
            z.nrReservedHighatomic += PAGEBLOCK_NR_PAGES;
        }
    }

    private void addFree(int pfn, int order, int mt) {
        e.buddy.addToFreeList(z, pfn, order, mt, true);
        e.buddy.accountFreepages(z, 1L << order, mt);
    }

    /** fill(r): see class comment; regions partly outside the zone already hold a used page. */
    private void fill(int pfn, int r, int mt) {
        boolean avail = fullyAvailable(pfn, r);
        if (r == 0) {
            if (avail) {
                markUsed(pfn, mt);
            }
            return;
        }
        if (pfn + (1 << r) <= z.startPfn || pfn >= z.endPfn()) {
            return;
        }
        int half = 1 << (r - 1);
        int lo = pfn;
        int hi = pfn + half;
        boolean loAvail = fullyAvailable(lo, r - 1);
        boolean hiAvail = fullyAvailable(hi, r - 1);
        if (demand[mt][r - 1] > 0 && (loAvail || hiAvail)) {
            demand[mt][r - 1]--;
            int free = loAvail ? lo : hi;
            addFree(free, r - 1, mt);
            fill(free == lo ? hi : lo, r - 1, mt);
            return;
        }
        fill(lo, r - 1, mt);
        fill(hi, r - 1, mt);
    }

    private void markUsed(int pfn, int mt) {
        ZoneMem m = z.mem;
        if (reserveBudget > 0) {
            reserveBudget--;
            m.setState(pfn - m.base, ZoneMem.K_RESERVED, 0, false);
        } else {
            m.setState(pfn - m.base, ZoneMem.K_ALLOC, 0, e.ctx.types.isMovable(mt));
        }
    }
}
