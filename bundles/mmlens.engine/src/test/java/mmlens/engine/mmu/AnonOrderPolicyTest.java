package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;

/**
 * Seed 003 (variable-order large anon folios RFC): the {@code anon_order_policy = rfc-v1} order
 * choice, the order-1 split corruption of the RFC as posted and the fixed variant's silence, and the
 * direction of its effects on an anonymous-fault workload.
 */
class AnonOrderPolicyTest {
    private static final long B = Rigs.BASE;
    /** The RFC as posted: order 1 allowed. */
    static final Knobs POSTED = Knobs.mainline().with("anon_order_policy", "rfc-v1").with("thp_orders_all_anon", "1-9");
    /** The fix from the replies: order 1 never chosen (the 6.18 mask). */
    static final Knobs FIXED = Knobs.mainline().with("anon_order_policy", "rfc-v1");

    private static Mmu rig(Knobs k, long start, long len, AddressSpace[] out) {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).knobs(k));
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, start, len, false);
        m.switchTo(0, a);
        out[0] = a;
        return m;
    }

    @Test
    void knobRunsAndSelectsThePolicy() {
        assertNull(Knobs.unsupportedReason("anon_order_policy", "rfc-v1"));
        assertEquals("mainline", Knobs.info("anon_order_policy").defaultValue());
        assertEquals(AnonOrderPolicy.MAINLINE, MmuConfig.builder().knobs(Knobs.mainline()).ram(1, 4096).build().anonPolicy);
        assertEquals(AnonOrderPolicy.RFC_V1, MmuConfig.builder().knobs(FIXED).ram(1, 4096).build().anonPolicy);
    }

    /** calc_anonymous_folio_order(): starting order 4, aligned, inside the VMA, PTEs none. */
    @Test
    void rfcChoosesTheHighestSuitableOrderFromFour() {
        AddressSpace[] as = new AddressSpace[1];
        // anon_orders (sysfs) is ignored below PMD order: the RFC does not read it
        Mmu m = rig(FIXED.with("anon_orders", ""), B, 40L << 12, as);
        assertTrue(m.access(0, B + (3L << 12), true));
        assertEquals(4, m.folioOrder(m.folioAt(as[0], B)), "order 4 from the starting order");
        assertEquals(16, m.folioMapcount(m.folioAt(as[0], B)));
        // a read maps the zero page at page 16: the next write's order-4 range is not none
        assertTrue(m.access(0, B + (16L << 12), false));
        assertTrue(m.access(0, B + (20L << 12), true));
        assertEquals(2, m.folioOrder(m.folioAt(as[0], B + (20L << 12))), "order 2: [20, 24) is none");
        // the VMA ends at page 40: order 4 at [32, 48) breaches it, order 3 [32, 40) fits
        assertTrue(m.access(0, B + (33L << 12), true));
        assertEquals(3, m.folioOrder(m.folioAt(as[0], B + (33L << 12))));
        assertEquals(0, m.findingTotal());
    }

    /** The RFC as posted takes order 1 where only two aligned PTEs are free; the fix takes order 0. */
    @Test
    void order1OnlyInThePostedVariant() {
        for (Knobs k : new Knobs[] {POSTED, FIXED}) {
            AddressSpace[] as = new AddressSpace[1];
            Mmu m = rig(k, B, 16L << 12, as);
            assertTrue(m.access(0, B + (1L << 12), false)); // zero page at page 1
            assertTrue(m.access(0, B + (2L << 12), true)); // [0,4) not none: [2,4) is
            int expected = k == POSTED ? 1 : 0;
            assertEquals(expected, m.folioOrder(m.folioAt(as[0], B + (2L << 12))), k.toString());
            assertEquals(0, m.findingTotal(), "allocating an order-1 folio is harmless in the RFC's kernel");
        }
    }

    /**
     * The RFC's oops: an order-1 folio reduced to one mapped page (mapcount 1) is split by
     * madvise_free_pte_range(); its deferred list is in the third struct page, outside the folio.
     */
    @Test
    void madviseFreeSplitsOrder1FolioAndCorruptsTheThirdPage() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(POSTED, B, 16L << 12, as);
        m.access(0, B + (1L << 12), false);
        m.access(0, B + (2L << 12), true);
        long h = m.folioAt(as[0], B + (2L << 12));
        assertEquals(1, m.folioOrder(h));
        m.madviseDontneed(0, as[0], B + (3L << 12), 1L << 12);
        assertEquals(1, m.folioMapcount(h), "v6.3 rmap: no deferred split below PMD order");
        assertEquals(0, m.findingTotal());
        m.madviseFree(0, as[0], B + (2L << 12), 1L << 12);
        assertEquals(1, m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO), m.findings().toString());
        Finding f = m.findings().get(0);
        System.out.println(f);
        assertTrue(f.message().contains("third struct page") && f.message().contains(Long.toHexString(h + 2)),
                f.toString());
        assertTrue(f.trace().stream().anyMatch(t -> t.contains("alloc pfn 0x" + Long.toHexString(h) + " order 1")),
                f.toString());
    }

    /** The same steps with the fix: order 0 everywhere, MADV_FREE just cleans, nothing found. */
    @Test
    void fixedVariantIsClean() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FIXED, B, 16L << 12, as);
        m.access(0, B + (1L << 12), false);
        m.access(0, B + (2L << 12), true);
        m.madviseDontneed(0, as[0], B + (3L << 12), 1L << 12);
        m.madviseFree(0, as[0], B + (2L << 12), 1L << 12);
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /** v6.3 madvise_free_pte_range(): a large folio mapped more than once ends the walk. */
    @Test
    void rfcMadviseFreeStopsAtAFolioWithMapcountAboveOne() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FIXED, B, 32L << 12, as);
        Rigs.touch(m, 0, B, 32);
        long first = m.folioAt(as[0], B);
        assertEquals(4, m.folioOrder(first));
        m.madviseFree(0, as[0], B, 32L << 12);
        assertEquals(4, m.folioOrder(first), "not split: mapcount 16");
        assertEquals(0, m.mthp(4, MthpStat.SPLIT));
    }

    private static final String BUILD = "[machine]\nmemory = 512MiB\ncpus = 4\n[knobs]\nanon_orders =\n"
            + "[phase build]\nkind = anon-faults\nprocesses = 8\npages = 512\nread_share = 15\n"
            + "kernel_cycles_per_page = 1000\nuser_cycles_per_page = 10000\n";

    /** Direction on a kernel-build-like workload: fewer faults, more PTEs per fault, less kernel time, more RSS. */
    @Test
    void rfcEffectsOnAnonFaults() {
        Scenario s = Scenario.parse("build", BUILD, null);
        Mmu base = ScenarioRunner.run(s, 1).mmu();
        Mmu rfc = ScenarioRunner.run(s, 1, POSTED).mmu();
        assertTrue(rfc.stat(MmuStat.PGFAULT) < base.stat(MmuStat.PGFAULT) / 2,
                base.stat(MmuStat.PGFAULT) + " -> " + rfc.stat(MmuStat.PGFAULT));
        double basePtes = (double) base.stat(MmuStat.FAULT_PTES) / base.stat(MmuStat.PGFAULT);
        double rfcPtes = (double) rfc.stat(MmuStat.FAULT_PTES) / rfc.stat(MmuStat.PGFAULT);
        assertTrue(basePtes <= 1.0 && rfcPtes > 2, basePtes + " -> " + rfcPtes);
        assertTrue(rfc.cycles() < base.cycles(), base.cycles() + " -> " + rfc.cycles());
        assertTrue(rfc.stat(MmuStat.ANON_RSS_AT_EXIT) > base.stat(MmuStat.ANON_RSS_AT_EXIT),
                "never-written pages of large folios are mapped");
        assertEquals(base.userCycles(), rfc.userCycles());
        assertEquals(base.stat(MmuStat.UNMODELLED_KERNEL_CYCLES), rfc.stat(MmuStat.UNMODELLED_KERNEL_CYCLES));
        assertTrue(base.userCycles() > 0);
        assertEquals(0, rfc.findingTotal(), rfc.findings().toString());
    }

    private static final String PURGE = "[machine]\nmemory = 512MiB\ncpus = 4\n[knobs]\nanon_orders =\n"
            + "[phase purge]\nkind = purge\nprocesses = 4\npages = 256\nrounds = 64\nrun = 24\n";

    /** The purge workload: the posted RFC is caught, the fix and mainline are not. */
    @Test
    void purgeCatchesOnlyThePostedVariant() {
        Scenario s = Scenario.parse("purge", PURGE, null);
        long posted = 0;
        for (long seed = 1; seed <= 3; seed++) {
            posted += ScenarioRunner.run(s, seed, POSTED).mmu().findingCount(Finding.Kind.UNSPLITTABLE_FOLIO);
            assertEquals(0, ScenarioRunner.run(s, seed, FIXED).mmu().findingTotal());
            assertEquals(0, ScenarioRunner.run(s, seed).mmu().findingTotal());
        }
        assertTrue(posted > 0, "no order-1 split in 3 seeds");
    }
}
