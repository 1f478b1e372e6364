package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import mmlens.engine.Knobs;

/**
 * Seed 003 over randomized multi-cpu schedules ({@link Schedules}: faults, madvise DONTNEED/FREE,
 * munmap, migration, fork/exit, splits, deferred split scans): the RFC as posted (order-1 anon
 * folios) is caught splitting an order-1 folio; the fixed variant never produces a finding. The
 * normal run does 2 x 25 000 operations per variant; {@code -Dmmlens.long=true} runs 1 200 000 per
 * variant (3 seeds x 400 000).
 */
class AnonOrderRandomTest {
    private static Mmu machine(Knobs k) {
        return Rigs.small(MmuConfig.builder().cpus(4).knobs(k.with("anon_orders_madvise", "9")));
    }

    /** Runs {@code seeds} schedules of {@code ops} operations; returns {UNSPLITTABLE_FOLIO findings, other findings, ops}. */
    static long[] run(Knobs k, int seeds, long ops) {
        long[] r = new long[3];
        for (long seed = 1; seed <= seeds; seed++) {
            Mmu m = machine(k);
            Schedules s = new Schedules(m, seed);
            s.run(ops);
            r[0] += m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO);
            r[1] += m.findingTotal() - m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO);
            r[2] += s.ops;
            if (m.findingTotal() > 0 && k.equals(AnonOrderPolicyTest.FIXED)) {
                throw new AssertionError("seed " + seed + ": " + m.findings());
            }
        }
        return r;
    }

    private static void check(int seeds, long ops) {
        long[] posted = run(AnonOrderPolicyTest.POSTED, seeds, ops);
        long[] fixed = run(AnonOrderPolicyTest.FIXED, seeds, ops);
        System.out.println("003 randomized: posted " + posted[2] + " ops, " + posted[0] + " order-1 split findings, "
                + posted[1] + " others; fixed " + fixed[2] + " ops, " + (fixed[0] + fixed[1]) + " findings");
        assertTrue(posted[0] > 0, "the posted RFC's order-1 splits were not caught");
        assertEquals(0, fixed[0] + fixed[1]);
        assertEquals((long) seeds * ops, fixed[2]);
    }

    @Test
    void postedIsCaughtFixedIsClean() {
        check(2, 25_000);
    }

    @Test
    @EnabledIfSystemProperty(named = "mmlens.long", matches = "true")
    void postedIsCaughtFixedIsCleanOverMillions() {
        check(3, 400_000);
    }
}
