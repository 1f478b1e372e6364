package mmlens.engine.internal;

import mmlens.engine.ZoneType;

/** pg_data_t: the zones of one node, its cpus, kswapd request state and page-cache LRU. */
public final class Node {
    public final int nid;
    public final Zone[] zones = new Zone[ZoneType.MAX_NR_ZONES];
    public final int nrCpus;
    /** Zonelist (ZONELIST_FALLBACK) built by build_zonelists(): node order, zones high to low. */
    public Zone[] zonelist;
    /** ZONELIST_NOFALLBACK (build_thisnode_zonelists()): this node's managed zones, high to low. */
    public Zone[] zonelistThisNode;
    public boolean kswapdWoken;
    public int kswapdOrder;
    public int kswapdHighestZoneidx;
    public int kswapdFailures;
    /** Inside balance_pgdat() (between Reclaim.beginKswapdRun and endKswapdRun). */
    public boolean kswapdRunning;
    /** kswapd woken from its sleep and not back in it (the per-cpu stat thresholds are the pressure ones). */
    public boolean kswapdAwake;
    public int kswapdRunOrder;
    public int kswapdRunZoneidx;
    /** zone_boosts[] of the run in progress, by zone index. */
    public final long[] kswapdRunBoosts = new long[ZoneType.MAX_NR_ZONES];

    /** nr_boost_reclaim at the start of the run in progress: the sum of {@link #kswapdRunBoosts}. */
    public long kswapdRunBoostTotal() {
        long sum = 0;
        for (long b : kswapdRunBoosts) {
            sum += b;
        }
        return sum;
    }
    /** pgdat->kcompactd_max_order and kcompactd_highest_zoneidx; kcompactd has work while woken. */
    public boolean kcompactdWoken;
    public int kcompactdMaxOrder;
    public int kcompactdHighestZoneidx;
    /**
     * kcompactd timeouts still to sleep through before the next proactive check: after a proactive
     * run that did not lower the node's fragmentation score kcompactd sleeps
     * {@code default_timeout << COMPACT_MAX_DEFER_SHIFT}, i.e. 63 more timeouts; a woken run resets it.
     */
    public int proactiveDeferTimeouts;
    /** The node's first cpu, where its kswapd and kcompactd run (0 for a node without cpus). */
    public int firstCpu;
    /** Page-cache LRU, oldest first; entries may be stale and are validated on use. */
    public final IntDeque lru = new IntDeque(1024);
    public long nrFilePages;
    /** Imported values of node counters (per-node stats); added to engine values when printed. */
    public final java.util.Map<String, Long> statBase = new java.util.HashMap<>();
    /** node_unreclaimable as imported or derived from kswapd_failures. */
    public boolean nodeUnreclaimable;

    public Node(int nid, int nrCpus) {
        this.nid = nid;
        this.nrCpus = nrCpus;
    }
}
