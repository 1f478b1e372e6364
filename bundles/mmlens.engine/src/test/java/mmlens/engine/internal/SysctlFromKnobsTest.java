package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;
import mmlens.engine.VmEvent;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioRunner;

/** Every allocator knob reaches the machine's {@link Sysctl}; mainline knobs give the 6.18 defaults. */
class SysctlFromKnobsTest {
    private static Sysctl booted(Knobs k) {
        return Machine.boot(MachineSpec.x86(256, 2, 1).withKnobs(k)).engine().ctx.sysctl;
    }

    @Test
    void mainlineKnobsAreTheDefaults() {
        Sysctl d = new Sysctl();
        Sysctl k = Sysctl.fromKnobs(Knobs.mainline(), MigrateTypes.mainline());
        assertEquals(d.claimOrderDivisor, k.claimOrderDivisor);
        assertEquals(d.claimThresholdShift, k.claimThresholdShift);
        assertNull(k.fallbacks);
        assertEquals(d.fallbackV612, k.fallbackV612);
        assertEquals(d.pageblockOrder, k.pageblockOrder);
        assertEquals(d.costlyOrder, k.costlyOrder);
        assertEquals(d.pcpBatchShift, k.pcpBatchShift);
        assertEquals(d.pcpBatchDivisor, k.pcpBatchDivisor);
        assertEquals(d.pcpHighMinBatchShift, k.pcpHighMinBatchShift);
        assertEquals(d.percpuPagelistHighFraction, k.percpuPagelistHighFraction);
        assertEquals(d.pcpHighMaxFraction, k.pcpHighMaxFraction);
        assertEquals(d.pcpBatchScaleMax, k.pcpBatchScaleMax);
        assertEquals(d.pcpDecayShift, k.pcpDecayShift);
        assertEquals(d.pcpFreeHighV612, k.pcpFreeHighV612);
        assertEquals(d.watermarkScaleFactor, k.watermarkScaleFactor);
        assertEquals(d.watermarkBoostFactor, k.watermarkBoostFactor);
        assertEquals(d.minFreeKbytes, k.minFreeKbytes);
        assertEquals(d.highatomicReserveDivisor, k.highatomicReserveDivisor);
        assertEquals(d.extfragThreshold, k.extfragThreshold);
        assertEquals(d.compactGapFactor, k.compactGapFactor);
        assertEquals(d.defragMode, k.defragMode);
    }

    @Test
    void everyAllocatorKnobReachesTheBootedMachine() {
        Knobs k = Knobs.mainline().with("claim_order_divisor", "3").with("claim_threshold_shift", "2")
                .with("fallbacks", "Unmovable:Movable,Reclaimable").with("fallback_behaviour", "v6.12")
                .with("pageblock_order", "8").with("page_alloc_costly_order", "4").with("pcp_batch_shift", "11")
                .with("pcp_batch_divisor", "5").with("pcp_high_min_batch_shift", "3")
                .with("percpu_pagelist_high_fraction", "16").with("pcp_high_max_fraction", "9")
                .with("pcp_batch_scale_max", "4").with("pcp_decay_shift", "2").with("pcp_free_high", "v6.12")
                .with("watermark_scale_factor", "30").with("watermark_boost_factor", "5000")
                .with("min_free_kbytes", "3000").with("highatomic_reserve_divisor", "50")
                .with("extfrag_threshold", "700").with("compact_gap_factor", "3").with("defrag_mode", "1");
        Sysctl s = booted(k);
        assertEquals(3, s.claimOrderDivisor);
        assertEquals(2, s.claimThresholdShift);
        assertArrayEquals(new int[] {1, 2}, s.fallbacks[0]);
        assertTrue(s.fallbackV612);
        assertEquals(8, s.pageblockOrder);
        assertEquals(4, s.costlyOrder);
        assertEquals(11, s.pcpBatchShift);
        assertEquals(5, s.pcpBatchDivisor);
        assertEquals(3, s.pcpHighMinBatchShift);
        assertEquals(16, s.percpuPagelistHighFraction);
        assertEquals(9, s.pcpHighMaxFraction);
        assertEquals(4, s.pcpBatchScaleMax);
        assertEquals(2, s.pcpDecayShift);
        assertTrue(s.pcpFreeHighV612);
        assertEquals(30, s.watermarkScaleFactor);
        assertEquals(5000, s.watermarkBoostFactor);
        assertEquals(3000, s.minFreeKbytes);
        assertEquals(50, s.highatomicReserveDivisor);
        assertEquals(700, s.extfragThreshold);
        assertEquals(3, s.compactGapFactor);
        assertTrue(s.defragMode);
    }

    /**
     * compaction_suitable(): with extfrag_threshold 1000 every costly failure is blamed on memory;
     * a wider compact_gap changes which zones are suitable. Direct compaction alone: no proactive
     * kcompactd runs (they keep the node's score low, and direct compaction rare, whatever the knobs).
     */
    @Test
    void extfragThresholdAndCompactGapChangeCompaction() {
        String text = """
                [machine]
                memory = 256MiB
                cpus = 2
                [workload]
                ops = 120000
                kcompactd_every = 0
                [stream files]
                kind = pagecache
                gfp = GFP_HIGHUSER_MOVABLE
                weight = 30
                [stream unmovable]
                gfp = GFP_KERNEL
                orders = 0:6 1:2 3:1
                weight = 25
                lifetime = exp 50000
                [stream movable]
                gfp = GFP_HIGHUSER_MOVABLE
                weight = 45
                lifetime = exp 20000
                [stream thp]
                gfp = GFP_TRANSHUGE
                orders = 9:1
                weight = 2
                lifetime = exp 8000
                from = 40000
                """;
        Scenario s = Scenario.parse("compact", text, null);
        Machine mainline = ScenarioRunner.run(s, 5).machine();
        Machine never = ScenarioRunner.run(s, 5, Knobs.mainline().with("extfrag_threshold", "1000")).machine();
        System.out.println("compact_stall mainline " + mainline.event(VmEvent.COMPACT_STALL) + ", extfrag_threshold=1000 "
                + never.event(VmEvent.COMPACT_STALL) + "; compact_migrate_scanned "
                + mainline.event(VmEvent.COMPACT_MIGRATE_SCANNED) + " vs " + never.event(VmEvent.COMPACT_MIGRATE_SCANNED));
        assertTrue(never.event(VmEvent.COMPACT_STALL) < mainline.event(VmEvent.COMPACT_STALL));
        Machine wideGap = ScenarioRunner.run(s, 5, Knobs.mainline().with("compact_gap_factor", "64")).machine();
        System.out.println("compact_stall compact_gap_factor=64 " + wideGap.event(VmEvent.COMPACT_STALL));
        assertNotEquals(mainline.event(VmEvent.COMPACT_MIGRATE_SCANNED), wideGap.event(VmEvent.COMPACT_MIGRATE_SCANNED));
    }
}
