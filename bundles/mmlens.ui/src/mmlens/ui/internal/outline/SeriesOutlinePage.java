package mmlens.ui.internal.outline;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import mmlens.analysis.parse.ParseResult;
import mmlens.ui.editors.ReviewEditor;

/**
 * The review editor's series in the workbench Outline view: the same tree as the editor's own
 * outline, linked with the editor (selecting an element reveals its source line).
 */
public final class SeriesOutlinePage extends ContentOutlinePage {

    private final ReviewEditor editor;

    public SeriesOutlinePage(ReviewEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        getTreeViewer().setContentProvider(new SeriesContentProvider());
        getTreeViewer().setLabelProvider(new SeriesLabelProvider());
        ParseResult parsed = editor.getParseResult();
        if (parsed != null) {
            setInput(parsed);
        }
    }

    /** Shows {@code parsed}; UI thread only. */
    public void setInput(ParseResult parsed) {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().setInput(parsed);
            getTreeViewer().expandToLevel(3);
        }
    }

    /** Updates labels after a mapping or check. */
    public void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().refresh();
        }
    }

    /** The outline tree; exposed for tests. */
    @Override
    public org.eclipse.jface.viewers.TreeViewer getTreeViewer() {
        return super.getTreeViewer();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        editor.reveal(((IStructuredSelection) event.getSelection()).getFirstElement());
    }
}
