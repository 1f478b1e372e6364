package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.ZoneType;
import mmlens.engine.proc.SyntheticProc;

/**
 * zone_set_pageset_high_and_batch() sized from the managed count the kernel had when it ran, and
 * what high_max does to free_unref_page_commit() (free_frozen_page_commit() in 6.18): a pcp that
 * only frees drains nr_pcp_free() = clamp(free_count, batch, high - batch) pages each time its
 * count reaches high.
 */
class PcpHighLimitTest {
    private static final int BATCH = 15;
    private static final int HIGH_MIN = 526;

    /** 32 movable pageblocks (16384 pages), all allocated; pcp set up as the anon run's DMA32. */
    private static Zone zone(Machine m) {
        Zone z = m.engine().zone(0, ZoneType.NORMAL);
        z.watermark[Zone.WMARK_MIN] = 421;
        z.watermark[Zone.WMARK_LOW] = HIGH_MIN;
        z.watermark[Zone.WMARK_HIGH] = 631;
        z.managedPages = 50103;
        return z;
    }

    @Test
    void highLimitsFollowTheManagedCountOfTheirTime() {
        Machine m = new SyntheticProc().blocks(1, 32).build();
        Zone z = zone(m);
        // boot: 50103 - 8236 kB / 4 = 48044 pages managed when init_per_zone_wmark_min() ran
        ZoneSetup.setPagesetHighAndBatch(z, 48044, 1, 1, 0);
        PerCpuPages p = z.pcp[0];
        assertEquals(HIGH_MIN, p.highMin, "zone_highsize(): low watermark / 1 cpu");
        assertEquals(6005, p.highMax, "48044 / MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)");
        assertEquals(BATCH, p.batch, "zone_batchsize(): rounddown_pow_of_two(11 + 5) - 1");
        ZoneSetup.setPagesetHighAndBatch(z, 1, 1, 0);
        assertEquals(6262, p.highMax, "the printed managed count: 50103 / 8");
        assertEquals(HIGH_MIN, p.highMin);
    }

    /**
     * anon's free phase in numbers: 6713 order-0 frees into a pcp holding none, high = high_max.
     * free_count climbs to batch << CONFIG_PCP_BATCH_SCALE_MAX = 480 and stays; at count == high
     * nr_pcp_high() keeps high (need_high = 480 + 15 is below it) and nr_pcp_free() gives
     * clamp(480, 15, high - 15) = 480.
     */
    @Test
    void freesDrainBatchesOfFreeCountWhenCountReachesHigh() {
        assertEquals(960, drainedAfterFrees(6005, 6713), "6005 -> 5525, 6005 -> 5525, + 228 = 5753");
        assertEquals(480, drainedAfterFrees(6262, 6713), "6262 -> 5782, + 451 = 6233 < 6262");
        assertEquals(0, drainedAfterFrees(6262, 6261));
    }

    private static int drainedAfterFrees(int highMax, int frees) {
        Machine m = new SyntheticProc().blocks(1, 32).build();
        Zone z = zone(m);
        PerCpuPages p = z.pcp[0];
        p.batch = BATCH;
        p.highMin = HIGH_MIN;
        p.highMax = highMax;
        p.high = highMax;
        long freeBefore = z.nrFreePages;
        for (int i = 0; i < frees; i++) {
            m.engine().freePath.free(z, 0, z.startPfn + i, 0);
        }
        int drained = (int) (z.nrFreePages - freeBefore);
        assertEquals(frees - drained, p.count);
        assertEquals(highMax, p.high, "nr_pcp_high() leaves high alone while count reaches it");
        assertEquals(Math.min(frees, BATCH << Orders.PCP_BATCH_SCALE_MAX), p.freeCount);
        return drained;
    }
}
