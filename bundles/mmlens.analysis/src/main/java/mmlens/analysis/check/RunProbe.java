package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.AllocFailure;
import mmlens.engine.EngineListener;

/**
 * The listener attached to one run: counts the tracepoint-only metrics (extfrag events, pageblock
 * claims, pcp drains, zone-locked refills, order-9 attempts, failed requests) and keeps the last
 * {@link #TRACE_LINES} allocator events so the first OOM can be reported with the events that led
 * to it. Single-threaded, like the engine it listens to; never calls back into the machine.
 */
final class RunProbe implements EngineListener {
    /** Events kept for the OOM trace (the trace has this many lines at most). */
    static final int TRACE_LINES = 40;
    private static final int THP_ORDER = 9;
    private static final String[] KINDS = { "alloc", "free", "extfrag", "fail", "reclaimed" };

    long extfrag;
    long claims;
    long pcpDrains;
    long zoneLockedRefills;
    long thpAttempts;
    long thpSuccesses;
    long ooms;
    /** Requests that got no page, of order 0 and of higher orders. */
    long failuresOrder0;
    long failuresHighOrder;
    /** The OOM trace: events before the first OOM failure and the failure itself; empty without one. */
    List<String> oomTrace = List.of();

    private final int[][] ring = new int[TRACE_LINES - 1][5];
    private final long[] ringSeq = new long[TRACE_LINES - 1];
    private long seq;
    // seq % ring.length, kept without a division per event
    private int slot;

    private void remember(int kind, int pfn, int order, int a, int b) {
        int slot = this.slot;
        this.slot = slot + 1 == ring.length ? 0 : slot + 1;
        int[] r = ring[slot];
        r[0] = kind;
        r[1] = pfn;
        r[2] = order;
        r[3] = a;
        r[4] = b;
        ringSeq[slot] = seq++;
    }

    @Override
    public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
        if (order == THP_ORDER) {
            thpAttempts++;
            thpSuccesses++;
        }
        remember(0, pfn, order, gfp, migratetype);
    }

    @Override
    public void pageFree(int pfn, int order) {
        remember(1, pfn, order, 0, 0);
    }

    @Override
    public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt, boolean fragmenting,
            boolean changeOwnership) {
        extfrag++;
        if (changeOwnership) {
            claims++;
        }
        remember(2, pfn, allocOrder, fallbackOrder, (allocMt << 8) | fallbackMt);
    }

    @Override
    public void pcpDrain(int pfn, int order, int migratetype) {
        pcpDrains++;
    }

    @Override
    public void pcpRefill(int nid, int zoneIdx, int cpu, int order, int migratetype, int count) {
        zoneLockedRefills += count;
    }

    @Override
    public void reclaimed(int pfn, int order) {
        remember(4, pfn, order, 0, 0);
    }

    @Override
    public void allocFailed(int order, int gfp, AllocFailure reason) {
        if (order == 0) {
            failuresOrder0++;
        } else {
            failuresHighOrder++;
        }
        if (order == THP_ORDER) {
            thpAttempts++;
        }
        if (reason == AllocFailure.OOM) {
            if (ooms == 0) {
                oomTrace = trace("order " + order + " gfp 0x" + Integer.toHexString(gfp)
                        + " failed: OOM (the slow path would invoke the OOM killer)");
            }
            ooms++;
        }
        remember(3, -1, order, gfp, reason.ordinal());
    }

    private List<String> trace(String last) {
        List<String> l = new ArrayList<>();
        long first = Math.max(0, seq - ring.length);
        for (long s = first; s < seq; s++) {
            int[] r = ring[(int) (s % ring.length)];
            l.add(line(ringSeq[(int) (s % ring.length)], r));
        }
        l.add("[" + seq + "] " + last);
        return List.copyOf(l);
    }

    private static String line(long s, int[] r) {
        String head = "[" + s + "] " + KINDS[r[0]];
        switch (r[0]) {
            case 0:
                return head + " pfn " + r[1] + " order " + r[2] + " gfp 0x" + Integer.toHexString(r[3]) + " mt " + r[4];
            case 2:
                return head + " pfn " + r[1] + " order " + r[2] + " fallback_order " + r[3] + " alloc_mt "
                        + (r[4] >> 8) + " fallback_mt " + (r[4] & 0xff);
            case 3:
                return head + " order " + r[2] + " gfp 0x" + Integer.toHexString(r[3]) + " "
                        + AllocFailure.values()[r[4]];
            default:
                return head + " pfn " + r[1] + " order " + r[2];
        }
    }
}
