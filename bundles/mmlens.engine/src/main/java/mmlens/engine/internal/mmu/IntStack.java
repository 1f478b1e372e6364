package mmlens.engine.internal.mmu;

import java.util.Arrays;

/** A growable stack of ints (free slot lists). */
final class IntStack {
    private int[] a = new int[16];
    private int n;

    void push(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n++] = v;
    }

    int pop() {
        return a[--n];
    }

    boolean isEmpty() {
        return n == 0;
    }

    int size() {
        return n;
    }
}
