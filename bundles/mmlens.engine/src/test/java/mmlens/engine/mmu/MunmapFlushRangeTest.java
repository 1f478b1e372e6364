package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;

/**
 * munmap() that frees page tables, as 6.18 on x86 flushes it: one flush in tlb_finish_mmu()
 * (MMU_GATHER_MERGE_VMAS) over the cleared PTEs plus one page per freed table at the start of its
 * span (pte_free_tlb() and friends), not over the whole unmapped span; so
 * tlb_single_page_flush_ceiling decides it.
 */
class MunmapFlushRangeTest {
    private static final long B = Rigs.BASE;

    /** munmap-storm with 24-page chunks in 2 MiB VMAs: each munmap frees the chunk's PTE table. */
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

    @Test
    void ceilingActsOnTheMunmapStorm() {
        Scenario s = Scenario.parse("storm", STORM, null);
        Mmu at33 = ScenarioRunner.run(s, 1).mmu();
        Mmu at16 = ScenarioRunner.run(s, 1, Knobs.mainline().with("tlb_single_page_flush_ceiling", "16")).mmu();
        // 33: each munmap invalidates its 24 pages one by one; 16: they become a full flush
        assertEquals(128L * 24, at33.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        assertEquals(0, at16.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        assertTrue(at16.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL) >= at33.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL) + 128,
                at33.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL) + " vs " + at16.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL));
        assertEquals(0, at33.findingTotal(), at33.findings().toString());
        assertEquals(0, at16.findingTotal(), at16.findings().toString());
    }

    /**
     * {local mm shootdowns, pages flushed one by one, full local flushes} of munmapping a 16-page
     * VMA at B with 4 pages touched, beside a one-page VMA {@code neighbourPages} pages above B
     * (none when 0).
     */
    private static long[] munmapFourPages(long neighbourPages) {
        Mmu m = Rigs.small(1, FlushPolicy.BATCHED);
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 16L << 12, false);
        if (neighbourPages > 0) {
            m.mmap(a, B + (neighbourPages << 12), 4096, false);
        }
        m.switchTo(0, a);
        Rigs.touch(m, 0, B, 4);
        long one = m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE);
        long all = m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL);
        long shootdowns = m.flushReason(FlushReason.LOCAL_MM_SHOOTDOWN);
        m.munmap(0, a, B, 16L << 12);
        assertEquals(0, m.findingTotal(), m.findings().toString());
        return new long[] {m.flushReason(FlushReason.LOCAL_MM_SHOOTDOWN) - shootdowns,
                m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE) - one, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL) - all};
    }

    @Test
    void freedTablesWidenTheFlushByOnePageEach() {
        // neighbour 4 MiB up: the PTE table goes, the PMD table stays; range = the 4 pages (the table's
        // page at B lies inside it), not the 16-page VMA
        assertEquals(List.of(1L, 4L, 0L), Arrays.stream(munmapFourPages(1024)).boxed().toList());
        // neighbour in the same PTE table: no table freed, same flush
        assertEquals(List.of(1L, 4L, 0L), Arrays.stream(munmapFourPages(64)).boxed().toList());
        // alone: the PMD and PUD tables go too, their pages at the 1 GiB and 512 GiB boundaries below
        // B stretch the range far past the ceiling: one full flush
        assertEquals(List.of(1L, 0L, 1L), Arrays.stream(munmapFourPages(0)).boxed().toList());
    }
}
