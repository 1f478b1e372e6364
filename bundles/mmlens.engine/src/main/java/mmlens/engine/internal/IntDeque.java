package mmlens.engine.internal;

/** Growable ring buffer of ints used for pcp lists (list_add = addFirst, list_add_tail = addLast). */
public final class IntDeque {
    private int[] buf;
    private int head;
    private int size;

    public IntDeque(int capacity) {
        buf = new int[Math.max(4, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1)];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void addFirst(int v) {
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
    }

    public void addLast(int v) {
        grow();
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
    }

    public int pollFirst() {
        int v = buf[head];
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    public int pollLast() {
        size--;
        return buf[(head + size) & (buf.length - 1)];
    }

    public int peekLast() {
        return buf[(head + size - 1) & (buf.length - 1)];
    }

    public int peekFirst() {
        return buf[head];
    }

    /** Element i counted from the first. */
    public int get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    public void set(int i, int v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    public void clear() {
        head = 0;
        size = 0;
    }

    /** Keeps the first n elements. */
    public void truncate(int n) {
        size = n;
    }

    public long bytes() {
        return 4L * buf.length;
    }

    private void grow() {
        if (size < buf.length) {
            return;
        }
        int[] nb = new int[buf.length * 2];
        for (int i = 0; i < size; i++) {
            nb[i] = buf[(head + i) & (buf.length - 1)];
        }
        buf = nb;
        head = 0;
    }
}
