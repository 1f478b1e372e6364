package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Randomized allocation and free on a machine with unaccepted memory: the invariants
 * ({@link Machine#checkInvariants()}, including the unaccepted-memory ones) hold for every correct
 * strategy and catch the deliberate gap. The normal run does 60 000 operations per correct
 * strategy (20 000 of them with MAX_PAGE_ORDER requests); with {@code -Dmmlens.long=true} each
 * correct strategy runs 2 000 000 (half with MAX_PAGE_ORDER requests).
 */
class UnacceptedRandomTest {
    static final List<String> CORRECT = List.of("zone-list", "buddy-flag", "eager", "background");

    /**
     * {@code ops} random operations (60 % allocations of orders 0-3 and 9 with kernel, movable
     * and THP flags, frees of random live blocks, drains, kswapd runs, background ticks) on a
     * 512 MiB machine with 80 % unaccepted, checking invariants every {@code checkEvery} and at the
     * end; returns the violations of every check (about the first 200; empty when none).
     */
    static List<String> churn(String strategy, long seed, long ops, long checkEvery) {
        return churn(strategy, seed, ops, checkEvery, false);
    }

    /** {@link #churn} where 1 allocation in 50 is a movable MAX_PAGE_ORDER block when {@code maxOrder}. */
    static List<String> churn(String strategy, long seed, long ops, long checkEvery, boolean maxOrder) {
        MachineSpec x86 = MachineSpec.x86(512, 4, 1);
        MachineSpec.Builder b = MachineSpec.builder().nodes(1).cpus(4).thp(true)
                .knobs(Knobs.mainline().with("unaccepted", strategy)).unacceptedPercent(80).acceptEvery(64);
        x86.zones().forEach(z -> b.zone(z.nid(), z.type(), z.startPfn(), z.spannedPages()));
        x86.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
        Machine m = Machine.boot(b.build());
        SplittableRandom rnd = new SplittableRandom(seed);
        List<int[]> live = new ArrayList<>();
        java.util.Map<Integer, int[]> byPfn = new java.util.HashMap<>();
        m.addListener(new EngineListener() {
            @Override
            public void migrate(int src, int dst, int order) {
                int[] blk = byPfn.remove(src);
                if (blk != null) {
                    blk[0] = dst;
                    byPfn.put(dst, blk);
                }
            }
        });
        List<String> seen = new ArrayList<>();
        int[] gfps = {Gfp.GFP_KERNEL, Gfp.GFP_HIGHUSER_MOVABLE, Gfp.GFP_KERNEL | Gfp.RECLAIMABLE,
                Gfp.GFP_TRANSHUGE_LIGHT};
        for (long op = 0; op < ops; op++) {
            m.workloadTick(op, ops);
            int r = rnd.nextInt(100);
            int cpu = rnd.nextInt(4);
            if (r < 60 || live.isEmpty()) {
                int g = gfps[rnd.nextInt(gfps.length)];
                int order = g == Gfp.GFP_TRANSHUGE_LIGHT ? 9 : rnd.nextInt(8) == 0 ? 3 : rnd.nextInt(3);
                if (maxOrder && rnd.nextInt(50) == 0) {
                    g = Gfp.GFP_HIGHUSER_MOVABLE;
                    order = 10;
                }
                int pfn = m.allocPages(cpu, g, order);
                if (pfn >= 0) {
                    int[] blk = {pfn, order};
                    live.add(blk);
                    byPfn.put(pfn, blk);
                }
            } else if (r < 98) {
                // bias frees to recent blocks so memory stays in use and the list gets consumed
                int i = live.size() - 1 - Math.min(live.size() - 1, (int) Math.abs(rnd.nextGaussian() * 2000));
                int[] blk = live.get(i);
                live.set(i, live.get(live.size() - 1));
                live.remove(live.size() - 1);
                byPfn.remove(blk[0]);
                m.freePages(cpu, blk[0], blk[1]);
            } else if (r == 98) {
                m.drainAllPages();
            } else {
                m.runKswapd();
            }
            if (op % checkEvery == checkEvery - 1 && seen.size() < 200) {
                seen.addAll(m.checkInvariants());
            }
        }
        seen.addAll(m.checkInvariants());
        return seen;
    }

    @Test
    void correctStrategiesKeepTheInvariants() {
        for (String s : CORRECT) {
            assertEquals(List.of(), churn(s, 7, 40_000, 2_000), s);
        }
    }

    /**
     * With MAX_PAGE_ORDER requests direct compaction runs and captures merged blocks
     * (compaction_capture(), where v7 drops the merged buddies' PageUnaccepted): no violation.
     */
    @Test
    void maxOrderRequestsKeepTheInvariants() {
        for (String s : CORRECT) {
            assertEquals(List.of(), churn(s, 3, 20_000, 2_000, true), s);
        }
    }

    @Test
    void theGapIsCaught() {
        List<String> v = churn("buddy-flag-no-merge-carry", 7, 40_000, 2_000);
        assertTrue(v.stream().anyMatch(x -> x.contains("not heads of free blocks")), v.toString());
    }

    /**
     * 1 000 000 operations per correct strategy without and 1 000 000 with MAX_PAGE_ORDER requests
     * (8 000 000 in all), invariants every 5 000.
     */
    @Test
    @EnabledIfSystemProperty(named = "mmlens.long", matches = "true")
    void millionOperationsPerStrategy() {
        long ops = 0;
        for (String s : CORRECT) {
            assertEquals(List.of(), churn(s, 11, 1_000_000, 5_000, false), s);
            assertEquals(List.of(), churn(s, 12, 1_000_000, 5_000, true), s + " with order 10");
            ops += 2_000_000;
        }
        System.out.println("unaccepted churn: " + ops + " operations, no invariant violation");
    }
}
