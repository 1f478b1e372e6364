package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.analysis.map.KnobRules.KnobRule;
import mmlens.analysis.map.LineRule.Reading;
import mmlens.engine.Knobs;

/**
 * Readers of the engine's {@link Knobs.Kind#FLAGS} knobs: the ALLOC_* masks that tests of
 * {@code alloc_flags} in the allocation path use, each recognised by the statement the test guards
 * (what it decides), inside the function it belongs to, so a patch that gives a different set of
 * requests access to a reserve is read as that knob, from either side of the diff.
 *
 * <p>A mask is what the kernel writes: one flag, or flags or-ed in parentheses. {@code ALLOC_RESERVES}
 * inside a mask stands for 6.18's definition of it. A mask naming a flag the engine does not have
 * (a new ALLOC_* flag of the patch) is no reading: the hunk stays unsimulated for this knob.
 */
final class FlagRules {
    private FlagRules() {
    }

    private static final Pattern TEST = Pattern.compile("\\balloc_flags\\s*&\\s*");
    private static final Pattern FROM_HIGHATOMIC = Pattern.compile("__rmqueue_smallest\\s*\\([^;]*\\bMIGRATE_HIGHATOMIC\\b");
    private static final Pattern RESERVE_CALL = Pattern.compile("\\breserve_highatomic_pageblock\\s*\\(");
    private static final Pattern HIGHATOMIC_LIST = Pattern.compile("\\bfree_area_empty\\s*\\([^;]*\\bMIGRATE_HIGHATOMIC\\b");
    private static final Pattern NO_PAGE = Pattern.compile("!\\s*page\\b");
    private static final Pattern RESERVES_DEFINE = Pattern.compile("^\\s*#\\s*define\\s+ALLOC_RESERVES\\s+(.+)$");

    static List<KnobRule> all() {
        List<KnobRule> r = new ArrayList<>();
        r.add(new KnobRule("highatomic_first_flags",
                guard(FROM_HIGHATOMIC, false, "rmqueue_buddy", true)));
        r.add(new KnobRule("highatomic_fallback_flags",
                guard(FROM_HIGHATOMIC, true, "rmqueue_buddy", false)));
        r.add(new KnobRule("highatomic_reserve_flags", guard(RESERVE_CALL, null, "get_page_from_freelist", true)));
        r.add(new KnobRule("wmark_highatomic_flags", guard(HIGHATOMIC_LIST, null, "__zone_watermark_ok", true)));
        r.add(new KnobRule("alloc_reserves", FlagRules::reservesDefine));
        return r;
    }

    /**
     * A test {@code alloc_flags & MASK} on line i whose statement (the rest of the condition, or
     * the next line of the same side) does {@code what}: the mask. {@code noPage}: whether the
     * condition must also test {@code !page} (true), must not (false), or either (null). Inside
     * {@code function}: confidence 1; function unknown: 0.7; another function: no reading.
     * {@code harderIsHighatomic}: the test is one that linux 6.3 rewrote from ALLOC_HARDER to
     * ALLOC_HIGHATOMIC ("mm/page_alloc: explicitly record high-order atomic allocations in
     * alloc_flags"), so an older patch's ALLOC_HARDER there reads as ALLOC_HIGHATOMIC, with a note.
     */
    private static LineRule guard(Pattern what, Boolean noPage, String function, boolean harderIsHighatomic) {
        return (h, i) -> {
            String t = h.text(i);
            Matcher m = TEST.matcher(t);
            if (!m.find() || !h.pathStartsWith("mm/")) {
                return null;
            }
            if (noPage != null && NO_PAGE.matcher(t.substring(0, m.start())).find() != noPage) {
                return null;
            }
            if (t.substring(0, m.start()).replaceAll("[\\s(]+$", "").endsWith("!")) {
                return null; // !(alloc_flags & X): an exclusion beside the mask, not the mask
            }
            String mask = mask(t, m.end());
            if (mask == null) {
                return null;
            }
            String rest = t.substring(m.end());
            int next = h.nextOnSide(i, h.removed(i));
            if (!what.matcher(rest).find() && (next < 0 || !what.matcher(h.text(next)).find())) {
                return null;
            }
            int scope = h.inScope(i, function);
            if (scope < 0) {
                return null;
            }
            String note = null;
            if (harderIsHighatomic && ("|" + mask + "|").contains("|ALLOC_HARDER|")) {
                mask = ("|" + mask + "|").replace("|ALLOC_HARDER|", "|ALLOC_HIGHATOMIC|").replaceAll("^\\||\\|$", "");
                note = "ALLOC_HARDER, linux before 6.3, read as ALLOC_HIGHATOMIC: 6.3's \"mm/page_alloc: explicitly record"
                        + " high-order atomic allocations in alloc_flags\" gave this test that flag";
            }
            return new Reading(mask, scope == 1 ? 1.0 : 0.7, note);
        };
    }

    /** {@code #define ALLOC_RESERVES (...)}, in mm/internal.h (or a file of unknown path). */
    private static Reading reservesDefine(HunkView h, int i) {
        Matcher m = RESERVES_DEFINE.matcher(h.joined(i));
        if (!m.find() || !h.pathIs("mm/internal.h")) {
            return null;
        }
        String v = names(KnobRules.unparen(m.group(1)));
        return v == null ? null : new Reading(v, 1.0);
    }

    /**
     * The mask operand at {@code from}: one name, or a parenthesised or-list; in the Knobs text
     * form, names as written (the knob canonicalises their order), or null when it is anything else.
     */
    static String mask(String s, int from) {
        String op = HunkView.operandAt(s, from);
        return op == null ? null : names(KnobRules.unparen(op));
    }

    /** {@code A | B | C} of ALLOC_* names (ALLOC_RESERVES expanded) as Knobs text; null for other forms. */
    private static String names(String expr) {
        List<String> out = new ArrayList<>();
        for (String part : expr.split("\\|")) {
            String p = part.strip();
            while (p.startsWith("(") && p.endsWith(")")) {
                p = p.substring(1, p.length() - 1).strip();
            }
            if (!p.matches("ALLOC_\\w+")) {
                return null;
            }
            if (p.equals("ALLOC_RESERVES")) {
                out.add(Knobs.info("alloc_reserves").defaultValue());
            } else {
                out.add(p);
            }
        }
        return out.isEmpty() ? null : String.join("|", out);
    }
}
