package mmlens.engine;

/** Read-only view of one zone (struct zone) for hooks, formatters and analyses. Pages are 4 KiB. */
public interface ZoneView {
    int nid();

    ZoneType type();

    int startPfn();

    long spannedPages();

    long presentPages();

    long managedPages();

    /** NR_FREE_PAGES */
    long freePages();

    /** NR_FREE_PAGES_BLOCKS */
    long freePagesBlocks();

    /** free_area[order].nr_free */
    long nrFree(int order);

    /** Length of free_area[order].free_list[mt]. */
    long nrFree(int order, int migratetype);

    /** _watermark[w] + watermark_boost, w = 0 min, 1 low, 2 high, 3 promo. */
    long watermark(int w);

    long watermarkBoost();

    long lowmemReserve(int zoneIdx);

    long nrReservedHighatomic();

    /** get_pfnblock_migratetype() of the pageblock containing pfn. */
    int pageblockMigratetype(int pfn);

    /** Number of pageblocks per migratetype, counted like pagetypeinfo_showblockcount_print(). */
    long[] pageblockCounts();

    int nrCpus();

    /** pcp count/high/batch/high_min/high_max for a cpu. */
    int[] pcpStats(int cpu);

    /** Per-cpu vm stats threshold. */
    int statThreshold(int cpu);
}
