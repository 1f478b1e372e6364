package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link DueQueue} returns the handles a (due, handle) min-heap returns, op by op. */
class DueQueueTest {

    @Test
    void sameOrderAsAHeapOverShortLongAndLateDues() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            long ops = 3 * DueQueue.WINDOW + rnd.nextInt(1000);
            DueQueue q = new DueQueue(ops);
            LongHeap heap = new LongHeap();
            int next = 0;
            for (long op = 0; op < ops; op++) {
                q.start(op);
                List<Integer> expected = new ArrayList<>();
                while (heap.size() > 0 && (heap.peek() >>> 32) <= op) {
                    expected.add((int) heap.poll());
                }
                List<Integer> got = new ArrayList<>();
                for (int h = q.poll(); h >= 0; h = q.poll()) {
                    got.add(h);
                }
                assertEquals(expected, got, "seed " + seed + " op " + op);
                int adds = rnd.nextInt(4);
                for (int i = 0; i < adds; i++) {
                    long life = switch (rnd.nextInt(5)) {
                        case 0 -> 0;
                        case 1 -> rnd.nextInt(3);
                        case 2 -> rnd.nextInt(DueQueue.WINDOW + 2);
                        case 3 -> DueQueue.WINDOW - 1 + rnd.nextInt(3);
                        default -> rnd.nextLong(4L * DueQueue.WINDOW);
                    };
                    int h = next++;
                    q.add(op + life, h);
                    if (op + life < ops) {
                        heap.add(((op + life) << 32) | h);
                    }
                }
            }
        }
    }
}
