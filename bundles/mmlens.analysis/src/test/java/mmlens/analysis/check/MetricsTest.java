package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.metrics.ContigPageInfo;
import mmlens.engine.scenario.Scenario;

/** The fixed metric ids, their documentation, and extraction from runs (absent is not 0). */
class MetricsTest {
    static final List<String> FIXED = List.of("extfrag_events", "pageblock_claims", "thp_alloc_success_pct",
            "compact_stall", "compact_migrate_scanned", "compact_isolated", "pgmigrate_success", "pgmigrate_fail",
            "pgscan", "allocstall", "pcp_drains", "zone_locked_refills", "oom_kills", "nr_tlb_remote_flush",
            "nr_tlb_remote_flush_received", "nr_tlb_local_flush_all", "nr_tlb_local_flush_one", "tlb_shootdown_ipis",
            "direct_map_level2_splits", "direct_map_level3_splits", "DirectMap4k_kb", "DirectMap2M_kb", "pgfault",
            "ptes_set", "kernel_time_ns", "alloc_latency_p99_ns",
            // seed 003 (folio): PTEs per fault, RSS at exit, wall time
            "ptes_per_fault", "rss_anon_pages", "wall_time_ns");
    /** Seed 001's unaccepted-memory metrics (issue 12), present only on machines with unaccepted memory. */
    static final List<String> UNACCEPTED = List.of("boot_time_ns", "boot_accept_ns", "accept_ns", "accepted_kb",
            "accepted_kb_at_25", "accepted_kb_at_50", "accepted_kb_at_75", "unaccepted_kb");
    /** Added for the ASI variant (issue 12): present only when knob asi is on. */
    static final List<String> ASI = List.of("asi_conversions", "asi_tlb_flushes", "asi_flushes_per_conversion",
            "asi_time_ns");

    @Test
    void everyFixedIdIsDocumented() {
        for (String id : FIXED) {
            MetricId m = Metrics.get(id);
            assertNotNull(m, id);
            assertFalse(m.description().isBlank(), id);
            assertFalse(m.source().isBlank(), id);
        }
        for (int o = 0; o <= 10; o++) {
            assertNotNull(Metrics.get("unusable_index." + o));
            assertNotNull(Metrics.get("extfrag_index." + o));
        }
        for (String id : UNACCEPTED) {
            assertNotNull(Metrics.get(id), id);
        }
        for (String id : ASI) {
            assertNotNull(Metrics.get(id), id);
        }
        assertNotNull(Metrics.get("numa_miss"));
        assertNotNull(Metrics.get("highatomic_blocks"));
        for (String z : List.of("dma32", "normal", "movable")) {
            assertNotNull(Metrics.get("allocstall_" + z), z);
        }
        assertNotNull(Metrics.get("alloc_failures_order0"));
        assertNotNull(Metrics.get("alloc_failures_high_order"));
        assertNotNull(Metrics.get("compact_daemon_migrate_scanned"));
        assertNotNull(Metrics.get("fragmentation_score"));
        // + migration_pending_peak_kb, perm_shrunk_4k_kb, numa_miss, highatomic_blocks, allocstall_{dma32,normal,movable},
        // alloc_failures_{order0,high_order}, compact_daemon_migrate_scanned, fragmentation_score
        assertEquals(FIXED.size() + 22 + 4 + 3 + 2 + 2 + UNACCEPTED.size() + ASI.size(), Metrics.all().size());
        assertEquals("model", Metrics.get("kernel_time_ns").source());
        assertTrue(Metrics.get("alloc_latency_p99_ns").description().contains("not a measurement"));
        assertEquals(MetricId.Direction.HIGHER_IS_BETTER, Metrics.get("thp_alloc_success_pct").direction());
        assertEquals(MetricId.Direction.LOWER_IS_BETTER, Metrics.get("unusable_index.9").direction());
    }

    @Test
    void indicesAreTheKernelsThousandths() {
        // kernel-facts.md: 100 free order-0 blocks + 10 order-3 blocks
        long[] nrFree = new long[11];
        nrFree[0] = 100;
        nrFree[3] = 10;
        assertEquals(889, ContigPageInfo.fill(nrFree, 4).fragmentationIndex(4));
        assertEquals(555, ContigPageInfo.fill(nrFree, 3).unusableFreeIndex(3));
    }

    @Test
    void nearestRankPercentile() {
        long[] c = new long[200];
        for (int i = 0; i < c.length; i++) {
            c[i] = i + 1;
        }
        assertEquals(198, MetricExtractor.p99(c));
        assertEquals(7, MetricExtractor.p99(new long[] { 7 }));
    }

    private static double value(RunOutcome o, String id) {
        return o.metrics()[Metrics.order(id)];
    }

    @Test
    void allocatorRunHasNoMmuMetrics() {
        Scenario s = Suites.builtin("reclaim").scenarios().get(0);
        RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, 1, Knobs.mainline());
        assertTrue(value(o, "pgscan") > 0, "the reclaim scenario reclaims");
        assertTrue(value(o, "allocstall") > 0, "and stalls");
        assertTrue(value(o, "alloc_latency_p99_ns") > 0);
        assertTrue(value(o, "kernel_time_ns") > 0);
        for (String id : List.of("pgfault", "nr_tlb_local_flush_all", "DirectMap4k_kb", "tlb_shootdown_ipis",
                "ptes_set", "thp_alloc_success_pct")) {
            assertTrue(Double.isNaN(value(o, id)), id + " is absent without an MMU (or THP attempts)");
        }
        double u9 = value(o, "unusable_index.9");
        assertTrue(u9 >= 0 && u9 <= 1000, "thousandths: " + u9);
    }

    @Test
    void mmuRunHasFlushAndFaultMetrics() {
        Scenario s = Suites.builtin("tlb").scenarios().get(0);
        RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, 1, Knobs.mainline());
        // 96 rounds each of 8, 24 and 48 pages: 8 and 24 pages are flushed per page, 48 fully
        assertEquals(96 * 8 + 96 * 24, value(o, "nr_tlb_local_flush_one"));
        assertEquals(96, value(o, "nr_tlb_local_flush_all"));
        assertTrue(value(o, "tlb_shootdown_ipis") > 0);
        assertTrue(value(o, "DirectMap2M_kb") > 0);
        assertTrue(value(o, "ptes_set") >= value(o, "pgfault"), "every fault sets at least one entry");
        assertTrue(Double.isNaN(value(o, "alloc_latency_p99_ns")), "no allocator workload, no requests");
        assertTrue(o.findings().isEmpty(), o.findings().toString());
    }

    @Test
    void fragmentationRunCountsFallbacks() {
        Scenario s = Suites.builtin("fragmentation").scenarios().get(0);
        RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, 1, Knobs.mainline());
        assertTrue(value(o, "pageblock_claims") > 0);
        assertTrue(value(o, "extfrag_events") > value(o, "pageblock_claims"), "some fallbacks steal");
        double thp = value(o, "thp_alloc_success_pct");
        assertTrue(thp > 0 && thp < 100, "THP requests partly fail: " + thp);
        assertTrue(value(o, "compact_stall") > 0);
        assertTrue(value(o, "zone_locked_refills") > 0);
        assertTrue(value(o, "pcp_drains") > 0);
    }
}
