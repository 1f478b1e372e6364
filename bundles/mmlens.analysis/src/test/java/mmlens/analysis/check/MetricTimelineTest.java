package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/** A metric sampled during a run ends where the check's end-of-run reading is and grows as a counter. */
class MetricTimelineTest {

    private static final Scenario CHURN = Scenario.parse("churn", "[machine]\nmemory = 256MiB\ncpus = 2\n[workload]\nops = 20000\n"
            + "[stream u]\ngfp = GFP_KERNEL\norders = 0:70 3:30\nweight = 1\nlifetime = exp 4000\n"
            + "[stream m]\ngfp = GFP_HIGHUSER_MOVABLE\norders = 0:1\nweight = 1\nlifetime = exp 20000\n", null);

    @Test
    void allocatorCounterGrowsToTheEndOfRunValue() {
        MetricTimeline.Series s = MetricTimeline.sample(CHURN, 1, Knobs.mainline(), "extfrag_events", 10, () -> false);
        assertEquals(10, s.x().length, "9 points during the run and the end");
        assertEquals(10.0, s.x()[0], 1e-9);
        assertEquals(100.0, s.x()[9], 1e-9);
        RunProbe probe = new RunProbe();
        double end = MetricExtractor.extract(EngineAccess.DEFAULT.run(CHURN, 1, Knobs.mainline(), probe), probe)[Metrics
                .order("extfrag_events")];
        assertEquals(end, s.y()[9], 1e-9);
        assertTrue(end > 0, "the churn falls back");
        for (int i = 1; i < s.y().length; i++) {
            assertTrue(s.y()[i] >= s.y()[i - 1], "a counter never decreases");
        }
        assertTrue(s.y()[0] < end, "the first sample is mid-run, not the end");
    }

    @Test
    void mmuStepsAreSampledAndCancelStops() {
        Scenario mmu = Scenario.parse("faults", "[machine]\nmemory = 512MiB\ncpus = 2\n[phase p]\nkind = anon-faults\n"
                + "processes = 4\npages = 64\n", null);
        MetricTimeline.Series s = MetricTimeline.sample(mmu, 2, Knobs.mainline(), "pgfault", 10, null);
        assertEquals(6, s.x().length, "boot, 4 processes, end");
        assertEquals(0.0, s.y()[0], 1e-9);
        assertEquals(s.y()[4], s.y()[5], 1e-9);
        assertTrue(s.y()[4] > s.y()[1]);
        assertThrows(CancellationException.class, () -> MetricTimeline.sample(CHURN, 1, Knobs.mainline(), "pgscan", 10, () -> true));
        assertThrows(IllegalArgumentException.class, () -> MetricTimeline.sample(CHURN, 1, Knobs.mainline(), "alloc_latency_p99_ns", 10, null));
    }
}
