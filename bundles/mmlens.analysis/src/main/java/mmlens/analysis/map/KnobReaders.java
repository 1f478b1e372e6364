package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import mmlens.analysis.map.KnobRules.KnobRule;
import mmlens.analysis.map.LineRule.Reading;
import mmlens.engine.Knobs;
import mmlens.model.Hunk;

/**
 * Reads the values of engine knobs ({@link Knobs}) that a hunk changes, from its code only (never
 * from the commit message or subject). For each knob the removed lines give the old value and
 * the added lines the new one; a reverse diff swaps them.
 *
 * <p>Recognised: claim_threshold_shift ({@code alike_pages >= (1 << (pageblock_order - N))} and
 * equivalent forms), claim_order_divisor ({@code order >= pageblock_order / N} or {@code >> k} in
 * should_try_claim_block, should_claim_block, can_steal_fallback), fallbacks (the table
 * initialiser), page_alloc_costly_order, pageblock_order (its #define and the Kconfig
 * PAGE_BLOCK_MAX_ORDER default), pcp_batch_scale_max (Kconfig default), pcp_batch_shift,
 * pcp_batch_divisor, pcp_high_min_batch_shift, pcp_high_max_fraction
 * (MIN_PERCPU_PAGELIST_HIGH_FRACTION), percpu_pagelist_high_fraction, pcp_decay_shift,
 * watermark_scale_factor, watermark_boost_factor, lowmem_reserve_ratio_dma/_dma32/_normal (the
 * {@code [ZONE_X] = N} entries of sysctl_lowmem_reserve_ratio[]), highatomic_reserve_divisor,
 * compaction_proactiveness, extfrag_threshold, compact_gap_factor, defrag_mode,
 * tlb_single_page_flush_ceiling, thp_orders_all_anon, anon_orders, anon_orders_madvise.
 *
 * <p>Not read here: pcp_free_high (a behaviour, read by {@link VariantReaders} as variant
 * {@code free-high-threshold}); min_free_kbytes ({@code int min_free_kbytes = 1024} is only the
 * value before init, the boot value is computed from memory size by calculate_min_free_kbytes,
 * so neither that initialiser nor the {@code * 16} and clamp bounds of the computation give a
 * value without knowing the machine: they are skipped).
 */
public final class KnobReaders {

    private static final List<KnobRule> RULES = KnobRules.all();

    /** The variant readers that read a knob line by line (as {@link #pair} does), for {@link #unrunnable}. */
    private static final List<KnobRule> VARIANT_LINES = List.of(new KnobRule("pcp_free_high", VariantRules::freeHighLine),
            new KnobRule("alloc_highatomic", GfpRules::highatomicLine),
            new KnobRule("flush_gen_check", SwitchRules::genCheckLine));

    private KnobReaders() {
    }

