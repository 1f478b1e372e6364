package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.scenario.LiveSet;

class MachineApiTest {

    @Test
    void numaAllocationsPreferTheCpusNode() {
        Machine m = Machine.boot(MachineSpec.x86(512, 4, 2));
        int cpuOnNode1 = m.firstCpu(1);
        int pfn = m.allocPages(cpuOnNode1, Gfp.GFP_KERNEL, 0);
        ZoneView z = m.zones().stream().filter(v -> v.nid() == 1 && v.presentPages() > 0).findFirst().orElseThrow();
        assertTrue(pfn >= z.startPfn() && pfn < z.startPfn() + z.spannedPages());
        assertEquals(1, m.event(VmEvent.NUMA_HIT));
        assertEquals(1, m.event(VmEvent.NUMA_LOCAL));
    }

    @Test
    void thisNodeNeverFallsBackToAnotherNode() {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 2));
        int cpu1 = m.firstCpu(1);
        int n = 0;
        while (m.allocPages(cpu1, Gfp.GFP_KERNEL | Gfp.THISNODE | Gfp.NORETRY, 0) >= 0) {
            n++;
        }
        ZoneView node1 = m.zones().stream().filter(v -> v.nid() == 1 && v.presentPages() > 0).findFirst().orElseThrow();
        assertTrue(n <= node1.managedPages());
        assertEquals(0, m.event(VmEvent.NUMA_MISS));
        assertTrue(m.allocPages(cpu1, Gfp.GFP_KERNEL, 0) >= 0, "without __GFP_THISNODE node 0 serves it");
        assertEquals(1, m.event(VmEvent.NUMA_MISS));
    }

    @Test
    void gfpDma32IsServedBelow4GiB() {
        Machine m = Machine.boot(MachineSpec.x86(8192, 2, 1));
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL | Gfp.DMA32, 0);
        assertTrue(pfn < 1 << 20);
        int normal = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertTrue(normal >= 1 << 20, "GFP_KERNEL prefers ZONE_NORMAL");
    }

    @Test
    void invalidRequestsFailWithoutThrowing() {
        Machine m = Machine.boot(MachineSpec.x86(128, 1, 1));
        assertEquals(Machine.NO_PAGE, m.allocPages(0, Gfp.GFP_KERNEL, 11));
        assertEquals(AllocFailure.INVALID, m.lastFailure());
        assertEquals(Machine.NO_PAGE, m.allocPages(0, Gfp.DMA | Gfp.DMA32, 0));
        assertEquals(AllocFailure.INVALID, m.lastFailure());
        assertThrows(IllegalArgumentException.class, () -> m.freePages(0, 5000, 0));
    }

    @Test
    void exhaustionIsReportedAsOomNotThrown() {
        Machine m = Machine.boot(MachineSpec.x86(64, 1, 1));
        List<AllocFailure> failures = new ArrayList<>();
        m.addListener(new EngineListener() {
            @Override
            public void allocFailed(int order, int gfp, AllocFailure reason) {
                failures.add(reason);
            }
        });
        int got = 0;
        while (m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0) {
            got++;
        }
        assertTrue(got > 10000);
        assertEquals(AllocFailure.OOM, m.lastFailure());
        assertEquals(List.of(AllocFailure.OOM), failures);
        assertEquals(1, m.event(VmEvent.OOM_KILL));
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void hooksSeeFreeExpandPostAllocAndWatermarkCheck() {
        Machine m = Machine.boot(MachineSpec.x86(128, 1, 1));
        int[] calls = new int[4];
        m.setHooks(new AllocatorHooks() {
            @Override
            public void freeOnePage(ZoneView zone, int pfn, int order, int mt) {
                calls[0]++;
            }

            @Override
            public void expand(ZoneView zone, int pfn, int low, int high, int mt) {
                calls[1]++;
            }

            @Override
            public void postAlloc(ZoneView zone, int pfn, int order, int gfp) {
                calls[2]++;
            }

            @Override
            public boolean watermarkCheck(ZoneView zone, int order, long mark, int hz, int flags, boolean ok) {
                calls[3]++;
                return ok;
            }
        });
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 10);
        m.freePages(0, pfn, 10);
        // split_large_buddy() frees an order-10 block as two pageblock-order __free_one_page() calls
        assertEquals(List.of(2, 1, 1, 1), List.of(calls[0], calls[1], calls[2], calls[3]));
    }

    /** rmqueue_bulk() refills by nr_pcp_alloc(); free_pcppages_bulk() drains by nr_pcp_free(). */
    @Test
    void listenerSeesPcpRefillAndDrain() {
        Machine m = Machine.boot(MachineSpec.x86(1024, 1, 1));
        int[] refills = new int[2];
        int[] drains = new int[1];
        m.addListener(new EngineListener() {
            @Override
            public void pcpRefill(int nid, int zoneIdx, int cpu, int order, int mt, int count) {
                refills[0]++;
                refills[1] += count;
            }

            @Override
            public void pcpDrain(int pfn, int order, int mt) {
                drains[0]++;
            }
        });
        int first = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertEquals(1, refills[0]);
        assertTrue(refills[1] > 1, "a batch, not a single page");
        m.freePages(0, first, 0);
        m.drainAllPages();
        assertEquals(refills[1], drains[0], "every refilled page drains back");
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void watermarkHookCanRefuseAZone() {
        Machine m = Machine.boot(MachineSpec.x86(128, 1, 1));
        m.setHooks(new AllocatorHooks() {
            @Override
            public boolean watermarkCheck(ZoneView zone, int order, long mark, int hz, int flags, boolean ok) {
                return zone.type() != ZoneType.DMA32 && ok;
            }
        });
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertTrue(pfn < 4096, "fell back to ZONE_DMA");
    }

    @Test
    void compactMemoryRebuildsHighOrderBlocks() {
        Machine m = Machine.boot(MachineSpec.x86(256, 1, 1));
        LiveSet live = new LiveSet(false);
        m.addListener(live);
        List<Integer> unmovable = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            int pfn = m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 0);
            if (i % 2 == 0) {
                live.add(pfn, 0);
            } else {
                unmovable.add(pfn);
            }
        }
        for (int pfn : unmovable) {
            m.freePages(0, pfn, 0);
        }
        m.drainAllPages();
        ZoneView dma32 = m.zones().get(1);
        long before = dma32.nrFree(9) + 2 * dma32.nrFree(10);
        m.compactMemory();
        long after = dma32.nrFree(9) + 2 * dma32.nrFree(10);
        assertTrue(after > before, before + " -> " + after);
        assertTrue(m.event(VmEvent.PGMIGRATE_SUCCESS) > 5_000);
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void pageFlagsAndSparePageblockBits() {
        Machine m = Machine.boot(MachineSpec.x86(128, 1, 1));
        PageFlag unaccepted = m.pageFlag("unaccepted");
        assertFalse(unaccepted.test(5000));
        unaccepted.setRange(5000, 3, true);
        assertTrue(unaccepted.test(5002));
        assertFalse(unaccepted.test(5003));
        assertTrue(m.pageFlag("unaccepted") == unaccepted);
        m.setPageblockBit(5000, 1, true);
        assertTrue(m.pageblockBit(5100, 1));
        assertFalse(m.pageblockBit(5100, 0));
        assertEquals(1, m.zones().get(1).pageblockMigratetype(5000), "spare bits leave the migratetype alone");
    }

    /** An ASI-style table: UNMOVABLE split by sensitivity, selected here by __GFP_ACCOUNT. */
    @Test
    void customMigratetypeTableRunsConsistently() {
        MigrateTypes asi = MigrateTypes.custom(List.of("Unmovable", "Movable", "Reclaimable", "UnmovableNonsens"),
                new int[][] {{2, 3, 1}, {2, 0, 3}, {0, 3, 1}, {2, 0, 1}}, 1,
                gfp -> (gfp & Gfp.MOVABLE) != 0 ? 1 : (gfp & Gfp.RECLAIMABLE) != 0 ? 2
                        : (gfp & Gfp.ACCOUNT) != 0 ? 3 : 0);
        MachineSpec base = MachineSpec.x86(128, 2, 1);
        MachineSpec.Builder b = MachineSpec.builder().cpus(2).migrateTypes(asi);
        base.zones().forEach(z -> b.zone(z.nid(), z.type(), z.startPfn(), z.spannedPages()));
        base.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
        Machine m = Machine.boot(b.build());
        int[] gfps = {Gfp.GFP_KERNEL, Gfp.GFP_KERNEL | Gfp.ACCOUNT, Gfp.GFP_HIGHUSER_MOVABLE,
            Gfp.GFP_KERNEL | Gfp.RECLAIMABLE};
        SplittableRandom rnd = new SplittableRandom(9);
        LiveSet live = new LiveSet(false);
        m.addListener(live);
        for (int i = 0; i < 200_000; i++) {
            if (rnd.nextInt(100) < 52 || live.size() == 0) {
                int order = rnd.nextInt(10) == 0 ? rnd.nextInt(11) : 0;
                int pfn = m.allocPages(rnd.nextInt(2), gfps[rnd.nextInt(4)], order);
                if (pfn >= 0) {
                    live.add(pfn, order);
                }
            } else {
                int idx = live.randomIndex(rnd);
                m.freePages(rnd.nextInt(2), live.pfnAt(idx), live.orderAt(idx));
                live.removeAt(idx);
            }
            if (i % 20_000 == 0) {
                assertEquals(List.of(), m.checkInvariants());
            }
        }
        assertEquals(List.of(), m.checkInvariants());
        String pti = ProcFormatter.pagetypeinfo(m);
        assertTrue(pti.contains("UnmovableNonsens"), pti);
        assertTrue(pti.lines().filter(l -> l.contains("type UnmovableNonsens")).count() == 2);
    }
}
