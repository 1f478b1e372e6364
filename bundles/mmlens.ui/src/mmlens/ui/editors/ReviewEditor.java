package mmlens.ui.editors;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
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

import mmlens.ui.internal.diff.DiffPartitions;
import mmlens.ui.internal.diff.DiffViewerConfiguration;

/**
 * Read-only review editor for a patch file (mbox, format-patch, mail, archive page, plain diff).
 * The input file is never written. Text above {@link #MAX_DISPLAY_BYTES} is cut with a note.
 */
public class ReviewEditor extends EditorPart {

    /** Editor id as registered in plugin.xml. */
    public static final String ID = "mmlens.ui.reviewEditor";
    /** Upper bound of file text shown, to keep huge inputs responsive. */
    public static final int MAX_DISPLAY_BYTES = 8 << 20;

    private Path file;
    private SourceViewer viewer;

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
        viewer = new SourceViewer(sash, new VerticalRuler(12), SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
        viewer.configure(new DiffViewerConfiguration());
        viewer.setEditable(false);
        Font font = JFaceResources.getTextFont();
        viewer.getTextWidget().setFont(font);
        IDocument document = new Document(readBounded(file));
        DiffPartitions.install(document);
        viewer.setDocument(document);
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
