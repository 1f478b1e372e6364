package mmlens.engine.internal;

/**
 * Pageblock skip hints of mm/compaction.c (PB_compact_skip, {@link Zone#PB_SKIP}): a block the
 * migrate scanner isolated from, or the free scanner scanned to its end, is skipped by later
 * compactions (isolation_suitable(), and fast_find_migrateblock() for sources) until
 * __reset_isolation_suitable() clears the hints. That happens only when a direct compaction's
 * scanners met since the last clearing (compact_blockskip_flush), at kswapd's sleep
 * (reset_isolation_suitable()), or when compaction restarts after being deferred the most
 * (compaction_restarting()). Used only with {@code compaction_search = kernel}.
 */
final class SkipHints {
    /** 1 &lt;&lt; PAGE_ALLOC_COSTLY_ORDER: the sample stride of __reset_isolation_pfn(). */
    private static final int SAMPLE_STRIDE = 8;

    private SkipHints() {
    }

    /** get_pageblock_skip() */
    static boolean skip(Zone z, int pfn) {
        return z.blockFlag(pfn, Zone.PB_SKIP);
    }

    /** set_pageblock_skip() */
    static void set(Zone z, int pfn) {
        z.setBlockFlag(pfn, Zone.PB_SKIP, true);
    }

    /**
     * pageblock_skip_persistent(): the page at {@code pfn} belongs to an allocated block of at least
     * pageblock order, which compaction can never use.
     */
    static boolean persistent(Zone z, int pfn) {
        ZoneMem m = z.mem;
        int h = Buddy.headCovering(m, z.blockStart(pfn));
        int s = h - m.base;
        int k = m.kind(s);
        return (k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE) && m.order(s) >= z.pbOrder && h + (1 << m.order(s)) > pfn;
    }

    /** reset_isolation_suitable(): every populated zone of the node. */
    static void resetNode(Node n, int movable) {
        for (Zone z : n.zones) {
            if (z != null && z.mem != null && z.populated()) {
                reset(z, movable);
            }
        }
    }

    /**
     * __reset_isolation_suitable(): when the zone's compact_blockskip_flush is set, walks the zone
     * from both ends clearing the hints of blocks a sample shows an LRU page (source) or a free
     * page (target) in ({@code movable}: MIGRATE_MOVABLE's index), and points the cached scanner
     * positions at the outermost such blocks.
     */
    static void reset(Zone z, int movable) {
        if (!z.compactBlockskipFlush) {
            return;
        }
        z.compactBlockskipFlush = false;
        int migratePfn = z.startPfn;
        int freePfn = z.endPfn() - 1;
        int resetMigrate = freePfn;
        int resetFree = migratePfn;
        boolean sourceSet = false;
        boolean freeSet = false;
        for (; migratePfn < freePfn; migratePfn += z.pbPages, freePfn -= z.pbPages) {
            if (resetPfn(z, movable, migratePfn, true, sourceSet) && migratePfn < resetMigrate) {
                sourceSet = true;
                resetMigrate = migratePfn;
                z.compactInitMigratePfn = resetMigrate;
                z.compactCachedMigratePfn = resetMigrate;
                z.compactCachedMigratePfnSync = resetMigrate;
            }
            if (resetPfn(z, movable, freePfn, freeSet, true) && freePfn > resetFree) {
                freeSet = true;
                resetFree = freePfn;
                z.compactInitFreePfn = resetFree;
                z.compactCachedFreePfn = resetFree;
            }
        }
        if (resetMigrate >= resetFree) {
            z.compactCachedMigratePfn = migratePfn;
            z.compactCachedMigratePfnSync = migratePfn;
            z.compactCachedFreePfn = freePfn;
        }
    }

    /** __reset_isolation_pfn() */
    private static boolean resetPfn(Zone z, int movable, int pfn, boolean checkSource, boolean checkTarget) {
        if (!z.spans(pfn) || persistent(z, pfn)) {
            return false;
        }
        if (checkSource && checkTarget && !skip(z, pfn)) {
            return true;
        }
        if (!checkSource && checkTarget && z.blockMtRaw(pfn) != movable) {
            return false;
        }
        int start = Math.max(z.blockStart(pfn), z.startPfn);
        int end = Math.min(z.blockStart(pfn) + z.pbPages, z.endPfn()) - 1;
        ZoneMem m = z.mem;
        for (int p = start; p <= end; p += SAMPLE_STRIDE) {
            int s = p - m.base;
            int k = m.kind(s);
            if (checkSource && (k == ZoneMem.K_CACHE || (k == ZoneMem.K_ALLOC && m.movable(s)))) {
                z.setBlockFlag(p, Zone.PB_SKIP, false);
                return true;
            }
            if (checkTarget && k == ZoneMem.K_BUDDY) {
                z.setBlockFlag(p, Zone.PB_SKIP, false);
                return true;
            }
        }
        return false;
    }
}
