package mmlens.engine.scenario;

import java.util.Arrays;

/** Binary min-heap of longs; ties are impossible when keys embed a unique sequence number. */
final class LongHeap {
    private long[] a = new long[256];
    private int n;

    int size() {
        return n;
    }

    long peek() {
        return a[0];
    }

    void add(long v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        int i = n++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (a[p] <= v) {
                break;
            }
            a[i] = a[p];
            i = p;
        }
        a[i] = v;
    }

    long poll() {
        long top = a[0];
        long v = a[--n];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && a[c + 1] < a[c]) {
                c++;
            }
            if (a[c] >= v) {
                break;
            }
            a[i] = a[c];
            i = c;
        }
        a[i] = v;
        return top;
    }
}
