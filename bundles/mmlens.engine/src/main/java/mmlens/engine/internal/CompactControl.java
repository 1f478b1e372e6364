package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

/**
 * The state of one compact_zone() run, as struct compact_control holds it: the zone, the request
 * (order, migratetype, mode), both scanners' pfns, the isolated free blocks (per order) and
 * sources, the scan counters, and the kernel search's fast-search state. One instance is reused
 * by {@link CompactZone} for every run; pfns are absolute, counts in pages.
 */
final class CompactControl {
    /** COMPACT_CLUSTER_MAX (= SWAP_CLUSTER_MAX) */
    static final int COMPACT_CLUSTER_MAX = 32;
    /** cc->fast_start_pfn once used (ULONG_MAX). */
    static final int FAST_START_DONE = Integer.MAX_VALUE;

    Zone z;
    int order;
    int migratetype;
    boolean async;
    boolean direct;
    /** cc->proactive_compaction: kcompactd's proactive run of compact_node(), ended by the zone's score. */
    boolean proactive;
    /** cc->ignore_block_suitable (MIN_COMPACT_PRIORITY) */
    boolean ignoreBlockSuitable;
    int migratePfn;
    int freePfn;
    /** cc->freepages: isolated free blocks per order. */
    final IntDeque[] freepages = new IntDeque[NR_PAGE_ORDERS];
    long nrFreepages;
    /** cc->migratepages: isolated sources (head pfns). */
    final IntDeque migratepages = new IntDeque(64);
    /** cc->nr_migratepages: pages of the blocks still waiting in {@link #migratepages}. */
    long nrMigratepages;
    long migrateScanned;
    long freeScanned;
    long isolated;
    /** The cpu compact_zone() runs on: sources are freed to its per-cpu lists. */
    int cpu;
    /** last_migrated_pfn of compact_zone(): 0 when nothing was migrated since the last local drain. */
    int lastMigratedPfn;
    /** Start of the block the pending isolated pages came from (linear search). */
    int blockFrom;
    boolean wholeZoneRun;
    /** A paced run stopped by its budget, holding its isolated pages. */
    boolean paused;
    /** Pages the run may still migrate before it pauses (paced kcompactd); negative: no limit. */
    long budget = -1;
    /** A paced run with no budget may still scan (isolate and take targets); it pauses before a move. */
    boolean scanAhead;
    /** compaction_search = kernel for the run in flight. */
    boolean kernel;
    /** cc->ignore_skip_hint (MIN_COMPACT_PRIORITY and compact_memory). */
    boolean ignoreSkipHint;
    /** cc->fast_start_pfn: 0 unset, {@link #FAST_START_DONE} once used. */
    int fastStartPfn;
    /** cc->search_order of fast_isolate_freepages(). */
    int searchOrder;
    /** cc->fast_search_fail */
    int fastSearchFail;
    /** cc->finish_pageblock */
    boolean finishPageblock;
    /** compact_zone()'s update_cached: async run keeping both cached migrate pfns in step. */
    boolean updateCached;
    /** Inside a compact_zone() iteration: pages isolated, migration not yet done (a paused run). */
    boolean inIteration;

    CompactControl() {
        for (int o = 0; o < NR_PAGE_ORDERS; o++) {
            freepages[o] = new IntDeque(16);
        }
    }

    /** Resets the request and the counters for a new run. */
    void start(Zone zone, int ord, int mt, boolean isAsync, boolean isDirect, boolean wholeZone, int onCpu,
            boolean kernelSearch) {
        z = zone;
        cpu = onCpu;
        lastMigratedPfn = 0;
        order = ord;
        migratetype = mt;
        async = isAsync;
        direct = isDirect;
        proactive = false;
        ignoreBlockSuitable = isDirect && wholeZone;
        migrateScanned = 0;
        freeScanned = 0;
        isolated = 0;
        kernel = kernelSearch;
    }

    /** Adds an isolated free block of order {@code o} at {@code pfn} to the tail of its list. */
    void addFreepage(int pfn, int o) {
        freepages[o].addLast(pfn);
        nrFreepages += 1L << o;
    }

    /** putback_movable_pages(): the isolated sources stay where they are. */
    void putbackMigratepages() {
        migratepages.clear();
        nrMigratepages = 0;
    }

    /** compact_scanners_met(): the free scanner's block is at or below the migrate scanner's. */
    boolean scannersMet() {
        return (freePfn >> z.pbOrder) <= (migratePfn >> z.pbOrder);
    }

    /** isolation_suitable() */
    boolean isolationSuitable(int pfn) {
        return ignoreSkipHint || !SkipHints.skip(z, pfn);
    }

    /** freelist_scan_limit() */
    int scanLimit() {
        return (COMPACT_CLUSTER_MAX >> Math.min(31, fastSearchFail)) + 1;
    }
}
