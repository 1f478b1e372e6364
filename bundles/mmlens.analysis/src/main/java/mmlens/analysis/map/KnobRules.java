package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.analysis.map.LineRule.Reading;
import mmlens.engine.Knobs;

/**
 * The value rules of {@link KnobReaders}: for each knob, how one line of code gives its value.
 * Each rule checks the expression's own form, then the enclosing function and file for its
 * confidence.
 */
final class KnobRules {

    /** A knob and the rule reading it. */
    /**
     * A knob read line by line; {@code absent}: the value the kernel has when the statement the rule
     * reads is not there at all (a divisor's 1), or null when removing it sets no value.
     */
    record KnobRule(String knob, LineRule rule, String absent) {
        KnobRule(String knob, LineRule rule) {
            this(knob, rule, null);
        }
    }

    private static final String PA = "mm/page_alloc.c";

    private KnobRules() {
    }

    static List<KnobRule> all() {
        List<KnobRule> r = new ArrayList<>();
        r.add(new KnobRule("claim_threshold_shift", KnobRules::claimThreshold));
        r.add(new KnobRule("claim_order_divisor", KnobRules::claimDivisor));
        r.add(new KnobRule("page_alloc_costly_order", define("PAGE_ALLOC_COSTLY_ORDER", "include/linux/mmzone.h")));
        r.add(new KnobRule("pageblock_order", KnobRules::pageblockDefine));
        r.add(new KnobRule("pageblock_order", KnobRules::pageblockKconfig));
        r.add(new KnobRule("pcp_batch_scale_max", kconfigDefault("PCP_BATCH_SCALE_MAX")));
        r.add(new KnobRule("pcp_batch_shift", KnobRules::batchShift));
        r.add(new KnobRule("pcp_batch_divisor", after("\\bbatch\\s*/=\\s*", "zone_batchsize", 0.6, -1), "1"));
        r.add(new KnobRule("pcp_high_min_batch_shift",
                after("\\bhigh\\s*=\\s*max\\(\\s*high\\s*,\\s*batch\\s*<<\\s*", "zone_highsize", 0.8, 0.6)));
        r.add(new KnobRule("pcp_high_max_fraction", define("MIN_PERCPU_PAGELIST_HIGH_FRACTION", PA)));
        r.add(new KnobRule("percpu_pagelist_high_fraction", decl("percpu_pagelist_high_fraction", PA)));
        r.add(new KnobRule("pcp_decay_shift", KnobRules::decayShift));
        r.add(new KnobRule("watermark_scale_factor", decl("watermark_scale_factor", PA)));
        r.add(new KnobRule("watermark_boost_factor", decl("watermark_boost_factor", PA), "0")); // removed with its mechanism: none
        for (String zone : new String[] {"DMA", "DMA32", "NORMAL"}) {
            r.add(new KnobRule("lowmem_reserve_ratio_" + zone.toLowerCase(Locale.ROOT),
                    lowmemRatio(zone).or(lowmemRatioPositional(zone))));
        }
        r.add(new KnobRule("highatomic_reserve_divisor", KnobRules::highatomic));
        r.add(new KnobRule("compaction_proactiveness", decl("sysctl_compaction_proactiveness", "mm/compaction.c"), "0")); // removed with its mechanism: none
        r.add(new KnobRule("extfrag_threshold", decl("sysctl_extfrag_threshold", "mm/compaction.c")));
        r.add(new KnobRule("compact_gap_factor", KnobRules::compactGap));
        r.add(new KnobRule("defrag_mode", decl("defrag_mode", PA)));
        r.add(new KnobRule("tlb_single_page_flush_ceiling",
                decl("tlb_single_page_flush_ceiling", "arch/x86/mm/tlb.c")));
        r.add(new KnobRule("thp_orders_all_anon", KnobRules::thpOrdersAllAnon));
        r.add(new KnobRule("anon_orders", orderMask("huge_anon_orders_inherit")));
        r.add(new KnobRule("anon_orders_madvise", orderMask("huge_anon_orders_madvise")));
        r.addAll(FlagRules.all());
        return r;
    }

    // ---- value helpers

    static String intValue(String expr) {
        OptionalLong v = CExpr.eval(expr);
        return v.isPresent() ? Long.toString(v.getAsLong()) : null;
    }

    /** log2 of a positive power of two, else -1. */
    static int log2(long v) {
        return v > 0 && Long.bitCount(v) == 1 ? Long.numberOfTrailingZeros(v) : -1;
    }

