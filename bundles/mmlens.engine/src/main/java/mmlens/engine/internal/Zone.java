package mmlens.engine.internal;

import mmlens.engine.ZoneType;
import mmlens.engine.ZoneView;

/**
 * struct zone: span, counters, watermarks, pageblock flags, pcp lists and the packed page store.
 * Fields are public within the engine; the public API exposes them read-only via {@code ZoneView}.
 *
 * <p>Pageblock flags byte: bits 0-3 migratetype, bit 4 PB_migrate_isolate, bit 5 PB_compact_skip,
 * bits 6-7 free for extension block bits.
 */
public final class Zone {
    public static final int WMARK_MIN = 0;
    public static final int WMARK_LOW = 1;
    public static final int WMARK_HIGH = 2;
    public static final int WMARK_PROMO = 3;

    public static final int PB_MT_MASK = 0x0F;
    public static final int PB_ISOLATE = 0x10;
    public static final int PB_SKIP = 0x20;

    // zone->flags bits
    public static final int ZONE_BOOSTED_WATERMARK = 1;
    public static final int ZONE_RECLAIM_ACTIVE = 2;
    public static final int ZONE_BELOW_HIGH = 4;

    public final int nid;
    public final ZoneType type;
    public final int idx;
    public final int startPfn;
    public final int spannedPages;
    public long presentPages;
    public long managedPages;
    public final ZoneMem mem;
    public final byte[] pageblock;
    /** The ASI model that follows set_pageblock_migratetype() (asi_map); null unless knob asi is on. */
    Asi asi;
    /** pageblock_order of the machine and pageblock_nr_pages. */
    public final int pbOrder;
    public final int pbPages;
    public final PerCpuPages[] pcp;

    /** NR_FREE_PAGES: buddy free pages excluding ISOLATE, as in account_freepages(). */
    public long nrFreePages;
    /**
     * zone->vm_stat[NR_FREE_PAGES], what zone_page_state() reads: {@link #nrFreePages} less the
     * per-cpu differences not folded yet ({@link #freeStatDiff}); kept only while
     * {@link EngineContext#vmstatDrift} is on.
     */
    public long nrFreePagesFolded;
    /** percpu_drift_mark is set: kswapd switches this zone's stat thresholds (set_pgdat_percpu_threshold()). */
    public boolean driftMark;
    /** Per-cpu vm_stat_diff[NR_FREE_PAGES] (pages), by cpu. */
    public long[] freeStatDiff = new long[0];
    /** NR_FREE_PAGES_BLOCKS: free pages in non-isolated blocks of order &gt;= pageblock_order. */
    public long nrFreePagesBlocks;
    public long nrFreeCma;
    public long nrFreeHighatomic;
    public long nrReservedHighatomic;
    public final long[] watermark = new long[4];
    public long watermarkBoost;
    public final long[] lowmemReserve = new long[ZoneType.MAX_NR_ZONES];
    public int flags;
    /** Read-only API view, set by the machine builder. */
    public ZoneView view;
    /** numa_hit, numa_miss, numa_foreign, numa_interleave, numa_local, numa_other of this zone. */
    public final long[] numa = new long[6];
    /** Imported values of zone counters the engine does not model; added to engine values when printed. */
    public final java.util.Map<String, Long> statBase = new java.util.HashMap<>();
    /** Page-cache pages currently allocated in this zone (NR_ZONE_INACTIVE_FILE in this model). */
    public long nrFilePages;

    // compaction state (struct zone, CONFIG_COMPACTION)
    public int compactConsidered;
    public int compactDeferShift;
    public int compactOrderFailed;
    /** compact_cached_migrate_pfn[0] (async; the linear search's only one) and [1] (sync). */
    public int compactCachedMigratePfn;
    public int compactCachedMigratePfnSync;
    public int compactCachedFreePfn;
    /** compact_init_migrate_pfn, compact_init_free_pfn: set by __reset_isolation_suitable(), 0 before. */
    public int compactInitMigratePfn;
    public int compactInitFreePfn;
    /** compact_blockskip_flush: a direct compaction's scanners met; kswapd clears the skip hints. */
    public boolean compactBlockskipFlush;

