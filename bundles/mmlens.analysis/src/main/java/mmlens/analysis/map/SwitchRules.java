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
        return versionSwitch(h, EXTFRAG_TRACE, "capture_extfrag", "capture-extfrag", true, "compaction_capture", 1);
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
        return versionSwitch(h, NON_CMA_CHECK, "compaction_cma_check", "compaction-cma-check", true,
                "compaction_suit_allocation_order", 1);
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
        // the clear removed is 6.18 (lazy); the clear added back is 6.12 (eager)
        return versionSwitch(h, CLEAR_PREV, "mm_cpumask", "mm-cpumask", false, "switch_mm_irqs_off", 0);
    }

    private static final Pattern GEN_TEST = Pattern.compile("\\bnew_tlb_gen\\s*<=\\s*local_tlb_gen\\b"
            + "|\\blocal_tlb_gen\\s*>=\\s*(?:f\\s*->\\s*)?new_tlb_gen\\b");
    private static final Pattern GEN_GUARD = Pattern.compile("\\bnew_tlb_gen\\s*!=\\s*(?:0\\b|TLB_GENERATION_INVALID\\b)"
            + "|\\bnew_tlb_gen\\s*&&");

    /**
     * flush_gen_check: flush_tlb_func()'s early return for a request already covered by the cpu's
     * generation, read from the whole condition of the {@code if} it is in: with a test that the
     * request carries a generation ({@code != TLB_GENERATION_INVALID}, {@code != 0}) it is 6.18's,
     * without one it is the v5.19-rc test that skipped every batched flush ({@code unguarded}).
     */
    static LineRule.Reading genCheckLine(HunkView h, int i) {
        HunkView.Condition cond = h.ifCondition(i);
        if (cond == null || !h.pathStartsWith("arch/x86/") || !GEN_TEST.matcher(cond.text()).find()) {
            return null;
        }
        int scope = h.inScope(i, "flush_tlb_func");
        if (scope < 0) {
            return null;
        }
        return new LineRule.Reading(GEN_GUARD.matcher(cond.text()).find() ? "v6.18" : "unguarded",
                scope == 1 ? 1.0 : 0.7);
    }

    static KnobChange flushGenCheck(HunkView h) {
        return KnobReaders.pair(h, "flush_gen_check", SwitchRules::genCheckLine, "flush-gen-check");
    }


    /**
     * A v6.12 ↔ v6.18 switch that is one statement {@code p}, added or removed on balance (a
     * statement on both sides as often is an edit: null). {@code addedIs618}: adding it is the
     * change to 6.18 (else removing it is). The statement's line must be inside {@code function}
     * ({@code minScope} 1), or at least not known to be in another one (0), or anywhere (-1);
     * confidence 0.9 inside the function or with two statements more on one side, else 0.6.
     */
    static KnobChange versionSwitch(HunkView h, Pattern p, String knob, String variant, boolean addedIs618,
            String function, int minScope) {
        int added = Markers.added(h, p);
        int removed = Markers.removed(h, p);
        if (added == removed) {
            return null;
        }
        boolean adds = added > removed;
        int i = adds ? Markers.firstAdded(h, p) : Markers.firstRemoved(h, p);
        int scope = h.inScope(i, function);
        if (scope < minScope) {
            return null;
        }
        boolean to618 = adds == addedIs618;
        double c = scope == 1 || Math.abs(added - removed) >= 2 ? 0.9 : 0.6;
        return new KnobChange(knob, to618 ? "v6.12" : "v6.18", to618 ? "v6.18" : "v6.12", h.fileLine(i),
                h.evidence(i), variant, c);
    }
}
