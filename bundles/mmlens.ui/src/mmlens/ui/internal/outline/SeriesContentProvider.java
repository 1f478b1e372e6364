package mmlens.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import mmlens.analysis.parse.ParseResult;
import mmlens.model.FileDiff;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/**
 * Tree of a {@link ParseResult}: series, then cover letter, patches (with trailers and files,
 * files with hunks), review comments and diagnostics. Unattached diagnostics are roots.
 */
public final class SeriesContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof ParseResult result)) {
            return new Object[0];
        }
        List<Object> roots = new ArrayList<>(result.series());
        roots.addAll(result.diagnostics());
        return roots.toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        List<Object> children = new ArrayList<>();
        if (element instanceof PatchSeries s) {
            if (s.getCoverLetter() != null) {
                children.add(s.getCoverLetter());
            }
            children.addAll(s.getPatches());
            children.addAll(s.getReviewComments());
            children.addAll(s.getDiagnostics());
        } else if (element instanceof Patch p) {
            children.addAll(p.getTrailers());
            children.addAll(p.getFiles());
        } else if (element instanceof FileDiff f) {
            children.addAll(f.getHunks());
        }
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof org.eclipse.emf.ecore.EObject e ? e.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
