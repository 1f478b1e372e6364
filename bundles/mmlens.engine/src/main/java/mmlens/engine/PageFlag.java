package mmlens.engine;

import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Zone;

/**
 * An extension bit per page (e.g. PageUnaccepted, PageGuard, PageReported), stored as one bitmap
 * per zone allocated on first use: 1/8 byte per page per flag, nothing when unused. The allocator
 * itself never reads these bits; hooks ({@link AllocatorHooks}) and analyses do.
 */
public final class PageFlag {
    private final String name;
    private final Engine engine;
    private final long[][] bits;

    PageFlag(String name, Engine engine) {
        this.name = name;
        this.engine = engine;
        this.bits = new long[engine.allZones().size()][];
    }

    public String name() {
        return name;
    }

    private long[] map(int pfn, boolean create) {
        int i = 0;
        for (Zone z : engine.allZones()) {
            if (z.mem != null && z.spans(pfn)) {
                if (bits[i] == null && create) {
                    bits[i] = new long[(z.mem.slots + 63) >>> 6];
                }
                return bits[i];
            }
            i++;
        }
        throw new IllegalArgumentException("pfn " + pfn + " is in no zone");
    }

    private static int slot(Engine e, int pfn) {
        return pfn - e.zoneOf(pfn).mem.base;
    }

    public boolean test(int pfn) {
        long[] m = map(pfn, false);
        if (m == null) {
            return false;
        }
        int s = slot(engine, pfn);
        return (m[s >>> 6] & (1L << s)) != 0;
    }

    public void set(int pfn) {
        long[] m = map(pfn, true);
        int s = slot(engine, pfn);
        m[s >>> 6] |= 1L << s;
    }

    public void clear(int pfn) {
        long[] m = map(pfn, false);
        if (m != null) {
            int s = slot(engine, pfn);
            m[s >>> 6] &= ~(1L << s);
        }
    }

    /** Sets or clears {@code [pfn, pfn + n)}. */
    public void setRange(int pfn, int n, boolean on) {
        for (int i = 0; i < n; i++) {
            if (on) {
                set(pfn + i);
            } else {
                clear(pfn + i);
            }
        }
    }
}
