package mmlens.engine.metrics;

import java.util.Locale;

/**
 * struct contig_page_info filled like fill_contig_page_info() in mm/vmstat.c, and the indices derived
 * from it. All arithmetic is unsigned-long style integer division, truncating like div_u64().
 *
 * @param freePages free base pages (sum of nr_free[o] &lt;&lt; o)
 * @param freeBlocksTotal free blocks of any order
 * @param freeBlocksSuitable free blocks of at least the suitable order, counted in units of that order
 */
public record ContigPageInfo(long freePages, long freeBlocksTotal, long freeBlocksSuitable) {
    public static final int MAX_PAGE_ORDER = 10;

    /** fill_contig_page_info(): {@code nrFree[o]} is free_area[o].nr_free. */
    public static ContigPageInfo fill(long[] nrFree, int suitableOrder) {
        long pages = 0;
        long total = 0;
        long suitable = 0;
        for (int o = 0; o < nrFree.length; o++) {
            long blocks = nrFree[o];
            total += blocks;
            pages += blocks << o;
            if (o >= suitableOrder) {
                suitable += blocks << (o - suitableOrder);
            }
        }
        return new ContigPageInfo(pages, total, suitable);
    }

    /** __fragmentation_index(): -1000 when the request would succeed, else 0..1000. */
    public int fragmentationIndex(int order) {
        long requested = 1L << order;
        if (order > MAX_PAGE_ORDER) {
            return 0;
        }
        if (freeBlocksTotal == 0) {
            return 0;
        }
        if (freeBlocksSuitable != 0) {
            return -1000;
        }
        return (int) (1000 - (1000 + freePages * 1000 / requested) / freeBlocksTotal);
    }

    /** unusable_free_index(): 1000 when nothing is free. */
    public int unusableFreeIndex(int order) {
        if (freePages == 0) {
            return 1000;
        }
        return (int) ((freePages - (freeBlocksSuitable << order)) * 1000 / freePages);
    }

    /** extfrag_for_order(): percentage 0..100. */
    public int extfragForOrder(int order) {
        if (freePages == 0) {
            return 0;
        }
        return (int) ((freePages - (freeBlocksSuitable << order)) * 100 / freePages);
    }

    /** "%d.%03d" as unusable_show_print() prints an index. */
    public static String formatUnusable(int index) {
        return String.format(Locale.ROOT, "%d.%03d", index / 1000, index % 1000);
    }

    /**
     * "%2d.%03d" as extfrag_show_print() prints an index; C's % keeps the dividend's sign, so -1000
     * prints "-1.000" and -500 would print " 0.-500", exactly as the kernel would.
     */
    public static String formatExtfrag(int index) {
        return String.format(Locale.ROOT, "%2d.%03d", index / 1000, index % 1000);
    }
}
