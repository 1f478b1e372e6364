package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;

import java.util.List;

/**
 * The invariants of unaccepted memory, run by {@link Invariants} on a machine that has some:
 * <ul>
 * <li>no allocated block (page or page cache) holds an unaccepted 2 MiB unit: the guest would
 * touch memory it has not accepted;</li>
 * <li>a free block (buddy or per-cpu list) that is not PageUnaccepted holds no unaccepted unit:
 * a merged buddy with mixed accepted state must carry the flag on its head (v7) or must never
 * have been built (zone list, where every free block is accepted);</li>
 * <li>PageUnaccepted sits only on heads of free blocks (buddy or per-cpu list), never on a tail or
 * an allocated page;</li>
 * <li>zone->unaccepted_pages holds MAX_PAGE_ORDER chunk heads only, and NR_UNACCEPTED counts them.</li>
 * </ul>
 */
final class UnacceptedCheck {
    private UnacceptedCheck() {
    }

    /** Appends violations for zone {@code z} through {@code report}. */
    static void check(Unaccepted acc, Zone z, List<String> v, java.util.function.BiConsumer<List<String>, String> report) {
        ZoneMem m = z.mem;
        int end = m.base + m.slots;
        long chunks = 0;
        int pfn = m.base;
        while (pfn < end) {
            int s = pfn - m.base;
            int k = m.kind(s);
            if (k == ZoneMem.K_FREE_TAIL) {
                pfn++;
                continue;
            }
            int step = Buddy.blockStep(m, s);
            if (k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE) {
                if (acc.containsUnaccepted(pfn, step)) {
                    report.accept(v, "allocated block at pfn " + pfn + " order " + m.order(s)
                            + " holds unaccepted memory");
                }
            } else if (k == ZoneMem.K_BUDDY || k == ZoneMem.K_PCP) {
                if (!acc.pageUnaccepted(z, pfn) && acc.containsUnaccepted(pfn, step)) {
                    report.accept(v, "free block at pfn " + pfn + " order " + m.order(s) + " is not PageUnaccepted"
                            + " but holds unaccepted memory (mixed accepted state)");
                }
            } else if (k == ZoneMem.K_UNACCEPTED) {
                chunks++;
                if (m.order(s) != MAX_PAGE_ORDER) {
                    report.accept(v, "unaccepted chunk at pfn " + pfn + " has order " + m.order(s));
                }
            }
            pfn += step;
        }
        long[] flags = acc.flags(z);
        if (flags != null) {
            long stale = 0;
            int first = -1;
            for (int w = 0; w < flags.length; w++) {
                for (long bits = flags[w]; bits != 0; bits &= bits - 1) {
                    int s = (w << 6) + Long.numberOfTrailingZeros(bits);
                    int k = m.kind(s);
                    if (k != ZoneMem.K_BUDDY && k != ZoneMem.K_PCP) {
                        stale++;
                        first = first < 0 ? s + m.base : first;
                    }
                }
            }
            if (stale > 0) {
                report.accept(v, stale + " PageUnaccepted bits on pages that are not heads of free blocks, the first"
                        + " at pfn " + first + " (kind " + m.kind(first - m.base) + ")");
            }
        }
        int[] list = acc.list(z);
        for (int p : list) {
            if (!z.spans(p) || m.kind(p - m.base) != ZoneMem.K_UNACCEPTED) {
                report.accept(v, "unaccepted list holds pfn " + p + " which is not an unaccepted chunk");
            }
        }
        if (list.length != chunks || acc.nrUnaccepted(z) != (long) list.length * Unaccepted.MAX_ORDER_NR_PAGES) {
            report.accept(v, "NR_UNACCEPTED " + acc.nrUnaccepted(z) + " but the list holds " + list.length
                    + " chunks and the memmap " + chunks);
        }
    }
}
