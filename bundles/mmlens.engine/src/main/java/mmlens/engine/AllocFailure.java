package mmlens.engine;

/** Why __alloc_pages returned NULL in the simulation. */
public enum AllocFailure {
    /** order &gt; MAX_PAGE_ORDER or a GFP_ZONE_BAD combination. */
    INVALID,
    /** No zone passed the watermark and the request may not reclaim (GFP_ATOMIC, GFP_NOWAIT). */
    NO_DIRECT_RECLAIM,
    /** Costly order or __GFP_NORETRY gave up after reclaim/compaction. */
    GAVE_UP,
    /** The OOM killer would have been invoked (order &lt;= PAGE_ALLOC_COSTLY_ORDER). */
    OOM
}
