package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.PatchParser;
import mmlens.analysis.parse.SharedFiles;
import mmlens.model.Effect;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/**
 * A real series that brings a mechanism into the kernel (shared/corpus: the v14 unaccepted-memory
 * series, which adds zone->unaccepted_pages, 6.18's design, where the kernel had none) is measured
 * against the kernel before it, not against 6.18 on both sides: the check shows the trade the
 * series was merged for (boot no longer accepts all memory; acceptance moves to allocations).
 */
class IntroducedMechanismCheckTest {

    @Test
    void theUnacceptedMemorySeriesIsMeasuredAgainstEagerAcceptance() {
        PatchSeries s = new PatchParser().parse(SharedFiles.corpus("series/unaccepted-memory-v14.mbox")).series().get(0);
        SeriesMapper.map(s);
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals("eager", c.baseline().get("unaccepted"), c.baseline().toString());
        assertEquals("zone-list", c.patched().get("unaccepted"), c.patched().toString());

        ImpactResult r = SeriesCheck.run(s, new CheckOptions(3, List.of("unaccepted"), true, 2), CheckMonitor.NONE);
        Effect boot = effect(r, "boot_time_ns");
        assertEquals(Verdict.BETTER, boot.getVerdict(), boot.getId());
        Effect atRuntime = effect(r, "accept_ns");
        assertEquals(Verdict.WORSE, atRuntime.getVerdict(), atRuntime.getId());
        assertFalse(boot.getHunks().isEmpty(), "the effect sits on the hunks that add the zone list");
        assertTrue(r.getNotes().stream().noneMatch(n -> n.contains("nothing to simulate")), r.getNotes().toString());
    }

    /**
     * Watermark boosting brought in (a definition of watermark_boost_factor at 6.18's 15000, nothing
     * on the - side): measured against factor 0, on the fragmentation suite as well as reclaim,
     * since a boost follows a fragmenting fallback and its reclaim is what lets later huge
     * allocations succeed without stalling in compaction.
     */
    @Test
    void watermarkBoostingIsMeasuredAgainstNoBoostOnTheFragmentationSuite() {
        PatchSeries s = SeriesCheckTest.parse("boost.diff", "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n"
                + "--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -270,3 +270,4 @@ int min_free_kbytes = 1024;\n"
                + " int user_min_free_kbytes = -1;\n"
                + "+static int watermark_boost_factor __read_mostly = 15000;\n"
                + " static int watermark_scale_factor = 10;\n \n");
        SeriesMapper.map(s);
        assertEquals("0", SeriesMapper.configs(s).baseline().get("watermark_boost_factor"));
        CheckOptions o = new CheckOptions(3, List.of(), false, 2);
        assertEquals(List.of("fragmentation", "reclaim"), SeriesCheck.suiteNames(s, o));
        ImpactResult r = SeriesCheck.run(s, o, CheckMonitor.NONE);
        Effect thp = SeriesCheckTest.effect(r, "fragmentation/mixed-churn", "thp_alloc_success_pct");
        assertEquals(Verdict.BETTER, thp.getVerdict(), thp.getId());
    }

    private static Effect effect(ImpactResult r, String metric) {
        return SeriesCheckTest.effect(r, "unaccepted/boot-first-touch", metric);
    }
}
