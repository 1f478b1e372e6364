package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Effect;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/**
 * The suites written for one knob, each run by a check of a patch that changes it, on the 6.18
 * code that is each knob's other side:
 * <ul>
 * <li>{@code lowmem}: vm.lowmem_reserve_ratio on an 8 GiB machine, the only one with a ZONE_NORMAL.</li>
 * <li>{@code numa}: the kswapd node skip ("avoid kswapd thrashing due to NUMA restrictions"): node
 * 0's kswapd, woken by node-bound kernel allocations, reclaims less because unbound allocations
 * spill to node 1 (more NUMA misses). The other suites are single-node, where the pass cannot act.</li>
 * <li>{@code nonblocking}: 6.12's ALLOC_HIGHATOMIC for every non-blocking order > 0 request lets
 * GFP_NOWAIT requests reserve highatomic pageblocks; no other suite has such requests.</li>
 * </ul>
 */
class KnobSuiteCheckTest {

    static final String SKIP = "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n"
            + "--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
            + "@@ -3610,6 +3610,7 @@ get_page_from_freelist(gfp_t gfp_mask, unsigned int order, int alloc_flags,\n"
            + " \tstruct zoneref *z;\n \tstruct zone *zone;\n \tstruct pglist_data *last_pgdat = NULL;\n"
            + "+\tbool skip_kswapd_nodes = nr_online_nodes > 1;\n"
            + " \tbool last_pgdat_dirty_ok = false;\n \tbool no_fallback;\n \n";

    @Test
    void skippingNodesWhoseKswapdRunsSparesTheirReclaimAndSpills() {
        PatchSeries s = SeriesCheckTest.parse("skip.diff", SKIP);
        SeriesMapper.map(s);
        assertEquals("v6.12", SeriesMapper.configs(s).baseline().get("kswapd_node_skip"), "already in mainline");
        ImpactResult r = onItsSuite(s, "numa", 5);
        Effect scan = effect(r, "pgscan");
        assertEquals(Verdict.BETTER, scan.getVerdict(), scan.getId());
        assertNotNull(scan.getExplanation(), "the check says why");
        Effect miss = effect(r, "numa_miss");
        assertEquals(Verdict.WORSE, miss.getVerdict(), miss.getId());
        assertTrue(miss.getPatchedMean() > miss.getBaselineMean());
    }

    @Test
    void aSingleNodeMachineHasNoNumaMetric() {
        PatchSeries s = SeriesCheckTest.parse("skip.diff", SKIP);
        SeriesMapper.map(s);
        ImpactResult r = SeriesCheck.run(s, new CheckOptions(2, List.of("reclaim"), true, 2), CheckMonitor.NONE);
        assertTrue(r.getEffects().stream().noneMatch(e -> e.getMetric().equals("numa_miss")));
        assertTrue(r.getEffects().stream().allMatch(e -> e.getVerdict() == Verdict.NEUTRAL),
                "one node: the skip pass never acts");
    }

    /** Back to 6.12's condition: GFP_NOWAIT requests of order > 0 reserve highatomic blocks. */
    @Test
    void nonBlockingRequestsWithoutGfpHighReserveHighatomicBlocksOn612() {
        PatchSeries s = SeriesCheckTest.parse("highatomic.diff", "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n"
                + "--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -4436,7 +4436,7 @@ gfp_to_alloc_flags(gfp_t gfp_mask, unsigned int order)\n"
                + " \t\tif (!(gfp_mask & __GFP_NOMEMALLOC)) {\n \t\t\talloc_flags |= ALLOC_NON_BLOCK;\n \n"
                + "-\t\t\tif (order > 0 && (alloc_flags & ALLOC_MIN_RESERVE))\n+\t\t\tif (order > 0)\n"
                + " \t\t\t\talloc_flags |= ALLOC_HIGHATOMIC;\n \t\t}\n \n");
        SeriesMapper.map(s);
        assertEquals("v6.12", SeriesMapper.configs(s).patched().get("alloc_highatomic"));
        ImpactResult r = onItsSuite(s, "nonblocking", 3);
        Effect blocks = SeriesCheckTest.effect(r, "nonblocking/nowait-highorder", "highatomic_blocks");
        assertEquals(0.0, blocks.getBaselineMean(), "6.18: GFP_NOWAIT reserves nothing");
        assertTrue(blocks.getPatchedMean() > 0, blocks.getId());
        assertEquals(Verdict.WORSE, blocks.getVerdict());
        assertNotNull(blocks.getExplanation());
    }

