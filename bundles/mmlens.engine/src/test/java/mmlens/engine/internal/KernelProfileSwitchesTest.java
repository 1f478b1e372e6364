package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;

/**
 * The allocator switches of the 6.12.y profile that need the engine's insides to show: each test
 * runs the same situation with the profile and with a control that differs from it only in that
 * switch (the 6.18 value), so removing the switch from the profile fails the test.
 */
class KernelProfileSwitchesTest {
    private static final Knobs V612 = Knobs.profile("6.12.117");

    /** The 6.12 profile with one switch put back to its 6.18 value. */
    private static Knobs without(String knob) {
        return V612.with(knob, Knobs.info(knob).defaultValue());
    }

    /**
     * get_page_from_freelist(): with two nodes and node 0's kswapd woken, 6.18 first skips node 0's
     * zones and places the page on node 1; 6.12 takes it from node 0 as usual.
     */
    @Test
    void kswapdNodeSkipIsTheSixEighteenPass() {
        assertEquals(0, nodeOfFirstPage(V612));
        assertEquals(1, nodeOfFirstPage(without("kswapd_node_skip")));
        assertEquals(1, nodeOfFirstPage(Knobs.mainline()));
    }

    private static int nodeOfFirstPage(Knobs k) {
        Machine m = Machine.boot(MachineSpec.x86(1024, 2, 2).withKnobs(k));
        Engine e = m.engine();
        e.nodes[0].kswapdWoken = true;
        int pfn = m.allocPages(m.firstCpu(0), Gfp.GFP_KERNEL, 0);
        for (Zone z : e.allZones()) {
            if (z.mem != null && pfn >= z.startPfn && pfn < z.endPfn()) {
                return z.nid;
            }
        }
        throw new AssertionError("pfn " + pfn + " in no zone");
    }

    /**
     * compaction_capture(): a captured block of another migratetype is an extfrag event in 6.18 (it
     * counts as a fallback), none in 6.12.
     */
    @Test
    void captureOfAnotherTypeIsAnExtfragOnlyInSixEighteen() {
        assertEquals(0, captureExtfrags(V612));
        assertEquals(1, captureExtfrags(without("capture_extfrag")));
    }

    private static int captureExtfrags(Knobs k) {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1).withKnobs(k));
        Engine e = m.engine();
        List<Integer> extfrags = new ArrayList<>();
        m.addListener(new EngineListener() {
            @Override
            public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt,
                    boolean fragmenting, boolean changeOwnership) {
                extfrags.add(pfn);
            }
        });
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        Zone z = zoneOf(e, pfn);
        int mt = z.blockMt(pfn, e.ctx.isolate);
        assertTrue(mt != e.ctx.movable, "a GFP_KERNEL page sits in a non-movable block");
        e.ctx.captureZone = z;
        e.ctx.captureOrder = 0;
        e.ctx.captureMt = e.ctx.movable;
        e.ctx.capturedPfn = -1;
        extfrags.clear();
        e.buddy.freeOnePage(z, pfn, 0, mt, false);
        assertEquals(pfn, e.ctx.capturedPfn, "captured");
        e.ctx.captureZone = null;
        return extfrags.size();
    }

    /**
     * compaction_suit_allocation_order(): an async order-9 compaction for a request that may not use
     * CMA, in a zone whose free pages are nearly all CMA, is skipped in 6.18 and goes ahead in 6.12.
     */
    @Test
    void cmaCheckSkipsCompactionOnlyInSixEighteen() {
        assertEquals(Compaction.COMPACT_CONTINUE, suit(V612));
        assertEquals(Compaction.COMPACT_SKIPPED, suit(without("compaction_cma_check")));
    }

    private static int suit(Knobs k) {
        MachineSpec x86 = MachineSpec.x86(256, 2, 1);
        MachineSpec.Builder b = MachineSpec.builder().nodes(1).cpus(2).migrateTypes(MigrateTypes.mainlineWithCma())
                .knobs(k);
        x86.zones().forEach(c -> b.zone(c.nid(), c.type(), c.startPfn(), c.spannedPages()));
        x86.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
        Machine m = Machine.boot(b.build());
        Engine e = m.engine();
        Zone z = null;
        for (Zone c : e.allZones()) {
            if (c.mem != null && (z == null || c.nrFreePages > z.nrFreePages)) {
                z = c;
            }
        }
        z.nrFreeCma = z.nrFreePages - z.wmark(Zone.WMARK_MIN); // free memory is almost all CMA
        return e.compaction.suitAllocationOrder(z, 9, z.idx, AllocFlags.ALLOC_WMARK_MIN, true, false);
    }

    private static Zone zoneOf(Engine e, int pfn) {
        for (Zone z : e.allZones()) {
            if (z.mem != null && pfn >= z.startPfn && pfn < z.endPfn()) {
                return z;
            }
        }
        throw new AssertionError("pfn " + pfn + " in no zone");
    }
}
