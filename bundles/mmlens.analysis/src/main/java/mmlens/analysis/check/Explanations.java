package mmlens.analysis.check;

import java.util.Map;

/**
 * Why a knob moves a metric, in a reviewer's words: one sentence per (knob, metric family), the
 * mechanism behind the direction. Used for the explanation of significant effects; null when
 * the check knows no mechanism linking them (the effect is then reported without a reason).
 */
final class Explanations {
    private static final Map<String, String> BY_KNOB = Map.ofEntries(
            Map.entry("claim_threshold_shift|fallback",
                    "try_to_claim_block() claims a pageblock once free + compatible pages reach 1 << (pageblock_order"
                            + " - N): a larger N claims blocks sooner (more pageblock claims, fewer mixed blocks)"),
            Map.entry("claim_order_divisor|fallback",
                    "should_try_claim_block() lets orders >= pageblock_order / N claim a block: a larger N lets"
                            + " smaller fallbacks claim whole pageblocks"),
            Map.entry("fallbacks|fallback", "fallbacks[] decides which migratetype a request steals from first"),
            Map.entry("fallback_behaviour|fallback",
                    "v6.12 steals from the biggest buddy of another type; v6.18 claims top-down and then steals the"
                            + " smallest buddy"),
            Map.entry("watermark_scale_factor|reclaim",
                    "the low/high watermarks sit managed * factor / 10000 above min: a larger factor wakes kswapd"
                            + " earlier and lets it reclaim further (more kswapd scanning, fewer direct-reclaim stalls)"),
            Map.entry("watermark_boost_factor|reclaim",
                    "fragmenting fallbacks boost the watermarks by up to factor / 10000 of high, making kswapd"
                            + " reclaim and compact"),
            Map.entry("min_free_kbytes|reclaim", "min_free_kbytes sets the min watermark every other one builds on"),
            Map.entry("tlb_single_page_flush_ceiling|tlb",
                    "ranges of more than the ceiling's pages are flushed whole: a lower ceiling turns single-page"
                            + " flushes (INVLPG per page) into full flushes"),
            Map.entry("flush_policy|tlb", "the flush policy decides when TLBs are flushed relative to freeing pages"),
            Map.entry("flush_policy|migration",
                    "a deferring policy keeps each migrated source folio until a later flush has covered every cpu"
                            + " that may still cache it; until then its memory is neither free nor usable"),
            Map.entry("pcp_batch_shift|pcp", "zone_batchsize() sets how many pages a pcp refill or drain moves"),
            Map.entry("pcp_batch_divisor|pcp", "zone_batchsize() sets how many pages a pcp refill or drain moves"),
            Map.entry("pcp_high_min_batch_shift|pcp", "pcp high's lower bound decides how soon per-cpu lists drain"),
            Map.entry("percpu_pagelist_high_fraction|pcp", "a fixed pcp high replaces the auto-tuned one"),
            Map.entry("pcp_free_high|pcp", "the free_high threshold decides when high-order frees drain the pcp list"),
            Map.entry("pcp_decay_shift|pcp", "decay_pcp_high() shrinks an idle pcp high by high >> N per interval"),
            Map.entry("pcp_batch_scale_max|pcp", "CONFIG_PCP_BATCH_SCALE_MAX bounds how far refills and frees scale"),
            Map.entry("page_alloc_costly_order|gfp",
                    "orders above PAGE_ALLOC_COSTLY_ORDER retry less, skip the pcp lists and never OOM-kill"),
            Map.entry("highatomic_reserve_divisor|fallback", "the highatomic reserve may grow to managed / N"),
            Map.entry("compaction_proactiveness|compaction", "proactive compaction keeps the fragmentation score low"),
            Map.entry("extfrag_threshold|compaction",
                    "below the threshold a costly failure is blamed on low memory and reclaimed, not compacted"),
            Map.entry("compact_gap_factor|compaction", "compaction needs compact_gap(order) free pages to run"),
            Map.entry("thp_orders_all_anon|folio", "the anon folio orders decide fault sizes, PTEs per fault and splits"),
            Map.entry("anon_orders|folio", "the anon folio orders decide fault sizes, PTEs per fault and splits"),
            Map.entry("anon_order_policy|folio",
                    "the fault's folio order decides faults, PTEs per fault, zeroing, exit work and splits"),
            Map.entry("kswapd_node_skip|reclaim",
                    "6.18's fast path first skips nodes whose kswapd is running: unbound allocations spill to an idle"
                            + " node instead of refilling the node being reclaimed, so less is scanned there"),
            Map.entry("kswapd_node_skip|numa",
                    "skipping nodes whose kswapd is running sends unbound allocations to another node: more of them"
                            + " miss their preferred node"),
            Map.entry("kswapd_node_skip|fallback",
                    "allocations that spill to an idle node find free blocks of their own type there: fewer"
                            + " fragmenting fallbacks on the node under reclaim"),
            Map.entry("highatomic_fallback_flags|failures",
                    "rmqueue_buddy() lets requests with these ALLOC_* flags take from highatomic pageblocks when the"
                            + " normal lists and the fallbacks have nothing: with ALLOC_NON_BLOCK, GFP_ATOMIC order-0"
                            + " requests live off the reserve (fewer order-0 failures) and the high-order atomic"
                            + " requests it was kept for find less of it"),
            Map.entry("highatomic_fallback_flags|fallback",
                    "order-0 requests taking from highatomic pageblocks change which free blocks are left"),
            Map.entry("highatomic_first_flags|failures",
                    "requests with these flags take from highatomic pageblocks before the normal lists"),
            Map.entry("highatomic_reserve_flags|failures",
                    "each success of a request with these flags may reserve its pageblock for high-order atomic"
                            + " use, up to 1 % of the zone"),
            Map.entry("highatomic_reserve_flags|highatomic",
                    "each success of a request with these flags may reserve its pageblock for high-order atomic"
                            + " use, up to 1 % of the zone"),
            Map.entry("wmark_highatomic_flags|failures",
                    "a free highatomic block of the order lets requests with these flags pass the high-order"
                            + " watermark check"),
            Map.entry("alloc_reserves|failures",
                    "requests with ALLOC_RESERVES flags count free highatomic pages as usable and may go below"
                            + " the min watermark; requests without them see the reserve as unusable"),
            Map.entry("highatomic_reserve_divisor|failures",
                    "the highatomic reserve may grow to managed / N: a larger reserve keeps more for high-order"
                            + " atomic requests and less for everyone else"),
            Map.entry("alloc_highatomic|fallback",
                    "6.12 lets every non-blocking request of order > 0 reserve a highatomic pageblock; 6.18 only"
                            + " __GFP_HIGH ones"),
            Map.entry("alloc_highatomic|highatomic",
                    "6.12 lets every non-blocking request of order > 0 (GFP_NOWAIT too) reserve a highatomic"
                            + " pageblock; 6.18 only __GFP_HIGH ones, so GFP_NOWAIT requests reserve none"),
            Map.entry("mm_cpumask|tlb",
                    "6.18 leaves a cpu in an mm's cpumask when it switches away, so the mm's next flush still sends"
                            + " it an IPI (which then clears the bit); 6.12 cleared the bit on every switch, an atomic"
                            + " write per context switch that the engine does not charge"),
            Map.entry("capture_extfrag|fallback",
                    "6.18 counts a compaction capture from a pageblock of another type as a fragmenting fallback"
                            + " (the extfrag tracepoint); 6.12 does not trace it"),
            Map.entry("compaction_cma_check|compaction",
                    "6.18 skips costly async compaction for a request that may not use CMA unless non-CMA free pages"
                            + " cover the watermark plus compact_gap"),
            Map.entry("lowmem_reserve_ratio_dma32|reclaim",
                    "ZONE_DMA32 keeps managed(NORMAL) / N pages from requests that may use ZONE_NORMAL: a lower N"
                            + " sends those into reclaim sooner and leaves more of DMA32 to GFP_DMA32 requests"),
            Map.entry("lowmem_reserve_ratio_dma|reclaim",
                    "ZONE_DMA keeps the managed pages above it / N from requests that may use a higher zone"),
            Map.entry("lowmem_reserve_ratio_normal|reclaim",
                    "ZONE_NORMAL keeps the managed pages of ZONE_MOVABLE / N from movable requests (none without"
                            + " a movable zone)"),
            Map.entry("perm_grouping|direct-map",
                    "grouping permission changes in 2 MiB blocks splits fewer direct-map large pages"));

