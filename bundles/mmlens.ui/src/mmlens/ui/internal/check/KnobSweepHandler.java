package mmlens.ui.internal.check;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import mmlens.ui.editors.ReviewEditor;

/**
 * Knob Sweep ({@link #COMMAND}): on the active review editor, or from the Impact or Sweep view on
 * the active review editor; runs with the impact check's preferences (seeds, suites, threads).
 */
public final class KnobSweepHandler extends AbstractHandler {

    /** Command id (plugin.xml). */
    public static final String COMMAND = "mmlens.ui.knobSweep";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ReviewEditor editor = part instanceof ReviewEditor r ? r
                : HandlerUtil.getActiveEditor(event) instanceof ReviewEditor r ? r : null;
        if (editor != null) {
            editor.runKnobSweep(CheckPreferences.options());
        }
        return null;
    }
}
