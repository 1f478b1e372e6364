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
 * Hover over an impacted hunk, in the text and on the ruler: the hunk's effect table (metric,
 * scenario, baseline and patched with 95 % CI, change, verdict) and its findings.
 */
public final class ImpactHover implements ITextHover, IAnnotationHover {

    private final ISourceViewer viewer;

    public ImpactHover(ISourceViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        ImpactAnnotation a = ImpactAnnotations.at(viewer.getAnnotationModel(), region.getOffset());
        return a == null ? null : a.getImpact().report();
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        ImpactAnnotation a = ImpactAnnotations.at(viewer.getAnnotationModel(), offset);
        if (a == null) {
            return null;
        }
        Position p = viewer.getAnnotationModel().getPosition(a);
        return new Region(p.getOffset(), p.getLength());
    }

    @Override
    public String getHoverInfo(ISourceViewer sourceViewer, int lineNumber) {
        try {
            int offset = sourceViewer.getDocument().getLineOffset(lineNumber);
            ImpactAnnotation a = ImpactAnnotations.at(sourceViewer.getAnnotationModel(), offset);
            return a == null ? null : a.getImpact().report();
        } catch (BadLocationException e) {
            return null;
        }
    }
}
