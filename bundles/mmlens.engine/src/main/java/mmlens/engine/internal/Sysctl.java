package mmlens.engine.internal;

import mmlens.engine.Knobs;
import mmlens.engine.MigrateTypes;

/**
 * vm.* tunables and the other {@link Knobs} values of one machine, with their Linux 6.18 defaults
 * (mm/page_alloc.c, mm/compaction.c, include/linux/mmzone.h, mm/Kconfig). Every field is read at
 * its point of use, so a machine booted with {@link #fromKnobs} runs the changed expression; the
 * defaults reproduce mainline exactly. The table in bundles/mmlens.engine/KNOBS.md names the
 * reader of each field.
 */
public final class Sysctl {
    /** vm.min_free_kbytes; negative means "compute at boot" (calculate_min_free_kbytes + THP raise). */
    public long minFreeKbytes = -1;
    /** vm.watermark_scale_factor (1/10000 of managed pages) */
    public int watermarkScaleFactor = 10;
    /** vm.watermark_boost_factor (1/10000 of the high watermark) */
    public int watermarkBoostFactor = 15000;
    /** vm.percpu_pagelist_high_fraction (0 = automatic) */
    public int percpuPagelistHighFraction;
    /** vm.lowmem_reserve_ratio per zone index ({@code lowmem_reserve_ratio_dma}, {@code _dma32}, {@code _normal}) */
    public int[] lowmemReserveRatio = {256, 256, 32, 0, 0};
    /** vm.extfrag_threshold (fragmentation index x 1000) */
    public int extfragThreshold = 500;
    /** sysctl_compaction_proactiveness (kcompactd's fragmentation-score watermarks; 0: no proactive compaction). */
    public int compactionProactiveness = 20;
    /** THP enabled: khugepaged's set_recommended_min_free_kbytes() raises min_free_kbytes. */
    public boolean thpEnabled = true;
    /** vm.defrag_mode */
    public boolean defragMode;

    /** {@code claim_order_divisor}: should_try_claim_block() claims at order &gt;= pageblock_order / N. */
    public int claimOrderDivisor = 2;
    /** {@code claim_threshold_shift}: try_to_claim_block() needs 1 &lt;&lt; (pageblock_order - N) pages. */
    public int claimThresholdShift = 1;
    /** {@code fallbacks}: per pcp migratetype its fallback types; null = the MigrateTypes table. */
    public int[][] fallbacks;
    /** {@code fallback_behaviour = v6.12}: __rmqueue_fallback() instead of claim-then-steal. */
    public boolean fallbackV612;
    /** {@code pageblock_order}: the order of a pageblock (1..MAX_PAGE_ORDER). */
    public int pageblockOrder = Orders.PAGEBLOCK_ORDER;
    /** {@code page_alloc_costly_order}: PAGE_ALLOC_COSTLY_ORDER. */
    public int costlyOrder = Orders.PAGE_ALLOC_COSTLY_ORDER;
    /** {@code pcp_batch_shift}: zone_batchsize() base = managed pages &gt;&gt; N. */
    public int pcpBatchShift = 10;
    /** {@code pcp_batch_divisor}: zone_batchsize() batch /= N. */
    public int pcpBatchDivisor = 4;
    /** {@code pcp_high_min_batch_shift}: zone_highsize() lower bound batch &lt;&lt; N. */
    public int pcpHighMinBatchShift = 2;
    /** {@code pcp_high_max_fraction}: the fraction zone_highsize() gets for high_max. */
    public int pcpHighMaxFraction = ZoneSetup.MIN_PERCPU_PAGELIST_HIGH_FRACTION;
    /** {@code pcp_batch_scale_max}: CONFIG_PCP_BATCH_SCALE_MAX. */
    public int pcpBatchScaleMax = Orders.PCP_BATCH_SCALE_MAX;
    /** {@code pcp_decay_shift}: decay_pcp_high() lowers high by high &gt;&gt; N. */
    public int pcpDecayShift = 3;
    /** {@code pcp_free_high = v6.12}: free_high at free_count &gt;= batch (not batch + high_min / 2). */
    public boolean pcpFreeHighV612;
    /** {@code alloc_highatomic = v6.12}: gfp_to_alloc_flags() sets ALLOC_HIGHATOMIC without __GFP_HIGH. */
    public boolean allocHighatomicV612;
    /** {@code kswapd_node_skip = v6.12}: get_page_from_freelist() has no skip-kswapd-nodes pass. */
    public boolean kswapdNodeSkipV612;
    /** {@code capture_extfrag = v6.12}: compaction_capture() traces no extfrag. */
    public boolean captureExtfragV612;
    /** {@code compaction_cma_check = v6.12}: no non-CMA watermark check for async costly compaction. */
    public boolean compactionCmaCheckV612;
    /** {@code compaction_search = linear}: compaction scanners without skip hints or fast searches. */
    public boolean compactionSearchLinear;
    /** {@code highatomic_first_flags}: rmqueue_buddy() tries highatomic blocks first for these ALLOC_* flags. */
    public int highatomicFirstFlags = AllocFlags.ALLOC_HIGHATOMIC;
    /** {@code highatomic_fallback_flags}: rmqueue_buddy() falls back to highatomic blocks for these. */
    public int highatomicFallbackFlags = AllocFlags.ALLOC_OOM | AllocFlags.ALLOC_NON_BLOCK;
    /** {@code highatomic_reserve_flags}: get_page_from_freelist() reserves the block for these. */
    public int highatomicReserveFlags = AllocFlags.ALLOC_HIGHATOMIC;
    /** {@code wmark_highatomic_flags}: __zone_watermark_ok() accepts a free highatomic block for these. */
    public int wmarkHighatomicFlags = AllocFlags.ALLOC_HIGHATOMIC | AllocFlags.ALLOC_OOM;
    /** {@code alloc_reserves}: ALLOC_RESERVES, the flags that reach the reserves in the watermark check. */
    public int allocReserves = AllocFlags.ALLOC_RESERVES;
    /** {@code highatomic_reserve_divisor}: the highatomic limit is managed / N, in whole pageblocks. */
    public int highatomicReserveDivisor = 100;
    /** {@code compact_gap_factor}: compact_gap(order) = N &lt;&lt; order pages. */
    public int compactGapFactor = 2;

