package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;

/**
 * The pcp drain frees an aligned run of ascending or descending order-0 pages at once (Buddy.freeAlignedRun): the
 * machine must end exactly as with one freeOnePage per page. Both ways run the same work; the free
 * lists (in order: the pages the next allocations get), the counters, the /proc files, the event
 * sequence and the cost model must match.
 */
class AlignedRunDrainTest {

    /** Batch frees in ascending, descending or shuffled pfn order. */
    private enum Order {
        UP, DOWN, SHUFFLED
    }

    /** Allocations and munmap-like batch frees, interleaved with random frees and refills. */
    private static String run(boolean alignedRuns, int pageblockOrder, Order freeOrder) {
        Buddy.alignedRuns = alignedRuns;
        try {
            Knobs k = Knobs.mainline().with("pageblock_order", Integer.toString(pageblockOrder));
            Machine m = Machine.boot(MachineSpec.x86(512, 2, 1).withKnobs(k));
            StringBuilder events = new StringBuilder();
            m.addListener(new EngineListener() {
                @Override
                public void pcpDrain(int pfn, int order, int mt) {
                    events.append('d').append(pfn).append(',');
                }

                @Override
                public void pageFree(int pfn, int order) {
                    events.append('f').append(pfn).append(',');
                }
            });
            SplittableRandom rnd = new SplittableRandom(7);
            List<long[]> live = new ArrayList<>(); // {pfn, order}
            for (int round = 0; round < 40; round++) {
                int n = 500 + rnd.nextInt(4000);
                for (int i = 0; i < n; i++) {
                    int order = rnd.nextInt(20) == 0 ? 1 + rnd.nextInt(3) : 0;
                    int pfn = m.allocPages(rnd.nextInt(2), rnd.nextInt(10) == 0 ? Gfp.GFP_KERNEL : Gfp.GFP_HIGHUSER_MOVABLE,
                            order);
                    if (pfn >= 0) {
                        live.add(new long[] {pfn, order});
                    }
                }
                // free most blocks in one batch, as an munmap does: its pages in ascending pfn order
                // where they were allocated from split blocks, descending where reused from pcp lists
                switch (freeOrder) {
                    case UP -> live.sort((x, y) -> Long.compare(x[0], y[0]));
                    case DOWN -> live.sort((x, y) -> Long.compare(y[0], x[0]));
                    case SHUFFLED -> shuffle(live, rnd);
                }
                long[] pfns = new long[live.size()];
                int[] orders = new int[live.size()];
                int b = 0;
                List<long[]> keep = new ArrayList<>();
                for (long[] a : live) {
                    if (rnd.nextInt(8) == 0) {
                        keep.add(a);
                    } else {
                        pfns[b] = a[0];
                        orders[b++] = (int) a[1];
                    }
                }
                m.freePagesBatch(rnd.nextInt(2), pfns, orders, b);
                live = keep;
            }
            StringBuilder next = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                next.append(m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, i % 7 == 0 ? 2 : 0)).append(',');
            }
            assertEquals(List.of(), m.checkInvariants());
            return ProcFormatter.buddyinfo(m) + ProcFormatter.pagetypeinfo(m) + ProcFormatter.vmstat(m)
                    + ProcFormatter.zoneinfo(m) + "\ncost " + m.totalCost() + "\nnext " + next + "\nevents " + events;
        } finally {
            Buddy.alignedRuns = true;
        }
    }

    private static void shuffle(List<long[]> l, SplittableRandom rnd) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            long[] t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    @Test
    void aRunFreedAtOnceLeavesWhatOneByOneLeaves() {
        String oneByOne = run(false, 9, Order.UP);
        String runs = run(true, 9, Order.UP);
        assertTrue(oneByOne.contains(",d"), "the work drained pcp lists");
        assertEquals(oneByOne, runs);
    }

    @Test
    void aDescendingRunToo() {
        String oneByOne = run(false, 9, Order.DOWN);
        assertTrue(oneByOne.contains(",d"), "the work drained pcp lists");
        assertEquals(oneByOne, run(true, 9, Order.DOWN));
    }

    @Test
    void alsoWithSmallPageblocks() {
        assertEquals(run(false, 3, Order.UP), run(true, 3, Order.UP));
        assertEquals(run(false, 3, Order.DOWN), run(true, 3, Order.DOWN));
    }

    @Test
    void shuffledFreesLeaveTheSameToo() {
        assertEquals(run(false, 9, Order.SHUFFLED), run(true, 9, Order.SHUFFLED));
    }

    @Test
    void aScenarioRunsTheSame() {
        String text = """
                [machine]
                memory = 256MiB
                cpus = 2

                [workload]
                ops = 30000
                kswapd_every = 1000
                vmstat_every = 1000
                kcompactd_every = 500

                [burst fill]
                at = 0
                count = 40000
                gfp = GFP_HIGHUSER_MOVABLE
                orders = 0:1
                lifetime = uniform 100 30000

                [stream unmovable]
                gfp = GFP_KERNEL
                orders = 0:8 1:1 3:1
                weight = 20
                lifetime = exp 20000

                [stream movable]
                gfp = GFP_HIGHUSER_MOVABLE
                orders = 0:1
                weight = 60
                lifetime = exp 2000

                [stream thp]
                gfp = GFP_TRANSHUGE
                orders = 9:1
                weight = 2
                lifetime = exp 3000
                from = 5000
                """;
        String[] out = new String[2];
        for (int i = 0; i < 2; i++) {
            Buddy.alignedRuns = i == 1;
            try {
                var r = ScenarioRunner.run(Scenario.parse("runs", text, null), 3);
                out[i] = r.render("buddyinfo") + r.render("vmstat") + r.render("pagetypeinfo") + r.machine().totalCost();
            } finally {
                Buddy.alignedRuns = true;
            }
        }
        assertEquals(out[0], out[1]);
    }
}
