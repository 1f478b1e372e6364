package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.proc.ProcFormatter;

/**
 * Boot-time and pcp knobs on a booted machine ({@link MachineSpec.Builder#knobs}): watermarks,
 * min_free_kbytes, pcp batch and high limits follow the kernel formulas with the knob's value;
 * the pcp run-time knobs change what frees and decay do.
 */
class KnobsMachineTest {
    private static final long MIB = 1024;

    private static Machine boot(long mib, boolean thp, Knobs k) {
        MachineSpec x86 = MachineSpec.x86(mib, 2, 1);
        MachineSpec.Builder b = MachineSpec.builder().nodes(1).cpus(2).thp(thp).knobs(k);
        x86.zones().forEach(z -> b.zone(z.nid(), z.type(), z.startPfn(), z.spannedPages()));
        x86.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
        return Machine.boot(b.build());
    }

    private static ZoneView biggest(Machine m) {
        return m.zones().stream().max(Comparator.comparingLong(ZoneView::managedPages)).orElseThrow();
    }

    private static long multFrac(long x, long n, long d) {
        return x / d * n + x % d * n / d;
    }

    /** __setup_per_zone_wmarks(): gap = max(min / 4, managed * factor / 10000); low = min + gap, high = low + gap. */
    @Test
    void watermarkScaleFactorFollowsTheKernelFormula() {
        Machine mainline = boot(MIB, false, Knobs.mainline());
        Machine wider = boot(MIB, false, Knobs.mainline().with("watermark_scale_factor", "20"));
        boolean changed = false;
        for (int i = 0; i < wider.zones().size(); i++) {
            ZoneView z = wider.zones().get(i);
            if (z.managedPages() == 0) {
                continue;
            }
            long min = z.watermark(0);
            assertEquals(mainline.zones().get(i).watermark(0), min, "min does not depend on the factor");
            long gap = Math.max(min >> 2, multFrac(z.managedPages(), 20, 10000));
            assertEquals(min + gap, z.watermark(1), z.type() + " low");
            assertEquals(min + 2 * gap, z.watermark(2), z.type() + " high");
            changed |= z.watermark(2) != mainline.zones().get(i).watermark(2);
        }
        assertTrue(changed, "the factor dominates min / 4 in some zone");
        ZoneView big = biggest(wider);
        System.out.println(big.type() + " managed " + big.managedPages() + ": low/high mainline "
                + biggest(mainline).watermark(1) + "/" + biggest(mainline).watermark(2) + ", factor 20 "
                + big.watermark(1) + "/" + big.watermark(2));
    }

    /** An explicit min_free_kbytes: pages_min = kB / 4 shared by managed pages (truncated per zone). */
    /**
     * setup_per_zone_lowmem_reserve(): zone i keeps (managed pages of zones i+1..j) / ratio[i] from
     * requests whose highest zone is j; ratio 0 keeps none. 8 GiB, so ZONE_NORMAL manages pages.
     */
    @Test
    void lowmemReserveRatiosFollowSetupPerZoneLowmemReserve() {
        Knobs k = Knobs.mainline().with("lowmem_reserve_ratio_dma32", "64").with("lowmem_reserve_ratio_dma", "0");
        Machine m = boot(8 * MIB, true, k);
        Machine mainline = boot(8 * MIB, true, Knobs.mainline());
        ZoneView dma = zone(m, ZoneType.DMA);
        ZoneView dma32 = zone(m, ZoneType.DMA32);
        long normal = zone(m, ZoneType.NORMAL).managedPages();
        assertTrue(normal > 0, "8 GiB has a ZONE_NORMAL");
        int n = ZoneType.NORMAL.ordinal();
        assertEquals(normal / 64, dma32.lowmemReserve(n));
        assertEquals(normal / 256, zone(mainline, ZoneType.DMA32).lowmemReserve(n), "6.18: [ZONE_DMA32] = 256");
        assertEquals(0, dma.lowmemReserve(n), "ratio 0: no reserve");
        assertEquals((dma32.managedPages() + normal) / 256, zone(mainline, ZoneType.DMA).lowmemReserve(n));
        String zoneinfo = ProcFormatter.zoneinfo(m);
        assertTrue(zoneinfo.contains("protection: (0, 0, " + normal / 64 + ","), zoneinfo);
    }

    private static ZoneView zone(Machine m, ZoneType t) {
        return m.zones().stream().filter(z -> z.type() == t).findFirst().orElseThrow();
    }

    @Test
    void minFreeKbytesKnobSetsTheMinWatermarks() {
        Machine m = boot(MIB, true, Knobs.mainline().with("min_free_kbytes", "8192"));
        long sum = m.zones().stream().filter(z -> z.type() != ZoneType.MOVABLE).mapToLong(z -> z.watermark(0))
                .sum();
        assertTrue(sum <= 2048 && sum >= 2048 - m.zones().size(), "sum of min " + sum);
    }

    /** zone_batchsize(): min(managed &gt;&gt; shift, 256) / divisor, then rounddown_pow_of_two(b + b / 2) - 1. */
    @Test
    void pcpBatchKnobsFollowZoneBatchsize() {
        Knobs k = Knobs.mainline().with("pcp_batch_shift", "12").with("pcp_batch_divisor", "2");
        Machine m = boot(MIB, true, k);
        ZoneView z = biggest(m);
        long b = Math.min(z.managedPages() >> 12, 256) / 2;
        int expected = Integer.highestOneBit((int) (b + b / 2)) - 1;
        assertEquals(expected, z.pcpStats(0)[2]);
        assertNotEquals(biggest(boot(MIB, true, Knobs.mainline())).pcpStats(0)[2], expected);
        String zoneinfo = ProcFormatter.zoneinfo(m);
        assertTrue(zoneinfo.contains("batch:    " + expected), zoneinfo);
    }

