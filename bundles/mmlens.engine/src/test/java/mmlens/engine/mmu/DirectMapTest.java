package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The direct map as init_mem_mapping() builds it and as change_page_attr_set_clr() fractures it. */
class DirectMapTest {
    private static final long GIB = 1L << 18;
    /** A pfn 1 GiB into the RAM above 4 GiB: inside a 1G direct-map page. */
    private static final long P = 5 * GIB + 12345;

    static Mmu boot(boolean gbpages, int cpus) {
        MmuConfig cfg = MmuConfig.builder().cpus(cpus).x86Ram(8192).gbpages(gbpages).build();
        return Mmu.boot(cfg, new BitmapPageSource(1, cfg.maxPfn()));
    }

    @Test
    void bootUsesGbpagesAboveFourGigAnd2mBelow() {
        Mmu m = boot(true, 2);
        assertEquals(1L << 30, m.directMapPageSize(P));
        // [1G, 3G) is all RAM, so adjust_range_page_size_mask() upgrades it to 1G as well
        assertEquals(1L << 30, m.directMapPageSize(3 * GIB - 1000));
        // [0, 1G) misses pfn 0: 2M pages, and 4K below 2M
        assertEquals(2L << 20, m.directMapPageSize(1000));
        assertEquals(4096, m.directMapPageSize(5));
        assertEquals(0, m.directMapPageSize(3 * GIB + 10), "PCI hole is not mapped");
        assertTrue(m.directPagesCount(Mmu.PG_LEVEL_1G) > 0);
    }

    @Test
    void noGbpagesMeans2mAndNo1gLine() {
        Mmu m = boot(false, 2);
        assertEquals(2L << 20, m.directMapPageSize(P));
        List<String> mi = MmuProc.meminfoDirectMap(m);
        assertEquals(2, mi.size());
        assertTrue(mi.get(0).startsWith("DirectMap4k:    "));
        assertEquals(0, m.directPagesCount(Mmu.PG_LEVEL_1G));
    }

