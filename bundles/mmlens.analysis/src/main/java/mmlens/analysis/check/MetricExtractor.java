package mmlens.analysis.check;

import java.util.List;

import mmlens.engine.AsiStats;
import mmlens.engine.CostModel;
import mmlens.engine.Machine;
import mmlens.engine.VmEvent;
import mmlens.engine.ZoneType;
import mmlens.engine.ZoneView;
import mmlens.engine.metrics.ContigPageInfo;
import mmlens.engine.mmu.FlushPolicy;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.PermGrouping;
import mmlens.engine.scenario.ScenarioResult;

/**
 * Reads the {@link Metrics} of one finished run: vmstat-like counters from the {@link Machine},
 * MMU counters from the {@link Mmu}, tracepoint-only counts from the run's {@link RunProbe}, the
 * per-request costs for the latency percentile, the ASI model's counters when knob {@code asi} is on. The result is indexed like {@link Metrics#all()};
 * NaN marks a metric the run did not exercise (absent).
 */
final class MetricExtractor {
    /** Nominal clock that converts the MMU model's cycles to ns for kernel_time_ns. */
    static final double MMU_CYCLES_PER_NS = 3.0;

    private final List<MetricId> ids = Metrics.all();
    private final double[] v;

    private MetricExtractor() {
        v = new double[ids.size()];
        java.util.Arrays.fill(v, Double.NaN);
    }

    /** The metrics of {@code r}, observed by {@code probe}. */
    static double[] extract(ScenarioResult r, RunProbe probe) {
        double[] v = extract(r.machine(), r.mmu(), probe);
        long[] costs = r.allocCosts();
        if (costs.length > 0) {
            v[Metrics.order("alloc_latency_p99_ns")] = p99(costs);
        }
        return v;
    }

    /**
     * The metrics of a run in progress or finished, read from its machine and MMU (either may be
     * null) and {@code probe}: everything but the latency percentile, which needs the whole run.
     */
    static double[] extract(Machine m, Mmu mmu, RunProbe probe) {
        MetricExtractor x = new MetricExtractor();
        double kernelTime = 0;
        if (m != null) {
            x.allocator(m, probe);
            for (CostModel.Op op : CostModel.Op.values()) {
                kernelTime += m.cost(op);
            }
        }
        if (mmu != null) {
            x.mmu(mmu);
            kernelTime += mmu.cycles() / MMU_CYCLES_PER_NS;
        }
        x.thp(mmu, probe);
        if (m != null || mmu != null) {
            x.put("kernel_time_ns", kernelTime);
        }
        if (m != null && m.unacceptedStats() != null) {
            x.unaccepted(m.unacceptedStats());
        }
        if (mmu != null && mmu.userCycles() > 0) {
            x.put("wall_time_ns", kernelTime + mmu.userCycles() / MMU_CYCLES_PER_NS);
        }
        return x.v;
    }

    private void put(String id, double value) {
        int i = Metrics.order(id);
        if (i < 0) {
            throw new IllegalStateException("no metric " + id);
        }
        v[i] = value;
    }

