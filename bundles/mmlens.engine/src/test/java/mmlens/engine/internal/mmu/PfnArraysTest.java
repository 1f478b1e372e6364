package mmlens.engine.internal.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The chunked per-pfn arrays against plain arrays: random reads, writes, adds and fills hopping
 * between chunks (so the last chunk the byte and short arrays keep is replaced, reused and allocated
 * under it) read back
 * exactly what a plain array holds; memory is still paid only for chunks written with a value other
 * than the default.
 */
class PfnArraysTest {
    private static final int LEN = 5 * PfnInts.CHUNK + 17;

    @Test
    void randomOperationsMatchPlainArrays() {
        Random r = new Random(42);
        PfnInts ints = new PfnInts(LEN, 0);
        PfnShorts shorts = new PfnShorts(LEN, 0);
        PfnBytes bytes = new PfnBytes(LEN, -1);
        int[] ei = new int[LEN];
        short[] es = new short[LEN];
        byte[] eb = new byte[LEN];
        java.util.Arrays.fill(eb, (byte) -1);
        int pos = 0;
        for (int step = 0; step < 200_000; step++) {
            // mostly nearby entries, sometimes a jump to another chunk
            pos = r.nextInt(8) == 0 ? r.nextInt(LEN) : Math.floorMod(pos + r.nextInt(9) - 4, LEN);
            int v = r.nextInt(7) - 3;
            switch (r.nextInt(5)) {
                case 0:
                    ints.set(pos, v);
                    shorts.set(pos, v);
                    bytes.set(pos, v);
                    ei[pos] = v;
                    es[pos] = (short) v;
                    eb[pos] = (byte) v;
                    break;
                case 1:
                    assertEquals(ei[pos] += v, ints.add(pos, v));
                    assertEquals(es[pos] += (short) v, shorts.add(pos, v));
                    assertEquals(eb[pos] += (byte) v, bytes.add(pos, v));
                    break;
                case 2:
                    int to = Math.min(LEN, pos + r.nextInt(3));
                    ints.fill(pos, to, v);
                    shorts.fill(pos, to, v);
                    bytes.fill(pos, to, v);
                    java.util.Arrays.fill(ei, pos, to, v);
                    java.util.Arrays.fill(es, pos, to, (short) v);
                    java.util.Arrays.fill(eb, pos, to, (byte) v);
                    break;
                default:
                    assertEquals(ei[pos], ints.get(pos), "int at " + pos);
                    assertEquals(es[pos], shorts.get(pos), "short at " + pos);
                    assertEquals(eb[pos], bytes.get(pos), "byte at " + pos);
            }
        }
        for (int i = 0; i < LEN; i++) {
            assertEquals(ei[i], ints.get(i));
            assertEquals(es[i], shorts.get(i));
            assertEquals(eb[i], bytes.get(i));
        }
    }

    @Test
    void defaultWritesAllocateNothingAndReadsOutsideThrow() {
        PfnInts a = new PfnInts(LEN, 0);
        a.get(3);
        a.set(PfnInts.CHUNK + 1, 0);
        assertEquals(a.stateBytes(), new PfnInts(LEN, 0).stateBytes());
        a.set(PfnInts.CHUNK + 1, 5);
        assertEquals(5, a.get(PfnInts.CHUNK + 1));
        assertEquals(0, a.get(PfnInts.CHUNK + 2));
        assertEquals(0, a.get(0));
        assertEquals(5, a.get(PfnInts.CHUNK + 1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> a.get(-1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> a.add(LEN + PfnInts.CHUNK, 1));
    }
}
