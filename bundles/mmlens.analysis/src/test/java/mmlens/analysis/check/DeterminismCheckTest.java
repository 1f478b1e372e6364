package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/** Same input, same report, whatever the thread count; cancellation; steps the engine cannot run. */
class DeterminismCheckTest {
    private static final Knobs SHIFT = Knobs.mainline().with("claim_threshold_shift", "2");

    private static Suite small() {
        return new Suite("small", Set.of(), List.of(Suites.builtin("pcp").scenarios().get(1),
                Suites.builtin("tlb").scenarios().get(0), Suites.builtin("direct-map").scenarios().get(1)));
    }

    private static ImpactReport run(int threads) {
        List<Step> steps = List.of(new Step("shift", SHIFT),
                new Step("ceiling", SHIFT.with("tlb_single_page_flush_ceiling", "16")));
        return ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), steps, List.of(small()), 3, threads)
                .run(CheckMonitor.NONE)).report();
    }

    @Test
    void reportsAreEqualAcrossRunsAndThreadCounts() {
        ImpactReport one = run(1);
        ImpactReport two = run(2);
        assertEquals(one, two);
        assertEquals(one.toString(), two.toString());
        assertEquals(one, run(2));
        assertEquals(List.of(1L, 2L, 3L), one.seeds());
        assertEquals(List.of("pcp/bursty-cpus", "tlb/dontneed-storm", "direct-map/bpf-jit"), one.scenarios());
    }

    @Test
    void reportOrderIsScenarioThenMetric() {
        ImpactReport r = run(2);
        List<String> order = r.effects().stream()
                .map(e -> r.scenarios().indexOf(e.scenario()) + ":" + String.format("%03d", Metrics.order(e.metric())))
                .toList();
        assertEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void cancellationGivesNoReport() {
        AtomicInteger seen = new AtomicInteger();
        CheckMonitor cancelAfterTwo = new CheckMonitor() {
            @Override
            public void worked(String scenario, long seed, int done, int total) {
                seen.set(done);
            }

            @Override
            public boolean isCanceled() {
                return seen.get() >= 2;
            }
        };
        CheckResult r = new ImpactCheck(Knobs.mainline(), List.of(new Step("shift", SHIFT)), Suites.builtin(), 5, 2)
                .run(cancelAfterTwo);
        CheckResult.Canceled c = assertInstanceOf(CheckResult.Canceled.class, r);
        assertTrue(c.done() < c.total(), c.toString());
    }

    @Test
    void variantsTheEngineCannotRunAreReportedNotFaked() {
        String selfFallback = "Unmovable:Reclaimable,Movable;Movable:Movable,Unmovable;Reclaimable:Unmovable,Movable";
        List<Step> steps = List.of(new Step("asi", Knobs.mainline().with("fallbacks", selfFallback)));
        ImpactReport r = ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), steps, List.of(Suites.builtin("asi")), 2, 2)
                .run(CheckMonitor.NONE)).report();
        assertEquals(1, r.notRunnable().size());
        assertTrue(r.notRunnable().get(0).startsWith("step 1 (asi): knob fallbacks=" + selfFallback + ": not modelled by the engine"),
                r.notRunnable().get(0));
        assertEquals(0, r.lastStep());
        assertTrue(r.effects().isEmpty());
        assertTrue(r.findings().isEmpty());
        assertTrue(r.stats().stream().allMatch(m -> m.configs().size() == 1), "only the baseline ran");
        Knobs self = Knobs.mainline().with("fallbacks", selfFallback);
        steps = List.of(new Step("self", self), new Step("later", self.with("claim_threshold_shift", "2")));
        r = ((CheckResult.Done) new ImpactCheck(Knobs.mainline(), steps, List.of(Suites.builtin("unaccepted")), 2, 2)
                .run(CheckMonitor.NONE)).report();
        assertEquals(2, r.notRunnable().size());
        assertTrue(r.notRunnable().get(1).contains("an earlier step is not runnable"), r.notRunnable().toString());
        Knobs bad = Knobs.mainline().with("fallbacks", selfFallback);
        assertThrows(IllegalArgumentException.class,
                () -> new ImpactCheck(bad, List.of(), List.of(Suites.builtin("asi")), 2, 2).run(CheckMonitor.NONE));
    }
}
