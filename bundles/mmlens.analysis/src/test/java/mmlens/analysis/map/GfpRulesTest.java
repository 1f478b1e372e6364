package mmlens.analysis.map;

import static mmlens.analysis.map.VariantReadersTest.none;
import static mmlens.analysis.map.VariantReadersTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The kswapd-node-skip and highatomic-min-reserve readers on the shapes of the 6.18 code and of
 * hand-made edits around it: each direction of the switch, and edits that are no switch.
 */
class GfpRulesTest {

    private static final String PA = "mm/page_alloc.c";
    private static final String GPFF = "get_page_from_freelist(gfp_t gfp_mask, unsigned int order, int alloc_flags,";
    private static final String GTAF = "gfp_to_alloc_flags(gfp_t gfp_mask, unsigned int order)";

    @Test
    void theKswapdSkipPassBothWays() {
        String[] body = { " \tstruct pglist_data *last_pgdat = NULL;", "+\tbool skip_kswapd_nodes = nr_online_nodes > 1;",
                "+\tbool skipped_kswapd_nodes = false;", " \tbool last_pgdat_dirty_ok = false;" };
        KnobChange c = one(PA, GPFF, body);
        assertEquals("kswapd_node_skip", c.knob());
        assertEquals("v6.12", c.oldValue());
        assertEquals("v6.18", c.newValue());
        assertEquals("kswapd-node-skip", c.variant());
        assertEquals("bool skip_kswapd_nodes = nr_online_nodes > 1;", c.evidence());
        assertEquals(0.9, c.confidence());
        KnobChange r = one(PA, GPFF, KnobReadersTest.reverse(body));
        assertEquals("v6.18", r.oldValue());
        assertEquals("v6.12", r.newValue());
    }

    @Test
    void anEditOfTheSkipPassIsNotASwitch() {
        none(PA, GPFF, "-\t\tif (skip_kswapd_nodes &&", "+\t\tif (skip_kswapd_nodes && !(alloc_flags & ALLOC_OOM) &&",
                " \t\t    nr_online_nodes > 1 &&");
        none("arch/x86/mm/numa.c", null, "+\tbool skip_kswapd_nodes = true;");
    }

    @Test
    void theHighatomicConditionBothWays() {
        String[] body = { " \t\t\talloc_flags |= ALLOC_NON_BLOCK;", " ", "-\t\t\tif (order > 0)",
                "+\t\t\tif (order > 0 && (alloc_flags & ALLOC_MIN_RESERVE))",
                " \t\t\t\talloc_flags |= ALLOC_HIGHATOMIC;", " \t\t}" };
        KnobChange c = one(PA, GTAF, body);
        assertEquals("alloc_highatomic", c.knob());
        assertEquals("v6.12", c.oldValue());
        assertEquals("v6.18", c.newValue());
        assertEquals("highatomic-min-reserve", c.variant());
        assertEquals(1.0, c.confidence(), "read inside gfp_to_alloc_flags()");
        KnobChange r = one(PA, GTAF, KnobReadersTest.reverse(body));
        assertEquals("v6.18", r.oldValue());
        assertEquals("v6.12", r.newValue());
    }

    @Test
    void aConditionOverSeveralLinesAndGfpHighAreRead() {
        KnobChange c = one(PA, GTAF, "-\t\t\tif (order > 0)", "+\t\t\tif (order > 0 &&",
                "+\t\t\t    (gfp_mask & __GFP_HIGH))", " \t\t\t\talloc_flags |= ALLOC_HIGHATOMIC;");
        assertEquals("v6.18", c.newValue());
        assertTrue(c.evidence().startsWith("if (order > 0 &&"), c.evidence());
    }

    @Test
    void otherConditionsNearTheFlagAreNotTheSwitch() {
        // the flag is not what the if guards
        none(PA, GTAF, "-\t\t\tif (order > 0)", "+\t\t\tif (order > 0 && (alloc_flags & ALLOC_MIN_RESERVE))",
                " \t\t\t\talloc_flags |= ALLOC_NON_BLOCK;");
        // the same test on both sides, only the body's layout changed
        none(PA, GTAF, " \t\t\tif (order > 0)", "-\t\t\t\talloc_flags |= ALLOC_HIGHATOMIC;",
                "+\t\t\t\talloc_flags |= ALLOC_HIGHATOMIC; /* reserve */");
    }
}
