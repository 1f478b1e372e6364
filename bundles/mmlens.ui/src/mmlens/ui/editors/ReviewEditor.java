package mmlens.ui.editors;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.VerticalRuler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.ui.internal.diff.DiffPartitions;
import mmlens.ui.internal.diff.DiffViewerConfiguration;
import mmlens.ui.internal.outline.SeriesContentProvider;
import mmlens.ui.internal.outline.SeriesLabelProvider;
import mmlens.ui.internal.outline.SourceLines;

/**
 * Read-only review editor for a patch file (mbox, format-patch, mail, archive page, plain diff).
 * Left: the parsed series (patches with trailers, files, hunks, review comments, diagnostics),
 * filled by a background job. Right: the file text with diff highlighting; selecting an outline
 * element reveals its source line. The input file is never written. Text above
 * {@link #MAX_DISPLAY_BYTES} is cut with a note.
 */
public class ReviewEditor extends EditorPart {

    /** Editor id as registered in plugin.xml. */
    public static final String ID = "mmlens.ui.reviewEditor";
    /** Upper bound of file text shown, to keep huge inputs responsive. */
    public static final int MAX_DISPLAY_BYTES = 8 << 20;

    private Path file;
    private SourceViewer viewer;
    private TreeViewer outline;
    private volatile ParseResult parsed;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IURIEditorInput uriInput)) {
            throw new PartInitException("mmlens opens files only, not " + input.getClass().getName());
        }
        URI uri = uriInput.getURI();
        if (uri == null || !"file".equals(uri.getScheme())) {
            throw new PartInitException("mmlens opens local files only: " + uri);
        }
        setSite(site);
        setInput(input);
        this.file = Path.of(uri);
        setPartName(file.getFileName().toString());
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        outline.setContentProvider(new SeriesContentProvider());
        outline.setLabelProvider(new SeriesLabelProvider());
        outline.addSelectionChangedListener(e -> reveal(((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer = new SourceViewer(sash, new VerticalRuler(12), SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
        viewer.configure(new DiffViewerConfiguration());
        viewer.setEditable(false);
        Font font = JFaceResources.getTextFont();
        viewer.getTextWidget().setFont(font);
        IDocument document = new Document(readBounded(file));
        DiffPartitions.install(document);
        viewer.setDocument(document);
        sash.setWeights(1, 2);
        scheduleParse();
    }

    private void scheduleParse() {
        Job job = Job.create("Parsing " + file.getFileName(), monitor -> {
            ParseResult result = new PatchParser().parse(file);
            parsed = result;
            if (!outline.getControl().isDisposed()) {
                outline.getControl().getDisplay().asyncExec(() -> {
                    if (!outline.getControl().isDisposed()) {
                        outline.setInput(result);
                        outline.expandToLevel(2);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
    }

    private void reveal(Object element) {
        int line = SourceLines.of(element);
        if (line <= 0) {
            return;
        }
        try {
            IDocument doc = viewer.getDocument();
            int offset = doc.getLineOffset(Math.min(line, doc.getNumberOfLines()) - 1);
            viewer.revealRange(offset, 0);
            viewer.setSelectedRange(offset, 0);
            viewer.setTopIndex(Math.max(0, line - 3));
        } catch (BadLocationException e) {
            // the line lies beyond the displayed (cut) text; nothing to reveal
        }
    }

    /** The parse result once the background job is done, else {@code null}. */
    public ParseResult getParseResult() {
        return parsed;
    }

    /** The series outline; exposed for tests. */
    public TreeViewer getOutline() {
        return outline;
    }

    /** The text widget showing the patch; exposed for tests and linked views. */
    public StyledText getTextWidget() {
        return viewer.getTextWidget();
    }

    /** The file this editor shows. */
    public Path getFile() {
        return file;
    }

    static String readBounded(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_DISPLAY_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (in.read() >= 0) {
                text += "\n[mmlens: display cut at " + MAX_DISPLAY_BYTES + " bytes; the analysis reads the whole file]\n";
            }
            return text;
        } catch (IOException e) {
            return "[mmlens: cannot read " + path + ": " + e.getMessage() + "]";
        }
    }

    @Override
    public void setFocus() {
        viewer.getTextWidget().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Review input is never modified.
    }

    @Override
    public void doSaveAs() {
        // Review input is never modified.
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
