package mmlens.engine.trace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * kcompactd's drain_all_pages(zone) in a trace: kcompactd_do_work() drains every cpu's pcp of the
 * zone after a run that ended COMPACT_COMPLETE. drain_pages_zone() runs on kcompactd's cpu for
 * each cpu (6.12 and 6.18 drain remotely), so its {@code mm_page_pcpu_drain} events are kcompactd's
 * at preempt depth 2 (pcp lock and zone lock), and they free pages of another cpu's lists.
 * compact_zone()'s lru_add_drain_cpu_zone() -> drain_local_pages() shows at depth 3 (the
 * local lock adds one) and only frees its own cpu's pages.
 *
 * <p>Which cpu's list a page sat on is followed from the trace: a page freed (free_unref_*
 * commits on the freeing cpu) or refilled by rmqueue_bulk() on a cpu is on that cpu's list until
 * it is allocated or drained. The replay applies a drain_all_pages() of the page's zone at the
 * first drain of a kcompactd depth-2 burst that frees another cpu's page.
 */
final class KcompactdDrains {
    private final Map<Long, Integer> listOf = new HashMap<>();
    private final Set<Integer> at = new HashSet<>();
    /** cpu to whether its current kcompactd depth-2 drain burst was recorded already. */
    private final Map<Integer, Boolean> inBurst = new HashMap<>();

    /**
     * Follows one event of the window ({@code mm_page_free_batched} included, with index -1: it
     * is not a window event); {@code index} is the event's index in the replay's window.
     */
    void accept(TraceEvent ev, int index) {
        int cpu = ev.header().cpu();
        if (ev instanceof PagePcpuDrain d) {
            Integer list = listOf.remove(d.pfn());
            String f = ev.header().flags();
            boolean depth2 = ev.header().task().startsWith("kcompactd") && f.length() >= 4 && f.charAt(3) == '2';
            if (!depth2) {
                inBurst.remove(cpu);
                return;
            }
            Boolean recorded = inBurst.putIfAbsent(cpu, Boolean.FALSE);
            if (!Boolean.TRUE.equals(recorded) && list != null && list != cpu && index >= 0) {
                at.add(index);
                inBurst.put(cpu, Boolean.TRUE);
            }
            return;
        }
        inBurst.remove(cpu);
        if (ev instanceof PageFree f) {
            listOf.put(f.pfn(), cpu);
        } else if (ev instanceof PageAllocZoneLocked z && z.percpuRefill()) {
            listOf.put(z.pfn(), cpu);
        } else if (ev instanceof PageAlloc a) {
            listOf.remove(a.pfn());
        }
    }

    /** Whether the window event at {@code index} begins a kcompactd drain_all_pages(). */
    boolean drainsAllAt(int index) {
        return at.contains(index);
    }

    /** Window indexes where kcompactd's drain_all_pages() was recognised. */
    int count() {
        return at.size();
    }
}
