package mmlens.analysis.render;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.model.CoverLetter;
import mmlens.model.Diagnostic;
import mmlens.model.DiffStatEntry;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.LineKind;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;
import mmlens.model.Trailer;

/**
 * The {@code mmlens show --format json} document; its shape is specified in the bundle's JSON.md.
 * The top level describes the first series (series, patches, reviewComments, diagnostics); further
 * series, when the inputs held several, follow in {@code additionalSeries} with the same four keys.
 * Diagnostics of inputs that made no series are appended to the top-level diagnostics.
 */
public final class SeriesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SeriesJson() {
    }

    /** Pretty-printed JSON text, ending with a line end. */
    public static String render(List<PatchSeries> series, List<Diagnostic> unattached) {
        try {
            return MAPPER.writeValueAsString(tree(series, unattached)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of a tree cannot fail", e);
        }
    }

    public static ObjectNode tree(List<PatchSeries> series, List<Diagnostic> unattached) {
        ObjectNode root = series.isEmpty() ? document(null) : document(series.get(0));
        ArrayNode diags = (ArrayNode) root.get("diagnostics");
        unattached.forEach(d -> diags.add(diagnostic(d)));
        ArrayNode more = root.putArray("additionalSeries");
        for (PatchSeries s : series.subList(Math.min(1, series.size()), series.size())) {
            more.add(document(s));
        }
        return root;
    }

    private static ObjectNode document(PatchSeries s) {
        ObjectNode doc = MAPPER.createObjectNode();
        ArrayNode patches = MAPPER.createArrayNode();
        ArrayNode comments = MAPPER.createArrayNode();
        ArrayNode diags = MAPPER.createArrayNode();
        if (s == null) {
            doc.putNull("series");
        } else {
            ObjectNode head = doc.putObject("series");
            head.put("title", s.getTitle());
            head.put("version", s.getVersion());
            head.put("rfc", s.isRfc());
            head.put("total", s.getTotal());
            cover(head, s.getCoverLetter());
            head.put("baseCommit", s.getBaseCommit());
            head.put("changeId", s.getChangeId());
            s.getPrerequisiteIds().forEach(head.putArray("prerequisiteIds")::add);
            s.getSources().forEach(head.putArray("sources")::add);
            diffstat(head.putArray("diffstat"), s.getDiffstat());
            s.getPatches().forEach(p -> patches.add(patch(p)));
            s.getReviewComments().forEach(c -> comments.add(comment(c)));
            s.getDiagnostics().forEach(d -> diags.add(diagnostic(d)));
        }
        doc.set("patches", patches);
        doc.set("reviewComments", comments);
        doc.set("diagnostics", diags);
        return doc;
    }

    private static void cover(ObjectNode head, CoverLetter c) {
        if (c == null) {
            head.putNull("coverLetter");
            return;
        }
        ObjectNode o = head.putObject("coverLetter");
        o.put("subject", c.getSubject());
        o.put("author", c.getAuthor());
        o.put("date", c.getDate());
        o.put("messageId", c.getMessageId());
        o.put("text", c.getText());
    }

    private static ObjectNode patch(Patch p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", p.getIndex());
        o.put("subject", p.getSubject());
        o.put("author", p.getAuthor());
        o.put("date", p.getDate());
        o.put("messageId", p.getMessageId());
        o.put("inReplyTo", p.getInReplyTo());
        o.put("origin", p.getOrigin().getLiteral());
        p.getTags().forEach(o.putArray("tags")::add);
        o.put("commitMessage", p.getCommitMessage());
        ArrayNode trailers = o.putArray("trailers");
        for (Trailer t : p.getTrailers()) {
            ObjectNode to = trailers.addObject().put("key", t.getKey()).put("value", t.getValue());
            if (t.getReplyMessageId() == null && t.getReplyAuthor() == null) {
                to.putNull("reply");
            } else {
                to.putObject("reply").put("messageId", t.getReplyMessageId()).put("author", t.getReplyAuthor())
                        .put("cover", t.isViaCover());
            }
        }
        diffstat(o.putArray("diffstat"), p.getDiffstat());
        ArrayNode files = o.putArray("files");
        for (FileDiff f : p.getFiles()) {
            ObjectNode fo = files.addObject();
            fo.put("oldPath", f.getOldPath());
            fo.put("newPath", f.getNewPath());
            fo.put("kind", f.getKind().getLiteral());
            fo.put("binary", f.isBinary());
            fo.put("partial", f.isPartial());
            fo.put("oldMode", f.getOldMode());
            fo.put("newMode", f.getNewMode());
            fo.put("similarity", f.getSimilarity());
            fo.put("added", f.getAdded());
            fo.put("removed", f.getRemoved());
            ArrayNode hunks = fo.putArray("hunks");
            for (Hunk h : f.getHunks()) {
                hunks.add(hunk(h));
            }
        }
        return o;
    }

    private static ObjectNode hunk(Hunk h) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("oldStart", h.getOldStart());
        o.put("oldCount", h.getOldCount());
        o.put("newStart", h.getNewStart());
        o.put("newCount", h.getNewCount());
        o.put("function", h.getFunction());
        o.put("added", h.getLines().stream().filter(l -> l.getKind() == LineKind.ADDED).count());
        o.put("removed", h.getLines().stream().filter(l -> l.getKind() == LineKind.REMOVED).count());
        o.put("line", h.getSourceLine());
        return o;
    }

    private static void diffstat(ArrayNode a, List<DiffStatEntry> entries) {
        for (DiffStatEntry e : entries) {
            a.addObject().put("path", e.getPath()).put("changes", e.getChanges()).put("binary", e.isBinary());
        }
    }

    private static ObjectNode comment(ReviewComment c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("author", c.getAuthor());
        if (c.getPatch() == null) {
            o.putNull("patch");
        } else {
            o.put("patch", c.getPatch().getIndex());
        }
        FileDiff f = c.getFile();
        o.put("file", f == null ? null : f.getNewPath() != null ? f.getNewPath() : f.getOldPath());
        o.put("hunk", c.getHunk() == null ? null : SeriesText.header(c.getHunk()));
        if (c.getLine() == null) {
            o.putNull("anchor");
        } else {
            o.putObject("anchor").put("kind", c.getLine().getKind().getLiteral()).put("oldLine", c.getLine().getOldNumber())
                    .put("newLine", c.getLine().getNewNumber()).put("text", c.getLine().getText());
        }
        o.put("quoteDepth", c.getQuoteDepth());
        o.put("text", c.getText());
        o.put("quote", c.getQuote());
        o.put("line", c.getSourceLine());
        return o;
    }

    static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("severity", d.getSeverity().getLiteral());
        o.put("file", d.getFile());
        o.put("line", d.getLine());
        o.put("code", d.getCode());
        o.put("message", d.getMessage());
        return o;
    }
}
