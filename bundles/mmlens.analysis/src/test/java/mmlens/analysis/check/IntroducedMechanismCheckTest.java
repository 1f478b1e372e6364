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

    private static Effect effect(ImpactResult r, String metric) {
        return r.getEffects().stream().filter(e -> e.getMetric().equals(metric) && e.getVerdict() != Verdict.NEUTRAL)
                .findFirst().orElseThrow(() -> new AssertionError(metric + " changed in no scenario: "
                        + r.getEffects().stream().map(Effect::getId).toList()));
    }
}
