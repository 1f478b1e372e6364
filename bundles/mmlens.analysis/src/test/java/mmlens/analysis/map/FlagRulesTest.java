package mmlens.analysis.map;

import static mmlens.analysis.map.KnobReadersTest.assertNone;
import static mmlens.analysis.map.KnobReadersTest.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The ALLOC_* mask readers: each test of {@code alloc_flags} read from the statement it guards,
 * inside its function, both ways; the same test elsewhere, or with a flag the engine lacks, is none.
 */
class FlagRulesTest {
    private static final String PA = "mm/page_alloc.c";
    private static final String BUDDY = "struct page *rmqueue_buddy(struct zone *preferred_zone, struct zone *zone,";
    private static final String WMARK = "bool __zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,";
    private static final String GPFL = "get_page_from_freelist(gfp_t gfp_mask, unsigned int order, int alloc_flags,";

    @Test
    void theLastResortMaskOfRmqueueBuddy() {
        KnobChange c = assertOne("highatomic_fallback_flags", "ALLOC_OOM", "ALLOC_OOM|ALLOC_NON_BLOCK", PA, BUDDY,
                " \t\t\tpage = __rmqueue(zone, order, migratetype, alloc_flags);", " ",
                "-\t\t\tif (!page && (alloc_flags & ALLOC_OOM))",
                "+\t\t\tif (!page && (alloc_flags & (ALLOC_NON_BLOCK | ALLOC_OOM)))",
                " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);", " ");
        assertEquals(1.0, c.confidence());
        // one more flag for the last resort; dropping every flag is the mask 0
        assertOne("highatomic_fallback_flags", "ALLOC_OOM|ALLOC_NON_BLOCK", "ALLOC_OOM|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE",
                PA, BUDDY, "-\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK)))",
                "+\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE)))",
                " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);");
    }

    @Test
    void theFirstTryMaskIsTheTestWithoutNoPage() {
        assertOne("highatomic_first_flags", "ALLOC_HIGHATOMIC", "ALLOC_OOM|ALLOC_HIGHATOMIC", PA, BUDDY,
                "-\t\tif (alloc_flags & ALLOC_HIGHATOMIC)", "+\t\tif (alloc_flags & (ALLOC_HIGHATOMIC|ALLOC_OOM))",
                " \t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);", " \t\tif (!page) {");
    }

    @Test
    void theReserveAndWatermarkMasks() {
        assertOne("highatomic_reserve_flags", "ALLOC_HIGHATOMIC", "ALLOC_NON_BLOCK|ALLOC_HIGHATOMIC", PA, GPFL,
                " \t\t\tprep_new_page(page, order, gfp_mask, alloc_flags);", " ",
                "-\t\t\tif (unlikely(alloc_flags & ALLOC_HIGHATOMIC))",
                "+\t\t\tif (unlikely(alloc_flags & (ALLOC_HIGHATOMIC | ALLOC_NON_BLOCK)))",
                " \t\t\t\treserve_highatomic_pageblock(page, order, zone);");
        assertOne("wmark_highatomic_flags", "ALLOC_OOM|ALLOC_HIGHATOMIC", "ALLOC_HIGHATOMIC", PA, WMARK,
                "-\t\tif ((alloc_flags & (ALLOC_HIGHATOMIC|ALLOC_OOM)) &&",
                "+\t\tif ((alloc_flags & ALLOC_HIGHATOMIC) &&",
                " \t\t    !free_area_empty(area, MIGRATE_HIGHATOMIC))", " \t\t\treturn true;");
    }

    /**
     * Before linux 6.3 these tests named ALLOC_HARDER, which 6.3 rewrote to ALLOC_HIGHATOMIC there: an
     * older patch's mask reads in 6.18's terms, with a note; the last-resort test (ALLOC_OOM's, which
     * 6.3 did not rewrite so) does not translate it.
     */
    @Test
    void allocHarderOfOlderKernelsReadsAsHighatomic() {
        KnobChange c = assertOne("highatomic_first_flags", "ALLOC_HIGHATOMIC", "ALLOC_OOM|ALLOC_HIGHATOMIC", PA, BUDDY,
                "-\t\tif (alloc_flags & ALLOC_HARDER)", "+\t\tif (alloc_flags & (ALLOC_HARDER|ALLOC_OOM))",
                " \t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);", " \t\tif (!page) {");
        org.junit.jupiter.api.Assertions.assertTrue(c.evidence().contains("read as ALLOC_HIGHATOMIC")
                || String.valueOf(c).contains("read as ALLOC_HIGHATOMIC"), c.toString());
        // the 6.1 form of the reserve test and its 6.3 rewrite: no change
        assertNone(PA, GPFL, "-\t\t\tif (unlikely(order && (alloc_flags & ALLOC_HARDER)))",
                "+\t\t\tif (unlikely(alloc_flags & ALLOC_HIGHATOMIC))", " \t\t\t\treserve_highatomic_pageblock(page, zone, order);");
    }

    /** A test added beside the mask that excludes a flag ("&& !(alloc_flags & ALLOC_PCPLIST)") is not a new mask. */
    @Test
    void anExclusionBesideTheMaskIsNotTheMask() {
        assertNone(PA, GPFL, " \t\t\tprep_new_page(page, order, gfp_mask, alloc_flags);",
                "-\t\t\tif (unlikely(alloc_flags & ALLOC_HIGHATOMIC))",
                "+\t\t\tif (unlikely(alloc_flags & ALLOC_HIGHATOMIC)",
                "+\t\t\t\t&& unlikely(!(alloc_flags & ALLOC_PCPLIST)))",
                " \t\t\t\treserve_highatomic_pageblock(page, order, zone);");
    }

    @Test
    void allocReservesFromItsDefinitionAndAsAMaskOperand() {
        assertOne("alloc_reserves", "ALLOC_OOM|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC",
                "ALLOC_OOM|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC", "mm/internal.h", "",
                "-#define ALLOC_RESERVES (ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC|ALLOC_OOM)",
                "+#define ALLOC_RESERVES (ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC|ALLOC_OOM)");
        // ALLOC_RESERVES inside a mask stands for 6.18's definition
        assertOne("highatomic_fallback_flags", "ALLOC_OOM|ALLOC_NON_BLOCK",
                "ALLOC_OOM|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC", PA, BUDDY,
                "-\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK)))",
                "+\t\t\tif (!page && (alloc_flags & ALLOC_RESERVES))",
                " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);");
    }

    @Test
    void theSameTestWhereItGuardsSomethingElseOrNamesAFlagTheEngineLacksIsNone() {
        // the slow path's test of ALLOC_OOM guards no highatomic take
        assertNone(PA, "__alloc_pages_slowpath(gfp_t gfp_mask, unsigned int order,",
                "-\tif (alloc_flags & ALLOC_OOM)", "+\tif (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK))",
                " \t\tgoto nopage;");
        // the right statement in another function
        assertNone(PA, "static int unreserve_highatomic_pageblock(const struct alloc_context *ac,",
                "-\t\tif (!page && (alloc_flags & ALLOC_OOM))", "+\t\tif (!page && (alloc_flags & ALLOC_NON_BLOCK))",
                " \t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);");
        // a new flag of the patch: not a mask the engine can run
        assertNone(PA, BUDDY, "-\t\t\tif (!page && (alloc_flags & ALLOC_OOM))",
                "+\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NET_RX)))",
                " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);");
        // the same mask reordered is no change
        assertNone(PA, BUDDY, "-\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK)))",
                "+\t\t\tif (!page && (alloc_flags & (ALLOC_NON_BLOCK|ALLOC_OOM)))",
                " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);");
    }
}
