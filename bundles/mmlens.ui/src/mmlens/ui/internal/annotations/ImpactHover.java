package mmlens.ui.internal.annotations;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Hover anywhere over an impacted hunk (header through last line), in the text and on the ruler: the hunk's effect table (metric,
 * scenario, baseline and patched with 95 % CI, change, verdict) and its findings.
 */
public final class ImpactHover implements ITextHover, IAnnotationHover {

    private final ISourceViewer viewer;

    public ImpactHover(ISourceViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        ImpactAnnotation a = ImpactAnnotations.at(viewer.getAnnotationModel(), viewer.getDocument(), region.getOffset());
        return a == null ? null : a.getImpact().report();
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        ImpactAnnotation a = ImpactAnnotations.at(viewer.getAnnotationModel(), viewer.getDocument(), offset);
        if (a == null) {
            return null;
        }
        Position p = HunkRanges.of(viewer.getDocument(), a.getImpact().hunk());
        return new Region(p.getOffset(), p.getLength());
    }

    @Override
    public String getHoverInfo(ISourceViewer sourceViewer, int lineNumber) {
        try {
            int offset = sourceViewer.getDocument().getLineOffset(lineNumber);
            ImpactAnnotation a = ImpactAnnotations.at(sourceViewer.getAnnotationModel(), sourceViewer.getDocument(), offset);
            return a == null ? null : a.getImpact().report();
        } catch (BadLocationException e) {
            return null;
        }
    }
}