    /** Strips parentheses that enclose the whole text. */
    static String unparen(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")") && HunkView.operandAt(t.substring(1), 0) != null
                && HunkView.operandAt(t.substring(1), 0).length() == t.length() - 2) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    /** Confidence factor for the file: 1 when it is the expected one or unknown, else 0.6. */
    private static double pathFactor(HunkView h, String file) {
        return h.pathIs(file) ? 1.0 : 0.6;
    }

    // ---- rule factories

    /** {@code #define NAME expr}. */
    static LineRule define(String name, String file) {
        Pattern p = Pattern.compile("^\\s*#\\s*define\\s+" + name + "\\s+(.+)$");
        return (h, i) -> {
            Matcher m = p.matcher(h.joined(i));
            if (!m.find()) {
                return null;
            }
            String v = intValue(m.group(1));
            return v == null ? null : new Reading(v, pathFactor(h, file));
        };
    }

    /** A variable definition {@code [static] type NAME [__read_mostly] [= expr];} (no initialiser: 0). */
    static LineRule decl(String name, String file) {
        Pattern p = Pattern.compile("^\\s*(?:(?:static|unsigned|signed|const|int|long|bool|__read_mostly"
                + "|__ro_after_init)\\s+)+" + name + "\\s*(?:__read_mostly\\s*|__ro_after_init\\s*)?(?:=\\s*([^;]+))?;");
        return (h, i) -> {
            Matcher m = p.matcher(h.text(i));
            if (!m.find()) {
                return null;
            }
            String v = m.group(1) == null ? "0" : intValue(m.group(1));
            return v == null ? null : new Reading(v, pathFactor(h, file));
        };
    }

    /**
     * The integer operand right after {@code regex}, inside {@code function} (confidence 1),
     * with the function unknown ({@code unknown}) or another function ({@code other}; negative:
     * not read).
     */
    static LineRule after(String regex, String function, double unknown, double other) {
        Pattern p = Pattern.compile(regex);
        return (h, i) -> {
            String t = h.text(i);
            Matcher m = p.matcher(t);
            if (!m.find()) {
                return null;
            }
            int sc = h.inScope(i, function);
            double c = sc == 1 ? 1.0 : sc == 0 ? unknown : other;
            String v = intValue(HunkView.operandAt(t, m.end()));
            return v == null || c <= 0 ? null : new Reading(v, c);
        };
    }

    /**
     * {@code [ZONE_X] = N,} inside the initialiser of {@code sysctl_lowmem_reserve_ratio[]}
     * (confidence 1; 0.5 when the enclosing definition is unknown; not read inside another one).
     */
    static LineRule lowmemRatio(String zone) {
        Pattern p = Pattern.compile("^\\s*\\[\\s*ZONE_" + zone + "\\s*\\]\\s*=\\s*([^,}]+)");
        return (h, i) -> {
            Matcher m = p.matcher(h.text(i));
            if (!m.find()) {
                return null;
            }
            int sc = h.inScope(i, "sysctl_lowmem_reserve_ratio");
            String v = intValue(m.group(1));
            return v == null || sc < 0 ? null : new Reading(v, (sc == 1 ? 1.0 : 0.5) * pathFactor(h, PA));
        };
    }

    /** The zones of the modelled machine (x86-64: no HIGHMEM), in zone order. */
    private static final List<String> ZONES_X86_64 = List.of("DMA", "DMA32", "NORMAL", "MOVABLE");
    private static final Pattern POSITIONAL = Pattern.compile("^\\s*(\\d+)\\s*,?\\s*(/\\*.*)?$");
    private static final Pattern IF_ZONE_CONFIG = Pattern.compile("^\\s*#\\s*if(?:def)?\\s+(?:defined\\s*\\(?\\s*)?CONFIG_(\\w+)");

    /**
     * {@code N,} as the k-th value of a positional initialiser of {@code sysctl_lowmem_reserve_ratio[]}
     * (the form before linux 4.16: {@code #ifdef CONFIG_ZONE_DMA 256, #endif ... 32,}): the values an
     * x86-64 build compiles go to its zones in order (an entry under CONFIG_HIGHMEM is 32-bit only and
     * takes no place). Read on one side of the hunk, from the initialiser's opening line, which the
     * hunk must show; confidence 1 inside the definition, else nothing.
     */
    static LineRule lowmemRatioPositional(String zone) {
        return (h, i) -> {
            Matcher m = POSITIONAL.matcher(h.text(i));
            if (!m.find() || h.inScope(i, "sysctl_lowmem_reserve_ratio") != 1) {
                return null;
            }
            boolean oldSide = h.removed(i);
            int index = 0;
            boolean opened = false;
            for (int j = i - 1; j >= 0 && !opened; j--) {
                if (oldSide ? h.added(j) : h.removed(j)) {
                    continue;
                }
                String t = h.text(j);
                if (t.contains("sysctl_lowmem_reserve_ratio") && t.contains("{")) {
                    opened = true;
                } else if (t.contains("[") && t.contains("=") || t.contains("}")) {
                    return null; // designated entries, or past the initialiser
                } else if (POSITIONAL.matcher(t).find() && !highmemOnly(h, j, oldSide)) {
                    index++;
                }
            }
            if (!opened || highmemOnly(h, i, oldSide) || index >= ZONES_X86_64.size()
                    || !ZONES_X86_64.get(index).equals(zone)) {
                return null;
            }
            String v = intValue(m.group(1));
            return v == null ? null : new Reading(v, pathFactor(h, PA));
        };
    }

    /** Whether line i (read on one side) sits under {@code #ifdef CONFIG_HIGHMEM}, which x86-64 lacks. */
    private static boolean highmemOnly(HunkView h, int i, boolean oldSide) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            if (oldSide ? h.added(j) : h.removed(j)) {
                continue;
            }
            String t = h.text(j).strip();
            if (t.startsWith("#") && t.substring(1).strip().startsWith("endif")) {
                depth++;
            } else if (t.startsWith("#") && t.substring(1).strip().startsWith("if")) {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                Matcher m = IF_ZONE_CONFIG.matcher(t);
                return m.find() && m.group(1).equals("HIGHMEM");
            } else if (t.contains("{")) {
                return false;
            }
        }
        return false;
    }

    /** {@code default N [if COND]} inside {@code config NAME} of a Kconfig file. */
    static LineRule kconfigDefault(String... configs) {
        Pattern p = Pattern.compile("^\\s*default\\s+(.+?)(?:\\s+if\\s+(.+?))?\\s*$");
        return (h, i) -> {
            if (h.path != null && !h.path.endsWith("Kconfig")) {
                return null;
            }
            if (h.inScope(i, configs) != 1) {
                return null;
            }
            Matcher m = p.matcher(h.text(i));
            if (!m.find()) {
                return null;
            }
            String cond = m.group(2);
            double c = cond == null || cond.matches("ARCH_FORCE_MAX_ORDER\\s*=\\s*0") ? 0.9 : 0.3;
            String v = intValue(m.group(1));
            return v == null ? null : new Reading(v, c, cond == null ? null : "Kconfig default if " + cond);
        };
    }

    /** {@code NAME = <order mask expression>;}. */
    static LineRule orderMask(String name) {
        Pattern p = Pattern.compile("\\b" + name + "\\s*(?:__read_mostly\\s*)?=\\s*");
        return (h, i) -> {
            String t = h.text(i);
            Matcher m = p.matcher(t);
            if (!m.find()) {
                return null;
            }
            String orders = orders(HunkView.operandAt(t, m.end()));
            return orders == null ? null : new Reading(orders, pathFactor(h, "mm/huge_memory.c"));
        };
    }

    /** The Knobs ORDERS text of an order bit mask expression, null unless it evaluates within orders 0..10. */
    static String orders(String expr) {
        OptionalLong v = CExpr.eval(expr);
        if (v.isEmpty() || v.getAsLong() < 0 || v.getAsLong() >= (1L << 11)) {
            return null;
        }
        return Knobs.formatOrders(v.getAsLong());
    }

    // ---- knob-specific rules

    private static final Pattern ALIKE_GE = Pattern.compile("\\balike_pages\\s*>=\\s*");
    /** Before linux 4.15's "count movable pages when stealing": only the free pages counted. */
    private static final Pattern PAGES_GE = Pattern.compile("\\bpages\\s*>=\\s*(?=\\(?\\s*\\(?\\s*1\\s*<<|pageblock_nr_pages)");

    /**
     * {@code free_pages + alike_pages >= (1 << (pageblock_order - N))}, any form giving a power of two;
     * and the older {@code pages >= (1 << (pageblock_order-1))} of steal_suitable_fallback() (only
     * inside that function).
     */
    static Reading claimThreshold(HunkView h, int i) {
        String t = h.text(i);
        Matcher m = ALIKE_GE.matcher(t);
        if (!m.find()) {
            m = PAGES_GE.matcher(t);
            if (!m.find() || h.inScope(i, "steal_suitable_fallback", "try_to_claim_block") != 1) {
                return null;
            }
        }
        OptionalLong pages = CExpr.eval(HunkView.operandAt(t, m.end()));
        if (pages.isEmpty()) {
            return null;
        }
        int lg = log2(pages.getAsLong());
        if (lg < 0 || lg > 9) {
            return null;
        }
        int sc = h.inScope(i, "try_to_claim_block", "steal_suitable_fallback");
        return new Reading(Integer.toString(9 - lg), sc == 1 ? 1.0 : 0.8);
    }

    private static final Pattern ORDER_GE = Pattern.compile("\\border\\s*>=\\s*");
    private static final Pattern PB_DIV = Pattern.compile("^pageblock_order\\s*(/|>>)\\s*(.+)$");

    /** {@code order >= pageblock_order / N} in should_try_claim_block (and its older names). */
    static Reading claimDivisor(HunkView h, int i) {
        String t = h.text(i);
        Matcher m = ORDER_GE.matcher(t);
        while (m.find()) {
            String op = HunkView.operandAt(t, m.end());
            if (op == null || !op.contains("pageblock_order") || !(op.contains("/") || op.contains(">>"))) {
                continue;
            }
            int sc = h.inScope(i, "should_try_claim_block", "should_claim_block", "can_steal_fallback");
            if (sc < 0) {
                return null;
            }
            double c = sc == 1 ? 1.0 : 0.6;
            Matcher d = PB_DIV.matcher(unparen(op));
            if (d.find()) {
                OptionalLong n = CExpr.eval(d.group(2));
                if (n.isEmpty()) {
                    return null;
                }
                long div = d.group(1).equals("/") ? n.getAsLong() : (n.getAsLong() >= 0 && n.getAsLong() < 7
                        ? 1L << n.getAsLong() : -1);
                return div > 0 ? new Reading(Long.toString(div), c) : null;
            }
            OptionalLong v = CExpr.eval(op);
            for (int n = 1; v.isPresent() && n <= 64; n++) {
                if (9 / n == v.getAsLong()) {
                    return new Reading(Integer.toString(n), c * 0.5, "divisor inferred from the value " + v.getAsLong());
                }
            }
            return null;
        }
        return null;
    }

    private static final Pattern PB_DEFINE = Pattern.compile("^\\s*#\\s*define\\s+pageblock_order\\s+(.+)$");

    /**
     * {@code #define pageblock_order expr}: the HUGETLB_PAGE_ORDER (or, since 6.x, HPAGE_PMD_ORDER)
     * branch x86-64 builds; in the branch for a kernel without hugetlbfs and THP no value, with why.
     */
    static Reading pageblockDefine(HunkView h, int i) {
        Matcher m = PB_DEFINE.matcher(h.joined(i));
        if (!m.find()) {
            return null;
        }
        String v = intValue(m.group(1));
        if (v == null) {
            return null;
        }
        if (m.group(1).contains("HUGETLB_PAGE_ORDER") || m.group(1).contains("HPAGE_PMD_ORDER")) {
            return new Reading(v, 1.0);
        }
        // the branch for a kernel with neither hugetlbfs nor THP (MAX_ORDER-1, PAGE_BLOCK_MAX_ORDER, ...)
        return Reading.notBuilt(v + " only for a kernel built without CONFIG_HUGETLB_PAGE and"
                + " CONFIG_TRANSPARENT_HUGEPAGE", "a branch the modelled x86-64 kernel does not build (with either"
                + " option its pageblock_order is HUGETLB_PAGE_ORDER or HPAGE_PMD_ORDER, 9), so it keeps its value");
    }

    private static final LineRule PB_KCONFIG = kconfigDefault("PAGE_BLOCK_MAX_ORDER", "PAGE_BLOCK_ORDER");

    /** Kconfig PAGE_BLOCK_MAX_ORDER default: pageblock_order = min(HUGETLB_PAGE_ORDER (9), default). */
    static Reading pageblockKconfig(HunkView h, int i) {
        Reading r = PB_KCONFIG.read(h, i);
        if (r == null) {
            return null;
        }
        long v = Math.min(9, Long.parseLong(r.value()));
        return new Reading(Long.toString(v), r.confidence() * 0.9, "pageblock_order = min(HUGETLB_PAGE_ORDER, "
                + "CONFIG_PAGE_BLOCK_MAX_ORDER)" + (r.note() == null ? "" : "; " + r.note()));
    }

    private static final Pattern MANAGED = Pattern.compile("zone_managed_pages\\(\\s*zone\\s*\\)\\s*(>>|/)\\s*");

    /** {@code zone_managed_pages(zone) >> N} (or {@code / 2^N}) in zone_batchsize. */
    static Reading batchShift(HunkView h, int i) {
        String t = h.text(i);
        Matcher m = MANAGED.matcher(t);
        if (!m.find()) {
            return null;
        }
        int sc = h.inScope(i, "zone_batchsize");
        boolean looksLikeBatch = t.contains("SZ_1M") || t.matches("^\\s*batch\\s*=.*");
        if (sc < 0 || (sc == 0 && !looksLikeBatch)) {
            return null;
        }
        OptionalLong n = CExpr.eval(HunkView.operandAt(t, m.end()));
        if (n.isEmpty()) {
            return null;
        }
        long shift = m.group(1).equals(">>") ? n.getAsLong() : log2(n.getAsLong());
        return shift < 0 ? null : new Reading(Long.toString(shift), sc == 1 ? 1.0 : 0.7);
    }

    /** {@code zone_managed_pages(zone) / N} in reserve_highatomic_pageblock. */
    static Reading highatomic(HunkView h, int i) {
        String t = h.text(i);
        Matcher m = MANAGED.matcher(t);
        if (!m.find() || !m.group(1).equals("/")) {
            return null;
        }
        int sc = h.inScope(i, "reserve_highatomic_pageblock");
        boolean looksLikeReserve = t.contains("max_managed") || t.contains("pageblock_nr_pages");
        if (sc < 1 && !looksLikeReserve || h.inScope(i, "zone_batchsize") == 1) {
            return null;
        }
        String v = intValue(HunkView.operandAt(t, m.end()));
        return v == null ? null : new Reading(v, sc == 1 ? 1.0 : 0.7);
    }

    private static final Pattern HIGH_SHIFT = Pattern.compile("\\bhigh\\s*>>\\s*");
    private static final Pattern DECAY_FORM = Pattern.compile("\\bhigh\\s*-\\s*\\(\\s*(pcp->)?high\\s*>>");

    /** decay_pcp_high(): {@code pcp->high - (pcp->high >> N)} (any {@code high >> N} inside that function). */
    static Reading decayShift(HunkView h, int i) {
        String t = h.text(i);
        Matcher m = HIGH_SHIFT.matcher(t);
        if (!m.find()) {
            return null;
        }
        int sc = h.inScope(i, "decay_pcp_high");
        boolean form = DECAY_FORM.matcher(t).find();
        double c = sc == 1 ? 1.0 : form ? (sc == 0 ? 0.8 : 0.6) : 0;
        String v = intValue(HunkView.operandAt(t, m.end()));
        return v == null || c == 0 ? null : new Reading(v, c);
    }

    private static final Pattern RETURN = Pattern.compile("^\\s*return\\s+(.+?)\\s*;");

    /** compact_gap(): {@code return F << order;}, F read as the value at order 0 of a linear-in-2^order result. */
    static Reading compactGap(HunkView h, int i) {
        int sc = h.inScope(i, "compact_gap");
        if (sc < 0 || sc == 0 && (h.path == null || !h.path.endsWith("include/linux/compaction.h"))) {
            return null;
        }
        Matcher m = RETURN.matcher(h.text(i));
        if (!m.find() || !m.group(1).contains("order")) {
            return null;
        }
        OptionalLong f0 = CExpr.eval(m.group(1), Map.of("order", 0L));
        OptionalLong f1 = CExpr.eval(m.group(1), Map.of("order", 1L));
        OptionalLong f3 = CExpr.eval(m.group(1), Map.of("order", 3L));
        if (f0.isEmpty() || f1.isEmpty() || f3.isEmpty() || f0.getAsLong() <= 0
                || f1.getAsLong() != 2 * f0.getAsLong() || f3.getAsLong() != 8 * f0.getAsLong()) {
            return null;
        }
        return new Reading(Long.toString(f0.getAsLong()), sc == 1 ? 1.0 : 0.6);
    }

    private static final Pattern THP_ALL_ANON = Pattern.compile("^\\s*#\\s*define\\s+THP_ORDERS_ALL_ANON\\s+(.+)$");

    /** {@code #define THP_ORDERS_ALL_ANON mask}. */
    static Reading thpOrdersAllAnon(HunkView h, int i) {
        Matcher m = THP_ALL_ANON.matcher(h.joined(i));
        if (!m.find()) {
            return null;
        }
        String o = orders(m.group(1));
        return o == null ? null : new Reading(o, pathFactor(h, "include/linux/huge_mm.h"));
    }
}
