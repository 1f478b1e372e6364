package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

/** The grouped 2 MiB cache (fallback, shrinker, lasting splits) and the GFP-flag alternative. */
class PermGroupingTest {
    private static final int TAKEN = 0;
    private static final int FALLBACK = 1;
    private static final int SHRUNK = 2;
    private static final int SHRUNK_SPLIT = 3;
    private static final int CACHED = 4;
    private static final int RETURNED = 5;

    private static Mmu rig(PermGrouping g, PageSource src) {
        MmuConfig cfg = MmuConfig.builder().cpus(2).permGrouping(g).ram(1, 262144).build();
        Mmu m = Mmu.boot(cfg, src == null ? new BitmapPageSource(1, cfg.maxPfn()) : src);
        m.markRunning();
        return m;
    }

    /** n module-like areas of 4 pages, text ROX; returns them. */
    private static List<KernelArea> load(Mmu m, int n) {
        List<KernelArea> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KernelArea a = m.vmalloc(i & 1, 4);
            assertNotNull(a);
            assertEquals(0, m.areaSetRox(i & 1, a, 0, 4));
            l.add(a);
        }
        return l;
    }

    @Test
    void noTwoMegabyteBlockFallsBackToSinglePages() {
        BitmapPageSource bitmap = new BitmapPageSource(1, 262144);
        PageSource noLarge = new PageSource() {
            @Override
            public long allocPages(int cpu, int order, int gfp) {
                return order > 0 ? NO_PAGE : bitmap.allocPages(cpu, order, gfp);
            }

            @Override
            public void freePages(int cpu, long pfn, int order) {
                bitmap.freePages(cpu, pfn, order);
            }

            @Override
            public long endPfn() {
                return bitmap.endPfn();
            }
        };
        Mmu m = rig(PermGrouping.GROUPED_2M, noLarge);
        for (KernelArea a : load(m, 8)) {
            m.vfree(0, a);
        }
        long[] s = m.permGroupingStats();
        assertEquals(0, s[TAKEN]);
        assertEquals(32, s[FALLBACK]);
        assertEquals(0, s[CACHED], "fallback pages are not cached");
        assertEquals(0, bitmap.allocatedPages() - pageTablePages(m), "every fallback page went back");
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    private static long pageTablePages(Mmu m) {
        return m.stat(MmuStat.PGTABLE_ALLOC) - m.stat(MmuStat.PGTABLE_FREE);
    }

    @Test
    void shrinkerReturnsPagesButTheDirectMapStaysSplit() {
        Mmu m = rig(PermGrouping.GROUPED_2M, null);
        List<KernelArea> l = load(m, 16);
        assertEquals(1, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT), "one 2M block, one split");
        long dm4k = m.directPagesCount(Mmu.PG_LEVEL_4K);
        for (KernelArea a : l) {
            m.vfree(0, a);
        }
        assertEquals(512, m.permGroupingStats()[CACHED]);
        assertEquals(512, m.shrinkPermCache(0, Long.MAX_VALUE));
        long[] s = m.permGroupingStats();
        assertEquals(512, s[SHRUNK]);
        assertEquals(512, s[SHRUNK_SPLIT], "the free 2M is not mapped by a PMD again");
        assertEquals(dm4k, m.directPagesCount(Mmu.PG_LEVEL_4K));
        assertEquals(0, s[CACHED]);
        load(m, 1);
        assertEquals(2, m.permGroupingStats()[TAKEN], "the next allocation needs a new block");
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    @Test
    void memoryPressureRunsTheShrinker() {
        MmuConfig cfg = MmuConfig.builder().cpus(2).permGrouping(PermGrouping.GROUPED_2M).ram(1, 16385).build();
        BitmapPageSource src = new BitmapPageSource(1, cfg.maxPfn());
        Mmu m = Mmu.boot(cfg, src);
        m.markRunning();
        for (KernelArea a : load(m, 4)) {
            m.vfree(0, a);
        }
        assertEquals(512, m.permGroupingStats()[CACHED]);
        while (src.freePages() >= src.lowWatermarkPages()) {
            src.allocPages(0, 0, 0);
        }
        assertNotNull(m.vmalloc(0, 1));
        long[] s = m.permGroupingStats();
        assertEquals(512, s[SHRUNK]);
        assertEquals(2, s[TAKEN]);
    }

    @Test
    void gfpFlagFreesAPageblockWholeAndHasNoShrinker() {
        Mmu m = rig(PermGrouping.GFP_FLAG, null);
        List<KernelArea> l = load(m, 16);
        assertEquals(1, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
        for (KernelArea a : l.subList(0, 8)) {
            m.vfree(0, a);
        }
        assertEquals(0, m.shrinkPermCache(0, Long.MAX_VALUE));
        assertEquals(0, m.permGroupingStats()[RETURNED]);
        for (KernelArea a : l.subList(8, 16)) {
            m.vfree(0, a);
        }
        long[] s = m.permGroupingStats();
        assertEquals(1, s[RETURNED]);
        assertEquals(0, s[CACHED]);
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /** Module-like loads interleaved with other kernel allocations on a buddy machine, a third unloaded. */
    @Test
    void groupingCutsSplitsAgainstScattered() {
        long[] splits = new long[3];
        PermGrouping[] g = PermGrouping.values();
        for (int k = 0; k < g.length; k++) {
            MachineSpec spec = MachineSpec.x86(4096, 2, 1);
            Machine machine = Machine.boot(spec);
            Mmu m = Mmu.boot(MachinePageSource.configFor(spec).permGrouping(g[k]).build(),
                    new MachinePageSource(machine));
            m.markRunning();
            List<KernelArea> l = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                for (int j = 0; j < 300; j++) {
                    machine.allocPages(i & 1, Gfp.GFP_KERNEL, j % 3);
                }
                l.addAll(load(m, 1));
                if (i % 3 == 0) {
                    m.vfree(0, l.remove(0));
                }
            }
            splits[k] = m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT);
            assertEquals(0, m.findingTotal(), m.findings().toString());
        }
        assertTrue(splits[1] < splits[0] && splits[2] < splits[0], java.util.Arrays.toString(splits));
    }
}
