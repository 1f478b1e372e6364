package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Boot-time sizing against the 6.18 sample machine (2 cpus, DMA/DMA32/Normal managed 3840/772917/
 * 950272): calculate_min_free_kbytes() raised by khugepaged's set_recommended_min_free_kbytes(),
 * __setup_per_zone_wmarks(), setup_per_zone_lowmem_reserve(), zone_batchsize(), zone_highsize() and
 * calculate_normal_threshold() must reproduce its /proc/zoneinfo numbers.
 */
class ZoneSetupTest {
    private static Machine sampleShape() {
        MachineSpec spec = MachineSpec.builder().nodes(1).cpus(2)
                .zone(0, ZoneType.DMA, 1, 4095).range(1, 3999, 158)
                .zone(0, ZoneType.DMA32, 4096, 1044480).range(4096, 4096 + 782336, 782336 - 772917)
                .zone(0, ZoneType.NORMAL, 1048576, 5505024).range(1048576, 1048576 + 5505024, 5505024 - 950272)
                .build();
        return Machine.boot(spec);
    }

    private static ZoneView zone(Machine m, ZoneType t) {
        return m.zones().stream().filter(z -> z.type() == t).findFirst().orElseThrow();
    }

    @Test
    void setRecommendedMinFreeKbytesForThreePopulatedZones() {
        assertEquals(67584, sampleShape().minFreeKbytes());
    }

    @Test
    void setupPerZoneWmarksMatchesSample() {
        Machine m = sampleShape();
        assertArrayEquals(new long[] {37, 46, 55, 64}, wmarks(zone(m, ZoneType.DMA)));
        assertArrayEquals(new long[] {7561, 9451, 11341, 13231}, wmarks(zone(m, ZoneType.DMA32)));
        assertArrayEquals(new long[] {9296, 11620, 13944, 16268}, wmarks(zone(m, ZoneType.NORMAL)));
        assertArrayEquals(new long[] {32, 32, 32, 32}, wmarks(zone(m, ZoneType.MOVABLE)));
        assertArrayEquals(new long[] {0, 0, 0, 0}, wmarks(zone(m, ZoneType.DEVICE)));
    }

    @Test
    void lowmemReserveMatchesSampleProtection() {
        Machine m = sampleShape();
        assertEquals(List.of(0L, 3019L, 6731L, 6731L, 6731L), protection(zone(m, ZoneType.DMA)));
        assertEquals(List.of(0L, 0L, 3712L, 3712L, 3712L), protection(zone(m, ZoneType.DMA32)));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), protection(zone(m, ZoneType.NORMAL)));
    }

    @Test
    void pcpBatchAndHighMatchSample() {
        Machine m = sampleShape();
        int[] dma = zone(m, ZoneType.DMA).pcpStats(0);
        int[] dma32 = zone(m, ZoneType.DMA32).pcpStats(1);
        int[] normal = zone(m, ZoneType.NORMAL).pcpStats(0);
        assertEquals(List.of(1, 23, 240), List.of(dma[2], dma[3], dma[4]));
        assertEquals(List.of(63, 4725, 48307), List.of(dma32[2], dma32[3], dma32[4]));
        assertEquals(List.of(63, 5810, 59392), List.of(normal[2], normal[3], normal[4]));
        assertEquals(4, zone(m, ZoneType.DMA).statThreshold(0));
        assertEquals(24, zone(m, ZoneType.NORMAL).statThreshold(1));
    }

    private static long[] wmarks(ZoneView z) {
        return new long[] {z.watermark(0), z.watermark(1), z.watermark(2), z.watermark(3)};
    }

    private static List<Long> protection(ZoneView z) {
        return List.of(z.lowmemReserve(0), z.lowmemReserve(1), z.lowmemReserve(2), z.lowmemReserve(3),
                z.lowmemReserve(4));
    }
}