    private void allocator(Machine m, RunProbe probe) {
        put("extfrag_events", probe.extfrag);
        put("pageblock_claims", probe.claims);
        ContigPageInfo[] info = new ContigPageInfo[Metrics.MAX_ORDER + 1];
        long[] nrFree = nrFree(mainZone(m));
        for (int o = 0; o <= Metrics.MAX_ORDER; o++) {
            info[o] = ContigPageInfo.fill(nrFree, o);
            put("unusable_index." + o, info[o].unusableFreeIndex(o));
        }
        for (int o = 0; o <= Metrics.MAX_ORDER; o++) {
            put("extfrag_index." + o, info[o].fragmentationIndex(o));
        }
        put("compact_stall", m.event(VmEvent.COMPACT_STALL));
        put("compact_migrate_scanned", m.event(VmEvent.COMPACT_MIGRATE_SCANNED));
        put("compact_isolated", m.event(VmEvent.COMPACT_ISOLATED));
        put("compact_daemon_migrate_scanned", m.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED));
        int score = 0;
        for (int nid = 0; nid < m.nrNodes(); nid++) {
            score = Math.max(score, m.fragmentationScore(nid));
        }
        put("fragmentation_score", score);
        put("pgmigrate_success", m.event(VmEvent.PGMIGRATE_SUCCESS));
        put("pgmigrate_fail", m.event(VmEvent.PGMIGRATE_FAIL));
        put("pgscan", m.event(VmEvent.PGSCAN_KSWAPD) + m.event(VmEvent.PGSCAN_DIRECT));
        long stalls = 0;
        for (int z = 0; z <= VmEvent.ALLOCSTALL_DEVICE.ordinal() - VmEvent.ALLOCSTALL_DMA.ordinal(); z++) {
            stalls += m.event(VmEvent.allocstall(z));
        }
        put("allocstall", stalls);
        if (hasNormalZone(m)) {
            put("allocstall_dma32", m.event(VmEvent.allocstall(ZoneType.DMA32.ordinal())));
            put("allocstall_normal", m.event(VmEvent.allocstall(ZoneType.NORMAL.ordinal())));
            put("allocstall_movable", m.event(VmEvent.allocstall(ZoneType.MOVABLE.ordinal())));
        }
        put("pcp_drains", probe.pcpDrains);
        put("zone_locked_refills", probe.zoneLockedRefills);
        put("oom_kills", m.event(VmEvent.OOM_KILL));
        put("alloc_failures_order0", probe.failuresOrder0);
        put("alloc_failures_high_order", probe.failuresHighOrder);
        if (m.nrNodes() > 1) {
            put("numa_miss", m.event(VmEvent.NUMA_MISS));
        }
        long highatomic = 0;
        int ha = m.migrateTypes().highatomic();
        for (ZoneView z : m.zones()) {
            highatomic += z.pageblockCounts()[ha];
        }
        put("highatomic_blocks", highatomic);
        AsiStats asi = m.asiStats();
        if (asi != null) {
            put("asi_conversions", asi.conversions());
            put("asi_tlb_flushes", asi.flushes());
            put("asi_flushes_per_conversion", asi.flushesPerConversion());
            put("asi_time_ns", m.cost(CostModel.Op.ASI_MAP) + m.cost(CostModel.Op.ASI_UNMAP)
                    + m.cost(CostModel.Op.ASI_ZERO));
        }
    }

    /** Whether a ZONE_NORMAL of {@code m} manages pages (a machine of more than 4 GiB). */
    static boolean hasNormalZone(Machine m) {
        for (ZoneView z : m.zones()) {
            if (z.type() == ZoneType.NORMAL && z.managedPages() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The zone with the most managed pages (DMA32 below 4 GiB, else Normal); first one on ties. */
    static ZoneView mainZone(Machine m) {
        ZoneView best = null;
        for (ZoneView z : m.zones()) {
            if (best == null || z.managedPages() > best.managedPages()) {
                best = z;
            }
        }
        return best;
    }

    private static long[] nrFree(ZoneView z) {
        long[] n = new long[Metrics.MAX_ORDER + 1];
        for (int o = 0; o <= Metrics.MAX_ORDER; o++) {
            n[o] = z.nrFree(o);
        }
        return n;
    }

    private void mmu(Mmu mmu) {
        add("pgmigrate_success", mmu.stat(MmuStat.PGMIGRATE_SUCCESS));
        add("pgmigrate_fail", mmu.stat(MmuStat.PGMIGRATE_FAIL));
        put("nr_tlb_remote_flush", mmu.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        put("nr_tlb_remote_flush_received", mmu.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED));
        put("nr_tlb_local_flush_all", mmu.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL));
        put("nr_tlb_local_flush_one", mmu.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        put("tlb_shootdown_ipis", mmu.stat(MmuStat.TLB_IPIS));
        put("direct_map_level2_splits", mmu.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
        put("direct_map_level3_splits", mmu.stat(MmuStat.DIRECT_MAP_LEVEL3_SPLIT));
        put("DirectMap4k_kb", mmu.directPagesCount(Mmu.PG_LEVEL_4K) << 2);
        put("DirectMap2M_kb", mmu.directPagesCount(Mmu.PG_LEVEL_2M) << 11);
        put("pgfault", mmu.stat(MmuStat.PGFAULT));
        put("ptes_set", mmu.stat(MmuStat.PTES_SET));
        FlushPolicy fp = mmu.config().flushPolicy;
        if (fp == FlushPolicy.DEFERRED_GENERATIONS || fp == FlushPolicy.DEFERRED_NO_WRITE_FLUSH) {
            put("migration_pending_peak_kb", mmu.deferredPendingPeak() << 2);
        } else if (mmu.stat(MmuStat.PGMIGRATE_SUCCESS) > 0) {
            // a policy that defers no flush frees every source in its batch: nothing is held
            put("migration_pending_peak_kb", 0);
        }
        if (mmu.config().permGrouping != PermGrouping.SCATTERED) {
            put("perm_shrunk_4k_kb", mmu.permGroupingStats()[3] << 2);
        }
        long faults = mmu.stat(MmuStat.PGFAULT);
        if (faults > 0) {
            put("ptes_per_fault", (double) mmu.stat(MmuStat.FAULT_PTES) / faults);
        }
        put("rss_anon_pages", mmu.stat(MmuStat.ANON_RSS_AT_EXIT));
    }

    /** Adds to a metric, or sets it when absent. */
    private void add(String id, double value) {
        int i = Metrics.order(id);
        v[i] = Double.isNaN(v[i]) ? value : v[i] + value;
    }

    private void thp(Mmu mmu, RunProbe probe) {
        if (mmu != null) {
            long ok = mmu.stat(MmuStat.THP_FAULT_ALLOC);
            long fallback = mmu.stat(MmuStat.THP_FAULT_FALLBACK);
            if (ok + fallback > 0) {
                put("thp_alloc_success_pct", 100.0 * ok / (ok + fallback));
                return;
            }
        }
        if (probe.thpAttempts > 0) {
            put("thp_alloc_success_pct", 100.0 * probe.thpSuccesses / probe.thpAttempts);
        }
    }

    private void unaccepted(mmlens.engine.UnacceptedStats u) {
        put("boot_time_ns", u.bootTimeNs());
        put("boot_accept_ns", u.bootAcceptNs());
        put("accept_ns", u.acceptNs());
        put("accepted_kb", u.acceptedKb());
        long[] samples = u.acceptedKbSamples();
        for (int q : new int[] {25, 50, 75}) {
            int i = q * samples.length / 100;
            if (i < samples.length) {
                put("accepted_kb_at_" + q, samples[i]);
            }
        }
        put("unaccepted_kb", u.unacceptedKb());
    }

    /** Nearest-rank 99th percentile: the ceil(0.99 n)-th smallest value. */
    static double p99(long[] costs) {
        long[] s = costs.clone();
        java.util.Arrays.sort(s);
        int rank = (int) Math.ceil(0.99 * s.length);
        return s[Math.max(0, rank - 1)];
    }
}
