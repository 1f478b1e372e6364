package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;

/**
 * The kernel's pageblock types over a replay window: the types at the start
 * ({@link StartState#blockType}) changed by the window's claims, the {@code mm_page_alloc_extfrag}
 * events with change_ownership (the pageblock holding the page, or all pageblocks of a fallback
 * buddy of pageblock order or more, become the requested type).
 */
final class PageblockTimeline {
    private final LongToIntFunction startType;
    private final int pageblockOrder;
    /** Pageblock start pfn to its changes {window index, new type}, in window order. */
    private final Map<Long, List<int[]>> changes = new HashMap<>();

    /**
     * @param window the replay's window events
     * @param startType the type of the pageblock holding a pfn at the start
     * @param pageblockOrder pageblock order (pages per block = 2^order)
     */
    PageblockTimeline(List<TraceEvent> window, LongToIntFunction startType, int pageblockOrder) {
        this.startType = startType;
        this.pageblockOrder = pageblockOrder;
        for (int i = 0; i < window.size(); i++) {
            if (window.get(i) instanceof PageAllocExtfrag x && x.changeOwnership()) {
                long from = block(x.pfn());
                // a claim below pageblock order takes the block of the page; a larger buddy all its blocks
                long to = from + (1L << Math.max(pageblockOrder, x.fallbackOrder()));
                for (long b = from; b < to; b += 1L << pageblockOrder) {
                    changes.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {i, x.allocMigratetype()});
                }
            }
        }
    }

    private long block(long pfn) {
        return pfn & -(1L << pageblockOrder);
    }

    /** The type of the pageblock holding {@code pfn} just before window event {@code index}. */
    int typeAt(long pfn, int index) {
        int type = startType.applyAsInt(pfn);
        for (int[] c : changes.getOrDefault(block(pfn), List.of())) {
            if (c[0] >= index) {
                break;
            }
            type = c[1];
        }
        return type;
    }
}
