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
        return DeferredFlushCheckTest.checkSuite("asi", 5, patched);
    }

    @Test
    void asiConversionsAndFlushesAreComparedWithMainlinesZero() {
        ImpactReport r = check(Knobs.mainline().with("asi", "split-unmovable"));
        Effect conversions = r.effect("asi/sensitive-mix", "asi_conversions");
        assertNotNull(conversions, "compared: " + r);
        assertEquals(0.0, conversions.baseline().mean());
        assertTrue(conversions.patched().mean() > 0, conversions.toString());
        assertEquals(Verdict.WORSE, conversions.verdict(), conversions.toString());
        for (String metric : List.of("asi_tlb_flushes", "asi_flushes_per_conversion", "asi_time_ns")) {
            Effect e = r.effect("asi/sensitive-mix", metric);
            assertNotNull(e, metric + " compared: " + r);
            assertEquals(0.0, e.baseline().mean(), metric);
        }
    }

    /**
     * What the restricted physmap costs is part of kernel time: asi_map() per block, asi_unmap()
     * with its kernel TLB flush and IPIs. The suite's allocator does the same work otherwise, so
     * the patched kernel time exceeds mainline's by at least the ASI cost's mean.
     */
    @Test
    void theRestrictedPhysmapsCostCountsInKernelTime() {
        ImpactReport r = check(Knobs.mainline().with("asi", "split-unmovable"));
        Effect asi = r.effect("asi/sensitive-mix", "asi_time_ns");
        assertNotNull(asi, "compared: " + r);
        assertTrue(asi.patched().mean() > 0, asi.toString());
        Effect kernel = r.effect("asi/sensitive-mix", "kernel_time_ns");
        assertNotNull(kernel, "compared: " + r);
        assertTrue(kernel.patched().mean() > kernel.baseline().mean(), kernel.toString());
    }

    @Test
    void mainlineAgainstItselfHasNoAsiMetric() {
        ImpactReport r = check(Knobs.mainline());
        assertEquals(null, r.effect("asi/sensitive-mix", "asi_conversions"), "neither side runs ASI");
    }
}
