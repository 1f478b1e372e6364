package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.ZoneType;
import mmlens.engine.internal.Zone;

/**
 * The start state's pageblock types for blocks no trace event touches (StartState step 3):
 * blocks holding the kernel's own allocations (kpageflags: allocated, not LRU, not PG_reserved)
 * take the non-movable leftover counts, boot reserves and LRU blocks MOVABLE. The control is the
 * former pfn-order fill, which typed frag's kernel-image blocks 8-20 UNMOVABLE and its slab
 * blocks 32-33 and 36-49 MOVABLE.
 */
class PageblockTypingTest {

    /** 8 pfns: 0 free, 1 LRU, 2 reserved, 3 reserved and LRU, 4 a hole, 5-7 kernel pages. */
    @Test
    void kernelPagesAreAllocatedNonLruNonReservedPages() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 * 8).order(ByteOrder.LITTLE_ENDIAN);
        long[] flags = {1L << KPageFlags.KPF_BUDDY, 1L << KPageFlags.KPF_LRU, 1L << KPageFlags.KPF_RESERVED,
                (1L << KPageFlags.KPF_RESERVED) | (1L << KPageFlags.KPF_LRU), 1L << KPageFlags.KPF_NOPAGE,
                1L << 7 /* KPF_SLAB */, 1L << KPageFlags.KPF_PGTABLE, 0};
        for (long f : flags) {
            b.putLong(f);
        }
        FreeMap map = KPageFlags.readFreeMap(new ByteArrayInputStream(b.array()));
        assertEquals(3, map.kernelPages(0, 8));
        assertEquals(0, map.kernelPages(0, 5));
        assertEquals(1, map.kernelPages(7, 100));
    }

    @Test
    void fragsSlabBlocksAreUnmovableAndItsKernelImageMovable() throws IOException {
        RecordedRun run = OracleRuns.load("frag");
        Machine m = StartState.of(run).newMachine();
        Zone z = m.engine().zone(0, ZoneType.DMA32);
        List<Integer> unmovable = new ArrayList<>();
        int[] counts = new int[3];
        for (int p = z.startPfn; p < z.endPfn(); p += z.pbPages) {
            int mt = z.blockMtRaw(p);
            counts[mt]++;
            if (mt == 0) {
                unmovable.add(p >> z.pbOrder);
            }
        }
        // pagetypeinfo before: DMA32 18 Unmovable, 52 Movable, 2 Reclaimable
        assertEquals(18, counts[0]);
        assertEquals(52, counts[1]);
        assertEquals(2, counts[2]);
        // 41, 50, 51 are typed by the trace; the other 15 are the blocks kpageflags shows full of
        // slab and other kernel pages (the control had 8-20, 22 and 23 here: PG_reserved pages)
        assertEquals(List.of(32, 33, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51), unmovable);
    }
}