    public Zone(int nid, ZoneType type, int startPfn, int spannedPages, int nrMigrateTypes, int nrCpus,
            int pcpTypes) {
        this(nid, type, startPfn, spannedPages, nrMigrateTypes, nrCpus, pcpTypes, Orders.PAGE_ALLOC_COSTLY_ORDER,
                Orders.PAGEBLOCK_ORDER);
    }

    /**
     * A zone whose pcp lists hold orders up to {@code costlyOrder} (PAGE_ALLOC_COSTLY_ORDER) and THP,
     * with pageblocks of order {@code pageblockOrder} (at most MAX_PAGE_ORDER).
     */
    public Zone(int nid, ZoneType type, int startPfn, int spannedPages, int nrMigrateTypes, int nrCpus,
            int pcpTypes, int costlyOrder, int pageblockOrder) {
        this.pbOrder = pageblockOrder;
        this.pbPages = 1 << pageblockOrder;
        this.nid = nid;
        this.type = type;
        this.idx = type.ordinal();
        this.startPfn = startPfn;
        this.spannedPages = spannedPages;
        this.mem = spannedPages > 0 ? new ZoneMem(startPfn, startPfn + spannedPages, nrMigrateTypes) : null;
        this.pageblock = new byte[mem == null ? 0 : mem.slots >> pbOrder];
        this.pcp = new PerCpuPages[nrCpus];
        for (int c = 0; c < nrCpus; c++) {
            pcp[c] = new PerCpuPages(pcpTypes, costlyOrder);
        }
        this.compactCachedMigratePfn = startPfn;
        this.compactCachedMigratePfnSync = startPfn;
        this.compactCachedFreePfn = blockStart(endPfn() - 1);
    }

    public int endPfn() {
        return startPfn + spannedPages;
    }

    /** zone_spans_pfn() */
    public boolean spans(int pfn) {
        return pfn >= startPfn && pfn < endPfn();
    }

    /** populated_zone(): present pages. */
    public boolean populated() {
        return presentPages > 0;
    }

    /** managed_zone() */
    public boolean managed() {
        return managedPages > 0;
    }

    public int slot(int pfn) {
        return pfn - mem.base;
    }

    public int pfn(int slot) {
        return slot + mem.base;
    }

    /** pageblock_start_pfn() with this zone's pageblock_order. */
    public int blockStart(int pfn) {
        return pfn & -pbPages;
    }

    /** pageblock_start_pfn() for pageblock_order 9 (imported machines and trace replays). */
    public static int pageblockStart(int pfn) {
        return pfn & -Orders.PAGEBLOCK_NR_PAGES;
    }

    /** get_pfnblock_migratetype(): ISOLATE if the isolate bit is set. */
    public int blockMt(int pfn, int isolateMt) {
        int f = pageblock[(pfn - mem.base) >> pbOrder];
        if ((f & PB_ISOLATE) != 0) {
            return isolateMt;
        }
        return f & PB_MT_MASK;
    }

    /** Migratetype bits ignoring the isolate bit (MIGRATETYPE_MASK). */
    public int blockMtRaw(int pfn) {
        return pageblock[(pfn - mem.base) >> pbOrder] & PB_MT_MASK;
    }

    /** set_pageblock_migratetype(): keeps the other bits. */
    public void setBlockMt(int pfn, int mt) {
        int i = (pfn - mem.base) >> pbOrder;
        int old = pageblock[i] & PB_MT_MASK;
        pageblock[i] = (byte) ((pageblock[i] & ~PB_MT_MASK) | mt);
        if (asi != null && old != mt) {
            asi.blockChanged(this, pfn, old, mt);
        }
    }

    public boolean blockFlag(int pfn, int bit) {
        return (pageblock[(pfn - mem.base) >> pbOrder] & bit) != 0;
    }

    public void setBlockFlag(int pfn, int bit, boolean on) {
        int i = (pfn - mem.base) >> pbOrder;
        pageblock[i] = (byte) (on ? pageblock[i] | bit : pageblock[i] & ~bit);
    }

    /** wmark_pages(): watermark plus boost. */
    public long wmark(int w) {
        return watermark[w] + watermarkBoost;
    }

    public boolean testFlag(int f) {
        return (flags & f) != 0;
    }

    public void setFlag(int f, boolean on) {
        flags = on ? flags | f : flags & ~f;
    }
}
