package mmlens.engine.internal;

/**
 * The free scanner of {@code compaction_search = kernel}: isolate_freepages() tries
 * fast_isolate_freepages() (a free block from the tail of a MOVABLE free list high in the scan
 * space, then fast_isolate_around() in its pageblock) and else walks pageblocks down from the
 * cached free pfn with isolate_freepages_block()'s stride, marking blocks scanned to their end
 * skip (update_pageblock_skip()). Isolated blocks go to the run's {@link CompactControl};
 * __isolate_free_page() and suitable_migration_target() are {@link CompactZone}'s.
 */
final class KernelFreeScanner {
    private final EngineContext ctx;
    private final CompactControl cc;
    private final CompactZone zone;

    KernelFreeScanner(EngineContext ctx, CompactControl cc, CompactZone zone) {
        this.ctx = ctx;
        this.cc = cc;
        this.zone = zone;
    }

    /** isolate_freepages(): the fast search, else a walk down from the free scanner's pfn. */
    void isolateFreepages() {
        fastIsolateFreepages();
        if (cc.nrFreepages > 0) {
            return;
        }
        Zone z = cc.z;
        int isolateStart = cc.freePfn;
        int blockStart = z.blockStart(isolateStart);
        int blockEnd = Math.min(blockStart + ctx.pageblockNrPages, z.endPfn());
        int lowPfn = z.blockStart(cc.migratePfn) + ctx.pageblockNrPages;
        int stride = cc.async ? CompactControl.COMPACT_CLUSTER_MAX : 1;
        int target = cc.order > 0 ? cc.order : ctx.pageblockOrder;
        int[] pos = new int[1];
        for (; blockStart >= lowPfn; blockEnd = blockStart, blockStart -= ctx.pageblockNrPages,
                isolateStart = blockStart) {
            if (blockStart < z.startPfn) {
                continue;
            }
            if (!zone.suitableTarget(blockStart, target) || !cc.isolationSuitable(blockStart)) {
                continue;
            }
            pos[0] = isolateStart;
            long nr = isolateFreepagesBlock(pos, blockEnd, stride);
            isolateStart = pos[0];
            if (isolateStart == blockEnd) {
                updatePageblockSkip(blockStart, blockStart - ctx.pageblockNrPages);
            }
            if (cc.nrFreepages >= cc.nrMigratepages) {
                if (isolateStart >= blockEnd) {
                    isolateStart = blockStart - ctx.pageblockNrPages;
                }
                break;
            } else if (isolateStart < blockEnd) {
                break;
            }
            stride = nr > 0 ? 1 : Math.min(CompactControl.COMPACT_CLUSTER_MAX, stride << 1);
        }
        cc.freePfn = isolateStart;
    }

    /**
     * isolate_freepages_block() (non-strict) from {@code pos[0]} to {@code end} in steps of
     * {@code stride}; {@code pos[0]} is left where it stopped. Returns the pages isolated.
     */
    private long isolateFreepagesBlock(int[] pos, int end, int stride) {
        ZoneMem m = cc.z.mem;
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
            if (!zone.isolateFreePage(pfn, o)) {
                break;
            }
            int n = 1 << o;
            nrScanned += n - 1;
            total += n;
            cc.addFreepage(pfn, o);
            if (cc.nrMigratepages <= cc.nrFreepages) {
                pfn += n;
                break;
            }
            pfn += n - 1;
        }
        pos[0] = Math.min(pfn, end);
        cc.freeScanned += nrScanned;
        cc.isolated += total;
        return total;
    }

    /** next_search_order(): round robin below cc->order; -1 once it wrapped to where it started. */
    private int nextSearchOrder(int o) {
        o--;
        if (o < 0) {
            o = cc.order - 1;
        }
        if (o == cc.searchOrder) {
            cc.searchOrder--;
            if (cc.searchOrder < 0) {
                cc.searchOrder = cc.order - 1;
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
        if (cc.order <= 0) {
            return;
        }
        Zone z = cc.z;
        ZoneMem m = z.mem;
        int limit = Math.max(1, cc.scanLimit() >> 1);
        long nrScanned = 0;
        int highest = 0;
        boolean scanStart = false;
        if (cc.freePfn >= z.compactInitFreePfn) {
            limit = ctx.pageblockNrPages >> 1;
            scanStart = true;
        }
        long distance = (long) cc.freePfn - cc.migratePfn;
        int lowPfn = z.blockStart((int) (cc.freePfn - (distance >> 2)));
        int minPfn = z.blockStart((int) (cc.freePfn - (distance >> 1)));
        if (minPfn > lowPfn) {
            lowPfn = minPfn;
        }
        cc.searchOrder = Math.min(cc.order - 1, cc.searchOrder);
        int page = -1;
        for (int o = cc.searchOrder; page < 0 && o >= 0; o = nextSearchOrder(o)) {
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
                    cc.fastSearchFail = 0;
                    cc.searchOrder = o;
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
                if (zone.isolateFreePage(page, o)) {
                    int n = 1 << o;
                    nrScanned += n - 1;
                    cc.addFreepage(page, o);
                    cc.isolated += n;
                } else {
                    o = cc.searchOrder + 1;
                    page = -1;
                }
            }
            if (cc.nrFreepages >= cc.nrMigratepages) {
                break;
            }
            if (orderScanned >= limit) {
                limit = Math.max(1, limit >> 1);
            }
        }
        if (page < 0) {
            cc.fastSearchFail++;
            if (scanStart) {
                if (highest >= minPfn) {
                    page = highest;
                    cc.freePfn = highest;
                } else if (cc.direct && z.spans(minPfn)) {
                    boolean inZone = z.spans(Math.min(minPfn + ctx.pageblockNrPages, z.endPfn()) - 1);
                    page = inZone && zone.suitableTarget(minPfn, cc.order > 0 ? cc.order : ctx.pageblockOrder)
                            ? minPfn : -1;
                    cc.freePfn = minPfn;
                }
            }
        }
        if (highest != 0 && highest >= z.compactCachedFreePfn) {
            z.compactCachedFreePfn = highest - ctx.pageblockNrPages;
        }
        cc.freeScanned += nrScanned;
        if (page >= 0) {
            fastIsolateAround(page);
        }
    }

    /** fast_isolate_around(): the rest of the pageblock of {@code pfn}, marked skip when scanned to its end. */
    private void fastIsolateAround(int pfn) {
        if (cc.nrFreepages >= cc.nrMigratepages || (cc.direct && cc.async)) {
            return;
        }
        Zone z = cc.z;
        int start = Math.max(z.blockStart(pfn), z.startPfn);
        int end = Math.min(z.blockStart(pfn) + ctx.pageblockNrPages, z.endPfn());
        int[] pos = {start};
        isolateFreepagesBlock(pos, end, 1);
        if (pos[0] == end) {
            SkipHints.set(z, start);
        }
    }

    /** update_pageblock_skip() */
    private void updatePageblockSkip(int blockPfn, int pfn) {
        Zone z = cc.z;
        SkipHints.set(z, blockPfn);
        if (pfn < z.compactCachedFreePfn) {
            z.compactCachedFreePfn = pfn;
        }
    }
}
