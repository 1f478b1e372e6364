package mmlens.engine.mmu;

/**
 * How anonymous faults choose a folio order below PMD order, and the folio rules of the kernel
 * that chooses so (the {@code anon_order_policy} knob).
 *
 * <ul>
 * <li>{@link #MAINLINE}: Linux 6.18. alloc_anon_folio() tries the orders enabled in sysfs
 * ({@code anon_orders}, {@code anon_orders_madvise}) masked with THP_ORDERS_ALL_ANON
 * ({@code thp_orders_all_anon}); folio_remove_rmap_ptes() queues a partially mapped large anon folio
 * for deferred split; madvise_free_pte_range() splits a large folio only partly in its range
 * unless it may be shared.</li>
 * <li>{@link #RFC_V1}: the March 2023 RFC "variable-order, large folios for anonymous memory"
 * (v6.3-rc1 base). calc_anonymous_folio_order() starts at {@link #RFC_START_ORDER} and takes the
 * highest order whose naturally aligned range lies inside the VMA (and so inside one PMD) with
 * every PTE none; allocation failures fall back to successively smaller orders. The orders are
 * masked only by {@code thp_orders_all_anon}: with order 1 in the mask it is the RFC as posted,
 * without it (the 6.18 default 2-9) it is the fix from the replies (order 1 becomes order 0). PMD
 * THP stays a sysfs matter. v6.3's page_remove_rmap() queues only PMD-mappable folios for deferred
 * split, and v6.3's madvise_free_pte_range() skips (ends its walk at) a large folio whose
 * folio_mapcount() is not 1 and otherwise splits it, fully covered or not.</li>
 * </ul>
 */
public enum AnonOrderPolicy {
    MAINLINE,
    RFC_V1;

    /** The RFC's hard-coded starting order ("currently hardcoded to 4"). */
    public static final int RFC_START_ORDER = 4;

    /** The policy of a knob value ({@code mainline} or {@code rfc-v1}). */
    public static AnonOrderPolicy of(String knobValue) {
        return knobValue.equals("rfc-v1") ? RFC_V1 : MAINLINE;
    }
}
