package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

class KPageFlagsTest {

    /** 16 pfns: pfn 0 is a hole, pfn 2 a page table, 4..11 and 13 free. */
    private static byte[] dump() {
        ByteBuffer b = ByteBuffer.allocate(16 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int pfn = 0; pfn < 16; pfn++) {
            long flags = 0;
            if (pfn == 0) {
                flags |= 1L << KPageFlags.KPF_NOPAGE;
            }
            if ((pfn >= 4 && pfn < 12) || pfn == 13) {
                flags |= 1L << KPageFlags.KPF_BUDDY;
            }
            if (pfn == 2) {
                flags |= 1L << KPageFlags.KPF_PGTABLE;
            }
            b.putLong(flags);
        }
        return b.array();
    }

    @Test
    void buddyBitGivesTheFreeMap() throws IOException {
        FreeMap map = KPageFlags.readFreeMap(new ByteArrayInputStream(dump()));
        assertEquals(16, map.pfnCount());
        assertEquals(9, map.freePages());
        assertEquals(4, map.freePages(0, 8));
        assertTrue(map.isFree(13));
        assertFalse(map.isFree(12));
        assertTrue(map.isHole(0));
        assertEquals(1, map.pageTablePages());
        // 4..7 is an aligned order-2 block, 8..11 another, 13 an order-0 block.
        assertArrayEquals(new long[] {1, 0, 2, 0}, map.blocksPerOrder(0, 16, 3));
        // Restricting the range cuts blocks at the range's edge.
        assertArrayEquals(new long[] {1, 1, 1, 0}, map.blocksPerOrder(6, 14, 3));
    }

    @Test
    void partialWordIsAnError() {
        byte[] bytes = new byte[12];
        assertThrows(EOFException.class, () -> KPageFlags.readFreeMap(new ByteArrayInputStream(bytes)));
    }
}
