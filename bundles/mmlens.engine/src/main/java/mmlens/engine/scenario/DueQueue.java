package mmlens.engine.scenario;

import java.util.Arrays;

/**
 * The workload's frees by due operation: handles in the order (due op, handle), as a min-heap of
 * {@code (due << 32) | handle} would give them, but in O(1) per entry. A ring of one FIFO bucket
 * per op covers the next {@link #WINDOW} ops; later dues wait in an overflow heap and enter the
 * ring, in (due, handle) order, at the start of the op from which the ring covers them, before
 * that op adds anything. Handles are added in increasing order (the workload's handles are never
 * reused), so FIFO order inside a bucket is handle order. An entry due at or after the run's last
 * op is never returned and is not kept.
 */
final class DueQueue {
    /** Ops covered by the ring (a power of two). */
    static final int WINDOW = 1 << 14;
    private static final int MASK = WINDOW - 1;

    private final long ops;
    private final int[] head = new int[WINDOW];
    private final int[] tail = new int[WINDOW];
    private int[] next = new int[1024];
    private final LongHeap overflow = new LongHeap();
    // entries added during the op being run that are due at it: returned first at the next op
    private int lateHead = -1;
    private int lateTail = -1;
    private long now = -1;
    private int cursor = -1;

    /** A queue for a run of {@code ops} operations (op numbers 0 .. ops - 1). */
    DueQueue(long ops) {
        this.ops = ops;
        Arrays.fill(head, -1);
    }

    /**
     * Starts op {@code op} (called once per op, in increasing order, before {@link #poll} and
     * {@link #add} of that op).
     */
    void start(long op) {
        now = op;
        while (overflow.size() > 0 && (overflow.peek() >>> 32) < op + WINDOW) {
            long e = overflow.poll();
            append((int) ((e >>> 32) & MASK), (int) e);
        }
        cursor = lateHead >= 0 ? -2 : (int) (op & MASK);
    }

    /** The next handle due at or before the current op, or -1 when none is left. */
    int poll() {
        if (cursor == -2) {
            int h = lateHead;
            lateHead = next[h];
            if (lateHead < 0) {
                lateTail = -1;
                cursor = (int) (now & MASK);
            }
            return h;
        }
        if (cursor < 0) {
            return -1;
        }
        int h = head[cursor];
        if (h < 0) {
            cursor = -1;
            return -1;
        }
        head[cursor] = next[h];
        if (head[cursor] < 0) {
            tail[cursor] = -1;
        }
        return h;
    }

    /** Adds handle {@code h} (greater than every handle added before), due at op {@code due >= now}. */
    void add(long due, int h) {
        if (due >= ops) {
            return;
        }
        if (h >= next.length) {
            next = Arrays.copyOf(next, Math.max(h + 1, next.length * 2));
        }
        next[h] = -1;
        if (due <= now) {
            if (lateTail < 0) {
                lateHead = h;
            } else {
                next[lateTail] = h;
            }
            lateTail = h;
        } else if (due - now < WINDOW) {
            append((int) (due & MASK), h);
        } else {
            overflow.add((due << 32) | (h & 0xFFFFFFFFL));
        }
    }

    private void append(int b, int h) {
        if (h >= next.length) {
            next = Arrays.copyOf(next, Math.max(h + 1, next.length * 2));
        }
        next[h] = -1;
        if (head[b] < 0) {
            head[b] = h;
        } else {
            next[tail[b]] = h;
        }
        tail[b] = h;
    }
}
