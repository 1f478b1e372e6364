package mmlens.analysis.render;

import java.util.List;

import mmlens.model.CoverLetter;
import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.LineKind;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;
import mmlens.model.Trailer;

/**
 * Human-readable summary of parsed series, the {@code mmlens show --format text} output: one
 * block per series with its patches, files and hunk counts, review comments (first line only) and
 * diagnostics as {@code severity file:line [code] message}. Output ends with a line end.
 */
public final class SeriesText {

    private SeriesText() {
    }

    public static String render(List<PatchSeries> series, List<Diagnostic> unattached) {
        StringBuilder out = new StringBuilder();
        for (PatchSeries s : series) {
            series(s, out);
        }
        diagnostics(unattached, out);
        return out.toString();
    }

    private static void series(PatchSeries s, StringBuilder out) {
        out.append("series: ").append(named(s.getTitle())).append(" (v").append(s.getVersion())
                .append(s.isRfc() ? ", RFC" : "").append(", ").append(s.getPatches().size());
        if (s.getTotal() > 0) {
            out.append('/').append(s.getTotal());
        }
        out.append((s.getTotal() > 0 ? s.getTotal() : s.getPatches().size()) == 1 ? " patch)\n" : " patches)\n");
        if (s.getBaseCommit() != null) {
            out.append("  base-commit: ").append(s.getBaseCommit()).append('\n');
        }
        if (s.getChangeId() != null) {
            out.append("  change-id: ").append(s.getChangeId()).append('\n');
        }
        CoverLetter c = s.getCoverLetter();
        if (c != null) {
            out.append("cover letter: ").append(nz(c.getSubject())).append(by(c.getAuthor())).append('\n');
        }
        for (Patch p : s.getPatches()) {
            patch(p, out);
        }
        if (!s.getReviewComments().isEmpty()) {
            out.append("review comments: ").append(s.getReviewComments().size()).append('\n');
            for (ReviewComment rc : s.getReviewComments()) {
                out.append("  ").append(rc.getAuthor() == null ? "(unknown)" : rc.getAuthor()).append(" on ")
                        .append(rc.getFile() == null ? "(no hunk)" : path(rc.getFile()))
                        .append(rc.getHunk() == null ? "" : " " + header(rc.getHunk())).append(": ")
                        .append(firstLine(rc.getText())).append('\n');
            }
        }
        diagnostics(s.getDiagnostics(), out);
        out.append('\n');
    }

    /** {@code "  (reply <id> from X, to the cover letter)"} for a follow-up trailer, else "". */
    static String replyOf(Trailer t) {
        if (t.getReplyMessageId() == null && t.getReplyAuthor() == null) {
            return "";
        }
        return "  (reply" + (t.getReplyMessageId() == null ? "" : " <" + t.getReplyMessageId() + ">")
                + (t.getReplyAuthor() == null ? "" : " from " + t.getReplyAuthor())
                + (t.isViaCover() ? ", to the cover letter" : "") + ")";
    }

    private static void patch(Patch p, StringBuilder out) {
        out.append("[").append(p.getIndex()).append("] ").append(named(p.getSubject())).append(by(p.getAuthor()))
                .append(" (").append(p.getOrigin().getLiteral()).append(")\n");
        for (Trailer t : p.getTrailers()) {
            out.append("    ").append(t.getKey()).append(": ").append(t.getValue()).append(replyOf(t)).append('\n');
        }
        for (FileDiff f : p.getFiles()) {
            out.append("  ").append(f.getKind().getLiteral()).append(' ').append(path(f)).append("  +")
                    .append(f.getAdded()).append(" -").append(f.getRemoved()).append(f.isBinary() ? " binary" : "")
                    .append(f.isPartial() ? " (partial)" : "").append('\n');
            for (Hunk h : f.getHunks()) {
                long added = h.getLines().stream().filter(l -> l.getKind() == LineKind.ADDED).count();
                long removed = h.getLines().stream().filter(l -> l.getKind() == LineKind.REMOVED).count();
                out.append("    ").append(header(h)).append("  +").append(added).append(" -").append(removed).append('\n');
            }
        }
    }

    private static void diagnostics(List<Diagnostic> list, StringBuilder out) {
        for (Diagnostic d : list) {
            out.append(d.getSeverity().getLiteral()).append(' ').append(d.getFile()).append(':').append(d.getLine())
                    .append(" [").append(d.getCode()).append("] ").append(d.getMessage()).append('\n');
        }
    }

    static String path(FileDiff f) {
        if (f.getOldPath() != null && f.getNewPath() != null && !f.getOldPath().equals(f.getNewPath())) {
            return f.getOldPath() + " -> " + f.getNewPath();
        }
        String p = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
        return p == null ? "(unknown file)" : p;
    }

    static String header(Hunk h) {
        return "@@ -" + h.getOldStart() + "," + h.getOldCount() + " +" + h.getNewStart() + "," + h.getNewCount() + " @@"
                + (h.getFunction() == null || h.getFunction().isEmpty() ? "" : " " + h.getFunction());
    }

    private static String by(String author) {
        return author == null ? "" : " - " + author;
    }

    private static String firstLine(String s) {
        String l = s == null ? "" : s.lines().findFirst().orElse("");
        return l.length() > 100 ? l.substring(0, 97) + "..." : l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A series title or patch subject for text output: "(no subject)" when the input has none (a
     * plain diff), so a line never ends in an empty name.
     */
    static String named(String s) {
        return s == null || s.isBlank() ? "(no subject)" : s;
    }
}
