package mmlens.analysis.map;

import java.util.regex.Pattern;

/**
 * Variant readers of three 6.12 → 6.18 changes the engine can run either way (engine knobs
 * {@code capture_extfrag}, {@code compaction_cma_check}, {@code mm_cpumask}; KNOBS.md, "Kernel
 * version profiles"), each recognised by the statement that is the change, inside the function it
 * belongs to, added or removed on balance. A statement on both sides is an edit, not the switch.
 */
final class SwitchRules {
    private SwitchRules() {
    }

    private static final Pattern EXTFRAG_TRACE = Pattern.compile("\\btrace_mm_page_alloc_extfrag\\s*\\(");

    /**
     * capture_extfrag: compaction_capture() traces a capture from a block of another type
     * ({@code trace_mm_page_alloc_extfrag}) in 6.18, not in 6.12. The same tracepoint in the
     * fallback paths is not this switch, so the hunk must be inside compaction_capture().
     */
    static KnobChange captureExtfrag(HunkView h) {
        return balance(h, EXTFRAG_TRACE, "capture_extfrag", "capture-extfrag", "compaction_capture");
    }

    private static final Pattern NON_CMA_CHECK = Pattern.compile("!\\s*\\(\\s*alloc_flags\\s*&\\s*ALLOC_CMA\\s*\\)");

    /**
     * compaction_cma_check: compaction_suit_allocation_order()'s test that a costly async request
     * without ALLOC_CMA finds watermark + compact_gap in non-CMA free pages (6.18; 6.12 has none).
     */
    static KnobChange compactionCmaCheck(HunkView h) {
        if (!h.pathStartsWith("mm/")) {
            return null;
        }
        return balance(h, NON_CMA_CHECK, "compaction_cma_check", "compaction-cma-check",
                "compaction_suit_allocation_order");
    }

    private static final Pattern CLEAR_PREV = Pattern
            .compile("\\bcpumask_clear_cpu\\s*\\(\\s*cpu\\s*,\\s*mm_cpumask\\s*\\(\\s*prev\\s*\\)\\s*\\)");

    /**
     * mm_cpumask: 6.12's switch_mm_irqs_off() clears the cpu from the previous mm's cpumask on
     * every switch; 6.18 keeps it and lets the first flush IPI clear it ("Update mm_cpumask
     * lazily"). Removing that clear is 6.12 → 6.18, adding it back the reverse.
     */
    static KnobChange mmCpumask(HunkView h) {
        if (!h.pathStartsWith("arch/x86/")) {
            return null;
        }
        int added = Markers.added(h, CLEAR_PREV);
        int removed = Markers.removed(h, CLEAR_PREV);
        if (added == removed) {
            return null;
        }
        int i = added > removed ? Markers.firstAdded(h, CLEAR_PREV) : Markers.firstRemoved(h, CLEAR_PREV);
        int scope = h.inScope(i, "switch_mm_irqs_off");
        if (scope < 0) {
            return null;
        }
        // the clear removed is 6.18 (lazy); the clear added is 6.12 (eager)
        boolean lazy = removed > added;
        return new KnobChange("mm_cpumask", lazy ? "v6.12" : "v6.18", lazy ? "v6.18" : "v6.12", h.fileLine(i),
                h.evidence(i), "mm-cpumask", scope == 1 ? 0.9 : 0.6);
    }

    /**
     * A 6.12 → 6.18 change that adds the statement {@code p} inside {@code function} (or removes
     * it: the reverse), on balance; null when the hunk is outside that function or the statement
     * is on both sides as often.
     */
    private static KnobChange balance(HunkView h, Pattern p, String knob, String variant, String function) {
        int added = Markers.added(h, p);
        int removed = Markers.removed(h, p);
        if (added == removed) {
            return null;
        }
        boolean forward = added > removed;
        int i = forward ? Markers.firstAdded(h, p) : Markers.firstRemoved(h, p);
        if (h.inScope(i, function) != 1) {
            return null;
        }
        return new KnobChange(knob, forward ? "v6.12" : "v6.18", forward ? "v6.18" : "v6.12", h.fileLine(i),
                h.evidence(i), variant, 0.9);
    }
}
