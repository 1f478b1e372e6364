package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.model.PatchSeries;

/**
 * The knob sweep: values around the baseline's and the series', the metrics that move between
 * those two shown at every value, in value order; enum knobs are left to the check.
 */
class KnobSweepTest {

    @Test
    void theLadderHalvesTheLowerAndDoublesTheUpperWithinTheKnobsRange() {
        assertEquals(List.of("5", "10", "15", "20", "40"), KnobSweep.ladder(Knobs.info("watermark_scale_factor"), 10, 20));
        assertEquals(List.of("8", "16", "24", "33", "66"),
                KnobSweep.ladder(Knobs.info("tlb_single_page_flush_ceiling"), 33, 16));
        assertEquals(List.of("0", "1", "2", "4"), KnobSweep.ladder(Knobs.info("claim_threshold_shift"), 1, 2));
        assertEquals(List.of("4", "9", "10"), KnobSweep.ladder(Knobs.info("pageblock_order"), 9, 10), "max 10");
        // 1..7 are refused by the kernel's sysctl handler: only 0 and >= 8
        assertEquals(List.of("0", "8", "16", "32"),
                KnobSweep.ladder(Knobs.info("percpu_pagelist_high_fraction"), 0, 16));
    }

    /**
     * Lowering the flush ceiling from 33 to 16: munmap-storm flushes 32-page ranges, so every value
     * below 32 flushes them whole and every value from 32 up flushes them page by page. The row
     * shows that step at its place among the values, which a misordered column would break.
     */
    @Test
    void theCeilingsStepSitsBetweenTheValuesThatStraddleTheStormsRangeSize() {
        PatchSeries s = SeriesCheckTest.parse("ceiling.diff", String.format(SeriesCheckTest.CEILING, 33, 16));
        KnobSweep.Result r = KnobSweep.run(s, new CheckOptions(2, List.of("tlb"), true, 2), null, List.of(),
                CheckMonitor.NONE);
        assertEquals(1, r.sweeps().size(), r.toString());
        KnobSweep.Sweep w = r.sweeps().get(0);
        assertEquals("tlb_single_page_flush_ceiling", w.knob());
        assertEquals("33", w.baselineValue());
        assertEquals("16", w.seriesValue());
        assertEquals(List.of("8", "16", "24", "33", "66"), w.values());
        KnobSweep.Row one = row(w, "tlb/munmap-storm", "nr_tlb_local_flush_one");
        assertEquals(Verdict.BETTER, one.verdict());
        assertEquals(0.0, one.means().get(0));
        assertEquals(0.0, one.means().get(2), "24 < 32: the range is flushed whole");
        double perPage = one.means().get(3);
        assertTrue(perPage > 0, one.toString());
        assertEquals(perPage, one.means().get(4), "66 > 32: still page by page");
        KnobSweep.Row all = row(w, "tlb/munmap-storm", "nr_tlb_local_flush_all");
        assertEquals(Verdict.WORSE, all.verdict());
        assertTrue(all.means().get(1) > 0 && all.means().get(3) == 0, all.toString());
    }

    @Test
    void aTwoValuedEnumKnobIsLeftToTheCheck() {
        PatchSeries s = SeriesCheckTest.parse("skip.diff", KnobSuiteCheckTest.SKIP);
        KnobSweep.Result r = KnobSweep.run(s, new CheckOptions(2, List.of("reclaim"), true, 2), null, List.of(),
                CheckMonitor.NONE);
        assertEquals(List.of(), r.sweeps());
        assertEquals("kswapd_node_skip", r.skipped().get(0).knob());
        assertTrue(r.skipped().get(0).why().contains("two values"), r.toString());
    }

    static final String ASI = "diff --git a/include/linux/gfp_types.h b/include/linux/gfp_types.h\n"
            + "--- a/include/linux/gfp_types.h\n+++ b/include/linux/gfp_types.h\n"
            + "@@ -299,6 +305,12 @@ enum {\n"
            + " #define __GFP_NOLOCKDEP ((__force gfp_t)___GFP_NOLOCKDEP)\n \n"
            + "+/*\n+ * Allocate sensitive memory, i.e. do not map it into ASI's restricted address\n+ * space.\n+ */\n"
            + "+#define __GFP_SENSITIVE\t((__force gfp_t)___GFP_SENSITIVE)\n+\n"
            + " /* Room for N __GFP_FOO bits */\n #define __GFP_BITS_SHIFT ___GFP_LAST_BIT\n";