    private Explanations() {
    }

    /** The family of a metric: fallback, reclaim, migration, tlb, pcp, compaction, folio, direct-map, numa, highatomic, failures or gfp. */
    static String family(String metric) {
        if (metric.startsWith("extfrag") || metric.startsWith("pageblock") || metric.startsWith("unusable")) {
            return "fallback";
        }
        if (metric.startsWith("pgscan") || metric.startsWith("allocstall") || metric.startsWith("oom")) {
            return "reclaim";
        }
        if (metric.startsWith("migration_pending")) {
            return "migration";
        }
        if (metric.contains("tlb")) {
            return "tlb";
        }
        if (metric.startsWith("pcp") || metric.startsWith("zone_locked")) {
            return "pcp";
        }
        if (metric.startsWith("compact") || metric.startsWith("pgmigrate") || metric.startsWith("fragmentation_score")) {
            return "compaction";
        }
        if (metric.startsWith("thp") || metric.startsWith("pgfault") || metric.startsWith("ptes")) {
            return "folio";
        }
        if (metric.startsWith("direct_map") || metric.startsWith("DirectMap")) {
            return "direct-map";
        }
        if (metric.startsWith("numa")) {
            return "numa";
        }
        if (metric.startsWith("highatomic")) {
            return "highatomic";
        }
        if (metric.startsWith("alloc_failures")) {
            return "failures";
        }
        return "gfp";
    }

    /** The sentence for a knob and a metric, or null. */
    static String of(String knob, String metric) {
        return BY_KNOB.get(knob + "|" + family(metric));
    }
}
