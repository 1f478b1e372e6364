package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * The example series' three knobs, applied cumulatively (claim_threshold_shift=2, then
 * watermark_scale_factor=20, then tlb_single_page_flush_ceiling=16), on the scenario of each
 * mechanism: each effect is significant, goes the way the mechanism says, and is attributed to
 * the step that made it. Ten seeds, as the README's main job runs it: mixed-churn's fallback
 * counts vary between seeds by a factor of six, too much for the default five to tell.
 */
class ExampleSeriesCheckTest {
    private static ImpactReport report;

    @BeforeAll
    static void run() {
        Knobs k1 = Knobs.mainline().with("claim_threshold_shift", "2");
        Knobs k2 = k1.with("watermark_scale_factor", "20");
        Knobs k3 = k2.with("tlb_single_page_flush_ceiling", "16");
        List<Step> steps = List.of(new Step("claim threshold", k1), new Step("watermark scale", k2),
                new Step("flush ceiling", k3));
        Suite suite = new Suite("example", Set.of(), List.of(scenario("fragmentation", 0), scenario("reclaim", 0),
                scenario("tlb", 0)));
        report = ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), steps, List.of(suite), 10, 2)
                .run(CheckMonitor.NONE)).report();
    }

    private static Scenario scenario(String suite, int i) {
        return Suites.builtin(suite).scenarios().get(i);
    }

    private static Effect effect(String scenario, String metric) {
        Effect e = report.effect(scenario, metric);
        assertTrue(e != null, scenario + " " + metric + " missing in\n" + report);
        assertTrue(e.significant(), e + "\n" + report);
        return e;
    }

    /**
     * A quarter pageblock instead of half is enough for a fallback to claim the block: fallbacks
     * that stole one buddy now claim (pageblock_claims up), and because the claimed blocks serve
     * the following unmovable and reclaimable requests, far fewer requests fall back at all
     * (extfrag_events down, to under a third).
     */
    @Test
    void claimThresholdTradesStealsForClaims() {
        Effect claims = effect("fragmentation/mixed-churn", "pageblock_claims");
        Effect events = effect("fragmentation/mixed-churn", "extfrag_events");
        assertTrue(claims.patched().mean() > claims.baseline().mean(), claims.toString());
        assertTrue(events.patched().mean() < events.baseline().mean() / 3, events.toString());
        assertEquals(Verdict.WORSE, claims.verdict());
        assertEquals(Verdict.BETTER, events.verdict());
        assertEquals(List.of(1), claims.causes());
        assertEquals(List.of(1), events.causes());
    }

    /**
     * No allocation of the mainline mixed-churn run fails, though its watermarks are boosted after
     * every fragmenting fallback: kswapd, woken by the slow path, takes the boosts off before the
     * allocation's retries are spent (as the kernel's kswapd, running beside it, does).
     */
    @Test
    void boostedWatermarksFailNoAllocation() {
        Effect order0 = report.effect("fragmentation/mixed-churn", "alloc_failures_order0");
        assertTrue(order0 != null, "alloc_failures_order0 missing in\n" + report);
        assertEquals(0, order0.baseline().mean(), order0.toString());
        assertEquals(0, order0.patched().mean(), order0.toString());
    }

    /**
     * Doubling watermark_scale_factor doubles the gaps between min, low and high: kswapd is woken
     * earlier and reclaims up to a higher high watermark (more pages scanned, pgscan up), and the
     * allocations between two kswapd runs no longer drain the zone to min, so they stall in
     * direct reclaim far less often (allocstall down).
     */
    @Test
    void watermarkScaleFactorMovesReclaimToKswapd() {
        Effect scan = effect("reclaim/kswapd-watermarks", "pgscan");
        Effect stall = effect("reclaim/kswapd-watermarks", "allocstall");
        assertTrue(scan.patched().mean() > scan.baseline().mean(), scan.toString());
        assertTrue(stall.patched().mean() < stall.baseline().mean(), stall.toString());
        assertEquals(List.of(2), scan.causes());
        assertEquals(List.of(2), stall.causes());
    }

    /**
     * With the ceiling at 16, the 24-page ranges (more than 16, at most 33) become full flushes:
     * nr_tlb_local_flush_all rises by the 96 such flushes and nr_tlb_local_flush_one loses their
     * 96 * 24 single-page invalidations; the 8-page and 48-page ranges are flushed as before.
     */
    @Test
    void lowerCeilingTurnsMidSizedRangesIntoFullFlushes() {
        Effect all = effect("tlb/dontneed-storm", "nr_tlb_local_flush_all");
        Effect one = effect("tlb/dontneed-storm", "nr_tlb_local_flush_one");
        assertEquals(96, all.baseline().mean());
        assertEquals(192, all.patched().mean());
        assertEquals(96 * 8 + 96 * 24, one.baseline().mean());
        assertEquals(96 * 8, one.patched().mean());
        assertEquals(List.of(3), all.causes());
        assertEquals(List.of(3), one.causes());
    }

    @Test
    void noStepBringsFindings() {
        assertTrue(report.findings().isEmpty(), report.toString());
        assertEquals(3, report.lastStep());
    }
}
