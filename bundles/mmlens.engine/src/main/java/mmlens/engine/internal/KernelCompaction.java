package mmlens.engine.internal;

/**
 * compact_zone() with {@code compaction_search = kernel}: the run's set-up from the cached scanner
 * pfns (with compaction_restarting()'s skip-hint reset), the loop with its finish_pageblock
 * rescans and drains, the migrate scanner (fast_find_migrateblock(), isolate_migratepages(),
 * isolate_migratepages_block() with test_and_set_skip() and update_cached_migrate()) and
 * migrate_pages_batch()'s two phases over the isolated list, last isolated first (list_add()).
 * The free scanner is {@link KernelFreeScanner}; the shared migration step (compaction_alloc(),
 * the move of one page) is {@link CompactZone}'s. State: the run's {@link CompactControl}.
 */
final class KernelCompaction {
    private static final int ISOLATE_NONE = 0;
    private static final int ISOLATE_SUCCESS = 1;
    private static final int MIGRATED = 0;
    private static final int OUT_OF_BUDGET = 1;
    private static final int NO_TARGET = 2;

    private final EngineContext ctx;
    private final CompactControl cc;
    private final CompactZone zone;
    /** Targets of the batch in flight, one per source at the head of cc->migratepages (-1: none needed). */
    private final IntDeque targets = new IntDeque(64);
    private final IntDeque targetOrders = new IntDeque(64);
    /** The batch in flight found no target for a source (migrate_pages() returns -ENOMEM). */
    private boolean batchWithoutTarget;

    KernelCompaction(EngineContext ctx, CompactControl cc, CompactZone zone) {
        this.ctx = ctx;
        this.cc = cc;
        this.zone = zone;
    }

    /** compact_zone()'s set-up of the scanners, with compaction_restarting()'s hint reset. */
    void start(Zone z, boolean wholeZone) {
        cc.ignoreSkipHint = wholeZone;
        if (cc.order >= 0 && cc.order >= z.compactOrderFailed
                && z.compactDeferShift == Compaction.COMPACT_MAX_DEFER_SHIFT
                && z.compactConsidered >= 1 << z.compactDeferShift) {
            SkipHints.reset(z, ctx.movable);
        }
        cc.fastStartPfn = 0;
        cc.searchOrder = cc.order;
        cc.fastSearchFail = 0;
        cc.finishPageblock = false;
        cc.inIteration = false;
        boolean sync = !cc.async;
        int start = z.startPfn;
        int end = z.endPfn();
        if (wholeZone) {
            cc.migratePfn = start;
            cc.freePfn = z.blockStart(end - 1);
        } else {
            cc.migratePfn = sync ? z.compactCachedMigratePfnSync : z.compactCachedMigratePfn;
            cc.freePfn = z.compactCachedFreePfn;
            if (cc.freePfn < start || cc.freePfn >= end) {
                cc.freePfn = z.blockStart(end - 1);
                z.compactCachedFreePfn = cc.freePfn;
            }
            if (cc.migratePfn < start || cc.migratePfn >= end) {
                cc.migratePfn = start;
                z.compactCachedMigratePfn = start;
                z.compactCachedMigratePfnSync = start;
            }
            if (cc.migratePfn <= z.compactInitMigratePfn) {
                wholeZone = true;
            }
        }
        cc.wholeZoneRun = wholeZone;
        cc.updateCached = !sync && z.compactCachedMigratePfn == z.compactCachedMigratePfnSync;
    }

