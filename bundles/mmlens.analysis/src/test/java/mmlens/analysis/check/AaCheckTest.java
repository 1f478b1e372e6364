package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/** Noise never becomes an effect: mainline against mainline on every built-in suite. */
class AaCheckTest {
    @Test
    void mainlineAgainstMainlineHasNoEffectAndNoFinding() {
        List<Step> steps = List.of(new Step("same configuration", Knobs.mainline()));
        CheckResult r = new ImpactCheck(Knobs.mainline(), steps, Suites.builtin(), 5, 2).run(CheckMonitor.NONE);
        ImpactReport rep = ((CheckResult.Done) r).report();
        assertTrue(rep.significantEffects().isEmpty(), rep.toString());
        assertTrue(rep.findings().isEmpty(), rep.toString());
        assertTrue(rep.notRunnable().isEmpty());
        assertTrue(rep.effects().size() > 100, "every scenario's metrics were compared: " + rep.effects().size());
    }

    /**
     * The stronger A/A: seeds 1..5 against seeds 6..10 of the same configuration, unpaired
     * (Welch, Holm, minimum change), on every scenario of every built-in suite: different seeds
     * are different workloads, and still nothing may be called an effect.
     */
    @Test
    void differentSeedsOfMainlineAreNotAnEffect() throws Exception {
        List<Scenario> all = new ArrayList<>();
        Suites.builtin().forEach(s -> all.addAll(s.scenarios()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<Map<String, double[]>>> first = new LinkedHashMap<>();
            Map<String, Future<Map<String, double[]>>> second = new LinkedHashMap<>();
            for (Scenario s : all) {
                first.put(s.name(), pool.submit(
                        () -> Runs.sample(EngineAccess.DEFAULT, s, Knobs.mainline(), new long[] { 1, 2, 3, 4, 5 })));
                second.put(s.name(), pool.submit(
                        () -> Runs.sample(EngineAccess.DEFAULT, s, Knobs.mainline(), new long[] { 6, 7, 8, 9, 10 })));
            }
            List<Effect> significant = new ArrayList<>();
            int compared = 0;
            for (Scenario s : all) {
                List<Effect> es = Comparison.compare(s.name(), first.get(s.name()).get(), second.get(s.name()).get(),
                        Comparison.Pairing.WELCH, 1);
                compared += es.size();
                es.stream().filter(Effect::significant).forEach(significant::add);
            }
            assertEquals(List.of(), significant, "compared " + compared);
        } finally {
            pool.shutdownNow();
        }
    }
}