    /**
     * The knob changes of one hunk, at most one per knob, in line order.
     *
     * @param path the file's path (new path, or old for a deletion); null when unknown
     * @param function the enclosing function or declaration resolved by the caller; null to use
     *            the hunk header and the hunk's own lines
     * @param hunk the hunk; null or damaged hunks give an empty list
     * @return the changes; empty when nothing is recognised; never null, never throws
     */
    public static List<KnobChange> read(String path, String function, Hunk hunk) {
        try {
            HunkView h = HunkView.of(path, function, hunk);
            List<KnobChange> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (KnobRule r : RULES) {
                KnobChange c = pair(h, r.knob(), r.rule(), null);
                if (c == null && r.absent() != null) {
                    c = removedOnly(h, r);
                }
                if (c != null && seen.add(c.knob())) {
                    out.add(c);
                }
            }
            KnobChange t = FallbackTable.read(h);
            if (t != null && seen.add(t.knob())) {
                out.add(t);
            }
            out.sort(Comparator.comparingInt(KnobChange::line));
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The change a rule reads from a hunk: the first removed reading is the old value, the first
     * added reading that differs from it the new one. Null when there is no added reading, no
     * difference, or the new value is not one the knob accepts.
     */
    static KnobChange pair(HunkView h, String knob, LineRule rule, String variant) {
        Reading old = null;
        for (int i = 0; i < h.size() && old == null; i++) {
            if (h.removed(i)) {
                old = rule.read(h, i);
                if (old != null && old.value() == null) {
                    old = null;
                }
            }
        }
        Reading kept = null; // a context line the rule reads: the value the hunk leaves in place (read when needed)
        boolean keptRead = old != null;
        for (int i = 0; i < h.size(); i++) {
            if (!h.added(i)) {
                continue;
            }
            Reading now = rule.read(h, i);
            if (now == null || now.value() == null || old != null && now.value().equals(old.value())) {
                continue;
            }
            if (!keptRead) {
                keptRead = true;
                kept = keptValue(h, rule);
            }
            if (kept != null && now.value().equals(kept.value())) {
                continue; // the same value beside one the hunk keeps: a second use of it, not a change
            }
            if (absentConfig(h, i) != null) {
                continue; // compiled only with an option the modelled kernel does not have
            }
            String newV = normalise(knob, now.value());
            if (newV == null) {
                continue;
            }
            String oldV = old == null ? null : normalise(knob, old.value());
            if (oldV == null && old != null) {
                oldV = old.value();
            }
            if (newV.equals(oldV)) {
                continue;
            }
            double c = old == null ? now.confidence() : Math.min(now.confidence(), old.confidence());
            String ev = h.evidence(i) + (now.note() == null ? "" : " [" + now.note() + "]");
            return new KnobChange(knob, oldV, newV, h.fileLine(i), ev, variant, c);
        }
        return null;
    }

    /** The first reading of the rule on a context line of the hunk, or null. */
    private static Reading keptValue(HunkView h, LineRule rule) {
        for (int i = 0; i < h.size(); i++) {
            if (h.kind(i) == mmlens.model.LineKind.CONTEXT) {
                Reading r = rule.read(h, i);
                if (r != null && r.value() != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The value each knob's rule reads on a removed line of the hunk (the first such line), by knob:
     * what a hunk that takes a statement away held, for telling a value moved between hunks from a
     * new one. Empty when nothing is read; never throws.
     */
    static java.util.Map<String, String> removedValues(String path, String function, Hunk hunk) {
        return sideValues(path, function, hunk, true);
    }

    /** {@link #removedValues} for the added lines: what a hunk that brings a statement in holds. */
    static java.util.Map<String, String> addedValues(String path, String function, Hunk hunk) {
        return sideValues(path, function, hunk, false);
    }

    private static java.util.Map<String, String> sideValues(String path, String function, Hunk hunk, boolean removed) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try {
            HunkView h = HunkView.of(path, function, hunk);
            for (KnobRule r : RULES) {
                for (int i = 0; i < h.size() && !out.containsKey(r.knob()); i++) {
                    if (removed ? h.removed(i) : h.added(i)) {
                        Reading o = r.rule().read(h, i);
                        String v = o == null || o.value() == null ? null : normalise(r.knob(), o.value());
                        if (v != null) {
                            out.put(r.knob(), v);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // a damaged hunk reads nothing
        }
        return out;
    }

    /**
     * The option line {@code i} is compiled under when linux 6.18 (x86, mm) has no such option, so the
     * modelled kernel never builds the line: {@code #ifdef CONFIG_DISCONTIGMEM}. Null otherwise (no
     * conditional, an option 6.18 has, or the {@code #else} side of a missing one, which 6.18 builds).
     */
    static String absentConfig(HunkView h, int i) {
        String gate = h.configGate(i);
        if (gate == null) {
            return null;
        }
        if (gate.startsWith("!")) {
            return KconfigNames.alwaysOn(gate.substring("!CONFIG_".length())) ? gate : null;
        }
        return KconfigNames.has(gate.substring("CONFIG_".length())) ? null : gate;
    }

    /** What {@link #absentConfig} found, in words: "only under CONFIG_X, an option ..." or "only without ...". */
    static String gateWords(String gate) {
        return gate.startsWith("!") ? "only without " + gate.substring(1) + ", which every x86-64 build of linux 6.18 has"
                : "only under " + gate + ", an option linux 6.18 (x86) does not have";
    }

    /**
     * Why the modelled kernel never builds any of the hunk's changed lines: each sits in the
     * {@code #else} of, or under {@code #ifndef}, an option every x86-64 build has; null when one may
     * be built (or the hunk shows no such conditional). Code under an option 6.18 lacks is not
     * judged here: the series may be the one that adds the option (CONFIG_MITIGATION_ADDRESS_SPACE_ISOLATION).
     */
    public static String neverBuilt(String path, String function, Hunk hunk) {
        HunkView h = HunkView.of(path, function, hunk);
        String gate = null;
        for (int i = 0; i < h.size(); i++) {
            if ((h.added(i) || h.removed(i)) && !h.text(i).isBlank() && !h.text(i).strip().startsWith("#")) {
                String g = absentConfig(h, i);
                if (g == null || !g.startsWith("!") || gate != null && !gate.equals(g)) {
                    return null;
                }
                gate = g;
            }
        }
        return gate == null ? null : "compiled " + gateWords(gate) + ", so the modelled kernel never builds it";
    }

    /**
     * A statement the rule reads that the hunk removes with no reading left on its + lines: the knob
     * goes from the removed value to the one the kernel has without the statement
     * ({@link KnobRule#absent}), e.g. {@code batch /= 4;} removed is divisor 4 to 1.
     */
    private static KnobChange removedOnly(HunkView h, KnobRule r) {
        int at = -1;
        Reading old = null;
        for (int i = 0; i < h.size(); i++) {
            if (h.added(i) && r.rule().read(h, i) != null) {
                return null;
            }
            if (old == null && h.removed(i)) {
                Reading o = r.rule().read(h, i);
                if (o != null && o.value() != null) {
                    old = o;
                    at = i;
                }
            }
        }
        if (old == null) {
            return null;
        }
        String oldV = normalise(r.knob(), old.value());
        if (oldV == null || oldV.equals(r.absent())) {
            return null;
        }
        return new KnobChange(r.knob(), oldV, r.absent(), h.fileLine(at),
                h.evidence(at) + " [removed: " + r.knob() + " = " + r.absent() + " without it]", null, old.confidence());
    }

    /**
     * What the hunk's + lines set that the engine cannot run: a knob's expression whose new value the
     * knob has no form for, or a value it refuses (out of its range, a flag it does not have). One
     * sentence per knob. For a hunk from which {@link #read} and the variant readers read nothing (a
     * value the knob takes would have been read as a change).
     */
    public static List<String> unrunnable(String path, String function, Hunk hunk) {
        try {
            HunkView h = HunkView.of(path, function, hunk);
            List<String> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<KnobRule> rules = new ArrayList<>(RULES);
            rules.addAll(VARIANT_LINES);
            for (KnobRule r : rules) {
                if (seen.contains(r.knob())) {
                    continue;
                }
                for (int i = 0; i < h.size(); i++) {
                    if (!h.added(i)) {
                        continue;
                    }
                    Reading now = r.rule().read(h, i);
                    if (now == null) {
                        continue;
                    }
                    String gate = absentConfig(h, i);
                    if (gate != null && now.value() != null) {
                        out.add(r.knob() + ": line " + h.fileLine(i) + " sets " + now.value() + " " + gateWords(gate)
                                + ", so the modelled kernel keeps its value");
                        seen.add(r.knob());
                        break;
                    }
                    String why = now.notBuilt() != null ? now.notBuilt()
                            : now.value() == null ? "a form the knob has no value for"
                            : refusal(r.knob(), now.value());
                    if (why != null) {
                        out.add(r.knob() + ": line " + h.fileLine(i) + " sets "
                                + (now.note() != null ? now.note() : now.value()) + ", " + why);
                        seen.add(r.knob());
                        break;
                    }
                }
            }
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Why the knob refuses a value, or null when it takes it. */
    private static String refusal(String knob, String value) {
        String why = whyNotRun(knob, value);
        return why == null ? null : "not a value the engine runs (" + why + ")";
    }

    /** Why the engine cannot run {@code knob = value} (a form it has no value for, or a value it refuses), or null. */
    static String whyNotRun(String knob, String value) {
        try {
            return Knobs.unsupportedReason(knob, value);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The value in the knob's canonical text form, or null when the knob does not accept it. */
    static String normalise(String knob, String value) {
        try {
            return Knobs.mainline().with(knob, value).get(knob);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
