package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/** Unsafe variants produce findings on the patched side; mainline and the safe variants none. */
class UnsafeVariantsCheckTest {
    private static ImpactReport check(String suite, Knobs... steps) {
        List<Step> l = new java.util.ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            l.add(new Step("patch " + (i + 1), steps[i]));
        }
        return ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), l, List.of(Suites.builtin(suite)), 3, 2)
                .run(CheckMonitor.NONE)).report();
    }

    /** Freeing unmapped pages before the shootdown leaves other cpus' TLB entries to freed pfns. */
    @Test
    void freeBeforeFlushLeavesStaleTlbEntries() {
        Knobs batched = Knobs.mainline().with("flush_policy", "immediate");
        ImpactReport r = check("tlb", batched, batched.with("flush_policy", "free-before-flush"));
        assertFalse(r.findings().isEmpty(), r.toString());
        for (Finding f : r.findings()) {
            assertEquals("STALE_TLB_FREED_PFN", f.kind(), f.toString());
            assertEquals(2, f.stepIndex(), "the immediate-flush step is safe: " + f);
            assertEquals("error", f.severity());
            assertFalse(f.trace().isEmpty());
            assertTrue(f.trace().size() <= Finding.MAX_TRACE);
        }
        assertTrue(r.findings().stream().anyMatch(f -> f.scenario().equals("tlb/dontneed-storm")), r.toString());
    }

    /** Order-1 anon folios cannot be split (no room for the deferred-split list): the checker says so. */
    @Test
    void orderOneAnonFoliosAreUnsplittable() {
        ImpactReport r = check("folio", Knobs.mainline().with("thp_orders_all_anon", "1-9"));
        assertFalse(r.findings().isEmpty(), r.toString());
        assertTrue(r.findings().stream().allMatch(f -> f.kind().equals("UNSPLITTABLE_FOLIO") && f.stepIndex() == 1),
                r.toString());
        assertEquals(Set.of("folio/kernel-build", "folio/fork-exit"),
                Set.copyOf(r.findings().stream().map(Finding::scenario).toList()));
    }

    @Test
    void mainlineRunsHaveNoFindings() {
        for (String suite : List.of("tlb", "folio")) {
            for (Scenario s : Suites.builtin(suite).scenarios()) {
                for (long seed = 1; seed <= 3; seed++) {
                    RunOutcome o = Runs.run(EngineAccess.DEFAULT, s, seed, Knobs.mainline());
                    assertEquals(List.of(), o.findings(), s.name() + " seed " + seed);
                }
            }
        }
    }

    /**
     * A patch that reserves 160 MiB of a 256 MiB machine (min_free_kbytes) leaves the kernel
     * stream without memory: OOM kills the baseline never had, with the allocator events before
     * the first one as the trace.
     */
    @Test
    void oomTheBaselineDidNotHaveIsAFinding() {
        Scenario s = Scenario.parse("oom", """
                [machine]
                memory = 256MiB
                cpus = 2
                [workload]
                ops = 12000
                [stream kernel]
                gfp = GFP_KERNEL
                orders = 0:1
                weight = 1
                lifetime = forever
                [burst table]
                at = 0
                count = 300
                gfp = GFP_KERNEL
                orders = 6:1
                lifetime = forever
                """, null);
        List<Step> steps = List.of(new Step("reserve", Knobs.mainline().with("min_free_kbytes", "163840")));
        ImpactReport r = ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), steps,
                List.of(new Suite("oom", Set.of(), List.of(s))), 2, 2).run(CheckMonitor.NONE)).report();
        assertEquals(1, r.findings().size(), r.toString());
        Finding f = r.findings().get(0);
        assertEquals("OOM_KILL", f.kind());
        assertEquals("warning", f.severity());
        assertTrue(f.trace().get(f.trace().size() - 1).contains("OOM"), f.trace().toString());
        assertTrue(f.trace().size() <= Finding.MAX_TRACE);
        assertTrue(r.effect("oom", "oom_kills").significant(), r.toString());
    }

    @Test
    void longTracesAreBounded() {
        List<String> t = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            t.add("line " + i);
        }
        Finding f = new Finding("K", "error", "m", "s", 1, t, 1);
        assertEquals(Finding.MAX_TRACE, f.trace().size());
        assertEquals("... 61 earlier lines omitted", f.trace().get(0));
        assertEquals("line 99", f.trace().get(Finding.MAX_TRACE - 1));
    }
}
