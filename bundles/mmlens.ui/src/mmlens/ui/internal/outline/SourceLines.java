package mmlens.ui.internal.outline;

import mmlens.model.Diagnostic;
import mmlens.model.Hunk;
import mmlens.model.Message;
import mmlens.model.ReviewComment;

/** The 1-based line of the input file an outline element came from, or 0 when unknown. */
public final class SourceLines {

    private SourceLines() {
    }

    public static int of(Object element) {
        if (element instanceof Hunk h) {
            return h.getSourceLine();
        }
        if (element instanceof ReviewComment r) {
            return r.getSourceLine();
        }
        if (element instanceof Message m) {
            return m.getSourceLine();
        }
        if (element instanceof Diagnostic d) {
            return d.getLine();
        }
        if (element instanceof org.eclipse.emf.ecore.EObject e && e.eContainer() != null) {
            return of(e.eContainer());
        }
        return 0;
    }
}