    /** split_page_count() + __split_large_page(): 1G -> 2M (level 3), then 2M -> 4K (level 2). */
    @Test
    void setMemoryRoOn4kInside1gCostsOneLevel3AndOneLevel2Split() {
        Mmu m = boot(true, 4);
        m.markRunning();
        long g = m.directPagesCount(Mmu.PG_LEVEL_1G);
        long t2 = m.directPagesCount(Mmu.PG_LEVEL_2M);
        long t4 = m.directPagesCount(Mmu.PG_LEVEL_4K);
        List<String> before = MmuProc.meminfoDirectMap(m);

        assertEquals(0, m.setMemoryRo(0, P, 1));

        assertEquals(1, m.stat(MmuStat.DIRECT_MAP_LEVEL3_SPLIT));
        assertEquals(1, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
        assertEquals(g - 1, m.directPagesCount(Mmu.PG_LEVEL_1G));
        assertEquals(t2 + 512 - 1, m.directPagesCount(Mmu.PG_LEVEL_2M));
        assertEquals(t4 + 512, m.directPagesCount(Mmu.PG_LEVEL_4K));
        assertEquals(4096, m.directMapPageSize(P));
        assertEquals(4096, m.directMapPageSize(P + 1));
        assertFalse(m.directMapWritable(P));
        assertTrue(m.directMapWritable(P + 1));
        assertEquals(2L << 20, m.directMapPageSize(P + 512));
        assertEquals(2, m.stat(MmuStat.PGTABLE_ALLOC), "one PMD table and one PTE table");
        // two flush_tlb_all() from __split_large_page, then one flush_tlb_kernel_range page per cpu
        assertEquals(2, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        assertEquals(2 * 4, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED));
        assertEquals(4, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        List<String> after = MmuProc.meminfoDirectMap(m);
        assertEquals(String.format("DirectMap1G:    %8d kB", (g - 1) << 20), after.get(2));
        assertTrue(!before.equals(after));

        // a second page in the same 2M costs nothing more
        assertEquals(0, m.setMemoryRo(0, P + 7, 1));
        assertEquals(1, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
    }

    @Test
    void bootTimeSplitsAreInvisibleInVmstat() {
        Mmu m = boot(true, 1);
        long g = m.directPagesCount(Mmu.PG_LEVEL_1G);
        m.setMemoryRo(0, P, 1);
        assertEquals(0, m.stat(MmuStat.DIRECT_MAP_LEVEL3_SPLIT));
        assertEquals(0, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
        assertEquals(g - 1, m.directPagesCount(Mmu.PG_LEVEL_1G), "direct_pages_count still moves");
    }

    @Test
    void wholeLargePageChangeKeepsTheLargePage() {
        Mmu m = boot(true, 2);
        m.markRunning();
        long base = 5 * GIB;
        assertEquals(0, m.setMemoryNx(0, base, GIB));
        assertEquals(0, m.setMemoryRo(0, base, GIB));
        assertEquals(1L << 30, m.directMapPageSize(base));
        assertFalse(m.directMapWritable(base + 99));
        assertEquals(0, m.stat(MmuStat.DIRECT_MAP_LEVEL3_SPLIT));
    }

    /** cpa_collapse_large_pages(): set_memory_rox over a whole split 2M collapses it back. */
    @Test
    void setMemoryRoxOnWholePmdCollapses() {
        Mmu m = boot(true, 2);
        m.markRunning();
        long pmd = (P & -512L);
        m.setMemoryRo(0, P, 1);
        long t2 = m.directPagesCount(Mmu.PG_LEVEL_2M);
        assertEquals(0, m.setMemoryRox(0, pmd, 512));
        assertEquals(1, m.stat(MmuStat.DIRECT_MAP_LEVEL2_COLLAPSE));
        assertEquals(0, m.stat(MmuStat.DIRECT_MAP_LEVEL3_COLLAPSE), "neighbours still RW+NX");
        assertEquals(2L << 20, m.directMapPageSize(P));
        assertEquals(t2 + 1, m.directPagesCount(Mmu.PG_LEVEL_2M));
    }

    @Test
    void setMemoryRwAfterRoDoesNotRestoreDirtySoNoCollapse() {
        Mmu m = boot(true, 2);
        m.markRunning();
        m.setMemoryRo(0, P, 1);
        m.setMemoryRw(0, P, 1);
        assertTrue(m.directMapWritable(P));
        assertEquals(4096, m.directMapPageSize(P));
    }

    @Test
    void splitFailsWithEnomemWhenThePageSourceIsEmpty() {
        MmuConfig cfg = MmuConfig.builder().cpus(1).x86Ram(8192).build();
        PageSource empty = new PageSource() {
            @Override
            public long allocPages(int cpu, int order, int gfp) {
                return NO_PAGE;
            }

            @Override
            public void freePages(int cpu, long pfn, int order) {
            }

            @Override
            public long endPfn() {
                return cfg.maxPfn();
            }
        };
        Mmu m = Mmu.boot(cfg, empty);
        assertEquals(-12, m.setMemoryRo(0, P, 1));
        assertEquals(1L << 30, m.directMapPageSize(P));
    }

    /**
     * A QEMU guest with 24 GiB (e820 RAM [0x1000, 0x9f000), [1M, 0xbffdf000), [4G, 25G)): the 1G
     * line equals the one a running 6.18 guest printed (shared/proc-samples/vm-6.18-a/meminfo),
     * and twelve 2M-to-4K splits bring the 2M line to its value too.
     */
    @Test
    void qemuLayoutReproducesTheSampleDirectMapLines() {
        MmuConfig cfg = MmuConfig.builder().cpus(2).ram(1, 0x9f).ram(0x100, 0xbffdf)
                .ram(0x100000, 0x100000 + 21 * GIB).build();
        Mmu m = Mmu.boot(cfg, new BitmapPageSource(1, cfg.maxPfn()));
        assertEquals("DirectMap1G:    25165824 kB", MmuProc.meminfoDirectMap(m).get(2));
        for (int i = 0; i < 12; i++) {
            long pfn = 0x1000 + i * 512L + 3;
            assertEquals(2L << 20, m.directMapPageSize(pfn));
            m.setMemoryRo(0, pfn, 1);
        }
        assertEquals("DirectMap2M:     2068480 kB", MmuProc.meminfoDirectMap(m).get(1));
    }

    /** set_memory_np() splits like any attribute change and the kernel can no longer reach the page. */
    @Test
    void notPresentAndEncryptionChanges() {
        Mmu m = boot(true, 2);
        m.markRunning();
        assertTrue(m.kernelAccess(0, P, false));
        assertEquals(0, m.setMemoryNp(0, P, 1));
        assertFalse(m.kernelAccess(0, P, false));
        assertFalse(m.kernelAccess(1, P, true));
        assertEquals(0, m.setMemoryP(0, P, 1));
        assertTrue(m.kernelAccess(1, P, false));
        long other = 6 * GIB + 7;
        assertEquals(0, m.setMemoryEncrypted(0, other, 1, false));
        assertEquals(0, m.setMemoryEncrypted(0, other, 1, true));
        assertTrue(m.directMapProt(other).contains("ENC"));
        assertEquals(2, m.stat(MmuStat.DIRECT_MAP_LEVEL3_SPLIT));
        assertEquals(2, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
    }
}
