package mmlens.ui.internal.outline;

import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import mmlens.model.CoverLetter;
import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;
import mmlens.model.Trailer;
import mmlens.ui.internal.check.ImpactResults;
import mmlens.ui.internal.impact.HunkImpact;

/**
 * One-line labels for the series outline; reviewers read these, so they follow list conventions.
 * A mapped hunk lists its mechanisms in brackets; a hunk the engine does not model is greyed and
 * says why; after an impact check a hunk it names carries the severity icon.
 */
public final class SeriesLabelProvider extends LabelProvider implements IColorProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof PatchSeries s) {
            return "v" + s.getVersion() + (s.isRfc() ? " RFC " : " ") + nz(s.getTitle())
                    + " (" + s.getPatches().size() + (s.getTotal() > 0 ? "/" + s.getTotal() : "")
                    + ((s.getTotal() > 0 ? s.getTotal() : s.getPatches().size()) == 1 ? " patch)" : " patches)");
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
                    + " @@ " + nz(h.getFunction()) + mapping(h);
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

    private static String mapping(Hunk h) {
        HunkMapping m = mappingOf(h);
        if (m == null) {
            return "";
        }
        if (m.getUnmodelled() != null && !m.getUnmodelled().isBlank()) {
            return "  (unmodelled: " + m.getUnmodelled() + ")";
        }
        return m.getMechanisms().isEmpty() ? "" : "  [" + String.join(", ", m.getMechanisms()) + "]";
    }

    /** The hunk's mapping, or {@code null} before mapping. */
    public static HunkMapping mappingOf(Hunk h) {
        for (mmlens.model.Annotation a : h.getAnnotations()) {
            if (a instanceof HunkMapping m) {
                return m;
            }
        }
        return null;
    }

    /** Whether the hunk was mapped and the engine models nothing it changes. */
    public static boolean isUnmodelled(Object element) {
        HunkMapping m = element instanceof Hunk h ? mappingOf(h) : null;
        return m != null && m.getUnmodelled() != null && !m.getUnmodelled().isBlank();
    }

    /**
     * For a hunk the impact check named: the workbench's shared error/warning/info image by the
     * hunk's severity (shared images, never disposed here); else none.
     */
    @Override
    public Image getImage(Object element) {
        if (!(element instanceof Hunk h)) {
            return null;
        }
        EObject top = h;
        while (top.eContainer() != null) {
            top = top.eContainer();
        }
        if (!(top instanceof PatchSeries series)) {
            return null;
        }
        for (HunkImpact impact : HunkImpact.of(ImpactResults.of(series), mmlens.ui.internal.check.CheckPreferences.failThreshold())) {
            if (impact.hunk() == h) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(switch (impact.severity()) {
                    case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    default -> ISharedImages.IMG_OBJS_INFO_TSK;
                });
            }
        }
        return null;
    }

    @Override
    public Color getForeground(Object element) {
        // A system colour: owned by the display, never disposed here.
        return isUnmodelled(element) ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
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
