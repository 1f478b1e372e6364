package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

/**
 * A ring buffer of the most recent model events, four longs each:
 * {@code [stamp << 16 | type << 8 | cpu&0xff... packed], a, b, c}. Used to cut a minimal trace
 * for a finding; cheap enough to stay on during randomized runs.
 */
final class EventLog {
    static final int FILL = 1;
    static final int FAULT = 2;
    static final int UNMAP = 3;
    static final int FREE = 4;
    static final int ALLOC = 5;
    static final int FLUSH_LOCAL = 6;
    static final int FLUSH_IPI = 7;
    static final int SWITCH = 8;
    static final int LAZY = 9;
    static final int COPY = 10;
    static final int WRPROTECT = 11;
    static final int MIGRATE = 12;
    static final int CPA = 13;
    static final int FLUSH_SKIP = 14;
    static final int ACCESS = 15;
    static final int DEFER = 16;
    static final int MKWRITE = 17;
    private static final String[] NAMES = {"?", "tlb-fill", "fault", "unmap", "free", "alloc", "flush-local",
        "flush-ipi", "switch_mm", "enter_lazy", "copy", "wrprotect", "migrate", "cpa", "flush-skipped-lazy",
        "access", "defer-flush", "mkwrite-no-flush"};

    private final MmuCore core;
    private final int cap;
    private final long[] ring;
    private long count;

    EventLog(MmuCore core, int cap) {
        this.core = core;
        this.cap = Integer.highestOneBit(Math.max(64, cap));
        this.ring = new long[this.cap * 4];
    }

    /** Records an event at the next clock stamp; a, b, c are type specific (mm, va, pfn, ...). */
    void event(int type, int cpu, long a, long b, long c) {
        int stamp = ++core.clock;
        write(count++, stamp, type, cpu, a, b, c);
    }

    /** Events logged so far: the number the next one gets. */
    long count() {
        return count;
    }

    /**
     * Writes event number {@code k} with clock stamp {@code stamp}: what {@link #event} does when
     * {@code k} events were logged before it and the clock stood at {@code stamp - 1}, except that
     * neither is advanced. For a loop that logs a run of events with the log's cursor (the event
     * count and the clock) in locals: it starts from {@link #count()} and {@code core.clock}, writes
     * events k, k + 1, ... with stamps clock + 1, clock + 2, ..., and calls {@link #commit} before
     * anything else may log, cut the log or read the clock, and at its end.
     */
    void write(long k, int stamp, int type, int cpu, long a, long b, long c) {
        int i = (int) (k & (cap - 1)) * 4;
        ring[i] = (long) stamp << 24 | (long) type << 16 | (cpu & 0xFFFF);
        ring[i + 1] = a;
        ring[i + 2] = b;
        ring[i + 3] = c;
    }

    /** Sets the cursor after a run of {@link #write}s: {@code k} events logged, the clock at {@code stamp}. */
    void commit(long k, int stamp) {
        count = k;
        core.clock = stamp;
    }

    /**
     * Events since stamp {@code from} that mention the pfn (any of a/b/c equals pfn in a
     * pfn-bearing slot), the va, or a flush on the cpu / of the mm.
     */
    List<String> cut(int from, int cpu, int mm, long va, long pfn) {
        List<String> out = new ArrayList<>();
        long first = Math.max(0, count - cap);
        for (long k = first; k < count; k++) {
            int i = (int) (k & (cap - 1)) * 4;
            long h = ring[i];
            int stamp = (int) (h >>> 24);
            if (stamp < from) {
                continue;
            }
            int type = (int) (h >>> 16) & 0xFF;
            int c = (int) (h & 0xFFFF);
            long a = ring[i + 1];
            long b = ring[i + 2];
            long d = ring[i + 3];
            boolean rel;
            switch (type) {
                case FILL:
                case ACCESS:
                case FAULT:
                case UNMAP:
                case WRPROTECT:
                case MKWRITE:
                    rel = (a == mm && pageOf(b) == pageOf(va)) || d == pfn;
                    break;
                case FREE:
                case ALLOC:
                case COPY:
                case MIGRATE:
                    rel = pfn >= a && pfn < a + (1L << b) || d == pfn;
                    break;
                case FLUSH_LOCAL:
                    // only flushes on this cpu whose range could have covered va
                    rel = c == cpu && (d == -1 || (va >= b && va < d));
                    break;
                case FLUSH_SKIP:
                case SWITCH:
                case LAZY:
                    rel = c == cpu;
                    break;
                case FLUSH_IPI:
                    rel = (a == mm || a == 0) && (d == -1 || (va >= b && va < d));
                    break;
                case DEFER:
                    rel = a == mm && pageOf(b) == pageOf(va);
                    break;
                default:
                    rel = false;
            }
            if (rel) {
                out.add(format(stamp, type, c, a, b, d));
            }
        }
        return out;
    }

    private static long pageOf(long va) {
        return va >>> 12;
    }

    private static String format(int stamp, int type, int cpu, long a, long b, long c) {
        String n = type < NAMES.length ? NAMES[type] : "?";
        switch (type) {
            case FILL:
            case ACCESS:
            case FAULT:
            case UNMAP:
            case WRPROTECT:
            case MKWRITE:
                return "@" + stamp + " cpu" + cpu + " " + n + " mm" + a + " va 0x" + Long.toHexString(b) + " pfn 0x"
                        + Long.toHexString(c);
            case FREE:
            case ALLOC:
            case COPY:
                return "@" + stamp + " cpu" + cpu + " " + n + " pfn 0x" + Long.toHexString(a) + " order " + b;
            case MIGRATE:
                return "@" + stamp + " cpu" + cpu + " " + n + " pfn 0x" + Long.toHexString(a) + " order " + b
                        + " -> 0x" + Long.toHexString(c);
            case DEFER:
                return "@" + stamp + " cpu" + cpu + " " + n + " mm" + a + " va 0x" + Long.toHexString(b);
            case SWITCH:
                return "@" + stamp + " cpu" + cpu + " " + n + " to mm" + a + " asid " + b + (c != 0 ? " (flush)" : "");
            default:
                return "@" + stamp + " cpu" + cpu + " " + n + " " + a + " " + b + " " + c;
        }
    }
}
