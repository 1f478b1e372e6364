package mmlens.engine.asi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.AsiStats;
import mmlens.engine.CostModel;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;
import mmlens.engine.mmu.Finding;

/**
 * The ASI page-allocator RFC on a booted machine: the migratetype split, whole-block conversions,
 * asi_unmap()'s flush, and the zeroing gap (a finding as posted, none once zeroed).
 */
class AsiVariantTest {
    private static Machine boot(String asi) {
        return Machine.boot(MachineSpec.x86(256, 2, 1).withKnobs(Knobs.mainline().with("asi", asi)));
    }

    @Test
    void offIsTheMainlineTable() {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1));
        assertEquals(MigrateTypes.mainline().names(), m.migrateTypes().names());
        assertNull(m.asiStats());
        assertTrue(Knobs.supported("asi", "split-unmovable"));
        assertTrue(Knobs.supported("asi", "split-unmovable-zeroed"));
    }

    @Test
    void gfpSelectsSensitivity() {
        MigrateTypes t = boot("split-unmovable").migrateTypes();
        assertEquals("UnmovableNonsensitive", t.name(t.fromGfp(Gfp.GFP_KERNEL)));
        assertEquals("UnmovableNonsensitive", t.name(t.fromGfp(Gfp.GFP_ATOMIC)));
        assertEquals("Unmovable", t.name(t.fromGfp(Gfp.GFP_USER)));
        assertEquals("Unmovable", t.name(t.fromGfp(Gfp.GFP_KERNEL | Gfp.SENSITIVE)));
        assertEquals("Movable", t.name(t.fromGfp(Gfp.GFP_HIGHUSER_MOVABLE)));
        assertEquals("Reclaimable", t.name(t.fromGfp(Gfp.GFP_KERNEL | Gfp.RECLAIMABLE)));
        assertEquals(0, Gfp.mainlineMigratetype(Gfp.GFP_KERNEL | Gfp.SENSITIVE), "mainline ignores the flag");
    }

    /**
     * Sensitive pages are written and freed; their blocks merge back; a nonsensitive request then
     * claims such a whole block and asi_map()s it. As posted the freed data is exposed; zeroed, not.
     */
    @Test
    void conversionWithoutZeroingExposesFreedSensitiveData() {
        Machine posted = boot("split-unmovable");
        fillFreeThenNonsensitive(posted);
        List<Finding> f = posted.asiFindings();
        assertTrue(posted.asiStats().exposures() > 0, posted.asiStats().toString());
        Finding first = f.get(0);
        assertEquals(Finding.Kind.SENSITIVE_DATA_EXPOSED, first.kind());
        assertTrue(first.message().contains("not zeroed"), first.message());
        assertTrue(first.trace().stream().anyMatch(l -> l.contains("alloc-sensitive")), first.toString());
        assertTrue(first.trace().stream().anyMatch(l -> l.contains("Unmovable -> UnmovableNonsensitive")),
                first.toString());
        assertTrue(first.trace().stream().anyMatch(l -> l.contains("asi_map")), first.toString());

        Machine zeroed = boot("split-unmovable-zeroed");
        fillFreeThenNonsensitive(zeroed);
        assertEquals(List.of(), zeroed.asiFindings());
        assertEquals(0, zeroed.asiStats().exposures());
        assertTrue(zeroed.asiStats().zeroedPages() > 0, zeroed.asiStats().toString());
        assertEquals(posted.asiStats().mapConversions(), zeroed.asiStats().mapConversions());
        // zeroing is charged per page, only where it happens
        assertEquals(333 * zeroed.asiStats().zeroedPages(), zeroed.cost(CostModel.Op.ASI_ZERO));
        assertEquals(0, posted.cost(CostModel.Op.ASI_ZERO));
        assertEquals(100 * posted.asiStats().mapConversions(), posted.cost(CostModel.Op.ASI_MAP));
    }

    private static void fillFreeThenNonsensitive(Machine m) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < 8192; i++) {
            pages.add(m.allocPages(0, Gfp.GFP_USER, 0));
        }
        for (int p : pages) {
            m.freePages(0, p, 0);
        }
        m.drainAllPages();
        for (int i = 0; i < 4096; i++) {
            assertTrue(m.allocPages(1, Gfp.GFP_KERNEL, 0) >= 0);
        }
        assertEquals(List.of(), m.checkInvariants());
    }

    /** The alternative: nonsensitive pages come from a separate cache of whole mapped blocks. */
    @Test
    void unmappedAreaServesNonsensitiveRequestsFromWholeBlocks() {
        Machine m = boot("unmapped-area");
        assertEquals(MigrateTypes.mainline().names(), m.migrateTypes().names(), "no migratetype split");
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int p = m.allocPages(i % 2, Gfp.GFP_KERNEL, i % 3 == 0 ? 1 : 0);
            assertTrue(p >= 0);
            pages.add(p);
        }
        AsiStats st = m.asiStats();
        assertEquals(3, st.mapConversions(), "1333 pages in 512-page blocks: " + st);
        assertEquals(0, st.flushes(), "mapping needs no flush");
        assertEquals(3 * 512, st.zeroedPages());
        assertEquals(3 * 100, m.cost(CostModel.Op.ASI_MAP));
        assertEquals(3 * 512 * 333, m.cost(CostModel.Op.ASI_ZERO), "whole blocks are zeroed on refill");
        assertEquals(0, m.cost(CostModel.Op.ASI_UNMAP));
        int user = m.allocPages(0, Gfp.GFP_USER, 0);
        assertTrue(user >= 0);
        assertEquals(3, m.asiStats().mapConversions(), "sensitive requests use the buddy allocator");
        for (int i = 0; i < pages.size(); i++) {
            m.freePages(i % 2, pages.get(i), i % 3 == 0 ? 1 : 0);
        }
        st = m.asiStats();
        assertEquals(2, st.unmapConversions(), "one wholly free block stays cached: " + st);
        assertEquals(2, st.flushes());
        assertEquals(2 * (270 + 1000), m.cost(CostModel.Op.ASI_UNMAP), "two flushes, one IPI each");
        assertEquals(1, st.mappedBlocks());
        assertEquals(List.of(), m.asiFindings());
        assertEquals(List.of(), m.checkInvariants());
    }

    /** Nonsensitive blocks hold the free memory; a sensitive request unmaps one with one flush. */
    @Test
    void sensitiveAllocationUnmapsAWholeBlockWithOneFlush() {
        Machine m = boot("split-unmovable");
        List<Integer> pages = new ArrayList<>();
        int pfn;
        while ((pfn = m.allocPages(0, Gfp.GFP_KERNEL & ~Gfp.DIRECT_RECLAIM, 9)) >= 0) {
            pages.add(pfn);
        }
        AsiStats before = m.asiStats();
        assertTrue(before.mapConversions() > 0 && before.flushes() == 0, "mapping needs no flush: " + before);
        for (int p : pages) {
            m.freePages(0, p, 9);
        }
        // sensitive requests use up the sensitive free pages, then convert nonsensitive blocks
        int n = 0;
        long requestCost = 0;
        while (m.asiStats().flushes() == 0 && n < 100_000) {
            long c = m.totalCost();
            assertTrue(m.allocPages(1, Gfp.GFP_USER, 0) >= 0);
            requestCost = m.totalCost() - c;
            n++;
        }
        AsiStats after = m.asiStats();
        assertEquals(270 + 1000, m.cost(CostModel.Op.ASI_UNMAP), "the PMDs cleared, a local full flush, one IPI");
        assertTrue(requestCost >= 1270, "the request that unmapped pays for the flush: " + requestCost);
        assertEquals(1, after.flushes(), after.toString());
        assertEquals(1, after.unmapConversions(), "an order-0 request unmaps one block: " + after);
        assertEquals(1, after.flushIpis(), "one other cpu");
        assertEquals(before.mapConversions(), after.mapConversions());
        assertEquals(0, after.restrictedSplits());
        assertEquals(List.of(), m.asiFindings());
        assertEquals(List.of(), m.checkInvariants());
    }

    /**
     * 6.18 keeps one per-cpu list for every non-movable pageblock-order page: as posted, a freed
     * nonsensitive order-9 page goes there, and the next sensitive unmovable order-9 request on that
     * cpu takes it with its block still mapped. The zeroed variant keeps nonsensitive THP-order
     * pages off the pcp (found by releng/fuzz/soak).
     */
    @Test
    void sharedThpPcpListHandsANonsensitiveBlockToASensitiveRequestAsPosted() {
        for (String v : List.of("split-unmovable", "split-unmovable-zeroed")) {
            Machine m = boot(v);
            int ns = m.allocPages(0, Gfp.GFP_KERNEL, 9);
            assertTrue(ns >= 0);
            m.freePages(0, ns, 9);
            int s = m.allocPages(0, Gfp.GFP_KERNEL | Gfp.SENSITIVE, 9);
            assertTrue(s >= 0);
            if (v.equals("split-unmovable")) {
                assertEquals(ns, s, "as posted the pcp hands the same block back");
                assertTrue(m.asiFindings().stream().anyMatch(f -> f.message().contains("still mapped")),
                        () -> m.asiFindings().toString());
            } else {
                assertEquals(List.of(), m.asiFindings());
            }
            assertEquals(List.of(), m.checkInvariants());
        }
    }
}
