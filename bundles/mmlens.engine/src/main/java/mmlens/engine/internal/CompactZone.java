package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

import mmlens.engine.CostModel;
import mmlens.engine.VmEvent;

/**
 * compact_zone(): the migrate scanner walks pageblocks upward from the zone start isolating movable
 * blocks (isolate_migratepages_block), the free scanner walks pageblocks downward from the zone end
 * isolating free blocks (isolate_freepages_block), migrate_pages() moves each movable block into an
 * isolated free block, and the sources are freed. This class holds the run's entry points, the
 * migration step both searches share (compaction_alloc(), the move of one page,
 * __isolate_free_page(), release of unused targets) and {@code compaction_search = linear}, the
 * plain walk: no hints, no fast searches, scanner positions cached at the end of each run. With
 * {@code compaction_search = kernel} the scanners search as the kernel's do
 * ({@link KernelCompaction}, {@link KernelFreeScanner}). Both: no too_many_isolated() throttling,
 * migration never fails for an isolated page. The run's state is a {@link CompactControl}.
 */
public final class CompactZone {
    private final EngineContext ctx;
    private final Buddy buddy;
    private final Watermark wm;
    private final Node[] nodes;
    private FreePath freePath;
    private final CompactControl cc = new CompactControl();
    private final KernelCompaction kernelSearch;
    private final KernelFreeScanner kernelFree;
    /** cc->total_migrate_scanned and cc->total_free_scanned of the last run. */
    long lastMigrateScanned;
    long lastFreeScanned;