    /**
     * An enum knob of more than two values runs every design the engine has: the ASI RFC (the
     * series' value) beside mainline, its zeroed variant and the separate-area alternative. A metric
     * only the alternative moves is a row too (neutral at the series value): each value is compared
     * with the baseline's, not only the series' one. The ASI counters read 0 where ASI is off.
     */
    @Test
    void anEnumKnobRunsEveryDesignSideBySide() {
        PatchSeries s = SeriesCheckTest.parse("asi.diff", ASI);
        KnobSweep.Result r = KnobSweep.run(s, new CheckOptions(5, List.of(), false, 2), null, List.of(),
                CheckMonitor.NONE);
        KnobSweep.Sweep w = r.sweeps().get(0);
        assertEquals("asi", w.knob());
        assertEquals(List.of("off", "split-unmovable", "split-unmovable-zeroed", "unmapped-area"), w.values());
        KnobSweep.Row conversions = row(w, "asi/sensitive-mix", "asi_conversions");
        assertEquals(Verdict.WORSE, conversions.verdict());
        assertEquals(0.0, conversions.means().get(0), "no ASI, no conversion");
        KnobSweep.Row time = row(w, "asi/sensitive-mix", "kernel_time_ns");
        assertEquals(Verdict.NEUTRAL, time.verdict(), "the RFC's allocator work is cheap");
        assertTrue(time.means().get(3) > 2 * time.means().get(0), "the separate area zeroes whole blocks: " + time);
    }

    @Test
    void aKnobTheSeriesDoesNotChangeOrAValueTheKnobRefusesIsAnError() {
        PatchSeries s = SeriesCheckTest.parse("ceiling.diff", String.format(SeriesCheckTest.CEILING, 33, 16));
        CheckOptions o = new CheckOptions(2, List.of("tlb"), true, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnobSweep.run(s, o, "watermark_scale_factor", List.of(), CheckMonitor.NONE));
        assertTrue(e.getMessage().contains("tlb_single_page_flush_ceiling"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KnobSweep.run(s, o, null, List.of("-1"), CheckMonitor.NONE));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    /** A series that raises the flush ceiling and lowers it back ends where it began: nothing to sweep. */
    @Test
    void aSeriesThatUndoesItselfHasNothingToSweep() throws java.io.IOException {
        String text;
        try (java.io.InputStream in = KnobSweepTest.class.getResourceAsStream("/mmlens/analysis/map/raise-then-revert.mbox")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        KnobSweep.Result r = KnobSweep.run(SeriesCheckTest.parse("raise-then-revert.mbox", text),
                new CheckOptions(2, List.of("tlb"), true, 2), null, List.of(), CheckMonitor.NONE);
        assertEquals(List.of(), r.sweeps());
        assertTrue(r.note().contains("undoes"), r.toString());
    }

    /**
     * A sweep's values are alternatives, not a cumulative series: each is compared with the
     * baseline's. Two steps that both lower the ceiling to 16: compared step to step, the second
     * changes nothing; against the baseline (33) it changes what the first did.
     */
    @Test
    void sweptValuesAreComparedWithTheBaselineNotWithTheValueBefore() {
        Knobs base = Knobs.mainline();
        Knobs low = base.with("tlb_single_page_flush_ceiling", "16");
        List<Step> steps = List.of(new Step("16", low), new Step("16 again", low));
        Suite storm = new Suite("tlb", Set.of(), List.of(Suites.scenario("tlb/munmap-storm")));
        ImpactReport chained = ((CheckResult.Done) new ImpactCheck(base, steps, List.of(storm), 2, 2)
                .run(CheckMonitor.NONE)).report();
        ImpactReport fan = ((CheckResult.Done) new ImpactCheck(base, steps, List.of(storm), 2, 2).againstBaseline()
                .run(CheckMonitor.NONE)).report();
        assertTrue(chained.stepEffects().stream().noneMatch(e -> e.stepIndex() == 2), chained.stepEffects().toString());
        assertTrue(fan.stepEffects().stream().anyMatch(e -> e.stepIndex() == 2
                && e.metric().equals("nr_tlb_local_flush_one")), fan.stepEffects().toString());
    }

    private static KnobSweep.Row row(KnobSweep.Sweep w, String scenario, String metric) {
        return w.rows().stream().filter(r -> r.scenario().equals(scenario) && r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError(scenario + " " + metric + " not in " + w.rows()));
    }
}
