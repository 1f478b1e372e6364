package mmlens.engine;

/**
 * Extension points at the places patches in the seed series change. Called with the zone "locked"
 * (synchronously inside the engine). Defaults keep mainline behaviour. Hooks may read the machine
 * through {@link ZoneView} and per-page bits, but must not allocate or free.
 */
public interface AllocatorHooks {
    AllocatorHooks NONE = new AllocatorHooks() {
    };

    /** Entry of __free_one_page(), before merging; pfn is the block head, mt its pageblock type. */
    default void freeOnePage(ZoneView zone, int pfn, int order, int migratetype) {
    }

    /** expand(): the block at pfn of order {@code high} is split down to {@code low}. */
    default void expand(ZoneView zone, int pfn, int low, int high, int migratetype) {
    }

    /** post_alloc_hook(): the block at pfn is about to be handed to the caller. */
    default void postAlloc(ZoneView zone, int pfn, int order, int gfp) {
    }

    /**
     * Around zone_watermark_fast()/zone_watermark_ok() in get_page_from_freelist(): the place where
     * cond_accept_memory() runs. Return the (possibly changed) verdict.
     */
    default boolean watermarkCheck(ZoneView zone, int order, long mark, int highestZoneIdx, int allocFlags,
            boolean ok) {
        return ok;
    }
}
