package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Zone;

/**
 * Frees the kernel sent straight to the buddy because the cpu's pcp lock was taken: a free from
 * interrupt context (the trace's irq-info column shows softirq {@code s}, hardirq {@code h} or
 * {@code H}, or NMI {@code z}/{@code Z} in its third position) while the task it interrupted
 * held that cpu's pcp lock of the page's zone, so free_unref_page()'s pcp_spin_trylock() failed
 * and free_one_page() freed the page. The trace shows the lock held where the interrupted task's
 * events on that cpu, before and after the interrupt's, both lie inside one locked stretch:
 * {@code mm_page_free_batched} (free_unref_folios() commits under the lock) or
 * {@code mm_page_pcpu_drain} (free_pcppages_bulk() under it), of pages of the freed page's zone.
 * An interrupt between a refill and its allocation is not counted: the trace cannot tell whether
 * the lock was already released. ksoftirqd's frees run in its own task, with no lock held.
 *
 * <p>Fed the window's events in order (including mm_page_free_batched), each with its index in
 * the replay's window or -1.
 */
final class PcpLockedFrees {

    private final Engine e;
    /** cpu to the last event of a task in process context there: {pid, locked (1/0), zone key}. */
    private final Map<Integer, long[]> last = new HashMap<>();
    /** cpu to window indexes of interrupt frees seen since, that the lock may have sent to the buddy. */
    private final Map<Integer, List<Integer>> pending = new HashMap<>();
    private final List<Integer> lockedOut = new ArrayList<>();
    private long interruptFrees;

    PcpLockedFrees(Engine e) {
        this.e = e;
    }

    /** True when the irq-info column says the event ran in interrupt context. */
    static boolean interruptContext(String flags) {
        return flags.length() >= 3 && "shHzZ".indexOf(flags.charAt(2)) >= 0;
    }

    void accept(TraceEvent ev, int windowIndex) {
        int cpu = ev.header().cpu();
        if (interruptContext(ev.header().flags())) {
            if (ev instanceof PageFree f) {
                interruptFrees++;
                long[] l = last.get(cpu);
                if (l != null && l[1] == 1 && l[2] == zoneKey(f.pfn()) && windowIndex >= 0) {
                    pending.computeIfAbsent(cpu, k -> new ArrayList<>()).add(windowIndex);
                }
            }
            return;
        }
        boolean locked = ev instanceof PageFreeBatched || ev instanceof PagePcpuDrain;
        long zone = ev instanceof PageFreeBatched b ? zoneKey(b.pfn())
                : ev instanceof PagePcpuDrain d ? zoneKey(d.pfn()) : -1;
        List<Integer> p = pending.remove(cpu);
        long[] l = last.get(cpu);
        if (p != null && locked && l != null && l[0] == ev.header().pid() && l[2] == zone) {
            lockedOut.addAll(p);
        }
        last.put(cpu, new long[] {ev.header().pid(), locked ? 1 : 0, zone});
    }

    /** Ends the input: interrupt frees not followed by the locked stretch's continuation are dropped. */
    void finish() {
        pending.clear();
    }

    private long zoneKey(long pfn) {
        Zone z = e.zoneOf((int) pfn);
        return z == null ? -2 : ((long) z.nid << 8) | z.idx;
    }

    /** Window indexes of the frees found, in trace order. */
    List<Integer> lockedOut() {
        return lockedOut;
    }

    /** Frees in interrupt context seen (locked out or not). */
    long interruptFrees() {
        return interruptFrees;
    }
}
