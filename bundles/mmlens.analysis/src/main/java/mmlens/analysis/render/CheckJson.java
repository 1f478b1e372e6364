package mmlens.analysis.render;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Diagnostic;
import mmlens.model.Effect;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/**
 * The {@code mmlens check --format json} document: the {@code mmlens map} document ({@link MappingJson})
 * plus, per series, {@code check} (engine version, seeds, suites, notes), {@code effects[]} and
 * {@code findings[]} (new on the patched side), {@code fixedFindings[]} (on the baseline, gone after the
 * series), and per hunk the ids of the significant effects and findings it caused and fixed.
 * Shape in the bundle's JSON.md. Numbers are rounded to 4 decimals so output is stable text.
 */
public final class CheckJson {
    private CheckJson() {
    }

    public static String render(List<PatchSeries> series, List<Diagnostic> unattached) {
        return MappingJson.write(MappingJson.tree(series, unattached, new MappingJson.Extension() {
            @Override
            public void series(PatchSeries s, ObjectNode node) {
                CheckJson.series(s, node);
            }

            @Override
            public void hunk(Hunk h, ObjectNode node) {
                CheckJson.hunk(h, node);
            }
        }));
    }

    static ImpactResult result(PatchSeries s) {
        return SeriesMapper.find(s.getAnnotations(), ImpactResult.class);
    }

    private static void series(PatchSeries s, ObjectNode node) {
        ImpactResult r = result(s);
        ObjectNode check = node.putObject("check");
        ArrayNode effects = node.putArray("effects");
        ArrayNode findings = node.putArray("findings");
        ArrayNode fixed = node.putArray("fixedFindings");
        if (r == null) {
            check.putNull("engineVersion");
            check.put("seeds", 0);
            check.putArray("suites");
            check.putArray("notes").add("not checked");
            return;
        }
        check.put("engineVersion", r.getEngineVersion());
        check.put("seeds", r.getSeeds());
        r.getSuites().forEach(check.putArray("suites")::add);
        r.getNotes().forEach(check.putArray("notes")::add);
        for (Effect e : r.getEffects()) {
            ObjectNode o = effects.addObject();
            o.put("id", e.getId());
            o.put("metric", e.getMetric());
            o.put("scenario", e.getScenario());
            side(o.putObject("baseline"), e.getBaselineMean(), e.getBaselineCi95());
            side(o.putObject("patched"), e.getPatchedMean(), e.getPatchedCi95());
            num(o, "change_pct", e.getChangePct());
            o.put("verdict", e.getVerdict().getLiteral());
            ArrayNode hs = o.putArray("hunks");
            e.getHunks().forEach(h -> hs.add(HunkIds.of(h)));
            ArrayNode ps = o.putArray("patches");
            e.getPatches().forEach(p -> ps.add(p.getIndex()));
            o.put("explanation", e.getExplanation());
        }
        for (Finding f : r.getFixedFindings()) {
            finding(fixed.addObject(), f);
        }
        for (Finding f : r.getFindings()) {
            finding(findings.addObject(), f);
        }
    }

    private static void finding(ObjectNode o, Finding f) {
        o.put("id", f.getId());
        o.put("kind", f.getKind());
        o.put("severity", f.getSeverity().getLiteral());
        o.put("message", f.getMessage());
        o.put("scenario", f.getScenario());
        o.put("seed", f.getSeed());
        ArrayNode hs = o.putArray("hunks");
        f.getHunks().forEach(h -> hs.add(HunkIds.of(h)));
        ArrayNode ps = o.putArray("patches");
        f.getPatches().forEach(p -> ps.add(p.getIndex()));
        ArrayNode t = o.putArray("trace");
        f.getTrace().forEach(t::add);
    }

    private static void hunk(Hunk h, ObjectNode node) {
        ArrayNode effects = node.putArray("effects");
        ArrayNode findings = node.putArray("findings");
        ArrayNode fixed = node.putArray("fixedFindings");
        PatchSeries s = seriesOf(h);
        ImpactResult r = s == null ? null : result(s);
        if (r == null) {
            return;
        }
        for (Effect e : r.getEffects()) {
            if (e.getVerdict() != Verdict.NEUTRAL && e.getHunks().contains(h)) {
                effects.add(e.getId());
            }
        }
        for (Finding f : r.getFindings()) {
            if (f.getHunks().contains(h)) {
                findings.add(f.getId());
            }
        }
        for (Finding f : r.getFixedFindings()) {
            if (f.getHunks().contains(h)) {
                fixed.add(f.getId());
            }
        }
    }

    static PatchSeries seriesOf(Hunk h) {
        if (h.eContainer() == null || h.eContainer().eContainer() == null) {
            return null;
        }
        Patch p = (Patch) h.eContainer().eContainer();
        return p.eContainer() instanceof PatchSeries s ? s : null;
    }

    private static void side(ObjectNode o, double mean, double ci) {
        num(o, "mean", mean);
        num(o, "ci95", ci);
    }

    static void num(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, Math.round(v * 10000.0) / 10000.0);
        }
    }
}
