package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.analysis.compare.PatchFacts;
import mmlens.analysis.compare.SeriesComparison;
import mmlens.model.Effect;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/** The {@code mmlens compare --format json} document (bundles/mmlens.analysis/JSON.md). */
public final class CompareJson {
    private CompareJson() {
    }

    public static String render(SeriesComparison.Result r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        series(root.putObject("old"), r.oldSeries(), r.oldCheck());
        series(root.putObject("new"), r.newSeries(), r.newCheck());
        ArrayNode patches = root.putArray("patches");
        for (SeriesComparison.PatchDelta d : r.patches()) {
            ObjectNode o = patches.addObject();
            o.put("match", d.by());
            o.put("similarity", round(d.similarity()));
            o.put("changed", d.changed());
            facts(o, "old", d.old());
            facts(o, "new", d.neu());
            ObjectNode ch = o.putObject("changes");
            if (d.old() != null && d.neu() != null) {
                change(ch, "files", d.old().files(), d.neu().files());
                change(ch, "mechanisms", d.old().mechanisms(), d.neu().mechanisms());
                change(ch, "knobs", d.old().knobs(), d.neu().knobs());
                change(ch, "variants", d.old().variants(), d.neu().variants());
                change(ch, "effects", d.old().effects(), d.neu().effects());
                change(ch, "findings", d.old().findings(), d.neu().findings());
            }
        }
        ObjectNode knobs = root.putObject("knobs");
        r.oldKnobs().forEach(knobs.putArray("old")::add);
        r.newKnobs().forEach(knobs.putArray("new")::add);
        ArrayNode effects = root.putArray("effects");
        for (SeriesComparison.EffectDelta e : r.effects()) {
            ObjectNode o = effects.addObject();
            o.put("id", e.id());
            Effect any = e.neu() != null ? e.neu() : e.old();
            o.put("scenario", any.getScenario());
            o.put("metric", any.getMetric());
            effect(o, "old", e.old());
            effect(o, "new", e.neu());
            o.put("verdictChanged", e.oldVerdict() != e.newVerdict());
        }
        ObjectNode findings = root.putObject("findings");
        r.oldFindings().forEach(findings.putArray("old")::add);
        r.newFindings().forEach(findings.putArray("new")::add);
        return MappingJson.write(root);
    }

    private static void series(ObjectNode o, PatchSeries s, ImpactResult r) {
        o.put("title", s.getTitle());
        o.put("version", s.getVersion());
        ArrayNode src = o.putArray("sources");
        s.getSources().forEach(src::add);
        o.put("patches", s.getPatches().size());
        if (r == null) {
            o.putNull("check");
        } else {
            ObjectNode c = o.putObject("check");
            c.put("engineVersion", r.getEngineVersion());
            c.put("seeds", r.getSeeds());
            r.getSuites().forEach(c.putArray("suites")::add);
            r.getNotes().forEach(c.putArray("notes")::add);
        }
    }

    private static void facts(ObjectNode parent, String key, PatchFacts f) {
        if (f == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode o = parent.putObject(key);
        o.put("index", f.index());
        o.put("subject", f.subject());
        f.files().forEach(o.putArray("files")::add);
        o.put("added", f.added());
        o.put("removed", f.removed());
        o.put("hunks", f.hunks());
        o.put("mapped", f.mapped());
        f.mechanisms().forEach(o.putArray("mechanisms")::add);
        f.knobs().forEach(o.putArray("knobs")::add);
        f.variants().forEach(o.putArray("variants")::add);
        f.effects().forEach(o.putArray("effects")::add);
        f.findings().forEach(o.putArray("findings")::add);
    }

    private static void change(ObjectNode ch, String key, List<String> o, List<String> n) {
        ObjectNode c = ch.putObject(key);
        minus(n, o).forEach(c.putArray("added")::add);
        minus(o, n).forEach(c.putArray("removed")::add);
    }

    private static void effect(ObjectNode parent, String key, Effect e) {
        if (e == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode o = parent.putObject(key);
        side(o.putObject("baseline"), e.getBaselineMean(), e.getBaselineCi95());
        side(o.putObject("patched"), e.getPatchedMean(), e.getPatchedCi95());
        if (Double.isNaN(e.getChangePct())) {
            o.putNull("change_pct");
        } else {
            o.put("change_pct", round(e.getChangePct()));
        }
        o.put("verdict", e.getVerdict().getLiteral());
    }

    private static void side(ObjectNode o, double mean, double ci) {
        if (Double.isNaN(mean)) {
            o.putNull("mean");
        } else {
            o.put("mean", round(mean));
        }
        if (Double.isNaN(ci)) {
            o.putNull("ci95");
        } else {
            o.put("ci95", round(ci));
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    /** The elements of {@code a} not in {@code b}, in {@code a}'s order. */
    static List<String> minus(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.removeAll(b);
        return l;
    }
}
