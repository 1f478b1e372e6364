package mmlens.engine.internal.mmu;

import java.util.Arrays;

/**
 * Page-table pages of one level of the direct map: table {@code t} owns entries
 * {@code [t * 512, (t + 1) * 512)} of {@link #entries} and is backed by page-table page
 * {@code pfn[t]} (-1 for boot/brk pages). Released tables are reused first.
 */
final class TablePool {
    int[] entries = new int[0];
    long[] pfn = new long[0];
    /** Tables ever handed out (the high-water mark of table indices). */
    int tables;
    private final IntStack free = new IntStack();

    /** A new zeroed table backed by page-table page {@code backing}. */
    int alloc(long backing) {
        int t = free.isEmpty() ? tables++ : free.pop();
        if ((t + 1) * DirectMapTable.PTRS > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(DirectMapTable.PTRS, entries.length * 2));
            pfn = Arrays.copyOf(pfn, entries.length / DirectMapTable.PTRS);
        }
        Arrays.fill(entries, t * DirectMapTable.PTRS, (t + 1) * DirectMapTable.PTRS, 0);
        pfn[t] = backing;
        return t;
    }

    /** Releases table {@code t}; returns its backing pfn. */
    long release(int t) {
        free.push(t);
        return pfn[t];
    }

    /** Tables in use. */
    int live() {
        return tables - free.size();
    }
}
