package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.PageSource;
import mmlens.engine.mmu.PermGrouping;

/**
 * Where pages whose direct-map permissions will change come from under the grouping variants of
 * {@link PermGrouping} (for {@code SCATTERED} this class is not used).
 *
 * <p>{@code GROUPED_2M}: the grouped page cache of "x86/mm/cpa: Add grouped page allocations"
 * (Rick Edgecombe, PKS page tables RFC 3/9, May 2021). A page comes from the cache; an empty
 * cache is replenished with a 2 MiB (order-9) block that is split_page()d into 4 KiB pages; when no
 * order-9 block can be had, the page is an order-0 page from anywhere (fallback, not cached).
 * Freed pages go back to the cache. The shrinker returns cached pages to the page allocator one
 * by one: a block whose direct map was split (a permission changed on one of its pages) stays
 * split, the free 2 MiB is never mapped by a PMD again.
 *
 * <p>{@code GFP_FLAG}: the alternative Mike Rapoport raised in that thread: a GFP flag tells the
 * page allocator that the pages will leave (or change in) the direct map, and the allocator keeps
 * them together per pageblock. Modelled as pageblocks claimed whole (order 9, not split) for such
 * allocations, the lowest free page of the oldest claimed pageblock first, order-0 fallback; a
 * pageblock whose pages are all free again goes back to the allocator at once as one order-9 block
 * (the buddy merges it), so there is no cache and no shrinker. Fallback of other allocations into
 * the free pages of a partly used claimed pageblock is not modelled.
 *
 * <pre>
 *  block = one 2 MiB region [base, base + 512)
 *    used:   pages handed out now
 *    cached: free pages kept for the next allocation (GROUPED_2M: the cache's list; GFP_FLAG: the
 *            pageblock's free pages)
 *    neither: returned to the allocator by the shrinker (GROUPED_2M only)
 * </pre>
 */
final class PermCache {
    static final int BLOCK = 512;

    private static final class Block {
        final long base;
        final BitSet used = new BitSet(BLOCK);
        final BitSet cached = new BitSet(BLOCK);

        Block(long base) {
            this.base = base;
        }
    }

    private final MmuCore core;
    private final boolean gfpFlag;
    private final List<Block> blocks = new ArrayList<>();
    /** 2 MiB blocks ever taken, order-0 fallback pages, pages the shrinker returned. */
    long blocksTaken;
    long fallbackPages;
    long shrunkPages;
    /** Of the pages the shrinker returned, those whose 2 MiB direct-map page was split. */
    long shrunkSplitPages;
    /** Order-9 blocks handed back whole (GFP_FLAG). */
    long blocksReturned;

    PermCache(MmuCore core, boolean gfpFlag) {
        this.core = core;
        this.gfpFlag = gfpFlag;
    }

    /** A page for a permissioned allocation, or {@link PageSource#NO_PAGE}. */
    long alloc(int cpu) {
        if (!gfpFlag && core.src.freePages() < core.src.lowWatermarkPages()) {
            shrink(cpu, Long.MAX_VALUE); // kswapd runs the shrinkers under memory pressure
        }
        for (Block b : blocks) {
            int i = b.cached.nextSetBit(0);
            if (i >= 0) {
                b.cached.clear(i);
                b.used.set(i);
                return b.base + i;
            }
        }
        long base = core.src.allocPages(cpu, 9, Gfp.GFP_KERNEL);
        if (base == PageSource.NO_PAGE) {
            long p = core.src.allocPages(cpu, 0, Gfp.GFP_KERNEL);
            if (p != PageSource.NO_PAGE) {
                fallbackPages++;
            }
            return p;
        }
        if (!gfpFlag) {
            core.src.splitBlock(cpu, base, 9, 0); // split_page()
        }
        blocksTaken++;
        Block b = new Block(base);
        b.cached.set(1, BLOCK);
        b.used.set(0);
        blocks.add(b);
        return base;
    }

    /** The page goes back: into its block, or to the allocator when it was a fallback page. */
    void release(int cpu, long pfn) {
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (pfn >= b.base && pfn < b.base + BLOCK) {
                int i = (int) (pfn - b.base);
                b.used.clear(i);
                b.cached.set(i);
                if (gfpFlag && b.used.isEmpty()) {
                    blocks.remove(k);
                    blocksReturned++;
                    core.checker.onFree(cpu, b.base, 9);
                    core.src.freePages(cpu, b.base, 9);
                }
                return;
            }
        }
        core.checker.onFree(cpu, pfn, 0);
        core.src.freePages(cpu, pfn, 0);
    }

    /**
     * The shrinker's scan_objects(): returns up to nr cached pages to the page allocator, newest
     * block first, highest page first. GROUPED_2M only. @return pages returned
     */
    long shrink(int cpu, long nr) {
        if (gfpFlag) {
            return 0;
        }
        long done = 0;
        for (int k = blocks.size() - 1; k >= 0 && done < nr; k--) {
            Block b = blocks.get(k);
            for (int i = b.cached.previousSetBit(BLOCK - 1); i >= 0 && done < nr; i = b.cached.previousSetBit(i - 1)) {
                b.cached.clear(i);
                long pfn = b.base + i;
                if (core.dm.levelOf(pfn) == DirectMapTable.L4K) {
                    shrunkSplitPages++;
                }
                core.checker.onFree(cpu, pfn, 0);
                core.src.freePages(cpu, pfn, 0);
                done++;
            }
            if (b.used.isEmpty() && b.cached.isEmpty()) {
                blocks.remove(k);
            }
        }
        shrunkPages += done;
        return done;
    }

    /** The shrinker's count_objects(): cached pages. */
    long cachedPages() {
        long n = 0;
        for (Block b : blocks) {
            n += b.cached.cardinality();
        }
        return n;
    }

    /** 2 MiB blocks held now. */
    int blocks() {
        return blocks.size();
    }
}
