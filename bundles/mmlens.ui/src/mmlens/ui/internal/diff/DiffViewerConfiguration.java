package mmlens.ui.internal.diff;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import mmlens.ui.internal.annotations.ImpactHover;
import mmlens.ui.internal.annotations.ImpactHoverControl;

/**
 * Colours each diff partition: added green, removed red, hunk headers blue, file headers bold.
 * Hovers over impacted hunks (text and ruler) show the impact check's effects and findings.
 * (Since SWT 3.115 a Color holds no OS resource, so the colours here need no disposal.)
 */
public final class DiffViewerConfiguration extends SourceViewerConfiguration {

    /** Foreground of added lines. */
    public static final RGB ADDED_RGB = new RGB(0, 128, 0);
    /** Foreground of removed lines. */
    public static final RGB REMOVED_RGB = new RGB(180, 0, 0);
    /** Foreground of hunk headers. */
    public static final RGB HUNK_RGB = new RGB(0, 64, 192);

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return DiffPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        String[] types = new String[DiffPartitions.ALL.length + 1];
        types[0] = org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE;
        System.arraycopy(DiffPartitions.ALL, 0, types, 1, DiffPartitions.ALL.length);
        return types;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(DiffPartitions.PARTITIONING);
        Display display = Display.getCurrent();
        colour(reconciler, DiffPartitions.ADDED, new TextAttribute(new Color(display, ADDED_RGB)));
        colour(reconciler, DiffPartitions.REMOVED, new TextAttribute(new Color(display, REMOVED_RGB)));
        colour(reconciler, DiffPartitions.HUNK, new TextAttribute(new Color(display, HUNK_RGB)));
        colour(reconciler, DiffPartitions.HEADER, new TextAttribute(null, null, SWT.BOLD));
        return reconciler;
    }

    private static void colour(PresentationReconciler reconciler, String type, TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, type);
        reconciler.setRepairer(dr, type);
    }

    @Override
    public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
        return ImpactHoverControl.creator();
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ImpactHover(sourceViewer);
    }

    @Override
    public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
        return new ImpactHover(sourceViewer);
    }

    @Override
    public IAnnotationHover getOverviewRulerAnnotationHover(ISourceViewer sourceViewer) {
        return new ImpactHover(sourceViewer);
    }
}
