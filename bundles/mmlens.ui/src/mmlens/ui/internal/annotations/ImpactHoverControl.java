package mmlens.ui.internal.annotations;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The hover window of the review editor: the plain-text report in the text font, so the effect
 * table's columns line up (the default presenter reads hover text as HTML and folds the lines).
 * The font is JFace's shared text font; nothing here is disposed by the caller.
 */
public final class ImpactHoverControl {

    private ImpactHoverControl() {
    }

    public static IInformationControlCreator creator() {
        return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(), new Monospace());
    }

    private static final class Monospace implements DefaultInformationControl.IInformationPresenter,
            DefaultInformationControl.IInformationPresenterExtension {
        @Override
        public String updatePresentation(Display display, String text, TextPresentation presentation, int maxWidth,
                int maxHeight) {
            return updatePresentation((Drawable) display, text, presentation, maxWidth, maxHeight);
        }

        @Override
        public String updatePresentation(Drawable drawable, String text, TextPresentation presentation, int maxWidth,
                int maxHeight) {
            StyleRange all = new StyleRange(0, text.length(), null, null);
            all.font = JFaceResources.getTextFont();
            presentation.addStyleRange(all);
            return text;
        }
    }
}
