package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.AllocFailure;
import mmlens.engine.EngineListener;
import mmlens.engine.Knobs;

/**
 * The FLAGS knobs: their text form, and that the masks reach the allocation path. The workload: a
 * machine full of anonymous memory (nothing to reclaim), order-2 GFP_ATOMIC bursts that reserve
 * highatomic pageblocks, and, once the first burst's pages are back in those blocks, an order-0
 * GFP_ATOMIC storm that empties the normal free lists.
 */
class AllocFlagKnobsTest {
    private static final String WORKLOAD = String.join("\n",
            "[machine]", "memory = 512MiB", "cpus = 4", "nodes = 1", "thp = false",
            "[workload]", "ops = 200", "kswapd_every = 50", "vmstat_every = 50",
            "[burst fill]", "at = 0", "count = 1920", "gfp = GFP_HIGHUSER_MOVABLE", "orders = 6:1",
            "lifetime = forever",
            "[burst jumbo]", "at = 1", "count = 400", "gfp = GFP_ATOMIC|__GFP_COMP", "orders = 2:1",
            "lifetime = fixed 10",
            "[burst storm]", "at = 100", "count = 3000", "gfp = GFP_ATOMIC", "orders = 0:1",
            "lifetime = fixed 50",
            "[burst jumbo-2]", "at = 120", "count = 100", "gfp = GFP_ATOMIC|__GFP_COMP", "orders = 2:1",
            "lifetime = fixed 10", "");

    @Test
    void flagsAreWrittenAsTheKernelDoesInBitOrder() {
        Knobs k = Knobs.mainline().with("highatomic_fallback_flags", " ALLOC_NON_BLOCK | alloc_oom ");
        assertEquals("ALLOC_OOM|ALLOC_NON_BLOCK", k.get("highatomic_fallback_flags"));
        assertTrue(k.changed().isEmpty(), "6.18's mask in another order is no change");
        assertEquals(0x08 | 0x10, k.allocFlags("highatomic_fallback_flags"));
        assertEquals(0x200, Knobs.mainline().allocFlags("highatomic_first_flags"));
        assertEquals(0x08 | 0x10 | 0x20 | 0x200, Knobs.mainline().allocFlags("alloc_reserves"));
        assertEquals("0", Knobs.mainline().with("highatomic_fallback_flags", "0").get("highatomic_fallback_flags"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Knobs.mainline().with("highatomic_fallback_flags", "ALLOC_OOM|ALLOC_FOO"));
        assertTrue(e.getMessage().contains("'ALLOC_FOO' is not an ALLOC_* flag"), e.getMessage());
        assertEquals(Knobs.Kind.FLAGS, Knobs.info("wmark_highatomic_flags").kind());
    }

    @Test
    void nonBlockingOrderZeroRequestsLiveOffTheReserveOnlyWithNonBlockInTheFallbackMask() {
        long[] mainline = failures(Knobs.mainline());
        long[] oomOnly = failures(Knobs.mainline().with("highatomic_fallback_flags", "ALLOC_OOM"));
        // before v6.12 only ALLOC_OOM fell back to the reserve: more order-0 atomic failures ...
        assertTrue(oomOnly[0] > mainline[0], "order-0 failures " + oomOnly[0] + " vs " + mainline[0]);
        // ... and the reserve stays for the order-2 burst it was kept for
        assertTrue(oomOnly[1] < mainline[1], "order-2 failures " + oomOnly[1] + " vs " + mainline[1]);
    }

    @Test
    void withoutTheNonBlockingFlagsInAllocReservesTheReserveIsUnusableToAtomicRequests() {
        long[] mainline = failures(Knobs.mainline());
        long[] narrow = failures(Knobs.mainline().with("alloc_reserves", "ALLOC_OOM|ALLOC_HIGHATOMIC"));
        // no lowered min and highatomic free pages counted as unusable: order-0 atomics fail earlier
        assertTrue(narrow[0] > mainline[0], "order-0 failures " + narrow[0] + " vs " + mainline[0]);
    }

    @Test
    void highatomicFirstAndReserveMasksDecideWhetherBlocksAreReservedAndUsed() {
        long[] mainline = failures(Knobs.mainline());
        // no request reserves a block: nothing is kept for the order-2 bursts
        long[] noReserve = failures(Knobs.mainline().with("highatomic_reserve_flags", "0"));
        assertTrue(noReserve[1] != mainline[1] || noReserve[0] != mainline[0],
                "reserving nothing changes the failures: " + noReserve[0] + "/" + noReserve[1]);
    }

    /** Order-0 and order > 0 failures over seeds 1..3. */
    private static long[] failures(Knobs knobs) {
        Scenario s = Scenario.parse("atomic", WORKLOAD, null);
        long[] n = new long[2];
        EngineListener l = new EngineListener() {
            @Override
            public void allocFailed(int order, int gfp, AllocFailure reason) {
                n[order == 0 ? 0 : 1]++;
            }
        };
        for (int seed = 1; seed <= 3; seed++) {
            ScenarioRunner.run(s, seed, knobs, l);
        }
        return n;
    }
}