    /** The compact_zone() loop as the kernel's; a budget running out pauses it with its pages kept. */
    int loop(Compaction policy) {
        int ret;
        while (true) {
            if (!cc.inIteration) {
                ret = policy.compactFinished(cc.z, cc.order, cc.migratetype, cc.migratePfn, cc.freePfn,
                        cc.wholeZoneRun, cc.direct, cc.proactive);
                if (ret != Compaction.COMPACT_CONTINUE) {
                    break;
                }
                if (cc.budget == 0 && !cc.scanAhead) {
                    cc.paused = true;
                    return Compaction.COMPACT_PAUSED;
                }
                cc.finishPageblock = cc.z.blockStart(cc.lastMigratedPfn) == cc.z.blockStart(cc.migratePfn);
                if (!isolateIteration()) {
                    zone.checkDrain();
                    continue;
                }
            }
            int r = migratePages();
            if (r == OUT_OF_BUDGET) {
                cc.paused = true;
                return Compaction.COMPACT_PAUSED;
            }
            cc.inIteration = false;
            if (r == NO_TARGET) {
                cc.putbackMigratepages();
                if (!cc.scannersMet()) {
                    ret = Compaction.COMPACT_CONTENDED;
                    break;
                }
                if ((cc.migratePfn & (ctx.pageblockNrPages - 1)) != 0 && !cc.ignoreSkipHint
                        && !cc.finishPageblock && cc.order >= 0) {
                    // rescan the rest of the pageblock so that it is marked skip
                    cc.finishPageblock = true;
                    if (cc.order == Orders.HPAGE_PMD_ORDER) {
                        cc.lastMigratedPfn = 0;
                    }
                    if (!isolateIteration()) {
                        zone.checkDrain();
                    }
                    continue;
                }
            }
            if (ctx.capturedPfn >= 0) {
                ret = Compaction.COMPACT_SUCCESS;
                break;
            }
            zone.checkDrain();
        }
        return finish(ret);
    }

    /** isolate_migratepages() and its ISOLATE_NONE/SUCCESS handling; true when pages wait for migration. */
    private boolean isolateIteration() {
        Zone z = cc.z;
        if (isolateMigratepages() == ISOLATE_NONE) {
            if (cc.updateCached) {
                z.compactCachedMigratePfnSync = z.compactCachedMigratePfn;
            }
            return false;
        }
        cc.updateCached = false;
        cc.lastMigratedPfn = Math.max(z.startPfn, z.blockStart(cc.migratePfn - 1));
        cc.inIteration = true;
        return true;
    }

    /** The end of compact_zone(): targets held back go back, the free scanner's cached pfn only goes back. */
    int finish(int ret) {
        while (!targets.isEmpty()) {
            int dst = targets.pollFirst();
            int o = targetOrders.pollFirst();
            if (dst >= 0) {
                cc.addFreepage(dst, o);
            }
        }
        cc.putbackMigratepages();
        cc.inIteration = false;
        if (cc.nrFreepages > 0) {
            Zone z = cc.z;
            int high = z.blockStart(zone.releaseFreepages());
            if (high > z.compactCachedFreePfn) {
                z.compactCachedFreePfn = high; // only go back, not forward
            }
        }
        zone.countScanned();
        return ret;
    }

    /**
     * migrate_pages() as migrate_pages_batch() does it for the isolated list (last isolated first):
     * first a target for every source (compaction_alloc() in the unmap phase, so the free scanner
     * runs before any source of the batch is freed; it stops at the first source without one),
     * then the moves, each freeing its source. A paced run whose budget is spent pauses between
     * moves with its targets held; a source freed meanwhile gives its target back.
     */
    private int migratePages() {
        ZoneMem m = cc.z.mem;
        if (targets.isEmpty() && !cc.migratepages.isEmpty()) {
            batchWithoutTarget = false;
            for (int i = 0; i < cc.migratepages.size(); i++) {
                int s = cc.migratepages.get(i) - m.base;
                int ord = m.order(s);
                int kind = m.kind(s);
                if ((kind != ZoneMem.K_ALLOC && kind != ZoneMem.K_CACHE) || !m.movable(s)) {
                    targets.addLast(-1);
                    targetOrders.addLast(0);
                    cc.nrMigratepages = Math.max(0, cc.nrMigratepages - (1L << ord));
                    continue;
                }
                int dst = zone.compactionAlloc(ord);
                if (dst < 0) {
                    batchWithoutTarget = true;
                    break;
                }
                cc.nrMigratepages -= 1L << ord;
                targets.addLast(dst);
                targetOrders.addLast(ord);
            }
        }
        while (!targets.isEmpty()) {
            int dst = targets.peekFirst();
            int src = cc.migratepages.peekFirst();
            int s = src - m.base;
            int ord = targetOrders.peekFirst();
            int kind = m.kind(s);
            if (dst >= 0 && ((kind != ZoneMem.K_ALLOC && kind != ZoneMem.K_CACHE) || !m.movable(s)
                    || m.order(s) != ord)) {
                cc.freepages[ord].addFirst(dst); // the source was freed while the run was paused
                cc.nrFreepages += 1L << ord;
                dst = -1;
            }
            if (dst < 0) {
                targets.pollFirst();
                targetOrders.pollFirst();
                cc.migratepages.pollFirst();
                continue;
            }
            if (cc.budget == 0) {
                return OUT_OF_BUDGET;
            }
            targets.pollFirst();
            targetOrders.pollFirst();
            cc.migratepages.pollFirst();
            zone.moveTo(src, dst, ord, kind);
        }
        return batchWithoutTarget ? NO_TARGET : MIGRATED;
    }