    /**
     * {@code proactive}: proactiveness 20 -> 50 (high watermark 90 -> 60) makes kcompactd compact this
     * workload on its own, where at 20 it never does: the free memory ends in larger blocks, at the price
     * of kcompactd's migrations; no finding.
     */
    @Test
    void moreProactivenessTradesMigrationsForLargerFreeBlocks() {
        ImpactResult r = onItsSuite(proactiveness(50), "proactive", 5);
        Effect kcompactd = SeriesCheckTest.effect(r, "proactive/thp-light-timeouts", "compact_daemon_migrate_scanned");
        assertEquals(Verdict.WORSE, kcompactd.getVerdict(), kcompactd.getId());
        assertEquals(0.0, kcompactd.getBaselineMean(), "at 20 the score never reaches the high watermark");
        Effect unusable = SeriesCheckTest.effect(r, "proactive/thp-light-timeouts", "unusable_index.2");
        assertEquals(Verdict.BETTER, unusable.getVerdict(), unusable.getId());
        assertTrue(r.getFindings().isEmpty(), r.getFindings().toString());
    }

    /** The patch that sets compaction_proactiveness from 6.18's 20 to {@code value}, mapped. */
    private static PatchSeries proactiveness(int value) {
        PatchSeries s = SeriesCheckTest.parse("proactive.diff", "diff --git a/mm/compaction.c b/mm/compaction.c\n"
                + "--- a/mm/compaction.c\n+++ b/mm/compaction.c\n"
                + "@@ -1887,4 +1887,4 @@ static int sysctl_compact_unevictable_allowed __read_mostly = 1;\n"
                + "  * background. It takes values in the range [0, 100].\n  */\n"
                + "-static unsigned int __read_mostly sysctl_compaction_proactiveness = 20;\n"
                + "+static unsigned int __read_mostly sysctl_compaction_proactiveness = " + value + ";\n"
                + " static int sysctl_extfrag_threshold = 500;\n");
        SeriesMapper.map(s);
        return s;
    }

    /**
     * {@code proactive}: turning proactive compaction off (20 -> 0) on scattered-timeouts, whose score
     * climbs above the default high watermark: kcompactd no longer compacts on its own, fewer
     * GFP_TRANSHUGE_LIGHT huge pages find a free block (100 % -> about 63 %), and its migrations are
     * saved. On
     * thp-light-timeouts, which stays under 90 at 20, nothing changes.
     */
    @Test
    void turningProactiveCompactionOffLosesTheBlocksItMade() {
        ImpactResult r = onItsSuite(proactiveness(0), "proactive", 5);
        Effect migrated = SeriesCheckTest.effect(r, "proactive/scattered-timeouts", "pgmigrate_success");
        assertEquals(Verdict.BETTER, migrated.getVerdict(), migrated.getId());
        assertTrue(migrated.getPatchedMean() < migrated.getBaselineMean() / 5, migrated.getId());
        Effect thp = SeriesCheckTest.effect(r, "proactive/scattered-timeouts", "thp_alloc_success_pct");
        assertEquals(Verdict.WORSE, thp.getVerdict(), thp.getId());
        Effect other = SeriesCheckTest.effect(r, "proactive/thp-light-timeouts", "compact_daemon_migrate_scanned");
        assertEquals(Verdict.NEUTRAL, other.getVerdict(), other.getId());
        assertTrue(r.getFindings().isEmpty(), r.getFindings().toString());
    }

