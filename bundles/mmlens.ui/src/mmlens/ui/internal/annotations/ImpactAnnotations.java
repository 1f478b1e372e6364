package mmlens.ui.internal.annotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

import mmlens.ui.internal.impact.HunkImpact;

/** Keeps the editor's impact annotations in step with the attached results. */
public final class ImpactAnnotations {

    private ImpactAnnotations() {
    }

    /**
     * Replaces every {@link ImpactAnnotation} of {@code model} by one per impacted hunk, on the
     * hunk's {@code @@} header line (where the ruler icon, the overview mark and the highlight go).
     */
    public static void update(IAnnotationModel model, IDocument doc, List<HunkImpact> impacts) {
        List<Annotation> old = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof ImpactAnnotation) {
                old.add(a);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (HunkImpact impact : impacts) {
            Position p = HunkRanges.header(doc, impact.hunk());
            if (p != null) {
                added.put(new ImpactAnnotation(impact), p);
            }
        }
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(old.toArray(new Annotation[0]), added);
        } else {
            old.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
    }

    /**
     * The impact annotation of the hunk whose text (header through last line) holds
     * {@code offset}, or {@code null}.
     */
    public static ImpactAnnotation at(IAnnotationModel model, IDocument doc, int offset) {
        ImpactAnnotation best = null;
        if (model == null) {
            return null;
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof ImpactAnnotation a) {
                Position p = HunkRanges.of(doc, a.getImpact().hunk());
                if (p != null && p.includes(offset) && (best == null || rank(a) < rank(best))) {
                    best = a;
                }
            }
        }
        return best;
    }

    private static int rank(ImpactAnnotation a) {
        return List.of(ImpactAnnotation.TYPES).indexOf(a.getType());
    }
}
