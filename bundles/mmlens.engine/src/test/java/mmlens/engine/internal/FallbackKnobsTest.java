package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.ZoneView;
import mmlens.engine.internal.FallbackTest.Extfrag;
import mmlens.engine.proc.SyntheticProc;

/**
 * The fallback, highatomic and compaction knobs on constructed free-list states: each test sets
 * one knob in the machine's {@link Sysctl} and shows the expression it changes.
 */
class FallbackKnobsTest {
    private static final int UNMOVABLE = 0;
    private static final int MOVABLE = 1;
    private static final int RECLAIMABLE = 2;

    private static Sysctl sysctl(Machine m) {
        return m.engine().ctx.sysctl;
    }

    private static ZoneView normal(Machine m) {
        return m.zones().stream().filter(z -> z.presentPages() > 0).findFirst().orElseThrow();
    }

    /** Two MOVABLE buddies (orders 7 and 3), neither enough to claim a block for an unmovable request. */
    private static Machine twoBuddies() {
        return new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 7, 1).free(MOVABLE, 3, 1).watermarks(10, 20, 30)
                .build();
    }

    @Test
    void mainlineStealsTheSmallestBuddy() {
        Machine m = twoBuddies();
        List<Extfrag> ev = recordFallbacks(m);
        assertTrue(m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0);
        assertEquals(List.of(new Extfrag(0, 3, UNMOVABLE, MOVABLE, true, false)), ev);
        assertEquals(1, normal(m).nrFree(7, MOVABLE), "the big buddy is untouched");
    }

    /**
     * v6.12 __rmqueue_fallback(): the biggest buddy (order 7) is found first; an unmovable request
     * may claim (can_steal_fallback()), the claim fails (128 free of 256 needed), and
     * steal_suitable_fallback() splits the order-7 buddy keeping its MOVABLE type.
     */
    @Test
    void fallbackV612StealsFromTheBiggestBuddy() {
        Machine m = twoBuddies();
        sysctl(m).fallbackV612 = true;
        List<Extfrag> ev = recordFallbacks(m);
        assertTrue(m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0);
        assertEquals(List.of(new Extfrag(0, 7, UNMOVABLE, MOVABLE, true, false)), ev);
        ZoneView z = normal(m);
        assertEquals(0, z.nrFree(7, MOVABLE));
        for (int o = 0; o < 7; o++) {
            assertEquals(o == 3 ? 2 : 1, z.nrFree(o, MOVABLE), "expand() of the order-7 buddy at order " + o);
        }
        assertEquals(0, z.pageblockCounts()[UNMOVABLE]);
        assertEquals(List.of(), m.checkInvariants());
    }

    /**
     * v6.12: a MOVABLE request whose biggest fallback buddy is below pageblock_order / 2 (order 3)
     * may not claim there (can_steal_fallback() false) and goes to find_smallest: order 1.
     */
    @Test
    void fallbackV612MovableRequestBelowTheClaimOrderTakesTheSmallestBuddy() {
        Machine m = new SyntheticProc().blocks(UNMOVABLE, 4).blocks(MOVABLE, 1).free(UNMOVABLE, 3, 1)
                .free(UNMOVABLE, 1, 1).watermarks(1, 2, 3).build();
        sysctl(m).fallbackV612 = true;
        List<Extfrag> ev = recordFallbacks(m);
        assertTrue(m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 0) >= 0);
        assertEquals(List.of(new Extfrag(0, 1, MOVABLE, UNMOVABLE, true, false)), ev);
        assertEquals(List.of(), m.checkInvariants());
    }

    /**
     * v6.12: a MOVABLE request whose biggest fallback buddy is at order 7 (&gt;= 9 / 2) may claim;
     * the claim fails (no movable pages in the block) and it steals from that biggest buddy, where
     * 6.18 steals the smallest (order 3).
     */
    @Test
    void fallbackV612MovableRequestAtClaimableOrderStealsTheBiggestBuddy() {
        for (boolean v612 : new boolean[] {false, true}) {
            Machine m = new SyntheticProc().blocks(UNMOVABLE, 4).blocks(MOVABLE, 1).free(UNMOVABLE, 7, 1)
                    .free(UNMOVABLE, 3, 1).watermarks(10, 20, 30).build();
            sysctl(m).fallbackV612 = v612;
            List<Extfrag> ev = recordFallbacks(m);
            assertTrue(m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 0) >= 0);
            assertEquals(List.of(new Extfrag(0, v612 ? 7 : 3, MOVABLE, UNMOVABLE, true, false)), ev);
            assertEquals(List.of(), m.checkInvariants());
        }
    }

    /** v6.12 claims like 6.18 when half the block is free. */
    @Test
    void fallbackV612ClaimsAHalfFreeBlock() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 8, 1).watermarks(10, 20, 30).build();
        sysctl(m).fallbackV612 = true;
        List<Extfrag> ev = recordFallbacks(m);
        assertTrue(m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0);
        assertEquals(List.of(new Extfrag(0, 8, UNMOVABLE, MOVABLE, true, true)), ev);
        assertEquals(1, normal(m).pageblockCounts()[UNMOVABLE]);
        assertEquals(List.of(), m.checkInvariants());
    }

    /** try_to_claim_block(): 128 free pages claim with 1 &lt;&lt; (9 - 2), not with 1 &lt;&lt; (9 - 1). */
    @Test
    void claimThresholdShiftLowersTheClaimThreshold() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 7, 1).watermarks(10, 20, 30).build();
        sysctl(m).claimThresholdShift = 2;
        List<Extfrag> ev = recordFallbacks(m);
        assertTrue(m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0);
        assertEquals(List.of(new Extfrag(0, 7, UNMOVABLE, MOVABLE, true, true)), ev);
        assertEquals(1, normal(m).pageblockCounts()[UNMOVABLE]);
    }

    /**
     * should_try_claim_block(3, MOVABLE): 3 &gt;= 9 / 2 is false, 3 &gt;= 9 / 3 true. The claim
     * threshold is dropped to one page so only the gate decides.
     */
    @Test
    void claimOrderDivisorOpensTheClaimGateForSmallMovableOrders() {
        for (int divisor : new int[] {2, 3}) {
            Machine m = new SyntheticProc().blocks(UNMOVABLE, 1).blocks(MOVABLE, 1).free(UNMOVABLE, 3, 1).build();
            sysctl(m).claimThresholdShift = 9;
            sysctl(m).claimOrderDivisor = divisor;
            List<Extfrag> ev = recordFallbacks(m);
            assertTrue(m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 0) >= 0);
            assertEquals(1, ev.size());
            assertEquals(divisor == 3, ev.get(0).changeOwnership(), "divisor " + divisor);
        }
    }

    /** The fallbacks knob reorders a row: Unmovable tries Movable before Reclaimable. */
    @Test
    void fallbacksKnobReordersTheTable() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 2).blocks(RECLAIMABLE, 2).free(MOVABLE, 10, 1)
                .free(RECLAIMABLE, 10, 1).build();
        sysctl(m).fallbacks = Knobs.mainline().with("fallbacks", "Unmovable:Movable,Reclaimable")
                .fallbacks(m.migrateTypes());
        List<Extfrag> ev = recordFallbacks(m);
        m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertEquals(MOVABLE, ev.get(0).fallbackMt());
    }

    /** watermark_boost_factor = 0: a claim below pageblock_order no longer boosts the watermark. */
    @Test
    void watermarkBoostFactorZeroDisablesBoosting() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 8, 1).watermarks(10, 20, 30).build();
        sysctl(m).watermarkBoostFactor = 0;
        assertTrue(m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0);
        assertEquals(1, normal(m).pageblockCounts()[UNMOVABLE]);
        assertEquals(0, normal(m).watermarkBoost());
    }

    /** reserve_highatomic_pageblock(): managed / 200 is below one pageblock for 100 blocks: no reserve. */
    @Test
    void highatomicReserveDivisorLimitsTheReserve() {
        for (int divisor : new int[] {100, 200}) {
            Machine m = new SyntheticProc().blocks(MOVABLE, 99).blocks(UNMOVABLE, 1).free(UNMOVABLE, 8, 1)
                    .free(UNMOVABLE, 7, 1).watermarks(200, 600, 700).build();
            sysctl(m).highatomicReserveDivisor = divisor;
            assertTrue(m.allocPages(0, Gfp.GFP_ATOMIC, 2) >= 0);
            assertEquals(divisor == 100 ? 512 : 0, normal(m).nrReservedHighatomic(), "divisor " + divisor);
        }
    }

    /** compact_gap(order) = N &lt;&lt; order. */
    @Test
    void compactGapFactorScalesTheGap() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 8, 1).build();
        assertEquals(2L << 9, m.engine().compaction.compactGap(9));
        sysctl(m).compactGapFactor = 5;
        assertEquals(5L << 9, m.engine().compaction.compactGap(9));
    }

    private static List<Extfrag> recordFallbacks(Machine m) {
        List<Extfrag> l = new ArrayList<>();
        m.addListener(new EngineListener() {
            @Override
            public void extfrag(int pfn, int ao, int fo, int am, int fm, boolean frag, boolean own) {
                l.add(new Extfrag(ao, fo, am, fm, frag, own));
            }
        });
        return l;
    }
}