    /**
     * The tunables a machine boots with under {@code knobs}; the caller has checked
     * {@link Knobs#unsupportedReason}. MMU knobs are not read here (see
     * {@code MmuConfig.Builder.knobs}).
     *
     * @param types the machine's migratetypes, for the fallbacks table
     * @throws IllegalArgumentException when the fallbacks table names a type {@code types} lacks
     */
    public static Sysctl fromKnobs(Knobs knobs, MigrateTypes types) {
        Sysctl s = new Sysctl();
        s.minFreeKbytes = knobs.getLong("min_free_kbytes");
        s.watermarkScaleFactor = knobs.getInt("watermark_scale_factor");
        s.watermarkBoostFactor = knobs.getInt("watermark_boost_factor");
        s.lowmemReserveRatio = new int[] {knobs.getInt("lowmem_reserve_ratio_dma"),
            knobs.getInt("lowmem_reserve_ratio_dma32"), knobs.getInt("lowmem_reserve_ratio_normal"), 0, 0};
        s.percpuPagelistHighFraction = knobs.getInt("percpu_pagelist_high_fraction");
        s.extfragThreshold = knobs.getInt("extfrag_threshold");
        s.compactionProactiveness = knobs.getInt("compaction_proactiveness");
        s.defragMode = knobs.getInt("defrag_mode") != 0;
        s.claimOrderDivisor = knobs.getInt("claim_order_divisor");
        s.claimThresholdShift = knobs.getInt("claim_threshold_shift");
        if (!knobs.changed().containsKey("fallbacks")) {
            s.fallbacks = null;
        } else {
            s.fallbacks = knobs.fallbacks(types);
        }
        s.costlyOrder = knobs.getInt("page_alloc_costly_order");
        s.pageblockOrder = knobs.getInt("pageblock_order");
        s.pcpBatchShift = knobs.getInt("pcp_batch_shift");
        s.pcpBatchDivisor = knobs.getInt("pcp_batch_divisor");
        s.pcpHighMinBatchShift = knobs.getInt("pcp_high_min_batch_shift");
        s.pcpHighMaxFraction = knobs.getInt("pcp_high_max_fraction");
        s.pcpBatchScaleMax = knobs.getInt("pcp_batch_scale_max");
        s.pcpDecayShift = knobs.getInt("pcp_decay_shift");
        s.behaviours(knobs);
        s.highatomicReserveDivisor = knobs.getInt("highatomic_reserve_divisor");
        s.compactGapFactor = knobs.getInt("compact_gap_factor");
        return s;
    }

    /**
     * Sets the "behaviour as of version X" fields (the allocator switches of the kernel version
     * profiles, {@code mmlens.engine.KernelProfile}) from {@code knobs}. They are read at their point
     * of use, so a running machine, e.g. one imported from /proc, can take them.
     */
    public void behaviours(Knobs knobs) {
        fallbackV612 = knobs.is("fallback_behaviour", "v6.12");
        pcpFreeHighV612 = knobs.is("pcp_free_high", "v6.12");
        allocHighatomicV612 = knobs.is("alloc_highatomic", "v6.12");
        kswapdNodeSkipV612 = knobs.is("kswapd_node_skip", "v6.12");
        captureExtfragV612 = knobs.is("capture_extfrag", "v6.12");
        compactionCmaCheckV612 = knobs.is("compaction_cma_check", "v6.12");
        compactionSearchLinear = knobs.is("compaction_search", "linear");
        highatomicFirstFlags = knobs.allocFlags("highatomic_first_flags");
        highatomicFallbackFlags = knobs.allocFlags("highatomic_fallback_flags");
        highatomicReserveFlags = knobs.allocFlags("highatomic_reserve_flags");
        wmarkHighatomicFlags = knobs.allocFlags("wmark_highatomic_flags");
        allocReserves = knobs.allocFlags("alloc_reserves");
    }
}