    static final String LOWMEM = "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n"
            + "--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
            + "@@ -231,9 +231,9 @@ static void __free_pages_ok(struct page *page, unsigned int order,\n"
            + " static int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES] = {\n"
            + " #ifdef CONFIG_ZONE_DMA\n \t[ZONE_DMA] = 256,\n #endif\n #ifdef CONFIG_ZONE_DMA32\n"
            + "-\t[ZONE_DMA32] = 256,\n+\t[ZONE_DMA32] = 64,\n #endif\n \t[ZONE_NORMAL] = 32,\n";

    /**
     * {@code lowmem}: a lower DMA32 ratio keeps four times as many DMA32 pages from requests that may
     * use ZONE_NORMAL. On the 8 GiB machine the driver's GFP_DMA32 burst then no longer stalls, and
     * the page cache, kept out of DMA32, stalls more; no other suite machine has a ZONE_NORMAL.
     */
    @Test
    void aLowerDma32RatioTradesMovableStallsForDma32Ones() {
        PatchSeries s = SeriesCheckTest.parse("lowmem.diff", LOWMEM);
        SeriesMapper.map(s);
        ImpactResult r = onItsSuite(s, "lowmem", 5);
        Effect dma32 = SeriesCheckTest.effect(r, "lowmem/dma32-spill", "allocstall_dma32");
        assertEquals(Verdict.BETTER, dma32.getVerdict(), dma32.getId());
        assertNotNull(dma32.getExplanation(), "the check says why");
        Effect movable = SeriesCheckTest.effect(r, "lowmem/dma32-spill", "allocstall_movable");
        assertEquals(Verdict.WORSE, movable.getVerdict(), movable.getId());
        ImpactResult small = SeriesCheck.run(s, new CheckOptions(2, List.of("reclaim"), true, 2), CheckMonitor.NONE);
        assertTrue(small.getEffects().stream().noneMatch(e -> e.getMetric().startsWith("allocstall_")),
                "1 GiB: no ZONE_NORMAL, no per-zone stall metrics");
    }

    /**
     * {@code atomic}: taking ALLOC_NON_BLOCK out of rmqueue_buddy()'s last resort (the kernel before
     * v6.12) leaves the reserve's free pages to the order-2 bursts: more order-0 GFP_ATOMIC failures,
     * fewer order-2 ones. The other suites of the mechanisms never empty the normal lists while the
     * reserve holds free pages, so only this one measures the change.
     */
    @Test
    void orderZeroAtomicRequestsWithoutTheReserveFailMoreAndLeaveItToHighOrders() {
        PatchSeries s = SeriesCheckTest.parse("reserve.diff", "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n"
                + "--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -3176,7 +3176,7 @@ struct page *rmqueue_buddy(struct zone *preferred_zone, struct zone *zone,\n"
                + " \t\t\tpage = __rmqueue(zone, order, migratetype, alloc_flags);\n \n"
                + "-\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK)))\n"
                + "+\t\t\tif (!page && (alloc_flags & ALLOC_OOM))\n"
                + " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);\n \n");
        SeriesMapper.map(s);
        assertEquals("ALLOC_OOM", SeriesMapper.configs(s).patched().get("highatomic_fallback_flags"));
        ImpactResult r = onItsSuite(s, "atomic", 5);
        Effect order0 = SeriesCheckTest.effect(r, "atomic/rx-storm", "alloc_failures_order0");
        assertEquals(Verdict.WORSE, order0.getVerdict(), order0.getId());
        assertNotNull(order0.getExplanation(), "the check says why");
        Effect high = SeriesCheckTest.effect(r, "atomic/rx-storm", "alloc_failures_high_order");
        assertEquals(Verdict.BETTER, high.getVerdict(), high.getId());
    }

    private static final String GEN_CHECK = "diff --git a/arch/x86/mm/tlb.c b/arch/x86/mm/tlb.c\n"
            + "--- a/arch/x86/mm/tlb.c\n+++ b/arch/x86/mm/tlb.c\n"
            + "@@ -1186,7 +1186,6 @@ static void flush_tlb_func(void *info)\n"
            + " \t\treturn;\n \t}\n \n"
            + "-\tif (unlikely(f->new_tlb_gen != TLB_GENERATION_INVALID &&\n"
            + "-\t\t     f->new_tlb_gen <= local_tlb_gen)) {\n"
            + "+\tif (f->new_tlb_gen <= local_tlb_gen) {\n"
            + " \t\tgoto done;\n \t}\n";

