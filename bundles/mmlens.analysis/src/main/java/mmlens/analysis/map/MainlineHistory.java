package mmlens.analysis.map;

/**
 * The mainline commits that introduced the 6.18 value of a knob that changed in recent kernels,
 * for the "already in mainline" note. Subjects as in the kernel history (commit ids are not
 * given where the tree the project reads did not show them).
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
            default -> "";
        };
    }

    static String commitOf(mmlens.model.KnobChange c) {
        return commitOf(new KnobChange(c.getKnob(), c.getOldValue(), c.getNewValue(), c.getLine(), c.getEvidence(),
                c.getVariant(), 1.0));
    }
}
