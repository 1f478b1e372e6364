package mmlens.engine.internal;

/** x86-64 defaults from include/linux/mmzone.h and pageblock-flags.h. */
public final class Orders {
    public static final int MAX_PAGE_ORDER = 10;
    public static final int NR_PAGE_ORDERS = MAX_PAGE_ORDER + 1;
    public static final int PAGEBLOCK_ORDER = 9;
    public static final int PAGEBLOCK_NR_PAGES = 1 << PAGEBLOCK_ORDER;
    public static final int PAGE_ALLOC_COSTLY_ORDER = 3;
    /** HPAGE_PMD_ORDER: the THP order that may sit on pcp lists. */
    public static final int HPAGE_PMD_ORDER = 9;
    /** CONFIG_PCP_BATCH_SCALE_MAX default. */
    public static final int PCP_BATCH_SCALE_MAX = 5;
    /** SWAP_CLUSTER_MAX */
    public static final int SWAP_CLUSTER_MAX = 32;
    public static final int MAX_RECLAIM_RETRIES = 16;

    private Orders() {
    }

    /** pcp_allowed_order() with CONFIG_TRANSPARENT_HUGEPAGE. */
    public static boolean pcpAllowedOrder(int order) {
        return pcpAllowedOrder(order, PAGE_ALLOC_COSTLY_ORDER);
    }

    /** pcp_allowed_order() with PAGE_ALLOC_COSTLY_ORDER = {@code costlyOrder}. */
    public static boolean pcpAllowedOrder(int order, int costlyOrder) {
        return order <= costlyOrder || order == HPAGE_PMD_ORDER;
    }

    /** mult_frac(x, n, d) from include/linux/math.h: avoids overflow of x * n. */
    public static long multFrac(long x, long n, long d) {
        long q = x / d;
        long r = x % d;
        return q * n + r * n / d;
    }

    /** int_sqrt(): floor of the square root. */
    public static long intSqrt(long x) {
        long r = (long) Math.sqrt((double) x);
        while (r * r > x) {
            r--;
        }
        while ((r + 1) * (r + 1) <= x) {
            r++;
        }
        return r;
    }

    /** rounddown_pow_of_two() for positive n. */
    public static int rounddownPowOfTwo(int n) {
        return Integer.highestOneBit(n);
    }

    /** fls(): 1-based index of the most significant set bit, 0 for 0. */
    public static int fls(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }
}
