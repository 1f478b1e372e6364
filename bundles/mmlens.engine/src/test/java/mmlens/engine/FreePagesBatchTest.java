package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import mmlens.engine.internal.IntDeque;
import mmlens.engine.internal.Orders;
import mmlens.engine.internal.PerCpuPages;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;

/**
 * {@link Machine#freePagesBatch} (whose order-0 pcp frees run in one loop) leaves every observable
 * state exactly as the same frees one by one through {@link Machine#freePages}: free lists in
 * order, pcp lists in order and their counters, every page's state byte, vm events, costs and the
 * listener events in order.
 */
class FreePagesBatchTest {
    /** Records every listener event in order. */
    private static final class Recorder implements EngineListener {
        final List<String> log = new ArrayList<>();

        @Override
        public void pageFree(int pfn, int order) {
            log.add("free " + pfn + "/" + order);
        }

        @Override
        public void pcpDrain(int pfn, int order, int migratetype) {
            log.add("drain " + pfn + "/" + order + "/" + migratetype);
        }

        @Override
        public void pcpRefill(int nid, int zoneIdx, int cpu, int order, int migratetype, int count) {
            log.add("refill " + nid + "/" + zoneIdx + "/" + cpu + "/" + order + "/" + migratetype + "/" + count);
        }

        @Override
        public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
            log.add("alloc " + pfn + "/" + order + "/" + migratetype);
        }
    }

    /** A machine with blocks allocated by a seeded mix: mostly order 0, some page cache and larger orders. */
    private static Machine machine(long seed, long[] pfns, int[] orders, Recorder rec) {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1));
        m.addListener(rec);
        Random r = new Random(seed);
        for (int i = 0; i < pfns.length; i++) {
            int order = r.nextInt(10) < 8 ? 0 : r.nextInt(4);
            int gfp = r.nextInt(5) == 0 ? Gfp.GFP_KERNEL : Gfp.GFP_HIGHUSER_MOVABLE;
            int pfn = r.nextInt(6) == 0 ? m.allocPageCache(i % 2, Gfp.GFP_HIGHUSER_MOVABLE, order)
                    : m.allocPages(i % 2, gfp, order);
            assertTrue(pfn >= 0, "allocation " + i);
            pfns[i] = pfn;
            orders[i] = order;
        }
        return m;
    }

    /** Everything the frees can change, as text. */
    private static String state(Machine m, Recorder rec) {
        StringBuilder sb = new StringBuilder();
        int nrMt = m.migrateTypes().count();
        for (Zone z : m.engine().allZones()) {
            ZoneMem zm = z.mem;
            if (zm == null) {
                continue;
            }
            sb.append("zone ").append(z.startPfn).append(" free ").append(z.nrFreePages).append(" file ")
                    .append(z.nrFilePages).append('\n');
            for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
                for (int mt = 0; mt < nrMt; mt++) {
                    sb.append(" list ").append(o).append('/').append(mt).append(':');
                    for (int s = zm.first(o, mt); s != ZoneMem.NIL; s = zm.nextInList(s)) {
                        sb.append(' ').append(s);
                    }
                    sb.append('\n');
                }
            }
            for (int c = 0; c < z.pcp.length; c++) {
                PerCpuPages p = z.pcp[c];
                sb.append(" pcp ").append(c).append(" count ").append(p.count).append(" high ").append(p.high)
                        .append(" free_count ").append(p.freeCount).append(" flags ").append(p.flags)
                        .append(" alloc_factor ").append(p.allocFactor).append('\n');
                for (IntDeque l : p.lists) {
                    sb.append("  ");
                    for (int i = 0; i < l.size(); i++) {
                        sb.append(' ').append(l.get(i));
                    }
                    sb.append('\n');
                }
            }
            long h = 0;
            for (int s = 0; s < zm.slots; s++) {
                h = h * 31 + zm.state(s);
            }
            sb.append(" states ").append(h).append('\n');
        }
        for (VmEvent ev : VmEvent.values()) {
            sb.append(ev).append(' ').append(m.event(ev)).append('\n');
        }
        sb.append("cost ").append(m.totalCost()).append('\n');
        sb.append(String.join("\n", rec.log));
        return sb.toString();
    }

    @Test
    void batchedFreesLeaveTheStateOfOneByOneFrees() {
        for (long seed = 1; seed <= 4; seed++) {
            int n = 6000;
            long[] pfns = new long[n];
            int[] orders = new int[n];
            Recorder ra = new Recorder();
            Machine a = machine(seed, pfns, orders, ra);
            Recorder rb = new Recorder();
            Machine b = machine(seed, new long[n], new int[n], rb);
            assertEquals(state(a, ra), state(b, rb), "seed " + seed + " before the frees");
            // free in a shuffled order on cpu 1, in batches of varying size
            Random r = new Random(seed + 100);
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                long tp = pfns[i];
                pfns[i] = pfns[j];
                pfns[j] = tp;
                int to = orders[i];
                orders[i] = orders[j];
                orders[j] = to;
            }
            String before = state(a, ra);
            for (int i = 0; i < n; i++) {
                a.freePages(1, (int) pfns[i], orders[i]);
            }
            for (int i = 0; i < n;) {
                int len = Math.min(n - i, 1 + r.nextInt(700));
                b.freePagesBatch(1, java.util.Arrays.copyOfRange(pfns, i, i + len),
                        java.util.Arrays.copyOfRange(orders, i, i + len), len);
                i += len;
            }
            String after = state(a, ra);
            assertNotEquals(before, after, "the frees changed nothing");
            assertEquals(after, state(b, rb), "seed " + seed);
        }
    }

    @Test
    void aBadPageInABatchThrowsAfterTheBlocksBeforeIt() {
        Recorder ra = new Recorder();
        Recorder rb = new Recorder();
        long[] pfns = new long[50];
        int[] orders = new int[50];
        Machine a = machine(7, pfns, orders, ra);
        Machine b = machine(7, new long[50], new int[50], rb);
        long[] batch = java.util.Arrays.copyOf(pfns, 51);
        int[] batchOrders = java.util.Arrays.copyOf(orders, 51);
        batch[50] = pfns[3]; // freed already by then
        batchOrders[50] = orders[3];
        for (int i = 0; i < 50; i++) {
            a.freePages(0, (int) pfns[i], orders[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> a.freePages(0, (int) batch[50], batchOrders[50]));
        assertThrows(IllegalArgumentException.class, () -> b.freePagesBatch(0, batch, batchOrders, 51));
        assertEquals(state(a, ra), state(b, rb));
    }
}