    public CompactZone(EngineContext ctx, Buddy buddy, Watermark wm, Node[] nodes) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.wm = wm;
        this.nodes = nodes;
        this.kernelFree = new KernelFreeScanner(ctx, cc, this);
        this.kernelSearch = new KernelCompaction(ctx, cc, this);
    }

    public void wire(FreePath freePath) {
        this.freePath = freePath;
    }

    /** Limits the next runs to {@code pages} migrated pages in all; negative lifts the limit. */
    void setBudget(long pages) {
        cc.budget = pages;
    }

    /**
     * With {@code on}, a paced kernel-search run whose budget is spent still isolates sources
     * and takes their targets; it pauses before its next move ({@link KernelCompaction}).
     */
    void setScanAhead(boolean on) {
        cc.scanAhead = on;
    }

    /** drain_local_pages() of one cpu's lists of the zone. */
    void drainLocal(Zone zone, int onCpu) {
        freePath.drainLocal(zone, onCpu);
    }

    int run(Compaction policy, Zone zone, int ord, int mt, boolean isAsync, boolean wholeZone, boolean isDirect,
            int allocFlags, int hz, int onCpu) {
        return run(policy, zone, ord, mt, isAsync, wholeZone, isDirect, false, onCpu);
    }

    /** compact_zone(); {@code proactive}: kcompactd's proactive compact_node() run (order -1, whole zone). */
    int run(Compaction policy, Zone zone, int ord, int mt, boolean isAsync, boolean wholeZone, boolean isDirect,
            boolean proactive, int onCpu) {
        abandonPaused();
        cc.start(zone, ord, mt, isAsync, isDirect, wholeZone, onCpu, !ctx.sysctl.compactionSearchLinear);
        cc.proactive = proactive;
        if (cc.kernel) {
            kernelSearch.start(zone, wholeZone);
            return kernelSearch.loop(policy);
        }
        int start = zone.startPfn;
        int end = zone.endPfn();
        if (wholeZone) {
            cc.migratePfn = start;
            cc.freePfn = zone.blockStart(end - 1);
        } else {
            cc.migratePfn = zone.compactCachedMigratePfn;
            cc.freePfn = zone.compactCachedFreePfn;
            if (cc.freePfn < start || cc.freePfn >= end) {
                cc.freePfn = zone.blockStart(end - 1);
            }
            if (cc.migratePfn < start || cc.migratePfn >= end) {
                cc.migratePfn = start;
            }
        }
        cc.wholeZoneRun = wholeZone;
        return loop(policy);
    }

    /** A paced run stopped by its budget and holding its isolated pages, waiting for {@link #resume}. */
    boolean paused() {
        return cc.paused;
    }

    /** Zone of the paused run. */
    Zone pausedZone() {
        return cc.z;
    }

    /** Goes on with the paused run (its isolated pages first). */
    int resume(Compaction policy) {
        cc.paused = false;
        return cc.kernel ? kernelSearch.loop(policy) : loop(policy);
    }

    /** Ends a paused run where it stands (another compaction needs the scanner state). */
    private void abandonPaused() {
        if (cc.paused) {
            cc.paused = false;
            if (cc.kernel) {
                kernelSearch.finish(Compaction.COMPACT_CONTENDED);
            } else {
                finish(Compaction.COMPACT_CONTENDED);
            }
        }
    }

    /** The compact_zone() loop; a budget running out pauses it with its isolated pages kept. */
    private int loop(Compaction policy) {
        int ret;
        while (true) {
            if (cc.migratepages.isEmpty()) {
                ret = policy.compactFinished(cc.z, cc.order, cc.migratetype, cc.migratePfn, cc.freePfn,
                        cc.wholeZoneRun, cc.direct, cc.proactive);
                if (ret != Compaction.COMPACT_CONTINUE) {
                    break;
                }
                if (cc.budget == 0) {
                    cc.paused = true;
                    return Compaction.COMPACT_PAUSED;
                }
                cc.blockFrom = cc.migratePfn;
                isolateMigratepages();
            }
            if (!cc.migratepages.isEmpty()) {
                if (cc.budget == 0) {
                    cc.paused = true;
                    return Compaction.COMPACT_PAUSED;
                }
                if (!migratePages()) {
                    ret = Compaction.COMPACT_CONTENDED;
                    break;
                }
                if (!cc.migratepages.isEmpty()) {
                    cc.paused = true; // the budget ran out part-way through the batch
                    return Compaction.COMPACT_PAUSED;
                }
                cc.lastMigratedPfn = cc.blockFrom;
                if (ctx.capturedPfn >= 0) {
                    ret = Compaction.COMPACT_SUCCESS;
                    break;
                }
            }
            checkDrain();
        }
        return finish(ret);
    }

    /**
     * compact_zone()'s check_drain: once the migrate scanner left the order-aligned block it last
     * migrated from, drain this cpu's lists so the freed sources merge (lru_add_drain_cpu_zone());
     * a replay may defer a kcompactd run's last one ({@link EngineContext#kcompactdLastDrainDeferred}).
     */
    void checkDrain() {
        if (cc.order > 0 && cc.lastMigratedPfn != 0) {
            int currentBlockStart = cc.migratePfn & -(1 << cc.order);
            if (cc.lastMigratedPfn < currentBlockStart) {
                if (!cc.direct && ctx.kcompactdLastDrainDeferred && cc.scannersMet()) {
                    ctx.deferredDrains.add(new EngineContext.DeferredDrain(cc.z, cc.cpu));
                } else {
                    freePath.drainLocal(cc.z, cc.cpu);
                }
                cc.lastMigratedPfn = 0;
            }
        }
    }

    private int finish(int ret) {
        cc.putbackMigratepages();
        releaseFreepages();
        if (ret != Compaction.COMPACT_COMPLETE && ret != Compaction.COMPACT_PARTIAL_SKIPPED) {
            cc.z.compactCachedMigratePfn = cc.migratePfn;
            cc.z.compactCachedFreePfn = cc.freePfn;
        }
        countScanned();
        return ret;
    }

    /** The run's scan and isolation counters go to vmstat and the cost model. */
    void countScanned() {
        lastMigrateScanned = cc.migrateScanned;
        lastFreeScanned = cc.freeScanned;
        ctx.count(VmEvent.COMPACT_MIGRATE_SCANNED, cc.migrateScanned);
        ctx.count(VmEvent.COMPACT_FREE_SCANNED, cc.freeScanned);
        ctx.count(VmEvent.COMPACT_ISOLATED, cc.isolated);
        ctx.charge(CostModel.Op.COMPACT_SCAN, cc.migrateScanned + cc.freeScanned);
    }

    /** suitable_migration_source() */
    boolean suitableSource(int pfn) {
        if (!cc.async || !cc.direct) {
            return true;
        }
        int blockMt = cc.z.blockMt(pfn, ctx.isolate);
        if (cc.migratetype == ctx.movable) {
            return ctx.types.isMovable(blockMt);
        }
        return blockMt == cc.migratetype;
    }

    /** isolate_migratepages(): scans one pageblock from migratePfn. */
    private void isolateMigratepages() {
        Zone z = cc.z;
        ZoneMem m = z.mem;
        int blockEnd = Math.min(z.blockStart(cc.migratePfn) + ctx.pageblockNrPages, z.endPfn());
        int pfn = cc.migratePfn;
        if (z.blockMt(pfn, ctx.isolate) == ctx.isolate || !suitableSource(pfn)) {
            cc.migratePfn = blockEnd;
            return;
        }
        if ((pfn & (ctx.pageblockNrPages - 1)) == 0) {
            int h = Buddy.headCovering(m, pfn);
            if (h != pfn) {
                cc.migratePfn = blockEnd;
                cc.migrateScanned += ctx.pageblockNrPages;
                return;
            }
        }
        long nr = 0;
        while (pfn < blockEnd && nr < CompactControl.COMPACT_CLUSTER_MAX) {
            int s = pfn - m.base;
            int k = m.kind(s);
            int step = Buddy.blockStep(m, s);
            cc.migrateScanned += step;
            if ((k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE) && m.movable(s)
                    && !skipIsolationOnOrder(m.order(s))) {
                cc.migratepages.addLast(pfn);
                cc.nrMigratepages += step;
                nr += step;
            }
            pfn += step;
        }
        cc.isolated += nr;
        cc.migratePfn = pfn;
    }

    /** skip_isolation_on_order(): folios of the target order or above, or pageblock-sized, stay. */
    boolean skipIsolationOnOrder(int folioOrder) {
        if (cc.order >= 0 && folioOrder >= cc.order) {
            return true;
        }
        return folioOrder >= ctx.pageblockOrder;
    }

    /** migrate_pages() with compaction_alloc(); false on -ENOMEM before the scanners met. */
    private boolean migratePages() {
        ZoneMem m = cc.z.mem;
        while (!cc.migratepages.isEmpty() && cc.budget != 0) {
            int src = cc.migratepages.peekFirst();
            int s = src - m.base;
            int ord = m.order(s);
            int dst = compactionAlloc(ord);
            if (dst < 0) {
                return cc.scannersMet();
            }
            cc.migratepages.pollFirst();
            cc.nrMigratepages -= 1L << ord;
            moveTo(src, dst, ord, m.kind(s));
        }
        return true;
    }

    /**
     * Moves an isolated source of {@code ord} and {@code kind} to its target {@code dst}: the target
     * takes its state (page cache goes on the node's LRU), listeners and ASI see the copy, and the
     * source's last reference goes (freed like any page, to this cpu's lists); one success counted.
     */
    void moveTo(int src, int dst, int ord, int kind) {
        Zone z = cc.z;
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
        freePath.free(z, cc.cpu, src, ord);
        if (cc.budget > 0) {
            cc.budget = Math.max(0, cc.budget - (1L << ord));
        }
        ctx.count(VmEvent.PGMIGRATE_SUCCESS, 1L << ord);
        ctx.charge(CostModel.Op.MIGRATE, 1L << ord);
    }

    /** compaction_alloc(): smallest isolated free block of at least {@code ord}, split as needed. */
    int compactionAlloc(int ord) {
        Zone z = cc.z;
        for (int attempt = 0; attempt < 2; attempt++) {
            for (int o = ord; o < NR_PAGE_ORDERS; o++) {
                if (!cc.freepages[o].isEmpty()) {
                    int pfn = cc.freepages[o].pollFirst();
                    cc.nrFreepages -= 1L << o;
                    if (o > ord) {
                        // the taken head keeps only 2^ord pages: a paused run holds it in this state
                        z.mem.setState(pfn - z.mem.base, z.mem.kind(pfn - z.mem.base), ord, z.mem.movable(pfn - z.mem.base));
                    }
                    while (o > ord) {
                        o--;
                        z.mem.setState(pfn + (1 << o) - z.mem.base, ZoneMem.K_ALLOC, o, false);
                        cc.freepages[o].addFirst(pfn + (1 << o));
                        cc.nrFreepages += 1L << o;
                    }
                    return pfn;
                }
            }
            if (cc.kernel) {
                if (attempt == 0) {
                    kernelFree.isolateFreepages(); // once per compaction_alloc()
                }
            } else {
                isolateFreepages(ord);
            }
        }
        return -1;
    }

    /** isolate_freepages(): walks pageblocks downward until enough pages are isolated. */
    private void isolateFreepages(int ord) {
        Zone z = cc.z;
        int lowLimit = z.blockStart(cc.migratePfn) + ctx.pageblockNrPages;
        int blockStart = cc.freePfn;
        int target = cc.order > 0 ? cc.order : ctx.pageblockOrder;
        long needed = Math.max(cc.nrMigratepages, 1L << ord);
        while (blockStart >= lowLimit && blockStart >= z.startPfn) {
            int blockEnd = Math.min(blockStart + ctx.pageblockNrPages, z.endPfn());
            int first = Math.max(blockStart, z.startPfn);
            if (suitableTarget(first, target) && isolateFreepagesBlock(first, blockEnd, needed)) {
                break; // enough isolated part-way through this block: resume here next time
            }
            blockStart -= ctx.pageblockNrPages;
            if (cc.nrFreepages >= needed) {
                break;
            }
        }
        cc.freePfn = blockStart;
    }

    /** suitable_migration_target() */
    boolean suitableTarget(int pfn, int target) {
        Zone z = cc.z;
        ZoneMem m = z.mem;
        int h = Buddy.headCovering(m, pfn);
        int s = h - m.base;
        if (m.kind(s) == ZoneMem.K_BUDDY && m.order(s) >= target) {
            return false;
        }
        return cc.ignoreBlockSuitable || ctx.types.isMovable(z.blockMt(pfn, ctx.isolate));
    }

    /**
     * isolate_freepages_block() (non-strict) with __isolate_free_page()'s watermark check; returns true
     * when it stopped early because {@code needed} pages are isolated.
     */
    private boolean isolateFreepagesBlock(int start, int end, long needed) {
        ZoneMem m = cc.z.mem;
        int pfn = start;
        while (pfn < end) {
            int s = pfn - m.base;
            int step = Buddy.blockStep(m, s);
            cc.freeScanned += 1;
            if (m.kind(s) == ZoneMem.K_BUDDY) {
                int o = m.order(s);
                if (!isolateFreePage(pfn, o)) {
                    return false;
                }
                cc.addFreepage(pfn, o);
                cc.isolated += 1L << o;
                if (cc.nrFreepages >= needed) {
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
    boolean isolateFreePage(int pfn, int o) {
        Zone z = cc.z;
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
    int releaseFreepages() {
        int high = 0;
        for (int o = 0; o < NR_PAGE_ORDERS; o++) {
            IntDeque q = cc.freepages[o];
            while (!q.isEmpty()) {
                int pfn = q.pollFirst();
                high = Math.max(high, pfn);
                freePath.splitLargeBuddy(cc.z, pfn, o, false);
            }
        }
        cc.nrFreepages = 0;
        return high;
    }
}