    /**
     * Dropping the generation guard makes every cpu skip the batched flushes of migration (their
     * request has no generation): the engine's checker sees a cpu read a migrated page through the
     * entry the skipped flush should have removed; the reverse patch (the fix) lists the same
     * problem as fixed, with the baseline's trace, and as no new finding.
     */
    @Test
    void skippedBatchedFlushesAreFoundAndTheirFixIsListedAsFixed() {
        PatchSeries bug = SeriesCheckTest.parse("gen.diff", GEN_CHECK);
        SeriesMapper.map(bug);
        ImpactResult r = SeriesCheck.run(bug, new CheckOptions(2, List.of("tlb"), true, 2), CheckMonitor.NONE);
        assertTrue(r.getFindings().stream().anyMatch(f -> f.getKind().equals("STALE_TLB_FREED_PFN")
                && f.getTrace().stream().anyMatch(t -> t.contains("flush-ipi"))), r.getFindings().toString());
        assertTrue(r.getFixedFindings().isEmpty());
        assertTrue(r.getFindings().stream().allMatch(x -> x.getMessage().matches(".*\\(seeds? [0-9, ]+ of 2 shows? it; no baseline"
                + " seed does\\)$")), r.getFindings().get(0).getMessage());
        // the flushes the bug skips are cheaper than the ones it should send: their savings are not a gain
        boolean betterOnBroken = r.getEffects().stream().anyMatch(e -> e.getVerdict() == mmlens.model.Verdict.BETTER
                && r.getFindings().stream().anyMatch(x -> x.getScenario().equals(e.getScenario())));
        assertTrue(betterOnBroken, r.getEffects().toString());
        assertEquals(betterOnBroken, r.getNotes().stream().anyMatch(n -> n.contains("brings a correctness finding")),
                r.getNotes().toString());
        PatchSeries fix = SeriesCheckTest.parse("fix.diff", GEN_CHECK.replace("\n-\t", "\n=\t")
                .replace("\n+\t", "\n-\t").replace("\n=\t", "\n+\t").replace("-1186,7 +1186,6", "-1186,6 +1186,7"));
        SeriesMapper.map(fix);
        ImpactResult f = SeriesCheck.run(fix, new CheckOptions(2, List.of("tlb"), true, 2), CheckMonitor.NONE);
        assertTrue(f.getFindings().isEmpty(), f.getFindings().toString());
        assertEquals(r.getFindings().size(), f.getFixedFindings().size());
        assertTrue(f.getFixedFindings().stream().allMatch(x -> x.getKind().equals("STALE_TLB_FREED_PFN")
                && !x.getHunks().isEmpty() && !x.getTrace().isEmpty()));
        SeriesCheck.attach(fix, f);
        String text = mmlens.analysis.render.CheckText.render(List.of(fix), List.of());
        assertTrue(text.contains("FIXED X1 (STALE_TLB_FREED_PFN)"), text);
        assertTrue(text.contains("fixed (on the baseline, on no seed after the series)"), text);
    }

    /** Asserts that the check of {@code s} selects {@code suite}, then runs that suite alone over 1..seeds. */
    private static ImpactResult onItsSuite(PatchSeries s, String suite, int seeds) {
        CheckOptions o = new CheckOptions(seeds, List.of(), false, 2);
        assertTrue(SeriesCheck.suiteNames(s, o).contains(suite), SeriesCheck.suiteNames(s, o).toString());
        return SeriesCheck.run(s, new CheckOptions(seeds, List.of(suite), true, 2), CheckMonitor.NONE);
    }

    private static Effect effect(ImpactResult r, String metric) {
        return SeriesCheckTest.effect(r, "numa/kswapd-spill", metric);
    }
}
