package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.analysis.check.MetricId.Direction;

/**
 * The fixed metric catalog of the impact check, in report order. Every value is taken from one
 * scenario run (one seed, one engine configuration) at its end; see {@link MetricExtractor}.
 *
 * <p>Per-order fragmentation indices are {@code unusable_index.<order>} and
 * {@code extfrag_index.<order>} for orders 0..10. They are the kernel's integers in thousandths
 * (the value debugfs prints as {@code 0.889} is reported as 889; {@code extfrag_index} is -1000
 * when an allocation of that order would succeed), computed with the kernel's integer formulas
 * ({@link mmlens.engine.metrics.ContigPageInfo}) over the zone with the most managed pages.
 *
 * <p>A metric a run does not exercise is absent, never 0: allocator metrics need an allocator
 * machine, MMU metrics an MMU, {@code thp_alloc_success_pct} at least one THP attempt,
 * {@code alloc_latency_p99_ns} at least one workload request.
 */
public final class Metrics {
    /** Highest order of the per-order indices (MAX_PAGE_ORDER). */
    public static final int MAX_ORDER = 10;

    private static final Map<String, MetricId> ALL = new LinkedHashMap<>();

    private static final Direction LOWER = Direction.LOWER_IS_BETTER;

    private static void def(String id, String unit, Direction d, String source, String description) {
        ALL.put(id, new MetricId(id, unit, d, source, description));
    }

