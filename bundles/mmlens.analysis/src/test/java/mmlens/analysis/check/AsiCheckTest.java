package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/**
 * The ASI page-allocator RFC checked against mainline on the asi suite: its conversions and kernel
 * TLB flushes are compared against mainline's 0 (a machine without ASI has no such counters, and
 * does none of that work), so the cost of the design shows as an effect instead of being dropped
 * for want of a baseline.
 */
class AsiCheckTest {

    private static ImpactReport check(Knobs patched) {
        return DeferredFlushCheckTest.checkSuite("asi", 3, patched);
    }

    @Test
    void asiConversionsAndFlushesAreComparedWithMainlinesZero() {
        ImpactReport r = check(Knobs.mainline().with("asi", "split-unmovable"));
        Effect conversions = r.effect("asi/sensitive-mix", "asi_conversions");
        assertNotNull(conversions, "compared: " + r);
        assertEquals(0.0, conversions.baseline().mean());
        assertTrue(conversions.patched().mean() > 0, conversions.toString());
        assertEquals(Verdict.WORSE, conversions.verdict(), conversions.toString());
        for (String metric : List.of("asi_tlb_flushes", "asi_flushes_per_conversion")) {
            Effect e = r.effect("asi/sensitive-mix", metric);
            assertNotNull(e, metric + " compared: " + r);
            assertEquals(0.0, e.baseline().mean(), metric);
        }
    }

    @Test
    void mainlineAgainstItselfHasNoAsiMetric() {
        ImpactReport r = check(Knobs.mainline());
        assertEquals(null, r.effect("asi/sensitive-mix", "asi_conversions"), "neither side runs ASI");
    }
}
