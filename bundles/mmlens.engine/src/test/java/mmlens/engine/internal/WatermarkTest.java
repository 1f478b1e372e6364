package mmlens.engine.internal;

import static mmlens.engine.internal.AllocFlags.ALLOC_HIGHATOMIC;
import static mmlens.engine.internal.AllocFlags.ALLOC_MIN_RESERVE;
import static mmlens.engine.internal.AllocFlags.ALLOC_NON_BLOCK;
import static mmlens.engine.internal.AllocFlags.ALLOC_OOM;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.ZoneType;
import mmlens.engine.proc.SyntheticProc;

/** __zone_watermark_ok() and zone_watermark_fast() of mm/page_alloc.c. */
class WatermarkTest {
    private static Zone normal(Machine m) {
        return m.engine().zone(0, ZoneType.NORMAL);
    }

    @Test
    void order0ComparesFreeAgainstMarkPlusLowmemReserve() {
        // 1000 free order-0 pages
        Machine m = new SyntheticProc().blocks(1, 4).free(1, 0, 1000).build();
        Zone z = normal(m);
        Watermark wm = m.engine().wm;
        assertTrue(wm.zoneWatermarkOk(z, 0, 999, 2, 0));
        assertFalse(wm.zoneWatermarkOk(z, 0, 1000, 2, 0), "free_pages <= min fails");
        z.lowmemReserve[2] = 10;
        assertFalse(wm.zoneWatermarkOk(z, 0, 990, 2, 0), "lowmem_reserve[highest_zoneidx] is added");
    }

    @Test
    void highOrderNeedsASuitableFreeBlockOfAPcpType() {
        Machine m = new SyntheticProc().blocks(1, 4).free(1, 0, 1000).build();
        Zone z = normal(m);
        assertFalse(m.engine().wm.zoneWatermarkOk(z, 3, 10, 2, 0), "no block of order >= 3");
    }

    @Test
    void reservesLowerTheMinimum() {
        Machine m = new SyntheticProc().blocks(1, 4).free(1, 0, 1000).build();
        Zone z = normal(m);
        Watermark wm = m.engine().wm;
        // min 1600: MIN_RESERVE halves it (800); NON_BLOCK takes another quarter (600)
        assertFalse(wm.zoneWatermarkOk(z, 0, 1600, 2, 0));
        assertTrue(wm.zoneWatermarkOk(z, 0, 1600, 2, ALLOC_MIN_RESERVE));
        assertFalse(wm.zoneWatermarkOk(z, 0, 2400, 2, ALLOC_MIN_RESERVE));
        assertTrue(wm.zoneWatermarkOk(z, 0, 2400, 2, ALLOC_MIN_RESERVE | ALLOC_NON_BLOCK), "2400 -> 1200 -> 900");
        assertTrue(wm.zoneWatermarkOk(z, 0, 1800, 2, ALLOC_OOM), "ALLOC_OOM halves: 900");
    }

    @Test
    void highatomicFreePagesAreUnusableWithoutReserveRightsButCountForHighatomicAllocs() {
        Machine m = new SyntheticProc().blocks(1, 3).blocks(3, 1).free(1, 0, 100).free(3, 5, 1).build();
        Zone z = normal(m);
        Watermark wm = m.engine().wm;
        // 132 free, 32 of them highatomic
        assertFalse(wm.zoneWatermarkOk(z, 0, 100, 2, 0));
        assertTrue(wm.zoneWatermarkOk(z, 0, 100, 2, ALLOC_HIGHATOMIC));
        assertFalse(wm.zoneWatermarkOk(z, 5, 10, 2, 0), "order-5 block only on the HIGHATOMIC list");
        assertTrue(wm.zoneWatermarkOk(z, 5, 10, 2, ALLOC_HIGHATOMIC));
    }
}
