package mmlens.engine.trace;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts over a stream of trace events, the event half of a {@link FidelitySide}. Feed it with
 * {@link #accept}; an engine run feeds the same records it would print as a trace.
 *
 * <p>Counting can be restricted to the workload: with {@link #workloadOnly()}, only events between
 * the {@code mmlens: before-end} and {@code mmlens: after-begin} markers are counted (the
 * harness's snapshot windows are left out); a trace without those markers then counts nothing,
 * so use {@link #all()} for traces from elsewhere.
 */
public final class EventStats implements Consumer<TraceEvent> {

    /** Marker text that ends the before-snapshot window. */
    public static final String BEFORE_END = "mmlens: before-end";
    /** Marker text that starts the after-snapshot window. */
    public static final String AFTER_BEGIN = "mmlens: after-begin";

    private final boolean workloadOnly;
    private boolean counting;

    private final long[] allocsByOrder = new long[11];
    private final long[] freesByOrder = new long[11];
    private long allocEvents;
    private long allocPages;
    private long failedAllocs;
    private long freeEvents;
    private long freePages;
    private long freeBatched;
    private long zoneLocked;
    private long zoneLockedPages;
    private long pcpRefills;
    private long pcpRefillPages;
    private long pcpDrains;
    private long pcpDrainPages;
    private long extfrag;
    private long extfragFragmenting;
    private long extfragChangeOwnership;
    private final Map<String, Long> extfragByOrders = new TreeMap<>();
    private final Map<String, Long> extfragByTypes = new TreeMap<>();
    private final Map<String, Long> tlbByReason = new TreeMap<>();
    private long tlbFlushPagesKnown;
    private long tlbFullFlushes;
    private long markers;

    private EventStats(boolean workloadOnly) {
        this.workloadOnly = workloadOnly;
        this.counting = !workloadOnly;
    }

    /** Counts every event. */
    public static EventStats all() {
        return new EventStats(false);
    }

    /** Counts only events between the harness's before-end and after-begin markers. */
    public static EventStats workloadOnly() {
        return new EventStats(true);
    }

    @Override
    public void accept(TraceEvent e) {
        if (e instanceof TraceMarker) {
            markers++;
            String text = ((TraceMarker) e).text();
            if (workloadOnly && text.startsWith(BEFORE_END)) {
                counting = true;
            } else if (workloadOnly && text.startsWith(AFTER_BEGIN)) {
                counting = false;
            }
            return;
        }
        if (!counting) {
            return;
        }
        if (e instanceof PageAlloc) {
            PageAlloc a = (PageAlloc) e;
            allocEvents++;
            if (a.failed()) {
                failedAllocs++;
            } else {
                allocPages += 1L << a.order();
                allocsByOrder[clampOrder(a.order())]++;
            }
        } else if (e instanceof PageFree) {
            PageFree f = (PageFree) e;
            freeEvents++;
            freePages += 1L << f.order();
            freesByOrder[clampOrder(f.order())]++;
        } else if (e instanceof PageFreeBatched) {
            freeBatched++;
        } else if (e instanceof PageAllocZoneLocked) {
            PageAllocZoneLocked z = (PageAllocZoneLocked) e;
            zoneLocked++;
            zoneLockedPages += 1L << z.order();
            if (z.percpuRefill()) {
                pcpRefills++;
                pcpRefillPages += 1L << z.order();
            }
        } else if (e instanceof PagePcpuDrain) {
            pcpDrains++;
            pcpDrainPages += 1L << ((PagePcpuDrain) e).order();
        } else if (e instanceof PageAllocExtfrag) {
            PageAllocExtfrag x = (PageAllocExtfrag) e;
            extfrag++;
            if (x.fragmenting()) {
                extfragFragmenting++;
            }
            if (x.changeOwnership()) {
                extfragChangeOwnership++;
            }
            extfragByOrders.merge(x.allocOrder() + "->" + x.fallbackOrder(), 1L, Long::sum);
            extfragByTypes.merge(x.allocMigratetype() + "<-" + x.fallbackMigratetype(), 1L, Long::sum);
        } else if (e instanceof TlbFlush) {
            TlbFlush t = (TlbFlush) e;
            tlbByReason.merge(t.reasonText(), 1L, Long::sum);
            if (t.pages() < 0) {
                tlbFullFlushes++;
            } else {
                tlbFlushPagesKnown += t.pages();
            }
        }
    }

    private static int clampOrder(int order) {
        return Math.max(0, Math.min(10, order));
    }

    /** Snapshot of the counts as an immutable record. */
    public Counts counts() {
        return new Counts(allocEvents, allocPages, failedAllocs, allocsByOrder.clone(), freeEvents, freePages,
                freesByOrder.clone(), freeBatched, zoneLocked, zoneLockedPages, pcpRefills, pcpRefillPages, pcpDrains,
                pcpDrainPages, extfrag, extfragFragmenting, extfragChangeOwnership, Map.copyOf(extfragByOrders),
                Map.copyOf(extfragByTypes), Map.copyOf(tlbByReason), tlbFullFlushes, tlbFlushPagesKnown, markers);
    }

    /**
     * The counts.
     *
     * @param allocPages pages of successful mm_page_alloc ({@code sum 1 << order})
     * @param zoneLocked mm_page_alloc_zone_locked events (blocks taken from the buddy)
     * @param pcpRefills those of them with percpu_refill=1
     * @param extfragByOrders "allocOrder->fallbackOrder" to count
     * @param extfragByTypes "allocMigratetype<-fallbackMigratetype" to count
     * @param tlbByReason reason text to count
     * @param tlbFullFlushes tlb_flush events with pages:-1
     * @param tlbFlushPages pages of the tlb_flush events that gave a page count
     */
    public record Counts(long allocEvents, long allocPages, long failedAllocs, long[] allocsByOrder, long freeEvents,
            long freePages, long[] freesByOrder, long freeBatched, long zoneLocked, long zoneLockedPages,
            long pcpRefills, long pcpRefillPages, long pcpDrains, long pcpDrainPages, long extfrag,
            long extfragFragmenting, long extfragChangeOwnership, Map<String, Long> extfragByOrders,
            Map<String, Long> extfragByTypes, Map<String, Long> tlbByReason, long tlbFullFlushes, long tlbFlushPages,
            long markers) {

        /** tlb_flush events over all reasons. */
        public long tlbFlushes() {
            return tlbByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        /** A few lines: allocations, frees, buddy-level and pcp traffic, fallbacks, TLB flushes. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append("mm_page_alloc ").append(allocEvents).append(" (").append(allocPages).append(" pages, ")
                    .append(failedAllocs).append(" failed)\n");
            sb.append("mm_page_free ").append(freeEvents).append(" (").append(freePages).append(" pages), batched ")
                    .append(freeBatched).append('\n');
            sb.append("mm_page_alloc_zone_locked ").append(zoneLocked).append(" (pcp refills ").append(pcpRefills)
                    .append("), mm_page_pcpu_drain ").append(pcpDrains).append('\n');
            sb.append("mm_page_alloc_extfrag ").append(extfrag).append(" (fragmenting ").append(extfragFragmenting)
                    .append(", change_ownership ").append(extfragChangeOwnership).append(") types ")
                    .append(new TreeMap<>(extfragByTypes)).append('\n');
            sb.append("tlb_flush ").append(tlbFlushes()).append(' ').append(new TreeMap<>(tlbByReason)).append('\n');
            return sb.toString();
        }
    }
}
