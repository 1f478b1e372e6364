package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;

import mmlens.engine.CostModel;
import mmlens.engine.VmEvent;

/**
 * compact_zone(): the migrate scanner walks pageblocks upward from the zone start isolating movable
 * blocks (isolate_migratepages_block), the free scanner walks pageblocks downward from the zone end
 * isolating free blocks (isolate_freepages_block), migrate_pages() moves each movable block into an
 * isolated free block, and the sources are freed. Simplifications: no pageblock skip hints, no fast
 * free/migrate search, no capture_control, migration never fails for an isolated block.
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
        return loop(policy);
    }

    /** Ends a paused run where it stands (another compaction needs the scanner state). */
    private void abandonPaused() {
        if (paused) {
            paused = false;
            finish(Compaction.COMPACT_CONTENDED);
        }
    }

    /** The compact_zone() loop; a budget running out pauses it with its isolated pages kept. */
    private int loop(Compaction policy) {
        int ret;
        while (true) {
            if (migratepages.isEmpty()) {
                ret = policy.compactFinished(z, order, migratetype, migratePfn, freePfn, wholeZoneRun);
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
            int kind = m.kind(s);
            m.setState(dst - m.base, kind, ord, true);
            if (kind == ZoneMem.K_CACHE) {
                nodes[z.nid].lru.addLast(dst);
            }
            m.setState(s, ZoneMem.K_ALLOC, ord, false);
            if (ctx.asi != null) {
                ctx.asi.migrated(src, dst, ord);
            }
            ctx.listener.migrate(src, dst, ord);
            // the source's last reference goes: freed like any page, to this cpu's lists
            freePath.free(z, cpu, src, ord);
            if (budget > 0) {
                budget = Math.max(0, budget - (1L << ord));
            }
            ctx.count(VmEvent.PGMIGRATE_SUCCESS, 1L << ord);
            ctx.charge(CostModel.Op.MIGRATE, 1L << ord);
        }
        return true;
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
            isolateFreepages(ord);
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
                int mt = z.blockMt(pfn, ctx.isolate);
                long mark = z.watermark[Zone.WMARK_MIN] + (1L << o);
                if (mt != ctx.isolate && !wm.zoneWatermarkOk(z, 0, mark, 0, AllocFlags.ALLOC_CMA)) {
                    return false;
                }
                buddy.delFromFreeListAccount(z, pfn, o, mt);
                m.setState(s, ZoneMem.K_ALLOC, o, false);
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

    /** release_free_list(): isolated free blocks go back to the buddy lists. */
    private void releaseFreepages() {
        for (int o = 0; o < NR_PAGE_ORDERS; o++) {
            IntDeque q = freepages[o];
            while (!q.isEmpty()) {
                int pfn = q.pollFirst();
                freePath.splitLargeBuddy(z, pfn, o, false);
            }
        }
        nrFreepages = 0;
    }
}
