package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.PatchParser;
import mmlens.analysis.parse.PatchSeriesXmi;
import mmlens.analysis.render.CheckJson;
import mmlens.model.Effect;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/** The check's effects and findings live in the model: an XMI round trip keeps them and their links to hunks. */
class ImpactResultXmiTest {

    @Test
    void effectsAndTheirHunksSurviveAnXmiRoundTrip() throws Exception {
        PatchSeries s = new PatchParser().parse(Path.of("../../releng/examples/fallback-tuning-v2.mbox")).series()
                .get(0);
        SeriesMapper.map(s);
        // 10 seeds: mixed-churn's fallback counts vary too much between seeds for 5 to show the effect
        ImpactResult r = SeriesCheck.run(s, new CheckOptions(10, List.of("fragmentation"), true, 2), CheckMonitor.NONE);
        SeriesCheck.attach(s, r);
        List<Effect> significant = r.getEffects().stream().filter(e -> e.getVerdict() != Verdict.NEUTRAL).toList();
        assertFalse(significant.isEmpty(), "the claim-threshold patch moves fragmentation metrics");
        assertTrue(significant.stream().allMatch(e -> !e.getHunks().isEmpty()), "each names its hunks");
        String before = CheckJson.render(List.of(s), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatchSeriesXmi.save(s, out);
        PatchSeries back = PatchSeriesXmi.load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(before, CheckJson.render(List.of(back), List.of()));
        ImpactResult r2 = SeriesMapper.find(back.getAnnotations(), ImpactResult.class);
        Effect e2 = r2.getEffects().stream().filter(e -> e.getVerdict() != Verdict.NEUTRAL).findFirst().orElseThrow();
        assertTrue(back.getPatches().get(0).getFiles().get(0).getHunks().contains(e2.getHunks().get(0)),
                "the reference points into the loaded series, not at a proxy");
    }
}
