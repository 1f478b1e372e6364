package mmlens.analysis.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.Effect;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;
import mmlens.model.Verdict;

/**
 * The parsed series-v2 test mbox with a hand-made impact result: an error finding on the first hunk
 * of patch 1, a worse and a better effect on the first hunk of the last patch, and a neutral one.
 */
final class ReportFixture {
    private ReportFixture() {
    }

    static ParseResult parsed() throws IOException {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/mmlens/analysis/parse/series-v2.mbox")) {
            return new PatchParser().parse("series-v2.mbox", new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    static ParseResult checked() throws IOException {
        ParseResult r = parsed();
        PatchSeries s = r.series().get(0);
        MmlensFactory f = MmlensFactory.eINSTANCE;
        ImpactResult ir = f.createImpactResult();
        ir.setEngineVersion("0.1.0");
        ir.setSeeds(2);
        ir.getSuites().add("fragmentation");
        Patch first = s.getPatches().get(0);
        Patch last = s.getPatches().get(s.getPatches().size() - 1);
        Hunk h1 = first.getFiles().get(0).getHunks().get(0);
        Hunk h2 = last.getFiles().get(0).getHunks().get(0);
        ir.getFindings().add(finding("fragmentation/mixed-churn/oom", "oom",
                "order-0 allocation failed\nwith free pages left", "fragmentation/mixed-churn", 7, h1));
        ir.getEffects().add(effect("fragmentation/mixed-churn/pageblock_claims", "pageblock_claims", Verdict.WORSE, h2));
        ir.getEffects().add(effect("fragmentation/mixed-churn/extfrag_events", "extfrag_events", Verdict.BETTER, h2));
        ir.getEffects().add(effect("fragmentation/mixed-churn/pgscan", "pgscan", Verdict.NEUTRAL, h2));
        SeriesCheck.attach(s, ir);
        return r;
    }

    /**
     * {@link #checked()} with every effect also attributed to the first hunk of patch 1 (a knob set
     * by several hunks), which the reports then show first.
     */
    static ParseResult checkedWithSharedEffects() throws IOException {
        ParseResult r = checked();
        PatchSeries s = r.series().get(0);
        Hunk first = s.getPatches().get(0).getFiles().get(0).getHunks().get(0);
        for (Effect e : CheckJson.result(s).getEffects()) {
            e.getHunks().add(0, first);
        }
        return r;
    }

    /** An error finding of {@code hunk} (and its patch) in one scenario and seed. */
    static Finding finding(String id, String kind, String message, String scenario, long seed, Hunk hunk) {
        Finding fi = MmlensFactory.eINSTANCE.createFinding();
        fi.setId(id);
        fi.setKind(kind);
        fi.setSeverity(Severity.ERROR);
        fi.setMessage(message);
        fi.setScenario(scenario);
        fi.setSeed(seed);
        fi.getHunks().add(hunk);
        fi.getPatches().add(ReportItems.patchOf(hunk));
        return fi;
    }

    private static Effect effect(String id, String metric, Verdict v, Hunk h) {
        Effect e = MmlensFactory.eINSTANCE.createEffect();
        e.setId(id);
        e.setMetric(metric);
        e.setScenario("fragmentation/mixed-churn");
        e.setBaselineMean(10);
        e.setBaselineCi95(1);
        e.setPatchedMean(v == Verdict.WORSE ? 20 : 5);
        e.setPatchedCi95(1);
        e.setChangePct(v == Verdict.WORSE ? 100 : -50);
        e.setVerdict(v);
        e.getHunks().add(h);
        e.getPatches().add(ReportItems.patchOf(h));
        return e;
    }
}
