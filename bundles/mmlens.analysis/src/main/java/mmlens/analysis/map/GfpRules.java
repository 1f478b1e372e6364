package mmlens.analysis.map;

import java.util.regex.Pattern;

import mmlens.analysis.map.LineRule.Reading;

/**
 * Variant readers of the two 6.18 allocation-path behaviours the engine can switch back to 6.12's
 * ({@code Knobs}: {@code kswapd_node_skip}, {@code alloc_highatomic}); recognition from the code
 * each behaviour consists of, either way of the diff.
 */
final class GfpRules {
    private GfpRules() {
    }

    // ---- kswapd-node-skip

    /** The first fast-path pass of get_page_from_freelist() that skips nodes whose kswapd runs. */
    private static final Pattern KSWAPD_SKIP = Pattern.compile("\\b(skip_kswapd_nodes|skipped_kswapd_nodes)\\b");

    /**
     * kswapd_node_skip: the skip pass's flags added on balance (v6.12 → v6.18), or removed
     * (v6.18 → v6.12). Names on both sides are an edit of the pass, not a switch.
     */
    static KnobChange kswapdNodeSkip(HunkView h) {
        if (!h.pathStartsWith("mm/")) {
            return null;
        }
        return SwitchRules.versionSwitch(h, KSWAPD_SKIP, "kswapd_node_skip", "kswapd-node-skip", true,
                "get_page_from_freelist", -1);
    }

    // ---- highatomic-min-reserve

    private static final Pattern SETS_HIGHATOMIC = Pattern.compile("\\balloc_flags\\s*\\|=\\s*ALLOC_HIGHATOMIC\\b");
    private static final Pattern ORDER_ABOVE_0 = Pattern.compile("\\border\\s*>\\s*0\\b|\\border\\s*>=\\s*1\\b");
    private static final Pattern HIGH_REQUEST = Pattern.compile("\\bALLOC_MIN_RESERVE\\b|\\b__GFP_HIGH\\b");

    /**
     * alloc_highatomic from the {@code if} that guards {@code alloc_flags |= ALLOC_HIGHATOMIC} on
     * the same side of the hunk: a test of the order alone is 6.12's (every non-blocking request of
     * order > 0 may reserve highatomic blocks); one that also requires ALLOC_MIN_RESERVE
     * (__GFP_HIGH) is 6.18's. The condition may span lines up to its closing parenthesis.
     */
    static Reading highatomicLine(HunkView h, int i) {
        HunkView.Condition cond = h.ifCondition(i);
        if (cond == null) {
            return null;
        }
        int body = h.nextOnSide(cond.last(), h.removed(i));
        String c = cond.text();
        if (body < 0 || !SETS_HIGHATOMIC.matcher(h.text(body)).find() || !ORDER_ABOVE_0.matcher(c).find()) {
            return null;
        }
        double conf = h.inScope(i, "gfp_to_alloc_flags") == 1 ? 1.0 : 0.8;
        return new Reading(HIGH_REQUEST.matcher(c).find() ? "v6.18" : "v6.12", conf);
    }

    static KnobChange highatomicMinReserve(HunkView h) {
        if (!h.pathStartsWith("mm/")) {
            return null;
        }
        return KnobReaders.pair(h, "alloc_highatomic", GfpRules::highatomicLine, "highatomic-min-reserve");
    }

}
