package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.scenario.LiveSet;

/**
 * kcompactd's proactive compaction (mm/compaction.c kcompactd(), should_proactive_compact_node(),
 * compact_node(pgdat, true), fragmentation_score_node(), fragmentation_score_wmark()).
 */
class ProactiveCompactionTest {

    /**
     * A 1 GiB machine whose DMA32 zone is allocated down to 1000 pages above its high watermark, every
     * other page then freed: its free memory is nearly all order 0. min_free_kbytes 4096 (not the
     * THP-raised 44 MiB) lets the allocations go that far without waking kswapd. {@code gfp}: movable
     * pages can be compacted, unmovable ones cannot.
     */
    private static Machine fragmented(Knobs k, int gfp) {
        Machine m = Machine.boot(MachineSpec.x86(1024, 1, 1).withKnobs(k.with("min_free_kbytes", "4096")));
        LiveSet live = new LiveSet(false);
        m.addListener(live);
        ZoneView dma32 = m.zones().get(1);
        List<Integer> freed = new ArrayList<>();
        for (int i = 0; dma32.freePages() > dma32.watermark(2) + 1000; i++) {
            int pfn = m.allocPages(0, gfp, 0);
            if (i % 2 == 1) {
                freed.add(pfn);
            } else if (gfp == Gfp.GFP_HIGHUSER_MOVABLE) {
                live.add(pfn, 0);
            }
        }
        for (int pfn : freed) {
            m.freePages(0, pfn, 0);
        }
        m.drainAllPages();
        return m;
    }

    private static Machine fragmented(Knobs k) {
        return fragmented(k, Gfp.GFP_HIGHUSER_MOVABLE);
    }

    /** extfrag_for_order(zone, 9) from the zone's buddyinfo, weighted by present pages / (node's + 1). */
    private static int scoreFromBuddyinfo(Machine m) {
        long nodePresent = 0;
        for (ZoneView z : m.zones()) {
            nodePresent += z.presentPages();
        }
        int score = 0;
        for (ZoneView z : m.zones()) {
            if (z.presentPages() == 0) {
                continue;
            }
            long free = 0;
            long suitable = 0;
            for (int o = 0; o <= 10; o++) {
                free += z.nrFree(o) << o;
                if (o >= 9) {
                    suitable += z.nrFree(o) << (o - 9);
                }
            }
            int extfrag = free == 0 ? 0 : (int) ((free - (suitable << 9)) * 100 / free);
            score += (int) (z.presentPages() * extfrag / (nodePresent + 1));
        }
        return score;
    }

    @Test
    void scoreIsExtfragAtTheThpOrderWeightedByPresentPages() {
        Machine m = Machine.boot(MachineSpec.x86(1024, 1, 1));
        assertEquals(scoreFromBuddyinfo(m), m.fragmentationScore(0));
        Machine f = fragmented(Knobs.mainline());
        int score = f.fragmentationScore(0);
        assertEquals(scoreFromBuddyinfo(f), score);
        assertTrue(score > 90, "every other page of DMA32 held: " + score);
    }

    @Test
    void timeoutCompactsTheNodeUntilItsScoreIsDownToTheLowWatermark() {
        Machine m = fragmented(Knobs.mainline());
        int before = m.fragmentationScore(0);
        assertEquals(1, m.kcompactdTimeout());
        int after = m.fragmentationScore(0);
        assertTrue(after <= 80 && after < before, before + " -> " + after);
        assertTrue(m.event(VmEvent.PGMIGRATE_SUCCESS) > 0);
        assertTrue(m.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED) > 0);
        assertEquals(0, m.event(VmEvent.COMPACT_DAEMON_WAKE), "a proactive run is not a wakeup");
        assertEquals(List.of(), m.checkInvariants());
        assertEquals(0, m.kcompactdTimeout(), "score below the high watermark: nothing to do");

        Machine whole = fragmented(Knobs.mainline());
        whole.compactMemory();
        assertTrue(whole.event(VmEvent.PGMIGRATE_SUCCESS) > m.event(VmEvent.PGMIGRATE_SUCCESS),
                "a proactive run stops at the low watermark, compact_memory goes on to the scanners' meeting");
    }

    @Test
    void higherProactivenessCompactsFurther() {
        Machine p20 = fragmented(Knobs.mainline());
        Machine p90 = fragmented(Knobs.mainline().with("compaction_proactiveness", "90"));
        p20.kcompactdTimeout();
        p90.kcompactdTimeout();
        // 90: low watermark 10, which one pass of the scanners does not reach; 20 stops at 80
        assertTrue(p90.fragmentationScore(0) < p20.fragmentationScore(0),
                p20.fragmentationScore(0) + " vs " + p90.fragmentationScore(0));
        assertTrue(p90.event(VmEvent.PGMIGRATE_SUCCESS) > p20.event(VmEvent.PGMIGRATE_SUCCESS));
    }

    @Test
    void noProactiveRunAtProactivenessZeroOrWhileKswapdRuns() {
        Machine off = fragmented(Knobs.mainline().with("compaction_proactiveness", "0"));
        assertEquals(0, off.kcompactdTimeout());
        assertEquals(0, off.event(VmEvent.PGMIGRATE_SUCCESS));
        Machine m = fragmented(Knobs.mainline());
        m.beginKswapdRun(0);
        assertEquals(0, m.kcompactdTimeout());
        m.endKswapdRun(0, 0);
        assertEquals(0, m.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED));
        assertEquals(1, m.kcompactdTimeout());
    }

    /** Unmovable pages cannot be migrated: the score stays and kcompactd sleeps 64 timeouts. */
    @Test
    void noProgressDefersTheNextCheckSixtyFourTimeouts() {
        Machine m = fragmented(Knobs.mainline(), Gfp.GFP_KERNEL);
        assertTrue(m.fragmentationScore(0) > 90, "" + m.fragmentationScore(0));
        assertEquals(1, m.kcompactdTimeout());
        long scanned = m.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED);
        assertEquals(0, m.event(VmEvent.PGMIGRATE_SUCCESS));
        for (int t = 0; t < 63; t++) {
            assertEquals(0, m.kcompactdTimeout(), "timeout " + t);
        }
        assertEquals(scanned, m.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED));
        assertEquals(1, m.kcompactdTimeout(), "the 64th timeout checks again");
    }
}