    /** zone_highsize(): high_min &gt;= batch &lt;&lt; shift; high_max = managed / fraction / cpus. */
    @Test
    void pcpHighKnobsFollowZoneHighsize() {
        Knobs k = Knobs.mainline().with("pcp_high_min_batch_shift", "6").with("pcp_high_max_fraction", "32");
        ZoneView z = biggest(boot(MIB, true, k));
        int[] st = z.pcpStats(0);
        int batch = st[2];
        long low = z.watermark(1);
        assertEquals(Math.max(low / 2, (long) batch << 6), st[3], "high_min");
        assertEquals(Math.max(z.managedPages() / 32 / 2, (long) batch << 6), st[4], "high_max");
        ZoneView fixed = biggest(boot(MIB, true, Knobs.mainline().with("percpu_pagelist_high_fraction", "100")));
        int[] f = fixed.pcpStats(0);
        assertEquals(Math.max(fixed.managedPages() / 100 / 2, (long) f[2] << 2), f[3]);
        assertEquals(f[3], f[4], "a fixed fraction: high_min == high_max");
    }

    /** PAGE_ALLOC_COSTLY_ORDER 4: order-4 frees go to the pcp lists instead of the buddy. */
    @Test
    void costlyOrderDecidesWhatThePcpListsHold() {
        for (int costly : new int[] {3, 4}) {
            Machine m = boot(256, true, Knobs.mainline().with("page_alloc_costly_order", Integer.toString(costly)));
            int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 4);
            assertTrue(pfn >= 0);
            ZoneView z = m.zones().stream().filter(v -> v.startPfn() <= pfn && pfn < v.startPfn() + v.spannedPages())
                    .findFirst().orElseThrow();
            int before = z.pcpStats(0)[0];
            m.freePages(0, pfn, 4);
            assertEquals(costly == 4 ? before + 16 : before, z.pcpStats(0)[0], "costly order " + costly);
            assertEquals(List.of(), m.checkInvariants());
        }
    }

    /** pcp drains while cpu 0 frees 400 order-1 pages it allocated. */
    private static int order1Drains(Knobs k) {
        Machine m = boot(256, true, k);
        int[] drains = new int[1];
        m.addListener(new EngineListener() {
            @Override
            public void pcpDrain(int pfn, int order, int migratetype) {
                drains[0]++;
            }
        });
        List<Integer> pfns = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pfns.add(m.allocPages(0, Gfp.GFP_KERNEL, 1));
        }
        drains[0] = 0;
        for (int pfn : pfns) {
            m.freePages(0, pfn, 1);
        }
        assertEquals(List.of(), m.checkInvariants());
        return drains[0];
    }

    /** free_high at free_count &gt;= batch (v6.12) drains sooner than at batch + high_min / 2. */
    @Test
    void pcpFreeHighV612DrainsHighOrderFreesSooner() {
        int mainline = order1Drains(Knobs.mainline());
        int old = order1Drains(Knobs.mainline().with("pcp_free_high", "v6.12"));
        System.out.println("pcp drains freeing 400 order-1 pages: mainline " + mainline + ", pcp_free_high=v6.12 " + old);
        assertTrue(old > mainline, mainline + " vs " + old);
    }

    /** decay_pcp_high(): high = max(count - (batch &lt;&lt; scale_max), high - (high &gt;&gt; shift), high_min). */
    @Test
    void pcpDecayAndScaleKnobsFollowDecayPcpHigh() {
        for (Knobs k : List.of(Knobs.mainline(), Knobs.mainline().with("pcp_decay_shift", "1"),
                Knobs.mainline().with("pcp_batch_scale_max", "1").with("pcp_decay_shift", "6"))) {
            Machine m = boot(256, true, k);
            List<Integer> pfns = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                pfns.add(m.allocPages(0, Gfp.GFP_KERNEL, 0));
            }
            for (int pfn : pfns) {
                m.freePages(0, pfn, 0);
            }
            ZoneView z = m.zones().stream().filter(v -> v.pcpStats(0)[0] > 0).findFirst().orElseThrow();
            int[] st = z.pcpStats(0);
            assertTrue(st[1] > st[3], k + ": high above high_min before the decay " + Arrays.toString(st));
            int shift = k.getInt("pcp_decay_shift");
            int scale = k.getInt("pcp_batch_scale_max");
            int expected = Math.max(Math.max(st[0] - (st[2] << scale), st[1] - (st[1] >> shift)), st[3]);
            m.vmstatRefresh();
            assertEquals(expected, z.pcpStats(0)[1], k.toString());
            assertEquals(Math.min(st[0], expected), z.pcpStats(0)[0], k + ": drained down to high");
        }
    }

    @Test
    void unmodelledKnobIsRefusedAtBoot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> boot(256, true, Knobs.mainline().with("fallbacks", "Unmovable:HighAtomic")));
        assertTrue(e.getMessage().startsWith("knob fallbacks=Unmovable:HighAtomic: not modelled by the engine: "),
                e.getMessage());
    }
}