    static {
        def("extfrag_events", "events", LOWER, "tracepoint kmem:mm_page_alloc_extfrag",
                "fallback allocations from another migratetype's free list (claims and steals)");
        def("pageblock_claims", "events", LOWER,
                "kmem:mm_page_alloc_extfrag with change_ownership=1 (no counter)",
                "fallbacks that took over a whole pageblock for the requesting migratetype");
        for (int o = 0; o <= MAX_ORDER; o++) {
            def("unusable_index." + o, "thousandths", LOWER, "debugfs extfrag/unusable_index, order " + o,
                    "share of free memory unusable for an order-" + o
                            + " allocation at the end of the run (unusable_free_index)");
        }
        for (int o = 0; o <= MAX_ORDER; o++) {
            def("extfrag_index." + o, "thousandths", LOWER, "debugfs extfrag/extfrag_index, order " + o,
                    "fragmentation index for order " + o
                            + " at the end of the run (__fragmentation_index; -1000: would succeed)");
        }
        def("thp_alloc_success_pct", "percent", Direction.HIGHER_IS_BETTER,
                "100 * thp_fault_alloc / (thp_fault_alloc + thp_fault_fallback)",
                "with MMU THP faults: the vmstat ratio; otherwise order-9 workload allocations that succeeded,"
                        + " in percent of order-9 attempts (kmem:mm_page_alloc with and without a page)");
        def("compact_stall", "events", LOWER, "vmstat compact_stall", "direct compaction attempts");
        def("compact_migrate_scanned", "pages", LOWER, "vmstat compact_migrate_scanned",
                "pages the compaction migration scanner looked at (direct and kcompactd)");
        def("compact_isolated", "pages", LOWER, "vmstat compact_isolated",
                "pages isolated by compaction (migration sources and free targets)");
        def("compact_daemon_migrate_scanned", "pages", LOWER, "vmstat compact_daemon_migrate_scanned",
                "pages kcompactd's migration scanner looked at (woken and proactive runs)");
        def("fragmentation_score", "percent", LOWER, "fragmentation_score_node() from buddyinfo and zoneinfo",
                "the node's fragmentation score at the end of the run (free memory outside order-9 blocks, zones"
                        + " weighted by present pages; the highest node's), what proactive compaction keeps low");
        def("pgmigrate_success", "pages", LOWER, "vmstat pgmigrate_success",
                "pages migrated: the allocator's compaction plus the MMU's migrations");
        def("pgmigrate_fail", "pages", LOWER, "vmstat pgmigrate_fail",
                "pages that failed to migrate (allocator plus MMU)");
        def("pgscan", "pages", LOWER, "vmstat pgscan_kswapd + pgscan_direct",
                "pages scanned by reclaim, kswapd and direct");
        def("allocstall", "events", LOWER, "vmstat allocstall_{dma,dma32,normal,movable,device}",
                "direct reclaim entries of allocating tasks");
        for (String[] z : new String[][] {{"dma32", "DMA32", "GFP_DMA32"}, {"normal", "NORMAL", "GFP_KERNEL-like"},
            {"movable", "MOVABLE", "__GFP_MOVABLE"}}) {
            def("allocstall_" + z[0], "events", LOWER, "vmstat allocstall_" + z[0],
                    "direct reclaim stalls of requests whose highest zone is " + z[1] + " (" + z[2] + "); only on"
                            + " machines with a ZONE_NORMAL (more than 4 GiB), where the zones' lowmem reserves act");
        }
        def("pcp_drains", "pages", LOWER, "tracepoint kmem:mm_page_pcpu_drain (no counter)",
                "per-cpu list pages returned to the buddy lists (free_pcppages_bulk)");
        def("zone_locked_refills", "blocks", LOWER,
                "tracepoint kmem:mm_page_alloc_zone_locked with percpu_refill=1 (no counter)",
                "blocks taken from the buddy lists under zone->lock to refill per-cpu lists (rmqueue_bulk);"
                        + " the engine reports no event for rmqueue_buddy()");
        def("oom_kills", "events", LOWER, "vmstat oom_kill", "OOM kills the allocator's slow path would have made");
        def("alloc_failures_order0", "requests", LOWER,
                "tracepoint kmem:mm_page_alloc with no page, order 0 (no counter; warn_alloc()'s \"page allocation"
                        + " failure\" unless __GFP_NOWARN)",
                "order-0 allocation requests that got no page (non-blocking ones fail at the watermark or on empty"
                        + " free lists; others after reclaim, compaction or the OOM decision)");
        def("alloc_failures_high_order", "requests", LOWER,
                "tracepoint kmem:mm_page_alloc with no page, order > 0 (no counter)",
                "allocation requests of order 1 and above that got no page");
        def("highatomic_blocks", "pageblocks", LOWER, "/proc/pagetypeinfo Number of blocks type HighAtomic, all zones",
                "pageblocks held in the highatomic reserve at the end of the run: their free pages serve"
                        + " high-order atomic requests first (others only as rmqueue_buddy()'s last resort, see"
                        + " highatomic_fallback_flags) until the reserve is given back");
        def("numa_miss", "allocations", LOWER, "vmstat numa_miss",
                "allocations served by a node other than the preferred one (machines with more than one node only;"
                        + " lower is more local memory, though spilling can spare the local node's reclaim)");
        def("nr_tlb_remote_flush", "events", LOWER, "vmstat nr_tlb_remote_flush (CONFIG_DEBUG_TLBFLUSH)",
                "flush_tlb_multi calls and flush_tlb_all");
        def("nr_tlb_remote_flush_received", "events", LOWER, "vmstat nr_tlb_remote_flush_received",
                "flushes run on a cpu for another cpu's request");
        def("nr_tlb_local_flush_all", "events", LOWER, "vmstat nr_tlb_local_flush_all",
                "full local TLB flushes by the initiating cpu");
        def("nr_tlb_local_flush_one", "pages", LOWER, "vmstat nr_tlb_local_flush_one",
                "pages flushed one INVLPG at a time by the initiating cpu (and per kernel page)");
        def("tlb_shootdown_ipis", "events", LOWER, "/proc/interrupts TLB row (irq_tlb_count)",
                "TLB shootdown IPIs delivered for user address spaces");
        def("direct_map_level2_splits", "events", LOWER, "vmstat direct_map_level2_splits",
                "2M direct-map pages split to 4K while running");
        def("direct_map_level3_splits", "events", LOWER, "vmstat direct_map_level3_splits",
                "1G direct-map pages split to 2M while running");
        def("DirectMap4k_kb", "kB", LOWER, "/proc/meminfo DirectMap4k",
                "direct map mapped with 4K pages at the end of the run");
        def("DirectMap2M_kb", "kB", Direction.HIGHER_IS_BETTER, "/proc/meminfo DirectMap2M",
                "direct map mapped with 2M pages at the end of the run");
        def("pgfault", "events", LOWER, "vmstat pgfault", "page faults handled by the MMU model");
        def("migration_pending_peak_kb", "kB", LOWER, "no counter (migrc: zone->migrc_pending_nr); engine Mmu",
                "most memory held at once by source folios whose TLB flush migration deferred (flush_policy"
                        + " deferred*); 0 in runs of other policies that migrated folios (they free every source in"
                        + " its batch), absent otherwise");
        def("perm_shrunk_4k_kb", "kB", LOWER, "no counter; engine Mmu.permGroupingStats",
                "memory the grouped permission cache's shrinker gave back while its 2M direct-map page stays"
                        + " split into 4K pages (perm_grouping grouped-2m/gfp-flag only)");
        def("ptes_set", "entries", LOWER, "no counter (set_ptes/native_set_pte are inline); engine MmuStat.PTES_SET",
                "user page-table entries written with a non-empty value: mappings installed, write-protected,"
                        + " dirty/young updates, migration entries, table links (clears are not counted)");
        def("ptes_per_fault", "entries", Direction.HIGHER_IS_BETTER, "engine MmuStat.FAULT_PTES / pgfault",
                "page-table leaf entries installed by anonymous faults per fault (a PMD THP counts one):"
                        + " how many pages a fault maps on average");
        def("rss_anon_pages", "pages", LOWER, "engine MmuStat.ANON_RSS_AT_EXIT (MM_ANONPAGES at exit)",
                "anonymous pages each address space had mapped when it exited, summed: the memory a"
                        + " workload's processes held at their end (large folios map pages never written)");
        def("kernel_time_ns", "ns", LOWER, "model",
                "engine cost model, not a measurement: the allocator's CostModel.DEFAULT units (ns by"
                        + " convention) plus the MMU's CycleCosts cycles at a nominal 3 GHz (cycles / 3)");
        def("wall_time_ns", "ns", LOWER, "model",
                "engine cost model, not a measurement: kernel_time_ns plus the user-mode cycles the scenario"
                        + " states for its workload (at 3 GHz); present only when the scenario states user time");
        def("alloc_latency_p99_ns", "ns", LOWER, "model",
                "engine cost model, not a measurement: 99th percentile (nearest rank) of the cost each"
                        + " workload allocation request charged (fast path, direct reclaim, direct compaction,"
                        + " memory acceptance)");
        // unaccepted memory (seed 001): present only when the machine has some ([machine] unaccepted)
        def("boot_time_ns", "ns", LOWER, "model",
                "engine cost model, not a measurement: boot to shell = 1 s and 40 ns per present page (assumed)"
                        + " plus boot_accept_ns");
        def("boot_accept_ns", "ns", LOWER, "model",
                "engine cost model: accepting memory during boot (eager, chunks smaller than MAX_PAGE_ORDER,"
                        + " unaligned 4 KiB pieces; CostModel ACCEPT_4K and ACCEPT_2M)");
        def("accept_ns", "ns", LOWER, "model",
                "engine cost model: accepting memory after boot (allocations, background thread); part of"
                        + " kernel_time_ns");
        def("accepted_kb", "kB", LOWER, "bitmap units accepted after boot (no counter)",
                "memory accepted after boot by the end of the run (memory the host had to back)");
        for (int q : new int[] {25, 50, 75}) {
            def("accepted_kb_at_" + q, "kB", LOWER, "bitmap units accepted after boot (no counter)",
                    "memory accepted after boot when " + q + " % of the workload's operations had run");
        }
        def("unaccepted_kb", "kB", Direction.HIGHER_IS_BETTER, "/proc/meminfo Unaccepted",
                "memory still unaccepted at the end of the run");
        def("asi_conversions", "pageblocks", LOWER, "model (ASI RFC; no kernel counter)",
                "pageblocks whose sensitivity changed: asi_map() to nonsensitive plus asi_unmap() back (knob asi)");
        def("asi_tlb_flushes", "events", LOWER, "model: flush_tlb_kernel_range() calls of asi_unmap()",
                "kernel TLB flushes (each reaching every cpu) the ASI restricted physmap needed (knob asi)");
        def("asi_flushes_per_conversion", "ratio", LOWER, "model: asi_tlb_flushes / asi_conversions",
                "TLB flushes per pageblock sensitivity conversion (0 without conversions; knob asi)");
        def("asi_time_ns", "ns", LOWER, "model: CostModel ASI_MAP + ASI_UNMAP + ASI_ZERO",
                "engine cost model, not a measurement: what asi_map(), asi_unmap() with its kernel TLB flush"
                        + " and IPIs, and the zeroing of pages entering the restricted physmap cost; part of"
                        + " kernel_time_ns (knob asi)");
    }

    private static final Map<String, Integer> INDEX = new LinkedHashMap<>();

    static {
        for (String id : ALL.keySet()) {
            INDEX.put(id, INDEX.size());
        }
    }

    private Metrics() {
    }

    /** Every metric in report order. */
    public static List<MetricId> all() {
        return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
    }

    /** The metric with this id, or null. */
    public static MetricId get(String id) {
        return ALL.get(id);
    }

    /**
     * Whether a run without the metric did none of what it counts, so that it reads as 0 there: the
     * ASI model's counters exist only on a machine with knob {@code asi} on, and mainline makes no
     * ASI conversion or flush. A check of an ASI patch then compares them against mainline's 0.
     */
    public static boolean zeroWhenAbsent(String id) {
        return id.startsWith("asi_");
    }

    /** The position of {@code id} in report order (-1 if unknown). */
    public static int order(String id) {
        return INDEX.getOrDefault(id, -1);
    }
}
