package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;

/** The MMU knobs: MmuConfig.Builder.knobs and the scenario runs that use it. */
class KnobsMmuTest {
    private static final long B = Rigs.BASE;

    /** munmap-storm with 24-page chunks: below the ceiling of 33, above a ceiling of 16. */
    private static final String STORM = """
            [machine]
            memory = 512MiB
            cpus = 8
            anon_orders =
            [phase storm]
            kind = munmap-storm
            rounds = 128
            chunk = 24
            """;

    private static final String MODULES = """
            [machine]
            memory = 512MiB
            cpus = 4
            [phase mods]
            kind = module-load
            modules = 16
            """;

    @Test
    void configFollowsTheKnobs() {
        MmuConfig c = MmuConfig.builder().x86Ram(256).knobs(Knobs.mainline().with("tlb_single_page_flush_ceiling", "16")
                .with("flush_policy", "deferred").with("perm_grouping", "grouped-2m")).build();
        assertEquals(16, c.flushCeiling);
        assertSame(FlushPolicy.DEFERRED_GENERATIONS, c.flushPolicy);
        assertSame(PermGrouping.GROUPED_2M, c.permGrouping);
        MmuConfig m = MmuConfig.builder().x86Ram(256).knobs(Knobs.mainline()).build();
        assertEquals(33, m.flushCeiling);
        assertSame(FlushPolicy.BATCHED, m.flushPolicy);
        assertSame(PermGrouping.SCATTERED, m.permGrouping);
        assertEquals(1L << 9, m.folioOrders.orders(0, 1L << 30, false));
        assertEquals(1L << 9, m.folioOrders.orders(0, 1L << 30, true));
        MmuConfig mthp = MmuConfig.builder().x86Ram(256).knobs(Knobs.mainline().with("anon_orders", "0-4")
                .with("anon_orders_madvise", "5")).build();
        assertEquals(0b11100L, mthp.folioOrders.orders(0, 1L << 30, false), "orders 0 and 1 are masked off");
        assertEquals(0b111100L, mthp.folioOrders.orders(0, 1L << 30, true));
    }

    /**
     * Module loads flush 8-page text ranges of the kernel: page by page under the ceiling of 33,
     * flush_tlb_all() on every cpu under a ceiling of 4. (The munmap-storm scenario shows it too:
     * MunmapFlushRangeTest.)
     */
    @Test
    void flushCeilingKnobTurnsKernelRangeFlushesIntoFullFlushes() {
        Scenario s = Scenario.parse("mods", MODULES, null);
        Mmu mainline = ScenarioRunner.run(s, 1).mmu();
        Mmu low = ScenarioRunner.run(s, 1, Knobs.mainline().with("tlb_single_page_flush_ceiling", "4")).mmu();
        System.out.println("module-load: nr_tlb_local_flush_one/nr_tlb_remote_flush_received mainline "
                + mainline.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE) + "/" + mainline.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED)
                + ", ceiling 4 " + low.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE) + "/"
                + low.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED));
        assertTrue(low.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED) > mainline.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED));
        assertTrue(low.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE) < mainline.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        assertEquals(0, low.findingTotal(), low.findings().toString());
    }

    /** A 24-page MADV_DONTNEED of a process on two cpus: 24 INVLPGs under 33, one full flush under 16. */
    @Test
    void flushCeilingKnobTurnsUserRangeFlushesIntoFullFlushes() {
        for (int ceiling : new int[] {33, 16}) {
            Knobs k = Knobs.mainline().with("tlb_single_page_flush_ceiling", Integer.toString(ceiling))
                    .with("anon_orders", "");
            Mmu m = Rigs.small(MmuConfig.builder().cpus(2).knobs(k));
            AddressSpace a = m.newAddressSpace(0);
            m.mmap(a, B, 64L << 12, false);
            m.switchTo(0, a);
            m.switchTo(1, a);
            Rigs.touch(m, 0, B, 24);
            long one = m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE);
            long all = m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL);
            m.madviseDontneed(0, a, B, 24L << 12);
            assertEquals(ceiling == 33 ? 24 : 0, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE) - one, "ceiling " + ceiling);
            assertEquals(ceiling == 33 ? 0 : 1, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL) - all, "ceiling " + ceiling);
        }
    }

    @Test
    void machineKeysAndKnobsSectionGiveTheSameRun() {
        String machineKey = STORM.replace("anon_orders =", "anon_orders =\nflush_policy = immediate");
        String section = STORM + "[knobs]\nflush_policy = immediate\n";
        Mmu a = ScenarioRunner.run(Scenario.parse("a", machineKey, null), 2).mmu();
        Mmu b = ScenarioRunner.run(Scenario.parse("b", section, null), 2).mmu();
        Mmu c = ScenarioRunner.run(Scenario.parse("c", STORM, null), 2, Knobs.mainline().with("flush_policy", "immediate"))
                .mmu();
        Mmu batched = ScenarioRunner.run(Scenario.parse("d", STORM, null), 2).mmu();
        for (MmuStat st : new MmuStat[] {MmuStat.NR_TLB_REMOTE_FLUSH, MmuStat.NR_TLB_LOCAL_FLUSH_ONE, MmuStat.TLB_IPIS}) {
            assertEquals(a.stat(st), b.stat(st), st.name());
            assertEquals(a.stat(st), c.stat(st), st.name());
        }
        assertTrue(a.stat(MmuStat.TLB_IPIS) != batched.stat(MmuStat.TLB_IPIS)
                || a.stat(MmuStat.NR_TLB_REMOTE_FLUSH) != batched.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "immediate differs");
    }

    /** thp_orders_all_anon with order 1: an order-1 anon folio, as FolioOrderPolicy.unrestricted gives. */
    @Test
    void thpOrdersAllAnonWithOrder1AllowsOrder1Folios() {
        for (String all : new String[] {"2-9", "1-9"}) {
            Knobs k = Knobs.mainline().with("anon_orders", "1").with("thp_orders_all_anon", all);
            Mmu m = Rigs.small(MmuConfig.builder().cpus(2).knobs(k));
            AddressSpace a = m.newAddressSpace(0);
            m.mmap(a, B, 16L << 21, false);
            m.switchTo(0, a);
            assertTrue(m.access(0, B, true));
            assertEquals(all.equals("1-9") ? 1 : 0, m.folioOrder(m.folioAt(a, B)), all);
            assertEquals(all.equals("1-9") ? 1 : 0, m.mthp(1, MthpStat.ANON_FAULT_ALLOC), all);
        }
    }
}
