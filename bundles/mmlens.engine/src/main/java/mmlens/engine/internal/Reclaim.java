package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.SWAP_CLUSTER_MAX;

import mmlens.engine.CostModel;
import mmlens.engine.Gfp;
import mmlens.engine.VmEvent;

/**
 * A page-cache-only model of mm/vmscan.c: wakeup_kswapd(), pgdat_balanced(), balance_pgdat() and
 * try_to_free_pages() reclaiming clean file folios from a FIFO LRU (no anon, no swap, no refaults).
 */
public final class Reclaim {
    /** DEF_PRIORITY */
    static final int DEF_PRIORITY = 12;

    private final EngineContext ctx;
    private final Node[] nodes;
    private final Watermark wm;
    private FreePath freePath;
    private Compaction compaction;

    public Reclaim(EngineContext ctx, Node[] nodes, Watermark wm) {
        this.ctx = ctx;
        this.nodes = nodes;
        this.wm = wm;
    }

    public void wire(FreePath freePath, Compaction compaction) {
        this.freePath = freePath;
        this.compaction = compaction;
    }

    /** wakeup_kswapd() */
    public void wakeupKswapd(Zone zone, int gfp, int order, int highestZoneIdx) {
        if (!zone.managed()) {
            return;
        }
        Node n = nodes[zone.nid];
        if (!n.kswapdWoken) {
            n.kswapdHighestZoneidx = highestZoneIdx;
            n.kswapdOrder = order;
        } else {
            n.kswapdHighestZoneidx = Math.max(n.kswapdHighestZoneidx, highestZoneIdx);
            n.kswapdOrder = Math.max(n.kswapdOrder, order);
            return;
        }
        if (n.kswapdFailures >= Orders.MAX_RECLAIM_RETRIES
                || (pgdatBalanced(n, order, highestZoneIdx) && !watermarkBoosted(n, highestZoneIdx))) {
            if ((gfp & Gfp.DIRECT_RECLAIM) == 0 && order > 0) {
                compaction.wakeupKcompactd(n, order, highestZoneIdx);
            }
            return;
        }
        n.kswapdWoken = true;
    }

    /** pgdat_watermark_boosted() */
    private static boolean watermarkBoosted(Node n, int highestZoneIdx) {
        for (int i = highestZoneIdx; i >= 0; i--) {
            Zone z = n.zones[i];
            if (z != null && z.managed() && z.watermarkBoost != 0) {
                return true;
            }
        }
        return false;
    }

    /** pgdat_balanced(): any eligible zone meets its high watermark for the order. */
    public boolean pgdatBalanced(Node n, int order, int highestZoneIdx) {
        boolean anyManaged = false;
        for (int i = 0; i <= highestZoneIdx; i++) {
            Zone z = n.zones[i];
            if (z == null || !z.managed()) {
                continue;
            }
            anyManaged = true;
            if (wm.zoneWatermarkOkSafe(z, order, z.wmark(Zone.WMARK_HIGH), highestZoneIdx, 0)) {
                return true;
            }
        }
        return !anyManaged;
    }

    /**
     * kswapd's balance_pgdat() run to completion: reclaim until pgdat_balanced() and until the
     * boosted amount (nr_boost_reclaim) is reclaimed, then drop the boosts; kcompactd is woken at
     * pageblock_order after boost reclaim and at the request order before kswapd sleeps. Returns
     * pages reclaimed.
     */
    public long runKswapd(Node n, int cpu) {
        if (!n.kswapdWoken) {
            return 0;
        }
        beginKswapdRun(n);
        long boostReclaim = 0;
        for (long b : n.kswapdRunBoosts) {
            boostReclaim += b;
        }
        long total = 0;
        while (true) {
            boolean balanced = pgdatBalanced(n, n.kswapdRunOrder, n.kswapdRunZoneidx);
            if (balanced && boostReclaim == 0) {
                break;
            }
            long got = shrinkNode(n, SWAP_CLUSTER_MAX, n.kswapdRunZoneidx, false, cpu);
            if (got == 0) {
                break;
            }
            total += got;
            boostReclaim -= Math.min(boostReclaim, got);
        }
        endKswapdRun(n, total);
        return total;
    }

