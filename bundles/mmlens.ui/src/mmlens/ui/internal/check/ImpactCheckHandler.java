package mmlens.ui.internal.check;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import mmlens.ui.editors.ReviewEditor;

/**
 * Impact Check ({@link #COMMAND}): on the active review editor (also from the Impact view's
 * toolbar), or on a patch file selected in the Project Explorer (opened in the review editor first). The check runs as a Job; its result
 * attaches to the editor's series when it finishes.
 */
public final class ImpactCheckHandler extends AbstractHandler {

    /** Command id (plugin.xml). */
    public static final String COMMAND = "mmlens.ui.impactCheck";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ReviewEditor editor = part instanceof ReviewEditor r ? r : null;
        if (editor == null && part instanceof mmlens.ui.views.ImpactView
                && HandlerUtil.getActiveEditor(event) instanceof ReviewEditor r) {
            editor = r;
        }
        if (editor == null) {
            IFile file = selectedFile(HandlerUtil.getCurrentSelection(event));
            if (file == null) {
                return null;
            }
            try {
                editor = (ReviewEditor) IDE.openEditor(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                        file, ReviewEditor.ID);
            } catch (PartInitException e) {
                throw new ExecutionException("cannot open " + file.getFullPath(), e);
            }
        }
        editor.runImpactCheck(CheckPreferences.options());
        return null;
    }

    private static IFile selectedFile(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            return Adapters.adapt(s.getFirstElement(), IFile.class);
        }
        return null;
    }
}
