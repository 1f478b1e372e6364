package mmlens.analysis.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.engine.Knobs;

/**
 * Variant {@code anon-folio-orders}: code that chooses the order of anonymous folios at fault
 * time (alloc_anon_folio, the variable-order large anon folio RFC's order calculation). The new
 * value is the range of orders the added code tries: its lowest order (2 unless the code lets
 * order 1 through) up to its highest (PMD order unless a smaller constant caps it). When order 1
 * becomes allowed the knob is thp_orders_all_anon ({@code 1-9}); otherwise anon_orders gets the
 * range plus the PMD order. Code that tries the orders the sysfs masks enable (thp_vma_allowable_orders(),
 * mTHP as merged) sets none: those are anon_orders' own value.
 */
final class AnonOrders {

    private static final Pattern MARKER = Pattern.compile("\\b(alloc_anon_folio|calc_anonymous_folio_order"
            + "|\\w*anon_folio_order\\w*|vma_alloc_anon_folio\\w*|ANON_FOLIO_\\w*ORDER\\w*)\\b");
    /**
     * Code that takes the orders to try from the sysfs-enabled masks (mTHP as merged in 6.8): the orders
     * are the administrator's (anon_orders, default PMD only), not values the code sets.
     */
    private static final Pattern ENABLED_ORDERS = Pattern.compile("\\b(thp_vma_allowable_orders|thp_vma_suitable_orders"
            + "|huge_anon_orders_\\w+|__thp_vma_allowable_orders|TVA_\\w+)\\b");
    private static final String[] FUNCTIONS = { "alloc_anon_folio", "calc_anonymous_folio_order",
            "do_anonymous_page" };
    private static final Pattern ORDER_LOOP = Pattern.compile("for\\s*\\([^;]*;\\s*order\\b|\\border\\s*(--|-=)"
            + "|\\b(highest_order|next_order)\\s*\\(|--order\\b|\\border\\s*=\\s*min\\(");
    private static final Pattern ORDER_GT = Pattern.compile("\\border\\s*(>|>=)\\s*(\\d+)");
    private static final Pattern ORDER1_TO_0 = Pattern.compile("\\border\\s*==\\s*1\\b");
    private static final Pattern CAP = Pattern.compile("^\\s*#\\s*define\\s+\\w*ANON\\w*ORDER\\w*\\s+\\(?(\\d+)\\)?");

    private AnonOrders() {
    }

    static KnobChange read(HunkView h) {
        if (!h.pathIs("mm/memory.c", "mm/huge_memory.c", "include/linux/huge_mm.h")) {
            return null;
        }
        int marker = Markers.firstAdded(h, MARKER);
        int loop = Markers.firstAdded(h, ORDER_LOOP);
        boolean scoped = loop >= 0 && h.inScope(loop, FUNCTIONS) == 1;
        if (loop < 0 || marker < 0 && !scoped) {
            return null;
        }
        int min = 2;
        boolean excludesOne = false;
        int max = 9;
        for (int i = 0; i < h.size(); i++) {
            if (h.removed(i)) {
                continue;
            }
            String t = h.text(i);
            Matcher g = ORDER_GT.matcher(t);
            if (g.find() && h.added(i)) {
                int bound = Integer.parseInt(g.group(2)) + (g.group(1).equals(">") ? 1 : 0);
                if (bound >= 1 && bound <= 2) {
                    min = bound;
                }
            }
            excludesOne |= ORDER1_TO_0.matcher(t).find() && i + 1 < h.size() && h.text(i + 1).matches(
                    "\\s*order\\s*=\\s*0\\s*;.*");
            Matcher cap = CAP.matcher(t);
            if (cap.find() && h.added(i)) {
                max = Math.min(9, Integer.parseInt(cap.group(1)));
            }
        }
        if (excludesOne) {
            min = 2;
        }
        if (min > max) {
            return null;
        }
        double c = marker >= 0 && scoped ? 0.7 : 0.6;
        int line = marker >= 0 ? marker : loop;
        if (min == 1) {
            return new KnobChange("thp_orders_all_anon", Knobs.info("thp_orders_all_anon").defaultValue(), "1-9",
                    h.fileLine(line), h.evidence(line), "anon-folio-orders", c);
        }
        if (Markers.added(h, ENABLED_ORDERS) > 0) {
            return null; // the orders tried are the enabled ones: no order range of its own
        }
        long mask = 1L << 9;
        for (int o = min; o <= max; o++) {
            mask |= 1L << o;
        }
        String v = Knobs.formatOrders(mask);
        String old = Knobs.info("anon_orders").defaultValue();
        return v.equals(old) ? null
                : new KnobChange("anon_orders", old, v, h.fileLine(line), h.evidence(line), "anon-folio-orders", c);
    }
}
