package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Randomized multi-cpu schedules: the mainline flush policy (and the correct variations) never
 * produce a finding; freeing before flushing is caught, with a trace.
 */
class RandomScheduleTest {
    private static Mmu machine(FlushPolicy p) {
        return Rigs.small(MmuConfig.builder().cpus(4).flushPolicy(p)
                .folioOrders(FolioOrderPolicy.mainline((1L << 9) | (1L << 4), 1L << 2)));
    }

    @Test
    void mainlineBatchedPolicyIsNeverCaught() {
        long total = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Mmu m = machine(FlushPolicy.BATCHED);
            Schedules s = new Schedules(m, seed);
            s.run(400_000);
            total += s.ops;
            assertEquals(0, m.findingTotal(), "seed " + seed + ": " + m.findings());
            assertTrue(m.stat(MmuStat.PGMIGRATE_SUCCESS) > 0 && m.stat(MmuStat.NR_TLB_REMOTE_FLUSH) > 0);
        }
        assertTrue(total >= 1_200_000);
    }

    @Test
    void immediateAndDeferredGenerationsAreNeverCaught() {
        for (FlushPolicy p : new FlushPolicy[] {FlushPolicy.IMMEDIATE, FlushPolicy.DEFERRED_GENERATIONS}) {
            Mmu m = machine(p);
            new Schedules(m, 7).run(200_000);
            assertEquals(0, m.findingTotal(), p + ": " + m.findings());
        }
    }

    @Test
    void freeBeforeFlushIsCaught() {
        Mmu m = machine(FlushPolicy.FREE_BEFORE_FLUSH);
        new Schedules(m, 1).run(100_000);
        assertTrue(m.findingCount(Finding.Kind.STALE_TLB_FREED_PFN) > 0, "no finding");
        Finding f = m.findings().get(0);
        assertTrue(!f.trace().isEmpty(), f.toString());
    }
}