    /**
     * The start of balance_pgdat(): takes the woken request (order and highest zone; order 0 and
     * the node's highest zone when kswapd was not woken), counts PAGEOUTRUN, notes each zone's
     * watermark boost (zone_boosts[]) and sets ZONE_RECLAIM_ACTIVE. A replay that feeds the
     * kernel's own kswapd frees calls this, frees, then {@link #endKswapdRun}.
     */
    public void beginKswapdRun(Node n) {
        int order = n.kswapdWoken ? n.kswapdOrder : 0;
        int hz = n.kswapdWoken ? n.kswapdHighestZoneidx : n.zones.length - 1;
        n.kswapdWoken = false;
        n.kswapdRunning = true;
        if (ctx.vmstatDrift && !n.kswapdAwake) {
            // kswapd_try_to_sleep(): woken from its sleep, kswapd sets the pressure thresholds
            n.kswapdAwake = true;
            ZoneSetup.setNodeThresholds(n, true, onlineCpus());
        }
        n.kswapdRunOrder = order;
        n.kswapdRunZoneidx = hz;
        ctx.count(VmEvent.PAGEOUTRUN, 1);
        java.util.Arrays.fill(n.kswapdRunBoosts, 0);
        for (int i = 0; i <= hz && i < n.zones.length; i++) {
            Zone z = n.zones[i];
            if (z != null && z.managed()) {
                n.kswapdRunBoosts[i] = z.watermarkBoost;
            }
        }
        for (Zone z : n.zones) {
            if (z != null) {
                z.setFlag(Zone.ZONE_RECLAIM_ACTIVE, true);
            }
        }
    }

    /**
     * The end of balance_pgdat() after {@code reclaimed} pages: clears ZONE_RECLAIM_ACTIVE,
     * subtracts the boosts noted at the start, wakes kcompactd at pageblock_order when the run was
     * boosted, counts a failure when nothing was reclaimed on an unbalanced node (else resets the
     * count), and wakes kcompactd at the run's order as kswapd does before it sleeps.
     */
    public void endKswapdRun(Node n, long reclaimed) {
        if (!n.kswapdRunning) {
            return;
        }
        n.kswapdRunning = false;
        int order = n.kswapdRunOrder;
        int hz = n.kswapdRunZoneidx;
        boolean boosted = false;
        for (Zone z : n.zones) {
            if (z != null) {
                z.setFlag(Zone.ZONE_RECLAIM_ACTIVE, false);
            }
        }
        for (int i = 0; i < n.zones.length; i++) {
            Zone z = n.zones[i];
            if (z != null && n.kswapdRunBoosts[i] != 0) {
                z.watermarkBoost -= Math.min(z.watermarkBoost, n.kswapdRunBoosts[i]);
                boosted = true;
            }
        }
        if (boosted) {
            compaction.wakeupKcompactd(n, ctx.pageblockOrder, hz);
        }
        if (!pgdatBalanced(n, order, hz) && reclaimed == 0) {
            n.kswapdFailures++;
        } else {
            n.kswapdFailures = 0;
        }
        if (!ctx.sysctl.compactionSearchLinear && pgdatBalanced(n, order, hz)) {
            // kswapd_try_to_sleep(): reset_isolation_suitable() before waking kcompactd
            SkipHints.resetNode(n, ctx.movable);
        }
        compaction.wakeupKcompactd(n, order, hz);
    }

    /**
     * Reclaim the engine does not do itself: a replay of a kernel trace, whose frees are the
     * kernel's reclaim. Asked by try_to_free_pages() instead of the engine's LRU.
     */
    public interface Source {
        /**
         * The direct reclaim of an allocation on {@code cpu} for {@code order}: the pages the
         * kernel reclaimed there (already freed, or freed by this call), 0 when it reclaimed none.
         */
        long directReclaim(int cpu, int order);

        /**
         * True when direct compaction is the kernel's, replayed from the trace (its migration
         * sources freed there): the engine's slow path then does not compact itself.
         */
        default boolean compactsItself() {
            return false;
        }

        /**
         * True when the drain_all_pages() that follows a direct reclaim without a page is replayed
         * from the trace where the kernel made it: the engine's slow path then does not drain.
         */
        default boolean drainsItself() {
            return false;
        }
    }

    private int onlineCpus() {
        int c = 0;
        for (Node n : nodes) {
            c += n.nrCpus;
        }
        return Math.max(1, c);
    }

    /**
     * kswapd goes to sleep (kswapd_try_to_sleep() past its short nap): under
     * {@link EngineContext#vmstatDrift} the node's stat thresholds return to normal.
     */
    public void kswapdSleep(Node n) {
        if (n.kswapdAwake) {
            n.kswapdAwake = false;
            ZoneSetup.setNodeThresholds(n, false, onlineCpus());
        }
    }

    /** Set by a replay: direct reclaim takes its progress from here; null: the engine's LRU. */
    public Source source;

