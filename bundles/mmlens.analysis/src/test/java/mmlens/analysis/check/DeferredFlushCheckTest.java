package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/**
 * A patch that defers the TLB flush at migration (migrc: {@code flush_policy=deferred}) is checked
 * on both sides of its trade: the tlb suite's tiering scenario migrates folios mapped read-only,
 * the only ones such a policy defers, so shootdowns fall there; and the memory the deferral holds
 * is compared against mainline's 0 (mainline frees every source in its batch), so it shows as
 * worse. The suite's other migration scenario writes every page: nothing is deferred there.
 */
class DeferredFlushCheckTest {

    /**
     * Mainline against {@code patched} as one patch, on one built-in suite ({@code seeds} seeds, 2
     * threads): the check without a patch file, for tests of what a knob does.
     */
    static ImpactReport checkSuite(String suite, int seeds, Knobs patched) {
        return ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), List.of(new Step("patch 1", patched)),
                List.of(Suites.builtin(suite)), seeds, 2).run(CheckMonitor.NONE)).report();
    }

    private static ImpactReport check(Knobs patched) {
        return checkSuite("tlb", 5, patched);
    }

    @Test
    void deferringTheMigrationFlushCutsShootdownsAndHoldsMemory() {
        ImpactReport r = check(Knobs.mainline().with("flush_policy", "deferred"));
        Effect ipis = r.effect("tlb/tiering", "tlb_shootdown_ipis");
        assertNotNull(ipis, r.toString());
        assertEquals(Verdict.BETTER, ipis.verdict(), ipis.toString());
        assertTrue(ipis.changePct() < -10, ipis.toString());
        Effect held = r.effect("tlb/tiering", "migration_pending_peak_kb");
        assertNotNull(held, "mainline's side of the held memory is 0, not absent: " + r);
        assertEquals(0.0, held.baseline().mean());
        assertTrue(held.patched().mean() > 0, held.toString());
        assertEquals(Verdict.WORSE, held.verdict(), held.toString());
        assertTrue(Explanations.of("flush_policy", held.metric()).contains("source folio"),
                "the check says why the memory is held");
        Effect written = r.effect("tlb/numa-balance", "migration_pending_peak_kb");
        assertNotNull(written, r.toString());
        assertEquals(0.0, written.patched().mean(), "every migrated page is mapped writable: " + written);
        assertEquals(Verdict.NEUTRAL, r.effect("tlb/numa-balance", "tlb_shootdown_ipis").verdict());
    }

    @Test
    void mainlineAgainstItselfHoldsNothing() {
        ImpactReport r = check(Knobs.mainline());
        Effect held = r.effect("tlb/tiering", "migration_pending_peak_kb");
        assertNotNull(held);
        assertEquals(0.0, held.baseline().mean());
        assertEquals(0.0, held.patched().mean());
        assertTrue(r.significantEffects().isEmpty(), r.toString());
    }
}
