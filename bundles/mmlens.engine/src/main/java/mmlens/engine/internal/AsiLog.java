package mmlens.engine.internal;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.MigrateTypes;

/**
 * Ring buffer of the last allocator events {@link Asi} saw, three ints each
 * ({@code seq << 4 | type, cpu, pfn} plus an order-or-types int), cut per pageblock for a
 * finding's trace. Sequence numbers count every event since boot.
 */
final class AsiLog {
    static final int ALLOC_SENSITIVE = 1;
    static final int ALLOC_NONSENSITIVE = 2;
    static final int FREE = 3;
    static final int MIGRATE = 4;
    static final int CONVERT = 5;
    static final int MAP = 6;
    static final int UNMAP_FLUSH = 7;
    static final int ZERO = 8;
    private static final String[] NAMES = {"?", "alloc-sensitive", "alloc-nonsensitive", "free", "migrate",
        "set_pageblock_migratetype", "asi_map", "asi_unmap+flush_tlb_kernel_range", "zero"};

    private final int cap;
    private final long[] seqType;
    private final int[] cpu;
    private final int[] pfn;
    private final int[] arg;
    private long count;

    AsiLog(int cap) {
        this.cap = Integer.highestOneBit(cap);
        this.seqType = new long[this.cap];
        this.cpu = new int[this.cap];
        this.pfn = new int[this.cap];
        this.arg = new int[this.cap];
    }

    /** arg: the order, or for CONVERT {@code oldMt << 8 | newMt}. */
    void add(int type, int c, int p, int a) {
        int i = (int) (count & (cap - 1));
        seqType[i] = (count + 1) << 4 | type;
        cpu[i] = c;
        pfn[i] = p;
        arg[i] = a;
        count++;
    }

    /**
     * Events still in the ring that touch page {@code pfn} (allocations, frees and migrations
     * covering it) or its pageblock {@code [start, end)} as a whole (type changes, maps, unmaps,
     * zeroing), oldest first.
     */
    List<String> cut(int page, int start, int end, MigrateTypes types) {
        List<String> out = new ArrayList<>();
        for (long k = Math.max(0, count - cap); k < count; k++) {
            int i = (int) (k & (cap - 1));
            int type = (int) (seqType[i] & 0xF);
            int a = arg[i];
            boolean blockLevel = type == CONVERT || type == MAP || type == UNMAP_FLUSH || type == ZERO;
            int n = type == CONVERT ? 1 : 1 << a;
            boolean rel = blockLevel ? pfn[i] < end && pfn[i] + n > start : page >= pfn[i] && page < pfn[i] + n;
            if (!rel) {
                continue;
            }
            String what = type == CONVERT ? types.name(a >>> 8) + " -> " + types.name(a & 0xFF) : "order " + a;
            out.add("#" + (seqType[i] >>> 4) + " cpu" + cpu[i] + " " + NAMES[type] + " pfn 0x"
                    + Integer.toHexString(pfn[i]) + " " + what);
        }
        return out;
    }
}