    /** Reclaimed pages counted as the kernel counts them (pgscan/pgsteal, kswapd or direct, file). */
    public void countReclaimed(long pages, boolean direct) {
        ctx.count(direct ? VmEvent.PGSCAN_DIRECT : VmEvent.PGSCAN_KSWAPD, pages);
        ctx.count(direct ? VmEvent.PGSTEAL_DIRECT : VmEvent.PGSTEAL_KSWAPD, pages);
        ctx.count(VmEvent.PGSCAN_FILE, pages);
        ctx.count(VmEvent.PGSTEAL_FILE, pages);
    }

    /** try_to_free_pages(): reclaim SWAP_CLUSTER_MAX pages walking the zonelist's nodes. */
    public long tryToFreePages(Zone[] zonelist, int order, int highestZoneIdx, int cpu) {
        ctx.count(VmEvent.allocstall(highestZoneIdx), 1);
        if (source != null) {
            long got = source.directReclaim(cpu, order);
            if (got > 0) {
                // shrink_node(): reclaim progress revives a dormant kswapd
                countReclaimed(got, true);
                for (Node n : nodes) {
                    n.kswapdFailures = 0;
                }
            }
            return got;
        }
        long reclaimed = 0;
        Node last = null;
        for (Zone z : zonelist) {
            Node n = nodes[z.nid];
            if (z.idx > highestZoneIdx || n == last) {
                continue;
            }
            last = n;
            reclaimed += shrinkNode(n, SWAP_CLUSTER_MAX - reclaimed, highestZoneIdx, true, cpu);
            if (reclaimed >= SWAP_CLUSTER_MAX) {
                break;
            }
        }
        return reclaimed;
    }

    /**
     * Reclaims up to {@code nrToReclaim} pages of page cache from the node's LRU, oldest first,
     * scanning lru_size &gt;&gt; priority entries per priority level. Folios in zones above
     * {@code highestZoneIdx} are rotated.
     */
    long shrinkNode(Node n, long nrToReclaim, int highestZoneIdx, boolean direct, int cpu) {
        long reclaimed = 0;
        long scanned = 0;
        for (int prio = DEF_PRIORITY; prio >= 0 && reclaimed < nrToReclaim; prio--) {
            long toScan = Math.max(n.lru.size() >> prio, Math.min(n.lru.size(), SWAP_CLUSTER_MAX));
            for (long i = 0; i < toScan && reclaimed < nrToReclaim && !n.lru.isEmpty(); i++) {
                int pfn = n.lru.pollFirst();
                Zone z = zoneOf(n, pfn);
                if (z == null) {
                    continue;
                }
                int s = pfn - z.mem.base;
                if (z.mem.kind(s) != ZoneMem.K_CACHE) {
                    continue; // stale entry: folio freed or migrated
                }
                if (z.idx > highestZoneIdx) {
                    n.lru.addLast(pfn);
                    continue;
                }
                int order = z.mem.order(s);
                scanned += 1L << order;
                ctx.listener.reclaimed(pfn, order);
                freePath.free(z, cpu, pfn, order);
                reclaimed += 1L << order;
            }
        }
        ctx.count(direct ? VmEvent.PGSCAN_DIRECT : VmEvent.PGSCAN_KSWAPD, scanned);
        ctx.count(direct ? VmEvent.PGSTEAL_DIRECT : VmEvent.PGSTEAL_KSWAPD, reclaimed);
        ctx.count(VmEvent.PGSCAN_FILE, scanned);
        ctx.count(VmEvent.PGSTEAL_FILE, reclaimed);
        ctx.charge(CostModel.Op.RECLAIM, reclaimed);
        compactLru(n);
        return reclaimed;
    }

    /** Drops stale LRU entries once they outnumber live page-cache folios. */
    private void compactLru(Node n) {
        IntDeque lru = n.lru;
        if (lru.size() < 1024 || lru.size() <= 2 * n.nrFilePages) {
            return;
        }
        int w = 0;
        for (int i = 0; i < lru.size(); i++) {
            int pfn = lru.get(i);
            Zone z = zoneOf(n, pfn);
            if (z != null && z.mem.kind(pfn - z.mem.base) == ZoneMem.K_CACHE) {
                lru.set(w++, pfn);
            }
        }
        lru.truncate(w);
    }

    static Zone zoneOf(Node n, int pfn) {
        for (Zone z : n.zones) {
            if (z != null && z.mem != null && z.spans(pfn)) {
                return z;
            }
        }
        return null;
    }
}
