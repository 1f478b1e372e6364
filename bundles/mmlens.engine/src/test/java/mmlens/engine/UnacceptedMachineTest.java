package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.internal.Unaccepted;
import mmlens.engine.internal.Zone;
import mmlens.engine.proc.ProcFormatter;

/**
 * Unaccepted memory on a booted machine: what each {@code unaccepted} strategy does at boot and
 * on allocation, the invariants that hold for the correct strategies, and the gap they catch.
 */
class UnacceptedMachineTest {
    /** A 1 GiB x86 machine (DMA32 only) with {@code percent} of its memory unaccepted. */
    static Machine boot(String strategy, int percent) {
        MachineSpec x86 = MachineSpec.x86(1024, 2, 1);
        MachineSpec.Builder b = MachineSpec.builder().nodes(1).cpus(2).thp(true)
                .knobs(Knobs.mainline().with("unaccepted", strategy));
        x86.zones().forEach(z -> b.zone(z.nid(), z.type(), z.startPfn(), z.spannedPages()));
        x86.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
        if (percent > 0) {
            b.unacceptedPercent(percent);
        }
        return Machine.boot(b.build());
    }

    private static Zone dma32(Machine m) {
        return m.engine().zone(0, ZoneType.DMA32);
    }

    @Test
    void withoutUnacceptedMemoryEveryStrategyIsMainline() {
        String golden = null;
        for (String s : List.of("zone-list", "buddy-flag", "eager", "background", "buddy-flag-no-merge-carry")) {
            Machine m = boot(s, 0);
            assertNull(m.unacceptedStats());
            List<Integer> live = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                int p = m.allocPages(i % 2, Gfp.GFP_KERNEL, i % 4);
                live.add(p);
                live.add(i % 4);
                if (i % 3 == 0) {
                    m.freePages(i % 2, live.get(live.size() - 2), live.get(live.size() - 1));
                    live.remove(live.size() - 1);
                    live.remove(live.size() - 1);
                }
            }
            String out = ProcFormatter.render(m, "buddyinfo") + ProcFormatter.render(m, "vmstat")
                    + ProcFormatter.render(m, "zoneinfo");
            assertFalse(out.contains("nr_unaccepted"), s);
            if (golden == null) {
                golden = out;
            }
            assertEquals(golden, out, s);
        }
    }

    @Test
    void zoneListQueuesMaxOrderChunksCountedAsFree() {
        Machine m = boot("zone-list", 75);
        Zone z = dma32(m);
        Unaccepted u = m.engine().ctx.unaccepted;
        long nr = u.nrUnaccepted(z);
        assertTrue(nr > 0 && nr % 1024 == 0, "NR_UNACCEPTED " + nr);
        UnacceptedStats st = m.unacceptedStats();
        // 75% of ~1 GiB: the chunks hold about 750 MiB; NR_FREE_PAGES counts them
        assertTrue(nr * 4 > 700 * 1024 && nr * 4 <= st.initialKb() + 4096, nr + " " + st);
        assertTrue(z.nrFreePages >= nr);
        assertTrue(st.bootAcceptNs() < 100_000_000L, "lazy boot accepts little: " + st);
        assertEquals(List.of(), m.checkInvariants());
        assertTrue(ProcFormatter.render(m, "vmstat").contains("\nnr_free_cma 0\nnr_unaccepted " + nr + "\n"));
        assertTrue(ProcFormatter.render(m, "zoneinfo").contains("nr_unaccepted " + nr));
    }

    @Test
    void eagerAcceptsEverythingAtBoot() {
        Machine m = boot("eager", 75);
        UnacceptedStats st = m.unacceptedStats();
        assertEquals(0, st.unacceptedKb());
        assertEquals(0, m.engine().ctx.unaccepted.nrUnaccepted(dma32(m)));
        long units = st.initialKb() / 2048;
        assertTrue(st.bootAcceptNs() >= units * 4_096_000L, st.toString());
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void buddyFlagMarksFreeHeadsAndAcceptsInPostAllocHook() {
        Machine m = boot("buddy-flag", 75);
        Zone z = dma32(m);
        Unaccepted u = m.engine().ctx.unaccepted;
        assertEquals(0, u.nrUnaccepted(z), "v7 puts every page on the free lists");
        assertEquals(0, m.unacceptedStats().bootAcceptNs() - 8_000L * m.unacceptedStats().boot4kKb() / 4);
        // The highest free block is unaccepted and flagged: allocate order 10 from the tail of memory
        int flagged = 0;
        for (int pfn = z.startPfn; pfn < z.endPfn(); pfn += 1024) {
            if (u.pageUnaccepted(z, pfn)) {
                flagged++;
            }
        }
        assertTrue(flagged > 150, "flagged MAX_ORDER heads " + flagged);
        assertEquals(List.of(), m.checkInvariants());
        long before = m.cost(CostModel.Op.ACCEPT_2M);
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pages.add(m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 9));
        }
        assertTrue(m.cost(CostModel.Op.ACCEPT_2M) > before, "THP allocations accepted units");
        for (int p : pages) {
            assertFalse(u.containsUnaccepted(p, 512), "allocated block " + p + " is accepted");
        }
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void zoneListAcceptsWhenAcceptedFreeMemoryFallsBelowPromo() {
        Machine m = boot("zone-list", 75);
        Zone z = dma32(m);
        Unaccepted u = m.engine().ctx.unaccepted;
        long nr0 = u.nrUnaccepted(z);
        long accepted0 = z.nrFreePages - nr0;
        int n = 0;
        // allocate more than the accepted free memory: the list must shrink and no allocation fails
        while (n * 512L < accepted0 + 64 * 1024) {
            assertTrue(m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 9) >= 0, "allocation " + n);
            n++;
        }
        assertTrue(u.nrUnaccepted(z) < nr0, "chunks accepted");
        long acceptedFree = z.nrFreePages - u.nrUnaccepted(z);
        assertTrue(acceptedFree + 1024 >= z.watermark[Zone.WMARK_PROMO] - 512,
                "cond_accept_memory keeps accepted free pages near promo: " + acceptedFree);
        assertTrue(m.unacceptedStats().acceptNs() > 0);
        assertEquals(List.of(), m.checkInvariants());
    }

    /**
     * An order-0 page taken from an unaccepted MAX_ORDER block accepts its 2 MiB unit; expand()
     * left the other unit's order-9 half PageUnaccepted. Freed again, the page merges back up: v7
     * moves the halves' flags to the merged head, the gap leaves them on what became tails, so the
     * order-10 block is free, unflagged and half unaccepted.
     */
    @Test
    void missingMergeCarryLeavesAMixedBuddy() {
        for (String s : List.of("buddy-flag", "buddy-flag-no-merge-carry")) {
            Machine m = boot(s, 100);
            int p = m.allocPages(0, Gfp.GFP_KERNEL | Gfp.THISNODE, 0);
            m.freePages(0, p, 0);
            m.drainAllPages();
            List<String> v = m.checkInvariants();
            if (s.equals("buddy-flag")) {
                assertEquals(List.of(), v, s);
            } else {
                assertTrue(v.stream().anyMatch(x -> x.contains("mixed accepted state")), v.toString());
                assertTrue(v.stream().anyMatch(x -> x.contains("not heads of free blocks")), v.toString());
            }
        }
    }
}
