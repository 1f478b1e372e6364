package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/** Runs are shared only between configurations equal in the knobs a scenario reads. */
class KnobScopeTest {

    private static final Knobs BOTH = Knobs.mainline().with("claim_threshold_shift", "2")
            .with("tlb_single_page_flush_ceiling", "16");

    @Test
    void anAllocatorScenarioDoesNotReadMmuKnobs() {
        Scenario s = Scenario.parse("a", "[machine]\nmemory = 256MiB\n[workload]\nops = 10\n"
                + "[stream s]\ngfp = GFP_KERNEL\norders = 0:1\n", null);
        assertEquals("claim_threshold_shift=2", KnobScope.readBy(s, BOTH).toString());
    }

    @Test
    void anMmuScenarioOnTheBuddyReadsBothAndOnTheBitmapOnlyMmuKnobs() {
        Scenario buddy = Scenario.parse("b", "[machine]\nmemory = 256MiB\ncpus = 2\n[phase p]\nkind = anon-faults\n", null);
        assertEquals(BOTH, KnobScope.readBy(buddy, BOTH));
        Scenario bitmap = Scenario.parse("c", "[machine]\nmemory = 256MiB\ncpus = 2\nbackend = bitmap\n"
                + "[phase p]\nkind = anon-faults\n", null);
        assertEquals("tlb_single_page_flush_ceiling=16", KnobScope.readBy(bitmap, BOTH).toString());
    }

    @Test
    void aCombinedEffectIsAttributedOnlyToStepsTheScenarioReads() {
        Scenario alloc = Scenario.parse("a", "[machine]\nmemory = 256MiB\n[workload]\nops = 10\n"
                + "[stream s]\ngfp = GFP_KERNEL\norders = 0:1\n", null);
        Knobs tlb = Knobs.mainline().with("tlb_single_page_flush_ceiling", "16");
        Knobs both = tlb.with("claim_threshold_shift", "2");
        Knobs more = both.with("watermark_scale_factor", "20");
        mmlens.analysis.map.SeriesMapper.Configs c = new mmlens.analysis.map.SeriesMapper.Configs(Knobs.mainline(),
                List.of(new mmlens.analysis.map.SeriesMapper.Step(null, tlb),
                        new mmlens.analysis.map.SeriesMapper.Step(null, both),
                        new mmlens.analysis.map.SeriesMapper.Step(null, more)));
        assertEquals(List.of(2, 3), SeriesCheck.readingSteps(alloc, c, 3), "the TLB step cannot move an allocator scenario");
        assertEquals(List.of(1, 2, 3), SeriesCheck.readingSteps(null, c, 3), "unknown scenario: every step");
    }

    @Test
    void aSmallIndexChangeCarriesNoVerdictEvenWhenConsistent() {
        double[] a = {100, 100, 100, 100, 100};
        double[] small = {105, 105, 105, 105, 104};
        double[] large = {130, 131, 130, 129, 130};
        List<Effect> s = Comparison.compare("x", Map.of("unusable_index.9", a), Map.of("unusable_index.9", small),
                Comparison.Pairing.PAIRED, 1);
        assertEquals(Verdict.NEUTRAL, s.get(0).verdict(), "5/1000 is below one percentage point");
        List<Effect> l = Comparison.compare("x", Map.of("unusable_index.9", a), Map.of("unusable_index.9", large),
                Comparison.Pairing.PAIRED, 1);
        assertEquals(Verdict.WORSE, l.get(0).verdict());
    }
}
