package mmlens.analysis.render;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.KnobChange;
import mmlens.model.KnobSetting;
import mmlens.model.NamedIdentifier;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/**
 * The {@code mmlens map --format json} document (shape in the bundle's JSON.md, section
 * "mmlens map"): per series its coverage and configurations, per patch, file and hunk the
 * mapping. {@code mmlens check} extends the same objects ({@link #series}, {@link #hunk}).
 */
public final class MappingJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingJson() {
    }

    /** Pretty-printed JSON text of mapped series, ending with a line end. */
    public static String render(List<PatchSeries> series, List<Diagnostic> unattached) {
        return write(tree(series, unattached, null));
    }

    static String write(com.fasterxml.jackson.databind.JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of a tree cannot fail", e);
        }
    }

    /** Extra keys a caller adds per series and per hunk (the check's effects and findings). */
    interface Extension {
        void series(PatchSeries s, ObjectNode node);

        void hunk(Hunk h, ObjectNode node);
    }

    static ObjectNode tree(List<PatchSeries> series, List<Diagnostic> unattached, Extension ext) {
        ObjectNode root = series.isEmpty() ? empty() : series(series.get(0), ext);
        ArrayNode diags = (ArrayNode) root.get("diagnostics");
        unattached.forEach(d -> diags.add(SeriesJson.diagnostic(d)));
        ArrayNode more = root.putArray("additionalSeries");
        for (PatchSeries s : series.subList(Math.min(1, series.size()), series.size())) {
            more.add(series(s, ext));
        }
        return root;
    }

    private static ObjectNode empty() {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.putNull("series");
        ObjectNode cov = doc.putObject("coverage");
        cov.put("hunks", 0);
        cov.put("mapped", 0);
        doc.putArray("baseline");
        doc.putArray("knobs");
        doc.putArray("namedIdentifiers");
        doc.putArray("patches");
        doc.putArray("diagnostics");
        return doc;
    }

    static ObjectNode series(PatchSeries s, Extension ext) {
        SeriesMapping sm = SeriesMapper.find(s.getAnnotations(), SeriesMapping.class);
        ObjectNode doc = MAPPER.createObjectNode();
        ObjectNode head = doc.putObject("series");
        head.put("title", s.getTitle());
        head.put("version", s.getVersion());
        s.getSources().forEach(head.putArray("sources")::add);
        ObjectNode cov = doc.putObject("coverage");
        cov.put("hunks", sm == null ? 0 : sm.getHunks());
        cov.put("mapped", sm == null ? 0 : sm.getMapped());
        ArrayNode base = doc.putArray("baseline");
        ArrayNode knobs = doc.putArray("knobs");
        ArrayNode named = doc.putArray("namedIdentifiers");
        if (sm != null) {
            for (KnobSetting k : sm.getBaseline()) {
                ObjectNode o = base.addObject();
                o.put("name", k.getKnob());
                o.put("value", k.getValue());
            }
            for (KnobSetting k : sm.getSettings()) {
                ObjectNode o = knobs.addObject();
                o.put("name", k.getKnob());
                o.put("value", k.getValue());
                if (k.getPatch() == null) {
                    o.putNull("patch");
                } else {
                    o.put("patch", k.getPatch().getIndex());
                }
            }
            for (NamedIdentifier n : sm.getNamedIdentifiers()) {
                ObjectNode o = named.addObject();
                o.put("name", n.getName());
                o.put("kind", n.getKind());
                o.put("mechanism", n.getMechanism());
                o.put("where", n.getWhere());
                o.put("note", "named in the text, not in a diff");
            }
        }
        ArrayNode patches = doc.putArray("patches");
        for (Patch p : s.getPatches()) {
            patches.add(patch(p, ext));
        }
        if (ext != null) {
            ext.series(s, doc);
        }
        ArrayNode diags = doc.putArray("diagnostics");
        s.getDiagnostics().forEach(d -> diags.add(SeriesJson.diagnostic(d)));
        return doc;
    }

    private static ObjectNode patch(Patch p, Extension ext) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", p.getIndex());
        o.put("subject", p.getSubject());
        int hunks = 0;
        int mapped = 0;
        ArrayNode files = MAPPER.createArrayNode();
        for (FileDiff f : p.getFiles()) {
            ObjectNode fo = files.addObject();
            fo.put("path", f.getNewPath() != null ? f.getNewPath() : f.getOldPath());
            ArrayNode hs = fo.putArray("hunks");
            for (Hunk h : f.getHunks()) {
                ObjectNode ho = hunk(h);
                if (ext != null) {
                    ext.hunk(h, ho);
                }
                hs.add(ho);
                hunks++;
                if (ho.get("unmodelled").isNull()) {
                    mapped++;
                }
            }
        }
        ObjectNode cov = o.putObject("coverage");
        cov.put("hunks", hunks);
        cov.put("mapped", mapped);
        o.set("files", files);
        return o;
    }

    /** The JSON of one hunk's mapping, as text (for comparing mappings). */
    public static String hunkJson(Hunk h) {
        return hunk(h).toString();
    }

    static ObjectNode hunk(Hunk h) {
        HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", HunkIds.of(h));
        o.put("header", "@@ -" + h.getOldStart() + "," + h.getOldCount() + " +" + h.getNewStart() + ","
                + h.getNewCount() + " @@");
        o.put("line", h.getSourceLine());
        ArrayNode mech = o.putArray("mechanisms");
        ArrayNode knobs = o.putArray("knobs");
        ArrayNode ev = MAPPER.createArrayNode();
        if (m == null) {
            o.putNull("function");
            o.putNull("variant");
            o.put("unmodelled", "not mapped");
            o.set("evidence", ev);
            o.put("confidence", 0.0);
            o.putNull("mainline");
            return o;
        }
        o.put("function", m.getFunction() == null || m.getFunction().isEmpty() ? null : m.getFunction());
        o.put("functionSource", m.getFunctionSource());
        m.getMechanisms().forEach(mech::add);
        for (KnobChange k : m.getKnobChanges()) {
            ObjectNode ko = knobs.addObject();
            ko.put("name", k.getKnob());
            ko.put("old", k.getOldValue());
            ko.put("new", k.getNewValue());
            ko.put("line", k.getLine());
            ko.put("evidence", k.getEvidence());
        }
        o.put("variant", m.getVariant());
        o.put("unmodelled", m.getUnmodelled());
        m.getEvidence().forEach(ev::add);
        o.set("evidence", ev);
        o.put("confidence", Math.round(m.getConfidence() * 100) / 100.0);
        o.put("mainline", m.getMainline());
        return o;
    }
}
