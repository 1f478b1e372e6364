package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

import mmlens.engine.CostModel;
import mmlens.engine.VmEvent;

/**
 * compact_zone(): the migrate scanner walks pageblocks upward from the zone start isolating movable
 * blocks (isolate_migratepages_block), the free scanner walks pageblocks downward from the zone end
 * isolating free blocks (isolate_freepages_block), migrate_pages() moves each movable block into an
 * isolated free block, and the sources are freed. With {@code compaction_search = kernel} (the
 * default) the scanners search as the kernel's do: fast_find_migrateblock() and
 * fast_isolate_freepages() look for sources and targets on the MOVABLE free lists first,
 * pageblock skip hints ({@link SkipHints}) keep later runs off blocks already used, the cached
 * scanner positions move only where the kernel moves them, and isolated sources are migrated last
 * first (list_add()). {@code compaction_search = linear} keeps the former plain walk: no hints, no
 * fast searches, scanner positions cached at the end of each run. Both: no too_many_isolated()
 * throttling, migration never fails for an isolated page.
 */
public final class CompactZone {
    /** COMPACT_CLUSTER_MAX (= SWAP_CLUSTER_MAX) */
    static final int COMPACT_CLUSTER_MAX = 32;

    private final EngineContext ctx;
    private final Buddy buddy;
    private final Watermark wm;
    private final Node[] nodes;
    private FreePath freePath;

    // struct compact_control of the run in flight
    private Zone z;
    private int order;
    private int migratetype;
    private boolean async;
    private boolean direct;
    /** cc->ignore_block_suitable (MIN_COMPACT_PRIORITY) */
    private boolean ignoreBlockSuitable;
    private int migratePfn;
    private int freePfn;
    private final IntDeque[] freepages = new IntDeque[NR_PAGE_ORDERS];
    private long nrFreepages;
    private final IntDeque migratepages = new IntDeque(64);
    /** cc->nr_migratepages: pages of the blocks still waiting in {@link #migratepages}. */
    private long nrMigratepages;
    private long migrateScanned;
    private long freeScanned;
    private long isolated;
    /** The cpu compact_zone() runs on: sources are freed to its per-cpu lists. */
    private int cpu;
    /** last_migrated_pfn of compact_zone(): 0 when nothing was migrated since the last local drain. */
    private int lastMigratedPfn;
    /** Start of the block the pending isolated pages came from. */
    private int blockFrom;
    private boolean wholeZoneRun;
    private boolean paused;
    /** Pages the run may still migrate before it pauses (paced kcompactd); negative: no limit. */
    private long budget = -1;
    /** compaction_search = kernel for the run in flight. */
    private boolean kernel;
    /** cc->ignore_skip_hint (MIN_COMPACT_PRIORITY and compact_memory). */
    private boolean ignoreSkipHint;
    /** cc->fast_start_pfn: 0 unset, {@link #FAST_START_DONE} once used (ULONG_MAX). */
    private int fastStartPfn;
    private int searchOrder;
    private int fastSearchFail;
    private boolean finishPageblock;
    /** compact_zone()'s update_cached: async run keeping both cached migrate pfns in step. */
    private boolean updateCached;
    /** Inside a compact_zone() iteration: pages isolated, migration not yet done (a paused run). */
    private boolean inIteration;
    /** Targets of the batch in flight, one per source at the head of {@link #migratepages} (-1: none needed). */
    private final IntDeque targets = new IntDeque(64);
    private final IntDeque targetOrders = new IntDeque(64);
    /** The batch in flight found no target for a source (migrate_pages() returns -ENOMEM). */
    private boolean batchWithoutTarget;
    private static final int FAST_START_DONE = Integer.MAX_VALUE;
    private static final int ISOLATE_NONE = 0;
    private static final int ISOLATE_SUCCESS = 1;
    private static final int MIGRATED = 0;
    private static final int OUT_OF_BUDGET = 1;
    private static final int NO_TARGET = 2;
    /** cc->total_migrate_scanned and cc->total_free_scanned of the last run. */
    long lastMigrateScanned;
    long lastFreeScanned;

