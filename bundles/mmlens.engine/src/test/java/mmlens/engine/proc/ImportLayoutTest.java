package mmlens.engine.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.ZoneView;

/** Placement of imported free lists (ImportLayout) at its density limits. */
class ImportLayoutTest {
    private static ZoneView normal(Machine m) {
        return m.zones().stream().filter(z -> z.presentPages() > 0).findFirst().orElseThrow();
    }

    @Test
    void densestOrder0LayoutUsesEveryOtherPage() {
        // at most one free order-0 page per buddy pair: 256 per pageblock
        Machine m = new SyntheticProc().blocks(1, 4).free(1, 0, 1024).build();
        assertEquals(1024, normal(m).nrFree(0, 1));
        assertEquals(List.of(), m.checkInvariants());
        assertThrows(IllegalArgumentException.class,
                () -> new SyntheticProc().blocks(1, 4).free(1, 0, 1025).build());
    }

    @Test
    void chainOfEveryOrderFitsInOnePageblock() {
        SyntheticProc p = new SyntheticProc().blocks(0, 1).blocks(1, 1);
        for (int o = 0; o < 9; o++) {
            p.free(0, o, 1);
        }
        Machine m = p.free(1, 9, 1).build();
        assertEquals(511 + 512, normal(m).freePages());
        assertEquals(List.of(), m.checkInvariants());
    }

    @Test
    void adjacentOrder9BlocksAreNotPlacedAsUnmergedBuddies() {
        Machine m = new SyntheticProc().blocks(1, 4).free(1, 9, 2).free(1, 0, 1).build();
        assertEquals(2, normal(m).nrFree(9, 1));
        // freeing nothing and allocating order 10 must fail: the two order-9 blocks are not buddies
        assertEquals(0, normal(m).nrFree(10));
        assertTrue(m.allocPages(0, mmlens.engine.Gfp.GFP_HIGHUSER_MOVABLE | mmlens.engine.Gfp.NORETRY, 10) < 0);
        assertEquals(List.of(), m.checkInvariants());
    }
}
