package mmlens.ui.internal.outline;

import org.eclipse.jface.viewers.LabelProvider;

import mmlens.model.CoverLetter;
import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;
import mmlens.model.Trailer;

/** One-line labels for the series outline; reviewers read these, so they follow list conventions. */
public final class SeriesLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof PatchSeries s) {
            return "v" + s.getVersion() + (s.isRfc() ? " RFC " : " ") + nz(s.getTitle())
                    + " (" + s.getPatches().size() + (s.getTotal() > 0 ? "/" + s.getTotal() : "") + " patches)";
        }
        if (element instanceof CoverLetter c) {
            return "cover letter: " + nz(c.getSubject());
        }
        if (element instanceof Patch p) {
            PatchSeries s = (PatchSeries) p.eContainer();
            int total = s == null ? 0 : s.getTotal();
            return (total > 0 ? p.getIndex() + "/" + total + " " : "") + nz(p.getSubject());
        }
        if (element instanceof Trailer t) {
            return t.getKey() + ": " + nz(t.getValue());
        }
        if (element instanceof FileDiff f) {
            String path = f.getNewPath() != null ? f.getNewPath() : nz(f.getOldPath());
            return path + "  +" + f.getAdded() + " -" + f.getRemoved() + "  [" + f.getKind().getLiteral() + "]";
        }
        if (element instanceof Hunk h) {
            return "@@ -" + h.getOldStart() + "," + h.getOldCount() + " +" + h.getNewStart() + "," + h.getNewCount()
                    + " @@ " + nz(h.getFunction());
        }
        if (element instanceof ReviewComment r) {
            String who = r.getAuthor() == null || r.getAuthor().isBlank() ? "review" : "review by " + r.getAuthor();
            return who + ": " + firstLine(r.getText());
        }
        if (element instanceof Diagnostic d) {
            return d.getSeverity().getLiteral() + " line " + d.getLine() + ": " + nz(d.getMessage());
        }
        return String.valueOf(element);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " ...";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
