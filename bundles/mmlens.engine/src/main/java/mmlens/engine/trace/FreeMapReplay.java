package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays the buddy-level events of a trace on a free map, without any allocator: the
 * bookkeeping check a forced replay must pass, and a measure of how complete a trace is.
 *
 * <pre>
 *   event                        meaning                          free map
 *   mm_page_alloc_zone_locked    block leaves the buddy           bits cleared (must be free)
 *   mm_page_alloc_extfrag, not   the fallback path hands out      [pfn, pfn + 2^alloc_order)
 *     right after a zone_locked  the block itself                 cleared (must be free)
 *     of the same pfn
 *   mm_page_pcpu_drain           block returns from a pcp list    bits set (must be in use)
 *   mm_page_free, order not      freed straight to the buddy      bits set (must be in use)
 *     pcp-able (order > 3 and      (free_unref_page ->
 *     order != pageblock_order)    __free_pages_ok)
 *   everything else              between owner and pcp lists      no change
 * </pre>
 *
 * A fallback has three outcomes (6.12.117's try_to_steal_block() and __rmqueue_steal(), 6.18's
 * try_to_claim_block()): a fallback block of order >= pageblock_order is taken whole
 * (del_page_from_free_list + expand: only the extfrag event), a claimed smaller block is served
 * by __rmqueue_smallest() (a zone_locked event for the same pfn, then extfrag), and a single-page
 * steal (page_del_and_expand: only the extfrag event, change_ownership=0).
 *
 * <p>Buddy removals the kernel does not trace (compaction's {@code __isolate_free_page} of
 * migration targets, {@code alloc_contig_range}, page reporting) and pcp-able frees that bypass
 * the pcp lists (isolated pageblocks, a contended pcp lock) show up as {@link #conflicts()} or as
 * pfns that differ at the end; the replay applies each event anyway and goes on.
 */
public final class FreeMapReplay implements Consumer<TraceEvent> {

    /** PAGE_ALLOC_COSTLY_ORDER: orders up to it go through the pcp lists. */
    public static final int COSTLY_ORDER = 3;

    /** One event that did not fit the replayed state. */
    public record Conflict(long line, String event, long pfn, int order, String problem) {
    }

    private final BitSet free;
    private final long pfnCount;
    private final int pageblockOrder;
    private final List<Conflict> conflicts = new ArrayList<>();
    private long conflictCount;
    private long applied;
    private long lastZoneLockedPfn = -1;

    /** Starts from {@code start} (not modified); {@code pageblockOrder} is 9 on x86-64 with THP. */
    public FreeMapReplay(FreeMap start, int pageblockOrder) {
        this.free = start.freeBits();
        this.pfnCount = start.pfnCount();
        this.pageblockOrder = pageblockOrder;
    }

    @Override
    public void accept(TraceEvent e) {
        if (e instanceof PageAllocZoneLocked) {
            PageAllocZoneLocked z = (PageAllocZoneLocked) e;
            if (z.pfn() >= 0) {
                take(e, z.pfn(), z.order());
            }
            lastZoneLockedPfn = z.pfn();
            return;
        } else if (e instanceof PageAllocExtfrag) {
            PageAllocExtfrag x = (PageAllocExtfrag) e;
            if (x.pfn() != lastZoneLockedPfn) {
                take(e, x.pfn(), x.allocOrder());
            }
        } else if (e instanceof PagePcpuDrain) {
            PagePcpuDrain d = (PagePcpuDrain) e;
            give(e, d.pfn(), d.order());
        } else if (e instanceof PageFree) {
            PageFree f = (PageFree) e;
            if (f.order() > COSTLY_ORDER && f.order() != pageblockOrder) {
                give(e, f.pfn(), f.order());
            }
        } else if (e instanceof TraceMarker) {
            return;
        }
        lastZoneLockedPfn = -1;
    }

    private void take(TraceEvent e, long pfn, int order) {
        applied++;
        int from = (int) pfn;
        int to = (int) (pfn + (1L << order));
        int freeBits = free.get(from, to).cardinality();
        if (freeBits != to - from) {
            conflict(e, pfn, order, (to - from - freeBits) + " pages were not free");
        }
        free.clear(from, to);
    }

    private void give(TraceEvent e, long pfn, int order) {
        applied++;
        int from = (int) pfn;
        int to = (int) (pfn + (1L << order));
        int freeBits = free.get(from, to).cardinality();
        if (freeBits != 0) {
            conflict(e, pfn, order, freeBits + " pages were already free");
        }
        free.set(from, to);
    }

    private void conflict(TraceEvent e, long pfn, int order, String problem) {
        conflictCount++;
        if (conflicts.size() < 1000) {
            conflicts.add(new Conflict(e.header().line(), e.getClass().getSimpleName(), pfn, order, problem));
        }
    }

    /** The replayed free map. */
    public FreeMap freeMap() {
        return FreeMap.of(pfnCount, free);
    }

    /** Buddy-level events applied. */
    public long applied() {
        return applied;
    }

    /** The first 1000 conflicts. */
    public List<Conflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    public long conflictCount() {
        return conflictCount;
    }
}
