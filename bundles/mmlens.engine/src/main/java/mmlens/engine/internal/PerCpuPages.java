package mmlens.engine.internal;

/**
 * struct per_cpu_pages for one (zone, cpu): lists indexed by order_to_pindex(), holding zone pfns.
 * Page order is implied by the list index; pages on these lists are not PageBuddy.
 */
public final class PerCpuPages {
    /** PCPF_PREV_FREE_HIGH_ORDER */
    public static final int PCPF_PREV_FREE_HIGH_ORDER = 1;
    /** PCPF_FREE_HIGH_BATCH */
    public static final int PCPF_FREE_HIGH_BATCH = 2;

    public final IntDeque[] lists;
    public final int nrLowOrderLists;
    /** PAGE_ALLOC_COSTLY_ORDER of the machine (the {@code page_alloc_costly_order} knob). */
    public final int costlyOrder;
    public int count;
    public int high;
    public int highMin;
    public int highMax;
    public int batch;
    public int flags;
    public int allocFactor;
    public int freeCount;
    /** per_cpu_zonestat.stat_threshold, printed by /proc/zoneinfo. */
    public int statThreshold;

    public PerCpuPages(int pcpTypes) {
        this(pcpTypes, Orders.PAGE_ALLOC_COSTLY_ORDER);
    }

    /** Lists for orders 0..costlyOrder of every pcp type, then the two THP lists. */
    public PerCpuPages(int pcpTypes, int costlyOrder) {
        this.costlyOrder = costlyOrder;
        nrLowOrderLists = pcpTypes * (costlyOrder + 1);
        lists = new IntDeque[nrLowOrderLists + 2];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = new IntDeque(8);
        }
    }

    /** order_to_pindex() with CONFIG_TRANSPARENT_HUGEPAGE; movable = MIGRATE_MOVABLE. */
    public int pindex(int mt, int order, int pcpTypes, boolean movable) {
        if (order > costlyOrder) {
            return nrLowOrderLists + (movable ? 1 : 0);
        }
        return pcpTypes * order + mt;
    }

    /** pindex_to_order() */
    public int orderOf(int pindex, int pcpTypes) {
        if (pindex >= nrLowOrderLists) {
            return Orders.HPAGE_PMD_ORDER;
        }
        return pindex / pcpTypes;
    }
}
