package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.ZoneView;
import mmlens.engine.proc.SyntheticProc;

/**
 * Fallback behaviour of mm/page_alloc.c in 6.18: __rmqueue() tries __rmqueue_smallest(), then
 * __rmqueue_claim() (try_to_claim_block(), should_try_claim_block()), then __rmqueue_steal(), in the
 * order given by fallbacks[]; get_page_from_freelist() first runs with ALLOC_NOFRAGMENT.
 */
class FallbackTest {
    private static final int UNMOVABLE = 0;
    private static final int MOVABLE = 1;
    private static final int RECLAIMABLE = 2;

    /** kmem:mm_page_alloc_extfrag fields recorded by the listener. */
    record Extfrag(int allocOrder, int fallbackOrder, int allocMt, int fallbackMt, boolean fragmenting,
            boolean changeOwnership) {
    }

    private static List<Extfrag> record(Machine m) {
        List<Extfrag> l = new ArrayList<>();
        m.addListener(new EngineListener() {
            @Override
            public void extfrag(int pfn, int ao, int fo, int am, int fm, boolean frag, boolean own) {
                l.add(new Extfrag(ao, fo, am, fm, frag, own));
            }
        });
        return l;
    }

    private static ZoneView normal(Machine m) {
        return m.zones().stream().filter(z -> z.presentPages() > 0).findFirst().orElseThrow();
    }

    @Test
    void tryToClaimBlockTakesWholeMaxOrderBlockForUnmovable() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 8).free(MOVABLE, 10, 4).build();
        List<Extfrag> ev = record(m);
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertTrue(pfn >= 0);
        assertEquals(List.of(new Extfrag(0, 10, UNMOVABLE, MOVABLE, false, true)), ev);
        long[] blocks = normal(m).pageblockCounts();
        assertEquals(2, blocks[UNMOVABLE]);
        assertEquals(6, blocks[MOVABLE]);
        for (int o = 0; o < 10; o++) {
            assertEquals(1, normal(m).nrFree(o, UNMOVABLE), "expand() leaves one block per order");
        }
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void fallbacksTablePrefersReclaimableForUnmovable() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 2).blocks(RECLAIMABLE, 2).free(MOVABLE, 10, 1)
                .free(RECLAIMABLE, 10, 1).build();
        List<Extfrag> ev = record(m);
        m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertEquals(RECLAIMABLE, ev.get(0).fallbackMt());
    }

    @Test
    void rmqueueStealForSmallMovableRequestKeepsBlockType() {
        Machine m = new SyntheticProc().blocks(UNMOVABLE, 1).blocks(MOVABLE, 1).free(UNMOVABLE, 3, 1).build();
        List<Extfrag> ev = record(m);
        int pfn = m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE, 0);
        assertTrue(pfn >= 0);
        // should_try_claim_block(3, MOVABLE) is false: no claim, steal from order 3
        assertEquals(List.of(new Extfrag(0, 3, MOVABLE, UNMOVABLE, true, false)), ev);
        assertEquals(1, normal(m).pageblockCounts()[UNMOVABLE]);
        assertEquals(1, normal(m).nrFree(2, UNMOVABLE));
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void tryToClaimBlockClaimsWhenHalfThePageblockIsFree() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 8, 1).watermarks(10, 20, 30).build();
        List<Extfrag> ev = record(m);
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertTrue(pfn >= 0);
        assertEquals(List.of(new Extfrag(0, 8, UNMOVABLE, MOVABLE, true, true)), ev);
        assertEquals(1, normal(m).pageblockCounts()[UNMOVABLE]);
        // boost_watermark(): min(0 + pageblock_nr_pages, max(pageblock_nr_pages, high * 15000 / 10000))
        assertEquals(512, normal(m).watermarkBoost());
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void tryToClaimBlockRefusesBelowHalfAndStealsInstead() {
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 7, 1).watermarks(10, 20, 30).build();
        List<Extfrag> ev = record(m);
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertTrue(pfn >= 0);
        assertEquals(List.of(new Extfrag(0, 7, UNMOVABLE, MOVABLE, true, false)), ev);
        assertEquals(0, normal(m).pageblockCounts()[UNMOVABLE]);
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void noFragmentPassPrefersClaimingAWholeBlockOverStealing() {
        // ALLOC_NOFRAGMENT limits __rmqueue_claim to orders >= pageblock_order on the first pass
        Machine m = new SyntheticProc().blocks(MOVABLE, 4).free(MOVABLE, 9, 1).free(MOVABLE, 2, 1).build();
        List<Extfrag> ev = record(m);
        m.allocPages(0, Gfp.GFP_KERNEL, 0);
        assertEquals(9, ev.get(0).fallbackOrder());
        assertEquals(false, ev.get(0).fragmenting());
    }

    @Test
    void reserveHighatomicPageblockOnAtomicHighOrderSlowPath() {
        // 100 blocks (managed/100 >= pageblock_nr_pages); free below low so the fast path fails
        Machine m = new SyntheticProc().blocks(MOVABLE, 99).blocks(UNMOVABLE, 1).free(UNMOVABLE, 8, 1)
                .free(UNMOVABLE, 7, 1).watermarks(200, 600, 700).build();
        int pfn = m.allocPages(0, Gfp.GFP_ATOMIC, 2);
        assertTrue(pfn >= 0);
        ZoneView z = normal(m);
        assertEquals(3, z.pageblockMigratetype(pfn), "pageblock became MIGRATE_HIGHATOMIC");
        assertEquals(512, z.nrReservedHighatomic());
        assertEquals(List.of(), m.checkInvariants());
    }
}
