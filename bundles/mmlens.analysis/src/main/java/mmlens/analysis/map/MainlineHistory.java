package mmlens.analysis.map;

import java.util.regex.Pattern;

/**
 * Kernel history the mapping needs: the mainline commits that introduced the 6.18 value of a knob
 * that changed in recent kernels, for the "already in mainline" note (subjects as in the kernel
 * history; commit ids are not given where the tree the project reads did not show them), and, for
 * a few knobs, the value that runs the kernel from before the knob's mechanism existed
 * ({@link #before}).
 */
final class MainlineHistory {
    private MainlineHistory() {
    }

    /** " (commit: subject)" for knobs with a known history, else "". */
    static String commitOf(KnobChange c) {
        return switch (c.knob()) {
            case "fallback_behaviour" -> " (\"mm: page_alloc: don't steal single pages from biggest buddy\", 2025)";
            case "pcp_free_high" -> " (\"mm: pcp: increase pcp->free_count threshold to trigger free_high\", 2025)";
            case "unaccepted" -> " (\"mm: Add support for unaccepted memory\", v6.5)";
            case "defrag_mode" -> " (\"mm: page_alloc: defrag_mode\", 2025)";
            case "alloc_highatomic" ->
                " (\"mm/page_alloc: only set ALLOC_HIGHATOMIC for __GPF_HIGH allocations\", 2025)";
            case "highatomic_fallback_flags" ->
                " (\"mm/page_alloc: let GFP_ATOMIC order-0 allocs access highatomic reserves\", v6.12)";
            case "capture_extfrag" -> " (\"mm: page_alloc: trace type pollution from compaction capturing\", 2025)";
            case "compaction_cma_check" -> " (\"mm: compaction: use the proper flag to determine watermarks\", 2025)";
            case "flush_gen_check" -> " (\"x86/mm/tlb: ignore f->new_tlb_gen when zero\", 2022)";
            case "mm_cpumask" -> " (\"x86/mm/tlb: Update mm_cpumask lazily\", 2025)";
            case "kswapd_node_skip" -> " (\"mm: page_alloc: avoid kswapd thrashing due to NUMA restrictions\", 2025)";
            default -> "";
        };
    }

    /**
     * A knob value that is the kernel before the knob's mechanism existed, and why: the baseline of a
     * series that introduces the mechanism (an added definition with nothing on the - side).
     * {@code present} matches names the kernel has had since the mechanism came: a patch that
     * removes a line naming one works on the mechanism, it does not bring it.
     */
    record Before(String value, String why, Pattern present) {
    }

    /**
     * The value that runs the kernel from before the knob's mechanism was merged, for the knobs whose
     * mechanism the engine can switch off faithfully; null for the others (their introduction is
     * measured at 6.18's value on both sides).
     */
    static Before before(String knob) {
        return switch (knob) {
            case "unaccepted" -> new Before("eager", "before \"mm: Add support for unaccepted memory\" (v6.5)"
                    + " the kernel took no unaccepted memory and the firmware accepted all of it before boot:"
                    + " the engine runs that as accepting everything at boot",
                    present("unaccepted_pages|NR_UNACCEPTED|accept_memory|accept_page|__accept_page|PageUnaccepted"
                            + "|CONFIG_UNACCEPTED_MEMORY|try_to_accept_memory\\w*|cond_accept_memory|__free_unaccepted"
                            + "|range_contains_unaccepted_memory|zones_with_unaccepted_pages"));
            case "watermark_boost_factor" -> new Before("0", "before \"mm: reclaim small amounts of memory when an"
                    + " external fragmentation event occurs\" (v5.0) no watermark was ever boosted, as factor 0 does",
                    present("watermark_boost_factor|boost_watermark|watermark_boost|ZONE_BOOSTED_WATERMARK"));
            case "compaction_proactiveness" -> new Before("0", "before \"mm: proactive compaction\" (v5.9) kcompactd"
                    + " compacted only when woken for an allocation's order, as proactiveness 0 does",
                    present("sysctl_compaction_proactiveness|compaction_proactiveness|proactive_compact_node"
                            + "|should_proactive_compact_node|fragmentation_score_\\w+|proactive_compaction"
                            + "|HPAGE_FRAG_CHECK_INTERVAL_MSEC|proactive_compact_trigger"));
            default -> null;
        };
    }

    /** Identifiers that exist wherever the mechanism does: a patch removing one edits it, not brings it. */
    private static Pattern present(String names) {
        return Pattern.compile("\\b(" + names + ")\\b");
    }

    static String commitOf(mmlens.model.KnobChange c) {
        return commitOf(new KnobChange(c.getKnob(), c.getOldValue(), c.getNewValue(), c.getLine(), c.getEvidence(),
                c.getVariant(), 1.0));
    }
}
