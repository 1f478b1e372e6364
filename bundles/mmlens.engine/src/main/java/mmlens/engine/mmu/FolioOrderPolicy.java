package mmlens.engine.mmu;

/**
 * Which folio orders an anonymous fault may try (thp_vma_allowable_orders() for TVA_PAGEFAULT).
 * The fault path tries the returned orders from the highest down, exactly as alloc_anon_folio()
 * does; PMD order goes through do_huge_pmd_anonymous_page().
 */
@FunctionalInterface
public interface FolioOrderPolicy {
    /** PMD_ORDER on x86-64 with 4 KiB pages. */
    int PMD_ORDER = 9;

    /** THP_ORDERS_ALL_ANON: orders 2..PMD_ORDER (order 0 is not a THP; order 1 is not allowed). */
    long THP_ORDERS_ALL_ANON = ((1L << (PMD_ORDER + 1)) - 1) & ~((1L << 0) | (1L << 1));

    /**
     * @param vmaStart VMA start address (bytes)
     * @param vmaEnd VMA end address (bytes, exclusive)
     * @param hugepageAdvised whether the VMA has VM_HUGEPAGE
     * @return bit mask of orders 1..PMD_ORDER to try
     */
    long orders(long vmaStart, long vmaEnd, boolean hugepageAdvised);

    /** THP disabled: order-0 only. */
    FolioOrderPolicy NONE = (s, e, h) -> 0;

    /**
     * Mainline sysfs settings: {@code always} orders are enabled everywhere, {@code madvise}
     * orders only in VM_HUGEPAGE VMAs; masked with THP_ORDERS_ALL_ANON.
     */
    static FolioOrderPolicy mainline(long alwaysOrders, long madviseOrders) {
        long a = alwaysOrders & THP_ORDERS_ALL_ANON;
        long m = madviseOrders & THP_ORDERS_ALL_ANON;
        return (s, e, h) -> a | (h ? m : 0);
    }

    /**
     * Sysfs settings under a given THP_ORDERS_ALL_ANON ({@code allAnon}, the
     * {@code thp_orders_all_anon} knob): {@code always} orders everywhere, {@code madvise} orders
     * in VM_HUGEPAGE VMAs, both masked with {@code allAnon} (orders 1..PMD_ORDER only). With the
     * mainline mask this is {@link #mainline}; a mask containing order 1 lets order-1 anonymous
     * folios happen as {@link #unrestricted} does.
     */
    static FolioOrderPolicy masked(long alwaysOrders, long madviseOrders, long allAnon) {
        long mask = allAnon & ((1L << (PMD_ORDER + 1)) - 2);
        long a = alwaysOrders & mask;
        long m = madviseOrders & mask;
        return (s, e, h) -> a | (h ? m : 0);
    }

    /**
     * The RFC's order choice ({@link AnonOrderPolicy#RFC_V1}): below PMD order every order from
     * {@code startOrder} down to 1, masked with {@code allAnon}; PMD order from the sysfs settings
     * as in {@link #masked}.
     */
    static FolioOrderPolicy rfcV1(long alwaysOrders, long madviseOrders, long allAnon, int startOrder) {
        long pmd = 1L << PMD_ORDER;
        long small = ((1L << (startOrder + 1)) - 2) & allAnon & (pmd - 1);
        long a = alwaysOrders & allAnon & pmd;
        long m = madviseOrders & allAnon & pmd;
        return (s, e, h) -> small | a | (h ? m : 0);
    }

    /** Variation point: any orders, including order 1, unmasked. The checker watches the result. */
    static FolioOrderPolicy unrestricted(long orders) {
        return (s, e, h) -> orders & ((1L << (PMD_ORDER + 1)) - 2);
    }
}