    /** move_freelist_tail(): the entries up to {@code s} go behind the rest. */
    private void moveFreelistTail(int s, int o) {
        int next = cc.z.mem.nextInList(s);
        if (next != ZoneMem.NIL) {
            cc.z.mem.rotateToHead(next, o, ctx.movable);
        }
    }

    /** fast_find_migrateblock(): a source block with free pages of orders cc->order - 1 .. costly. */
    private int fastFindMigrateblock() {
        Zone z = cc.z;
        int pfn = cc.migratePfn;
        if (cc.ignoreSkipHint || cc.finishPageblock) {
            return pfn;
        }
        if (pfn != z.startPfn && pfn != z.blockStart(pfn)) {
            return pfn;
        }
        int costly = ctx.sysctl.costlyOrder;
        if (cc.order <= costly || (cc.direct && cc.migratetype != ctx.movable)) {
            return pfn;
        }
        long distance = ((long) cc.freePfn - cc.migratePfn) >> 1;
        if (cc.migratePfn != z.startPfn) {
            distance >>= 2;
        }
        int highPfn = z.blockStart((int) (cc.migratePfn + distance));
        int limit = cc.scanLimit();
        int nrScanned = 0;
        boolean found = false;
        ZoneMem m = z.mem;
        for (int o = cc.order - 1; o >= costly && !found && nrScanned < limit; o--) {
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
                    if (cc.fastStartPfn != CompactControl.FAST_START_DONE) {
                        cc.fastStartPfn = cc.fastStartPfn == 0 ? fp : Math.min(cc.fastStartPfn, fp);
                    }
                    pfn = Math.max(z.blockStart(fp), z.startPfn);
                    cc.fastSearchFail = 0;
                    found = true;
                    break;
                }
            }
        }
        cc.migrateScanned += nrScanned;
        if (!found) {
            cc.fastSearchFail++;
            if (cc.fastStartPfn != 0 && cc.fastStartPfn != CompactControl.FAST_START_DONE) {
                cc.migratePfn = cc.fastStartPfn; // reinit_migrate_pfn()
                cc.fastStartPfn = CompactControl.FAST_START_DONE;
            }
            pfn = cc.migratePfn;
        }
        return pfn;
    }

    /** isolate_migratepages(): the first suitable block from the fast search's or the scanner's pfn. */
    private int isolateMigratepages() {
        Zone z = cc.z;
        int low = fastFindMigrateblock();
        boolean fastFindBlock = low != cc.migratePfn && cc.fastSearchFail == 0;
        int blockEnd = z.blockStart(low) + ctx.pageblockNrPages;
        for (; blockEnd <= cc.freePfn; fastFindBlock = false, cc.migratePfn = low = blockEnd,
                blockEnd += ctx.pageblockNrPages) {
            int blockStart = Math.max(blockEnd - ctx.pageblockNrPages, z.startPfn);
            if (blockEnd > z.endPfn()) {
                continue; // pageblock_pfn_to_page(): the block leaves the zone
            }
            if (((low & (ctx.pageblockNrPages - 1)) == 0 || low == z.startPfn) && !fastFindBlock
                    && !cc.isolationSuitable(low)) {
                continue;
            }
            if (!suitableSource(blockStart)) {
                updateCachedMigrate(blockEnd);
                continue;
            }
            isolateMigratepagesBlock(low, blockEnd);
            break;
        }
        return cc.nrMigratepages > 0 ? ISOLATE_SUCCESS : ISOLATE_NONE;
    }

    /** isolate_migratepages_block() for compaction: LRU pages of [low, end), at most a cluster. */
    private void isolateMigratepagesBlock(int low, int end) {
        Zone z = cc.z;
        ZoneMem m = z.mem;
        int order = cc.order;
        cc.migratePfn = low;
        int start = low;
        long nrScanned = 0;
        long nrIsolated = 0;
        boolean validPage = false;
        boolean skipUpdated = false;
        boolean skipOnFailure = cc.direct && cc.async && order > 0;
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
                if (!cc.isolationSuitable(low)) {
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
            if (held && fo > 0 && zone.skipIsolationOnOrder(fo)) {
                low += (1 << fo) - 1;
                nrScanned += (1 << fo) - 1;
            } else if (held && m.movable(s)) {
                if (!skipUpdated && validPage) {
                    skipUpdated = true;
                    if (testAndSetSkip(start) && !cc.finishPageblock) {
                        low = end;
                        aborted = true;
                        break;
                    }
                }
                cc.migratepages.addFirst(low);
                low += (1 << fo) - 1;
                cc.nrMigratepages += 1L << fo;
                nrIsolated += 1L << fo;
                nrScanned += (1 << fo) - 1;
                isolatedHere = true;
                if (cc.nrMigratepages >= CompactControl.COMPACT_CLUSTER_MAX && !cc.finishPageblock) {
                    ++low;
                    break;
                }
            }
            if (isolatedHere || !skipOnFailure) {
                continue;
            }
            if (nrIsolated > 0) {
                cc.putbackMigratepages();
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
        if (low == end && (nrIsolated == 0 || cc.finishPageblock)) {
            if (validPage && !skipUpdated) {
                SkipHints.set(z, start);
            }
            updateCachedMigrate(low);
        }
        cc.migrateScanned += nrScanned;
        cc.isolated += nrIsolated;
        cc.migratePfn = low;
    }

    /** block_end_pfn(pfn - 1, order): {@code pfn} rounded up to a multiple of 2^order. */
    private static int alignUp(int pfn, int ord) {
        return (pfn + (1 << ord) - 1) & -(1 << ord);
    }

    /** test_and_set_skip() */
    private boolean testAndSetSkip(int pfn) {
        if (cc.ignoreSkipHint) {
            return false;
        }
        boolean skip = SkipHints.skip(cc.z, pfn);
        if (!skip) {
            SkipHints.set(cc.z, pfn);
        }
        return skip;
    }

    /** update_cached_migrate(): pageblock_end_pfn(pfn), i.e. the block after {@code pfn}'s. */
    private void updateCachedMigrate(int pfn) {
        Zone z = cc.z;
        int end = z.blockStart(pfn) + ctx.pageblockNrPages;
        if (end > z.compactCachedMigratePfn) {
            z.compactCachedMigratePfn = end;
        }
        if (!cc.async && end > z.compactCachedMigratePfnSync) {
            z.compactCachedMigratePfnSync = end;
        }
    }

    /** suitable_migration_source() (the block's first page) plus the engine's refusal of isolated blocks. */
    private boolean suitableSource(int blockPfn) {
        if (SkipHints.persistent(cc.z, blockPfn) || cc.z.blockMt(blockPfn, ctx.isolate) == ctx.isolate) {
            return false;
        }
        return zone.suitableSource(blockPfn);
    }
}