    public CompactZone(EngineContext ctx, Buddy buddy, Watermark wm, Node[] nodes) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.wm = wm;
        this.nodes = nodes;
        for (int o = 0; o < NR_PAGE_ORDERS; o++) {
            freepages[o] = new IntDeque(16);
        }
    }

    public void wire(FreePath freePath) {
        this.freePath = freePath;
    }

    /** Limits the next runs to {@code pages} migrated pages in all; negative lifts the limit. */
    void setBudget(long pages) {
        budget = pages;
    }

    /** drain_local_pages() of one cpu's lists of the zone. */
    void drainLocal(Zone zone, int onCpu) {
        freePath.drainLocal(zone, onCpu);
    }

    int run(Compaction policy, Zone zone, int ord, int mt, boolean isAsync, boolean wholeZone, boolean isDirect,
            int allocFlags, int hz, int onCpu) {
        abandonPaused();
        this.z = zone;
        this.cpu = onCpu;
        this.lastMigratedPfn = 0;
        this.order = ord;
        this.migratetype = mt;
        this.async = isAsync;
        this.direct = isDirect;
        this.ignoreBlockSuitable = isDirect && wholeZone;
        migrateScanned = 0;
        freeScanned = 0;
        isolated = 0;
        this.kernel = !ctx.sysctl.compactionSearchLinear;
        if (kernel) {
            startKernel(zone, wholeZone);
            return loopKernel(policy);
        }
        int start = zone.startPfn;
        int end = zone.endPfn();
        if (wholeZone) {
            migratePfn = start;
            freePfn = z.blockStart(end - 1);
        } else {
            migratePfn = zone.compactCachedMigratePfn;
            freePfn = zone.compactCachedFreePfn;
            if (freePfn < start || freePfn >= end) {
                freePfn = z.blockStart(end - 1);
            }
            if (migratePfn < start || migratePfn >= end) {
                migratePfn = start;
            }
        }
        this.wholeZoneRun = wholeZone;
        return loop(policy);
    }

    /** A paced run stopped by its budget and holding its isolated pages, waiting for {@link #resume}. */
    boolean paused() {
        return paused;
    }

    /** Zone of the paused run. */
    Zone pausedZone() {
        return z;
    }

    /** Goes on with the paused run (its isolated pages first). */
    int resume(Compaction policy) {
        paused = false;
        return kernel ? loopKernel(policy) : loop(policy);
    }

    /** Ends a paused run where it stands (another compaction needs the scanner state). */
    private void abandonPaused() {
        if (paused) {
            paused = false;
            if (kernel) {
                finishKernel(Compaction.COMPACT_CONTENDED);
            } else {
                finish(Compaction.COMPACT_CONTENDED);
            }
        }
    }

    /** The compact_zone() loop; a budget running out pauses it with its isolated pages kept. */
    private int loop(Compaction policy) {
        int ret;
        while (true) {
            if (migratepages.isEmpty()) {
                ret = policy.compactFinished(z, order, migratetype, migratePfn, freePfn, wholeZoneRun, direct);
                if (ret != Compaction.COMPACT_CONTINUE) {
                    break;
                }
                if (budget == 0) {
                    paused = true;
                    return Compaction.COMPACT_PAUSED;
                }
                blockFrom = migratePfn;
                isolateMigratepages();
            }
            if (!migratepages.isEmpty()) {
                if (budget == 0) {
                    paused = true;
                    return Compaction.COMPACT_PAUSED;
                }
                if (!migratePages()) {
                    ret = Compaction.COMPACT_CONTENDED;
                    break;
                }
                if (!migratepages.isEmpty()) {
                    paused = true; // the budget ran out part-way through the batch
                    return Compaction.COMPACT_PAUSED;
                }
                lastMigratedPfn = blockFrom;
                if (ctx.capturedPfn >= 0) {
                    ret = Compaction.COMPACT_SUCCESS;
                    break;
                }
            }
            if (order > 0 && lastMigratedPfn != 0) {
                // the migrate scanner left the order-aligned block it last migrated from: drain
                // this cpu's lists so the freed sources merge (lru_add_drain_cpu_zone())
                int currentBlockStart = migratePfn & -(1 << order);
                if (lastMigratedPfn < currentBlockStart) {
                    freePath.drainLocal(z, cpu);
                    lastMigratedPfn = 0;
                }
            }
        }
        return finish(ret);
    }

    private int finish(int ret) {
        putbackMigratepages();
        releaseFreepages();
        if (ret != Compaction.COMPACT_COMPLETE && ret != Compaction.COMPACT_PARTIAL_SKIPPED) {
            z.compactCachedMigratePfn = migratePfn;
            z.compactCachedFreePfn = freePfn;
        }
        lastMigrateScanned = migrateScanned;
        lastFreeScanned = freeScanned;
        ctx.count(VmEvent.COMPACT_MIGRATE_SCANNED, migrateScanned);
        ctx.count(VmEvent.COMPACT_FREE_SCANNED, freeScanned);
        ctx.count(VmEvent.COMPACT_ISOLATED, isolated);
        ctx.charge(CostModel.Op.COMPACT_SCAN, migrateScanned + freeScanned);
        return ret;
    }

    /** suitable_migration_source() */
    private boolean suitableSource(int pfn) {
        if (!async || !direct) {
            return true;
        }
        int blockMt = z.blockMt(pfn, ctx.isolate);
        if (migratetype == ctx.movable) {
            return ctx.types.isMovable(blockMt);
        }
        return blockMt == migratetype;
    }

    /** isolate_migratepages(): scans one pageblock from migratePfn. */
    private void isolateMigratepages() {
        ZoneMem m = z.mem;
        int blockEnd = Math.min(z.blockStart(migratePfn) + ctx.pageblockNrPages, z.endPfn());
        int pfn = migratePfn;
        if (z.blockMt(pfn, ctx.isolate) == ctx.isolate || !suitableSource(pfn)) {
            migratePfn = blockEnd;
            return;
        }
        if ((pfn & (ctx.pageblockNrPages - 1)) == 0) {
            int h = Buddy.headCovering(m, pfn);
            if (h != pfn) {
                migratePfn = blockEnd;
                migrateScanned += ctx.pageblockNrPages;
                return;
            }
        }
        long nr = 0;
        while (pfn < blockEnd && nr < COMPACT_CLUSTER_MAX) {
            int s = pfn - m.base;
            int k = m.kind(s);
            int step = Buddy.blockStep(m, s);
            migrateScanned += step;
            if ((k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE) && m.movable(s)
                    && !skipIsolationOnOrder(m.order(s))) {
                migratepages.addLast(pfn);
                nrMigratepages += step;
                nr += step;
            }
            pfn += step;
        }
        isolated += nr;
        migratePfn = pfn;
    }

    /** skip_isolation_on_order(): folios of the target order or above, or pageblock-sized, stay. */
    private boolean skipIsolationOnOrder(int folioOrder) {
        if (order >= 0 && folioOrder >= order) {
            return true;
        }
        return folioOrder >= ctx.pageblockOrder;
    }

    /** migrate_pages() with compaction_alloc(); false on -ENOMEM before the scanners met. */
    private boolean migratePages() {
        ZoneMem m = z.mem;
        while (!migratepages.isEmpty() && budget != 0) {
            int src = migratepages.peekFirst();
            int s = src - m.base;
            int ord = m.order(s);
            int dst = compactionAlloc(ord);
            if (dst < 0) {
                return (freePfn >> ctx.pageblockOrder) <= (migratePfn >> ctx.pageblockOrder);
            }
            migratepages.pollFirst();
            nrMigratepages -= 1L << ord;
            moveTo(src, dst, ord, m.kind(s));
        }
        return true;
    }

    /**
     * Moves an isolated source of {@code ord} and {@code kind} to its target {@code dst}: the target
     * takes its state (page cache goes on the node's LRU), listeners and ASI see the copy, and the
     * source's last reference goes (freed like any page, to this cpu's lists); one success counted.
     */
    private void moveTo(int src, int dst, int ord, int kind) {
        ZoneMem m = z.mem;
        m.setState(dst - m.base, kind, ord, true);
        if (kind == ZoneMem.K_CACHE) {
            nodes[z.nid].lru.addLast(dst);
        }
        m.setState(src - m.base, ZoneMem.K_ALLOC, ord, false);
        if (ctx.asi != null) {
            ctx.asi.migrated(src, dst, ord);
        }
        ctx.listener.migrate(src, dst, ord);
        freePath.free(z, cpu, src, ord);
        if (budget > 0) {
            budget = Math.max(0, budget - (1L << ord));
        }
        ctx.count(VmEvent.PGMIGRATE_SUCCESS, 1L << ord);
        ctx.charge(CostModel.Op.MIGRATE, 1L << ord);
    }

    private void putbackMigratepages() {
        migratepages.clear();
        nrMigratepages = 0;
    }

    /** compaction_alloc(): smallest isolated free block of at least {@code ord}, split as needed. */
    private int compactionAlloc(int ord) {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (int o = ord; o < NR_PAGE_ORDERS; o++) {
                if (!freepages[o].isEmpty()) {
                    int pfn = freepages[o].pollFirst();
                    nrFreepages -= 1L << o;
                    while (o > ord) {
                        o--;
                        z.mem.setState(pfn + (1 << o) - z.mem.base, ZoneMem.K_ALLOC, o, false);
                        freepages[o].addFirst(pfn + (1 << o));
                        nrFreepages += 1L << o;
                    }
                    return pfn;
                }
            }
            if (kernel) {
                if (attempt == 0) {
                    isolateFreepagesKernel(); // once per compaction_alloc()
                }
            } else {
                isolateFreepages(ord);
            }
        }
        return -1;
    }

    /** isolate_freepages(): walks pageblocks downward until enough pages are isolated. */
    private void isolateFreepages(int ord) {
        int lowLimit = z.blockStart(migratePfn) + ctx.pageblockNrPages;
        int blockStart = freePfn;
        int target = order > 0 ? order : ctx.pageblockOrder;
        long needed = Math.max(nrMigratepages, 1L << ord);
        while (blockStart >= lowLimit && blockStart >= z.startPfn) {
            int blockEnd = Math.min(blockStart + ctx.pageblockNrPages, z.endPfn());
            int first = Math.max(blockStart, z.startPfn);
            if (suitableTarget(first, target) && isolateFreepagesBlock(first, blockEnd, needed)) {
                break; // enough isolated part-way through this block: resume here next time
            }
            blockStart -= ctx.pageblockNrPages;
            if (nrFreepages >= needed) {
                break;
            }
        }
        freePfn = blockStart;
    }

    /** suitable_migration_target() */
    private boolean suitableTarget(int pfn, int target) {
        ZoneMem m = z.mem;
        int h = Buddy.headCovering(m, pfn);
        int s = h - m.base;
        if (m.kind(s) == ZoneMem.K_BUDDY && m.order(s) >= target) {
            return false;
        }
        return ignoreBlockSuitable || ctx.types.isMovable(z.blockMt(pfn, ctx.isolate));
    }

    /**
     * isolate_freepages_block() (non-strict) with __isolate_free_page()'s watermark check; returns true
     * when it stopped early because {@code needed} pages are isolated.
     */
    private boolean isolateFreepagesBlock(int start, int end, long needed) {
        ZoneMem m = z.mem;
        int pfn = start;
        while (pfn < end) {
            int s = pfn - m.base;
            int step = Buddy.blockStep(m, s);
            freeScanned += 1;
            if (m.kind(s) == ZoneMem.K_BUDDY) {
                int o = m.order(s);
                if (!isolateFreePage(pfn, o)) {
                    return false;
                }
                freepages[o].addLast(pfn);
                nrFreepages += 1L << o;
                isolated += 1L << o;
                if (nrFreepages >= needed) {
                    return true;
                }
            }
            pfn += step;
        }
        return false;
    }

    /**
     * __isolate_free_page() of the free block at {@code pfn}: false when the zone would fall below
     * its min watermark; blocks of at least half a pageblock turn their pageblocks MOVABLE.
     */
    private boolean isolateFreePage(int pfn, int o) {
        ZoneMem m = z.mem;
        int mt = z.blockMt(pfn, ctx.isolate);
        long mark = z.watermark[Zone.WMARK_MIN] + (1L << o);
        if (mt != ctx.isolate && !wm.zoneWatermarkOk(z, 0, mark, 0, AllocFlags.ALLOC_CMA)) {
            return false;
        }
        buddy.delFromFreeListAccount(z, pfn, o, mt);
        m.setState(pfn - m.base, ZoneMem.K_ALLOC, o, false);
        if (ctx.unaccepted != null) {
            ctx.unaccepted.postAlloc(z, pfn, o); // split_map_pages() -> post_alloc_hook()
        }
        if (o >= ctx.pageblockOrder - 1) {
            for (int p = pfn; p < pfn + (1 << o); p += ctx.pageblockNrPages) {
                int bmt = z.blockMt(p, ctx.isolate);
                if (bmt != ctx.isolate && bmt != ctx.cma && ctx.types.mergeable(bmt)) {
                    buddy.moveFreepagesBlockChecked(z, p, bmt, ctx.movable);
                }
            }
        }
        return true;
    }

    /** release_free_list(): isolated free blocks go back to the buddy lists; the highest pfn, 0 for none. */
    private int releaseFreepages() {
        int high = 0;
        for (int o = 0; o < NR_PAGE_ORDERS; o++) {
            IntDeque q = freepages[o];
            while (!q.isEmpty()) {
                int pfn = q.pollFirst();
                high = Math.max(high, pfn);
                freePath.splitLargeBuddy(z, pfn, o, false);
            }
        }
        nrFreepages = 0;
        return high;
    }

    // ---- compaction_search = kernel ----------------------------------------------------------

    /** compact_zone()'s set-up of the scanners, with compaction_restarting()'s hint reset. */
    private void startKernel(Zone zone, boolean wholeZone) {
        ignoreSkipHint = wholeZone;
        if (order >= 0 && order >= zone.compactOrderFailed
                && zone.compactDeferShift == Compaction.COMPACT_MAX_DEFER_SHIFT
                && zone.compactConsidered >= 1 << zone.compactDeferShift) {
            SkipHints.reset(zone, ctx.movable);
        }
        fastStartPfn = 0;
        searchOrder = order;
        fastSearchFail = 0;
        finishPageblock = false;
        inIteration = false;
        boolean sync = !async;
        int start = zone.startPfn;
        int end = zone.endPfn();
        if (wholeZone) {
            migratePfn = start;
            freePfn = zone.blockStart(end - 1);
        } else {
            migratePfn = sync ? zone.compactCachedMigratePfnSync : zone.compactCachedMigratePfn;
            freePfn = zone.compactCachedFreePfn;
            if (freePfn < start || freePfn >= end) {
                freePfn = zone.blockStart(end - 1);
                zone.compactCachedFreePfn = freePfn;
            }
            if (migratePfn < start || migratePfn >= end) {
                migratePfn = start;
                zone.compactCachedMigratePfn = start;
                zone.compactCachedMigratePfnSync = start;
            }
            if (migratePfn <= zone.compactInitMigratePfn) {
                wholeZone = true;
            }
        }
        wholeZoneRun = wholeZone;
        updateCached = !sync && zone.compactCachedMigratePfn == zone.compactCachedMigratePfnSync;
    }

    /** The compact_zone() loop as the kernel's; a budget running out pauses it with its pages kept. */
    private int loopKernel(Compaction policy) {
        int ret;
        while (true) {
            if (!inIteration) {
                ret = policy.compactFinished(z, order, migratetype, migratePfn, freePfn, wholeZoneRun, direct);
                if (ret != Compaction.COMPACT_CONTINUE) {
                    break;
                }
                if (budget == 0) {
                    paused = true;
                    return Compaction.COMPACT_PAUSED;
                }
                finishPageblock = z.blockStart(lastMigratedPfn) == z.blockStart(migratePfn);
                if (!isolateIteration()) {
                    checkDrain();
                    continue;
                }
            }
            int r = migratePagesKernel();
            if (r == OUT_OF_BUDGET) {
                paused = true;
                return Compaction.COMPACT_PAUSED;
            }
            inIteration = false;
            if (r == NO_TARGET) {
                putbackMigratepages();
                if (!scannersMet()) {
                    ret = Compaction.COMPACT_CONTENDED;
                    break;
                }
                if ((migratePfn & (ctx.pageblockNrPages - 1)) != 0 && !ignoreSkipHint && !finishPageblock
                        && order >= 0) {
                    // rescan the rest of the pageblock so that it is marked skip
                    finishPageblock = true;
                    if (order == Orders.HPAGE_PMD_ORDER) {
                        lastMigratedPfn = 0;
                    }
                    if (!isolateIteration()) {
                        checkDrain();
                    }
                    continue;
                }
            }
            if (ctx.capturedPfn >= 0) {
                ret = Compaction.COMPACT_SUCCESS;
                break;
            }
            checkDrain();
        }
        return finishKernel(ret);
    }

    /** isolate_migratepages() and its ISOLATE_NONE/SUCCESS handling; true when pages wait for migration. */
    private boolean isolateIteration() {
        if (isolateMigratepagesKernel() == ISOLATE_NONE) {
            if (updateCached) {
                z.compactCachedMigratePfnSync = z.compactCachedMigratePfn;
            }
            return false;
        }
        updateCached = false;
        lastMigratedPfn = Math.max(z.startPfn, z.blockStart(migratePfn - 1));
        inIteration = true;
        return true;
    }

    /** compact_zone()'s check_drain: drain this cpu's lists once the scanner left the order-aligned block. */
    private void checkDrain() {
        if (order > 0 && lastMigratedPfn != 0) {
            int currentBlockStart = migratePfn & -(1 << order);
            if (lastMigratedPfn < currentBlockStart) {
                freePath.drainLocal(z, cpu);
                lastMigratedPfn = 0;
            }
        }
    }

    private boolean scannersMet() {
        return (freePfn >> ctx.pageblockOrder) <= (migratePfn >> ctx.pageblockOrder);
    }

    private int finishKernel(int ret) {
        while (!targets.isEmpty()) {
            int dst = targets.pollFirst();
            int o = targetOrders.pollFirst();
            if (dst >= 0) {
                freepages[o].addLast(dst);
                nrFreepages += 1L << o;
            }
        }
        putbackMigratepages();
        inIteration = false;
        if (nrFreepages > 0) {
            int high = z.blockStart(releaseFreepages());
            if (high > z.compactCachedFreePfn) {
                z.compactCachedFreePfn = high; // only go back, not forward
            }
        }
        lastMigrateScanned = migrateScanned;
        lastFreeScanned = freeScanned;
        ctx.count(VmEvent.COMPACT_MIGRATE_SCANNED, migrateScanned);
        ctx.count(VmEvent.COMPACT_FREE_SCANNED, freeScanned);
        ctx.count(VmEvent.COMPACT_ISOLATED, isolated);
        ctx.charge(CostModel.Op.COMPACT_SCAN, migrateScanned + freeScanned);
        return ret;
    }

    /**
     * migrate_pages() as migrate_pages_batch() does it for the isolated list (last isolated first):
     * first a target for every source (compaction_alloc() in the unmap phase, so the free scanner
     * runs before any source of the batch is freed; it stops at the first source without one),
     * then the moves, each freeing its source. A paced run whose budget is spent pauses between
     * moves with its targets held; a source freed meanwhile gives its target back.
     */
    private int migratePagesKernel() {
        ZoneMem m = z.mem;
        if (targets.isEmpty() && !migratepages.isEmpty()) {
            batchWithoutTarget = false;
            for (int i = 0; i < migratepages.size(); i++) {
                int s = migratepages.get(i) - m.base;
                int ord = m.order(s);
                int kind = m.kind(s);
                if ((kind != ZoneMem.K_ALLOC && kind != ZoneMem.K_CACHE) || !m.movable(s)) {
                    targets.addLast(-1);
                    targetOrders.addLast(0);
                    nrMigratepages = Math.max(0, nrMigratepages - (1L << ord));
                    continue;
                }
                int dst = compactionAlloc(ord);
                if (dst < 0) {
                    batchWithoutTarget = true;
                    break;
                }
                nrMigratepages -= 1L << ord;
                targets.addLast(dst);
                targetOrders.addLast(ord);
            }
        }
        while (!targets.isEmpty()) {
            int dst = targets.peekFirst();
            int src = migratepages.peekFirst();
            int s = src - m.base;
            int ord = targetOrders.peekFirst();
            int kind = m.kind(s);
            if (dst >= 0 && ((kind != ZoneMem.K_ALLOC && kind != ZoneMem.K_CACHE) || !m.movable(s)
                    || m.order(s) != ord)) {
                freepages[ord].addFirst(dst); // the source was freed while the run was paused
                nrFreepages += 1L << ord;
                dst = -1;
            }
            if (dst < 0) {
                targets.pollFirst();
                targetOrders.pollFirst();
                migratepages.pollFirst();
                continue;
            }
            if (budget == 0) {
                return OUT_OF_BUDGET;
            }
            targets.pollFirst();
            targetOrders.pollFirst();
            migratepages.pollFirst();
            moveTo(src, dst, ord, kind);
        }
        return batchWithoutTarget ? NO_TARGET : MIGRATED;
    }

    /** isolation_suitable() */
    private boolean isolationSuitable(int pfn) {
        return ignoreSkipHint || !SkipHints.skip(z, pfn);
    }

    /** test_and_set_skip() */
    private boolean testAndSetSkip(int pfn) {
        if (ignoreSkipHint) {
            return false;
        }
        boolean skip = SkipHints.skip(z, pfn);
        if (!skip) {
            SkipHints.set(z, pfn);
        }
        return skip;
    }

    /** update_cached_migrate(): pageblock_end_pfn(pfn), i.e. the block after {@code pfn}'s. */
    private void updateCachedMigrate(int pfn) {
        int end = z.blockStart(pfn) + ctx.pageblockNrPages;
        if (end > z.compactCachedMigratePfn) {
            z.compactCachedMigratePfn = end;
        }
        if (!async && end > z.compactCachedMigratePfnSync) {
            z.compactCachedMigratePfnSync = end;
        }
    }

    /** update_pageblock_skip() */
    private void updatePageblockSkip(int blockPfn, int pfn) {
        SkipHints.set(z, blockPfn);
        if (pfn < z.compactCachedFreePfn) {
            z.compactCachedFreePfn = pfn;
        }
    }

    /** suitable_migration_source() (the block's first page) plus the engine's refusal of isolated blocks. */
    private boolean suitableSourceKernel(int blockPfn) {
        if (SkipHints.persistent(z, blockPfn) || z.blockMt(blockPfn, ctx.isolate) == ctx.isolate) {
            return false;
        }
        return suitableSource(blockPfn);
    }

    /** freelist_scan_limit() */
    private int scanLimit() {
        return (COMPACT_CLUSTER_MAX >> Math.min(31, fastSearchFail)) + 1;
    }

    /** move_freelist_tail(): the entries up to {@code s} go behind the rest. */
    private void moveFreelistTail(int s, int o) {
        int next = z.mem.nextInList(s);
        if (next != ZoneMem.NIL) {
            z.mem.rotateToHead(next, o, ctx.movable);
        }
    }

    /** fast_find_migrateblock(): a source block with free pages of orders cc->order - 1 .. costly. */
    private int fastFindMigrateblock() {
        int pfn = migratePfn;
        if (ignoreSkipHint || finishPageblock) {
            return pfn;
        }
        if (pfn != z.startPfn && pfn != z.blockStart(pfn)) {
            return pfn;
        }
        int costly = ctx.sysctl.costlyOrder;
        if (order <= costly || (direct && migratetype != ctx.movable)) {
            return pfn;
        }
        long distance = ((long) freePfn - migratePfn) >> 1;
        if (migratePfn != z.startPfn) {
            distance >>= 2;
        }
        int highPfn = z.blockStart((int) (migratePfn + distance));
        int limit = scanLimit();
        int nrScanned = 0;
        boolean found = false;
        ZoneMem m = z.mem;
        for (int o = order - 1; o >= costly && !found && nrScanned < limit; o--) {
            if (m.nrFree[o] == 0) {
                continue;
            }
            for (int s = m.first(o, ctx.movable); s != ZoneMem.NIL; s = m.nextInList(s)) {
                if (nrScanned++ >= limit) {
                    moveFreelistTail(s, o);
                    break;
                }
                int fp = s + m.base;
                if (fp < highPfn) {
                    if (SkipHints.skip(z, fp)) {
                        continue;
                    }
                    moveFreelistTail(s, o);
                    if (fastStartPfn != FAST_START_DONE) {
                        fastStartPfn = fastStartPfn == 0 ? fp : Math.min(fastStartPfn, fp);
                    }
                    pfn = Math.max(z.blockStart(fp), z.startPfn);
                    fastSearchFail = 0;
                    found = true;
                    break;
                }
            }
        }
        migrateScanned += nrScanned;
        if (!found) {
            fastSearchFail++;
            if (fastStartPfn != 0 && fastStartPfn != FAST_START_DONE) {
                migratePfn = fastStartPfn; // reinit_migrate_pfn()
                fastStartPfn = FAST_START_DONE;
            }
            pfn = migratePfn;
        }
        return pfn;
    }

    /** isolate_migratepages(): the first suitable block from the fast search's or the scanner's pfn. */
    private int isolateMigratepagesKernel() {
        int low = fastFindMigrateblock();
        boolean fastFindBlock = low != migratePfn && fastSearchFail == 0;
        int blockEnd = z.blockStart(low) + ctx.pageblockNrPages;
        for (; blockEnd <= freePfn; fastFindBlock = false, migratePfn = low = blockEnd,
                blockEnd += ctx.pageblockNrPages) {
            int blockStart = Math.max(blockEnd - ctx.pageblockNrPages, z.startPfn);
            if (blockEnd > z.endPfn()) {
                continue; // pageblock_pfn_to_page(): the block leaves the zone
            }
            if (((low & (ctx.pageblockNrPages - 1)) == 0 || low == z.startPfn) && !fastFindBlock
                    && !isolationSuitable(low)) {
                continue;
            }
            if (!suitableSourceKernel(blockStart)) {
                updateCachedMigrate(blockEnd);
                continue;
            }
            isolateMigratepagesBlock(low, blockEnd);
            break;
        }
        return nrMigratepages > 0 ? ISOLATE_SUCCESS : ISOLATE_NONE;
    }

    /** isolate_migratepages_block() for compaction: LRU pages of [low, end), at most a cluster. */
    private void isolateMigratepagesBlock(int low, int end) {
        ZoneMem m = z.mem;
        migratePfn = low;
        int start = low;
        long nrScanned = 0;
        long nrIsolated = 0;
        boolean validPage = false;
        boolean skipUpdated = false;
        boolean skipOnFailure = direct && async && order > 0;
        int nextSkipPfn = skipOnFailure ? alignUp(low + 1, order) : 0;
        boolean aborted = false;
        for (; low < end; low++) {
            if (skipOnFailure && low >= nextSkipPfn) {
                if (nrIsolated > 0) {
                    break;
                }
                nextSkipPfn = alignUp(low + 1, order);
            }
            nrScanned++;
            if (!validPage && ((low & (ctx.pageblockNrPages - 1)) == 0 || low == z.startPfn)) {
                if (!isolationSuitable(low)) {
                    low = end;
                    aborted = true;
                    break;
                }
                validPage = true;
            }
            int s = low - m.base;
            int k = m.kind(s);
            int fo = m.order(s);
            if (k == ZoneMem.K_BUDDY) {
                if (fo > 0) {
                    low += (1 << fo) - 1;
                    nrScanned += (1 << fo) - 1;
                }
                continue;
            }
            boolean held = k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE;
            boolean isolatedHere = false;
            if (held && fo > 0 && skipIsolationOnOrder(fo)) {
                low += (1 << fo) - 1;
                nrScanned += (1 << fo) - 1;
            } else if (held && m.movable(s)) {
                if (!skipUpdated && validPage) {
                    skipUpdated = true;
                    if (testAndSetSkip(start) && !finishPageblock) {
                        low = end;
                        aborted = true;
                        break;
                    }
                }
                migratepages.addFirst(low);
                low += (1 << fo) - 1;
                nrMigratepages += 1L << fo;
                nrIsolated += 1L << fo;
                nrScanned += (1 << fo) - 1;
                isolatedHere = true;
                if (nrMigratepages >= COMPACT_CLUSTER_MAX && !finishPageblock) {
                    ++low;
                    break;
                }
            }
            if (isolatedHere || !skipOnFailure) {
                continue;
            }
            if (nrIsolated > 0) {
                putbackMigratepages();
                nrIsolated = 0;
            }
            if (low < nextSkipPfn) {
                low = nextSkipPfn - 1;
                nextSkipPfn += 1 << order;
            }
        }
        if (!aborted && low > end) {
            low = end;
        }
        if (low == end && (nrIsolated == 0 || finishPageblock)) {
            if (validPage && !skipUpdated) {
                SkipHints.set(z, start);
            }
            updateCachedMigrate(low);
        }
        migrateScanned += nrScanned;
        isolated += nrIsolated;
        migratePfn = low;
    }

    /** block_end_pfn(pfn - 1, order): {@code pfn} rounded up to a multiple of 2^order. */
    private static int alignUp(int pfn, int ord) {
        return (pfn + (1 << ord) - 1) & -(1 << ord);
    }

    /** isolate_freepages(): the fast search, else a walk down from the free scanner's pfn. */
    private void isolateFreepagesKernel() {
        fastIsolateFreepages();
        if (nrFreepages > 0) {
            return;
        }
        int isolateStart = freePfn;
        int blockStart = z.blockStart(isolateStart);
        int blockEnd = Math.min(blockStart + ctx.pageblockNrPages, z.endPfn());
        int lowPfn = z.blockStart(migratePfn) + ctx.pageblockNrPages;
        int stride = async ? COMPACT_CLUSTER_MAX : 1;
        int target = order > 0 ? order : ctx.pageblockOrder;
        int[] pos = new int[1];
        for (; blockStart >= lowPfn; blockEnd = blockStart, blockStart -= ctx.pageblockNrPages,
                isolateStart = blockStart) {
            if (blockStart < z.startPfn) {
                continue;
            }
            if (!suitableTarget(blockStart, target) || !isolationSuitable(blockStart)) {
                continue;
            }
            pos[0] = isolateStart;
            long nr = isolateFreepagesBlockKernel(pos, blockEnd, stride);
            isolateStart = pos[0];
            if (isolateStart == blockEnd) {
                updatePageblockSkip(blockStart, blockStart - ctx.pageblockNrPages);
            }
            if (nrFreepages >= nrMigratepages) {
                if (isolateStart >= blockEnd) {
                    isolateStart = blockStart - ctx.pageblockNrPages;
                }
                break;
            } else if (isolateStart < blockEnd) {
                break;
            }
            stride = nr > 0 ? 1 : Math.min(COMPACT_CLUSTER_MAX, stride << 1);
        }
        freePfn = isolateStart;
    }

    /**
     * isolate_freepages_block() (non-strict) from {@code pos[0]} to {@code end} in steps of
     * {@code stride}; {@code pos[0]} is left where it stopped. Returns the pages isolated.
     */
    private long isolateFreepagesBlockKernel(int[] pos, int end, int stride) {
        ZoneMem m = z.mem;
        int pfn = pos[0];
        long nrScanned = 0;
        long total = 0;
        for (; pfn < end; pfn += stride) {
            nrScanned++;
            int s = pfn - m.base;
            int k = m.kind(s);
            int o = m.order(s);
            if ((k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE) && o > 0) {
                if (pfn + (1 << o) <= end) {
                    pfn += (1 << o) - 1;
                    nrScanned += (1 << o) - 1;
                }
                continue;
            }
            if (k != ZoneMem.K_BUDDY) {
                continue;
            }
            if (!isolateFreePage(pfn, o)) {
                break;
            }
            int n = 1 << o;
            nrScanned += n - 1;
            total += n;
            nrFreepages += n;
            freepages[o].addLast(pfn);
            if (nrMigratepages <= nrFreepages) {
                pfn += n;
                break;
            }
            pfn += n - 1;
        }
        pos[0] = Math.min(pfn, end);
        freeScanned += nrScanned;
        isolated += total;
        return total;
    }

    /** next_search_order(): round robin below cc->order; -1 once it wrapped to where it started. */
    private int nextSearchOrder(int o) {
        o--;
        if (o < 0) {
            o = order - 1;
        }
        if (o == searchOrder) {
            searchOrder--;
            if (searchOrder < 0) {
                searchOrder = order - 1;
            }
            return -1;
        }
        return o;
    }

    /**
     * fast_isolate_freepages(): takes a free block from the tail of a MOVABLE free list that lies
     * in the top quarter of the scan space (else the top half, else, at the start of a scan, the
     * highest block seen), then isolates around it in its pageblock.
     */
    private void fastIsolateFreepages() {
        if (order <= 0) {
            return;
        }
        ZoneMem m = z.mem;
        int limit = Math.max(1, scanLimit() >> 1);
        long nrScanned = 0;
        int highest = 0;
        boolean scanStart = false;
        if (freePfn >= z.compactInitFreePfn) {
            limit = ctx.pageblockNrPages >> 1;
            scanStart = true;
        }
        long distance = (long) freePfn - migratePfn;
        int lowPfn = z.blockStart((int) (freePfn - (distance >> 2)));
        int minPfn = z.blockStart((int) (freePfn - (distance >> 1)));
        if (minPfn > lowPfn) {
            lowPfn = minPfn;
        }
        searchOrder = Math.min(order - 1, searchOrder);
        int page = -1;
        for (int o = searchOrder; page < 0 && o >= 0; o = nextSearchOrder(o)) {
            if (m.nrFree[o] == 0) {
                continue;
            }
            int orderScanned = 0;
            int highPfn = 0;
            int s;
            for (s = m.last(o, ctx.movable); s != ZoneMem.NIL; s = m.prevInList(s)) {
                orderScanned++;
                nrScanned++;
                int pfn = s + m.base;
                if (pfn >= highest) {
                    highest = Math.max(z.blockStart(pfn), z.startPfn);
                }
                if (pfn >= lowPfn) {
                    fastSearchFail = 0;
                    searchOrder = o;
                    page = pfn;
                    break;
                }
                if (pfn >= minPfn && pfn > highPfn) {
                    highPfn = pfn;
                    limit >>= 1;
                }
                if (orderScanned >= limit) {
                    break;
                }
            }
            if (page < 0 && highPfn != 0) {
                page = highPfn;
                s = highPfn - m.base;
            }
            if (s != ZoneMem.NIL) {
                m.rotateToHead(s, o, ctx.movable); // move_freelist_head()
            }
            if (page >= 0) {
                if (isolateFreePage(page, o)) {
                    int n = 1 << o;
                    nrScanned += n - 1;
                    nrFreepages += n;
                    isolated += n;
                    freepages[o].addLast(page);
                } else {
                    o = searchOrder + 1;
                    page = -1;
                }
            }
            if (nrFreepages >= nrMigratepages) {
                break;
            }
            if (orderScanned >= limit) {
                limit = Math.max(1, limit >> 1);
            }
        }
        if (page < 0) {
            fastSearchFail++;
            if (scanStart) {
                if (highest >= minPfn) {
                    page = highest;
                    freePfn = highest;
                } else if (direct && z.spans(minPfn)) {
                    boolean inZone = z.spans(Math.min(minPfn + ctx.pageblockNrPages, z.endPfn()) - 1);
                    page = inZone && suitableTarget(minPfn, order > 0 ? order : ctx.pageblockOrder) ? minPfn : -1;
                    freePfn = minPfn;
                }
            }
        }
        if (highest != 0 && highest >= z.compactCachedFreePfn) {
            z.compactCachedFreePfn = highest - ctx.pageblockNrPages;
        }
        freeScanned += nrScanned;
        if (page >= 0) {
            fastIsolateAround(page);
        }
    }

    /** fast_isolate_around(): the rest of the pageblock of {@code pfn}, marked skip when scanned to its end. */
    private void fastIsolateAround(int pfn) {
        if (nrFreepages >= nrMigratepages || (direct && async)) {
            return;
        }
        int start = Math.max(z.blockStart(pfn), z.startPfn);
        int end = Math.min(z.blockStart(pfn) + ctx.pageblockNrPages, z.endPfn());
        int[] pos = {start};
        isolateFreepagesBlockKernel(pos, end, 1);
        if (pos[0] == end) {
            SkipHints.set(z, start);
        }
    }
}
