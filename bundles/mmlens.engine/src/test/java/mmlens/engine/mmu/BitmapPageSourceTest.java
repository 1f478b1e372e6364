package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The bitmap source's batched free is its one-by-one free: same state, same allocations after it. */
class BitmapPageSourceTest {

    /** Allocates 200 blocks of orders 0..2, frees every other one, and returns the next 100 pfns. */
    private static long[] run(boolean batched) {
        BitmapPageSource s = new BitmapPageSource(1, 4096);
        long[] pfns = new long[200];
        int[] orders = new int[200];
        for (int i = 0; i < pfns.length; i++) {
            orders[i] = i % 7 == 0 ? 2 : i % 5 == 0 ? 1 : 0;
            pfns[i] = s.allocPages(0, orders[i], 0);
        }
        long[] freed = new long[100];
        int[] freedOrders = new int[100];
        for (int i = 0; i < 100; i++) {
            freed[i] = pfns[199 - 2 * i];
            freedOrders[i] = orders[199 - 2 * i];
        }
        if (batched) {
            s.freePagesBatch(0, freed, freedOrders, freed.length);
        } else {
            for (int i = 0; i < freed.length; i++) {
                s.freePages(0, freed[i], freedOrders[i]);
            }
        }
        long[] out = new long[101];
        for (int i = 0; i < 100; i++) {
            out[i] = s.allocPages(0, i % 3, 0);
        }
        out[100] = s.allocatedPages();
        return out;
    }

    @Test
    void batchedFreeEqualsOneByOne() {
        assertArrayEquals(run(false), run(true));
    }

    @Test
    void badPageInBatchThrowsAfterTheBlocksBeforeIt() {
        BitmapPageSource s = new BitmapPageSource(1, 64);
        long a = s.allocPages(0, 0, 0);
        long b = s.allocPages(0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.freePagesBatch(0, new long[] {a, 40, b}, new int[] {0, 0, 0}, 3));
        assertEquals("bad free pfn 40 order 0", e.getMessage());
        assertEquals(1, s.allocatedPages());
        assertThrows(IllegalArgumentException.class, () -> s.freePagesBatch(0, new long[] {a}, new int[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> s.freePagesBatch(0, new long[] {0}, new int[] {0}, 1));
    }
}
