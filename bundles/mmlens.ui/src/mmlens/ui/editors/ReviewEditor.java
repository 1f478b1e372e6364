package mmlens.ui.editors;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.DefaultMarkerAnnotationAccess;
import org.eclipse.ui.texteditor.MarkerAnnotationPreferences;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.ui.internal.annotations.ImpactAnnotation;
import mmlens.ui.internal.annotations.ImpactAnnotations;
import mmlens.ui.internal.check.CheckPreferences;
import mmlens.ui.internal.check.ImpactCheckJob;
import mmlens.ui.internal.check.ImpactResults;
import mmlens.ui.internal.check.ImpactService;
import mmlens.ui.internal.check.ImpactServices;
import mmlens.ui.internal.check.KnobSweepJob;
import mmlens.ui.internal.diff.DiffPartitions;
import mmlens.ui.internal.diff.DiffViewerConfiguration;
import mmlens.ui.internal.impact.HunkImpact;
import mmlens.ui.internal.markers.FindingMarkers;
import mmlens.ui.internal.outline.SeriesContentProvider;
import mmlens.ui.internal.outline.SeriesLabelProvider;
import mmlens.ui.internal.outline.SeriesOutlinePage;
import mmlens.ui.internal.outline.SourceLines;
import mmlens.ui.views.SweepView;

/**
 * Read-only review editor for a patch file (mbox, format-patch, mail, archive page, plain diff).
 * Left: the parsed series (patches with trailers, files, hunks with their mapped mechanisms,
 * review comments, diagnostics), filled by a background job that parses and maps. Right: the file
 * text with diff highlighting and the impact check's annotations (ruler icons, overview marks,
 * highlighting, hover). Selecting an outline element reveals its source line. The input file is
 * never written. Text above {@link #MAX_DISPLAY_BYTES} is cut with a note.
 */
public class ReviewEditor extends EditorPart {

    /** Editor id as registered in plugin.xml. */
    public static final String ID = "mmlens.ui.reviewEditor";
    /** Id of the editor's context menu, for menu contributions. */
    public static final String CONTEXT_MENU_ID = ID + ".context";
    /** Key binding context active while this editor is. */
    public static final String CONTEXT_ID = "mmlens.ui.reviewEditorScope";
    /** Upper bound of file text shown, to keep huge inputs responsive. */
    public static final int MAX_DISPLAY_BYTES = 8 << 20;

    private Path file;
    private SourceViewer viewer;
    private TreeViewer outline;
    private final AnnotationModel annotations = new AnnotationModel();
    private SourceViewerDecorationSupport decorations;
    private SeriesOutlinePage outlinePage;
    private volatile ParseResult parsed;
    private Job parseJob;
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    /** Re-grades the annotations and markers when the fail threshold preference changes. */
    private final org.eclipse.jface.util.IPropertyChangeListener thresholdListener = e -> {
        if (CheckPreferences.FAIL_THRESHOLD.equals(e.getProperty()) && viewer != null) {
            viewer.getTextWidget().getDisplay().asyncExec(() -> {
                if (!viewer.getTextWidget().isDisposed()) {
                    refreshImpact();
                }
            });
        }
    };

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
        outline.addSelectionChangedListener(e -> {
            if (!followingCaret) {
                reveal(((IStructuredSelection) e.getSelection()).getFirstElement());
            }
        });
        // the series tree is the editor's selection: views linked with it (memory browser) see hunks
        getSite().setSelectionProvider(outline);
        createViewer(sash);
        sash.setWeights(1, 2);
        createContextMenu();
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        CheckPreferences.store().addPropertyChangeListener(thresholdListener);
        scheduleParse();
    }

    private void createViewer(Composite parent) {
        IAnnotationAccess access = new DefaultMarkerAnnotationAccess();
        OverviewRuler overview = new OverviewRuler(access, 12, EditorsUI.getSharedTextColors());
        AnnotationRulerColumn icons = new AnnotationRulerColumn(16, access);
        for (String type : ImpactAnnotation.TYPES) {
            icons.addAnnotationType(type);
            overview.addHeaderAnnotationType(type);
        }
        CompositeRuler ruler = new CompositeRuler();
        ruler.addDecorator(0, icons);
        viewer = new SourceViewer(parent, ruler, overview, true, SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
        decorations = new SourceViewerDecorationSupport(viewer, overview, access, EditorsUI.getSharedTextColors());
        for (Object p : new MarkerAnnotationPreferences().getAnnotationPreferences()) {
            decorations.setAnnotationPreference((AnnotationPreference) p);
        }
        decorations.install(EditorsUI.getPreferenceStore());
        viewer.configure(new DiffViewerConfiguration());
        viewer.setEditable(false);
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        IDocument document = new Document(readBounded(file));
        DiffPartitions.install(document);
        viewer.setDocument(document, annotations);
        viewer.getTextWidget().addCaretListener(e -> selectHunkAt(e.caretOffset));
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#ReviewEditorContext", CONTEXT_MENU_ID);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        StyledText text = viewer.getTextWidget();
        text.setMenu(menu.createContextMenu(text));
        getEditorSite().registerContextMenu(CONTEXT_MENU_ID, menu, viewer, false);
    }

    private void scheduleParse() {
        Job job = Job.create("Parsing " + file.getFileName(), monitor -> {
            ParseResult result = new PatchParser().parse(file);
            for (PatchSeries s : result.series()) {
                try {
                    ImpactServices.get().map(s);
                } catch (RuntimeException e) {
                    // The outline then shows the hunks without mechanisms; the check reports its own errors.
                }
            }
            parsed = result;
            if (!outline.getControl().isDisposed()) {
                outline.getControl().getDisplay().asyncExec(() -> {
                    if (!outline.getControl().isDisposed()) {
                        outline.setInput(result);
                        outline.expandToLevel(2);
                        if (outlinePage != null) {
                            outlinePage.setInput(result);
                        }
                        fireChanged();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        parseJob = job;
        job.schedule();
    }

    /**
     * Starts the impact check on this editor's series as a Job (canceling a check still running
     * here) and returns it. On success the results are attached on the UI thread, replacing
     * earlier ones; a canceled or failed check attaches nothing.
     */
    public Job runImpactCheck(ImpactService.Options options) {
        Job.getJobManager().cancel(this);
        Display display = viewer.getTextWidget().getDisplay();
        ImpactCheckJob job = new ImpactCheckJob(file.getFileName().toString(), this, monitor -> {
            parseJob.join(0, monitor);
            return getSeries();
        }, options, display, results -> {
            if (!viewer.getTextWidget().isDisposed()) {
                attachResults(results);
            }
        });
        job.schedule();
        return job;
    }

    /**
     * Runs the knob sweep of this editor's series (once parsed) as a Job and shows it in the
     * {@link SweepView} when it finishes; a sweep still running for this editor is canceled first.
     */
    public Job runKnobSweep(ImpactService.Options options) {
        Job.getJobManager().cancel(sweepFamily);
        Display display = viewer.getTextWidget().getDisplay();
        String name = file.getFileName().toString();
        KnobSweepJob job = new KnobSweepJob(name, sweepFamily, monitor -> {
            parseJob.join(0, monitor);
            return getSeries();
        }, options, display, entries -> {
            if (viewer.getTextWidget().isDisposed()) {
                return;
            }
            try {
                SweepView view = (SweepView) getSite().getPage().showView(SweepView.ID);
                view.show(this, name, entries);
            } catch (PartInitException e) {
                ILog.of(ReviewEditor.class).error("cannot show the knob sweep", e);
            }
        });
        job.schedule();
        return job;
    }

    /** The family of this editor's knob sweep jobs (the editor itself is that of its impact checks). */
    private final Object sweepFamily = new Object();

    /** True while the outline follows the caret: its selection then must not move the caret. */
    private boolean followingCaret;

    /**
     * Selects in the series tree (the editor's selection) the hunk whose lines hold
     * {@code offset}, without moving the caret, so views linked with the editor follow the text.
     */
    private void selectHunkAt(int offset) {
        for (PatchSeries s : getSeries()) {
            for (mmlens.model.Patch p : s.getPatches()) {
                for (mmlens.model.FileDiff f : p.getFiles()) {
                    for (mmlens.model.Hunk h : f.getHunks()) {
                        org.eclipse.jface.text.Position r = mmlens.ui.internal.annotations.HunkRanges.of(viewer.getDocument(), h);
                        if (r != null && r.includes(offset)) {
                            if (((IStructuredSelection) outline.getSelection()).getFirstElement() != h) {
                                followingCaret = true;
                                try {
                                    outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(h), true);
                                } finally {
                                    followingCaret = false;
                                }
                            }
                            return;
                        }
                    }
                }
            }
        }
    }

    /** Shows the source line of an outline element (series, patch, hunk, comment, diagnostic). */
    public void reveal(Object element) {
        revealLine(SourceLines.of(element));
    }

    /** Scrolls to the 1-based {@code line} and puts the caret at its start; ignores unknown lines. */
    public void revealLine(int line) {
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

    /**
     * Attaches one impact result per series of {@link #getParseResult()} (replacing earlier ones)
     * and refreshes annotations, markers, outline and listeners. UI thread only.
     */
    public void attachResults(List<ImpactResult> results) {
        List<PatchSeries> series = getSeries();
        for (int i = 0; i < series.size() && i < results.size(); i++) {
            ImpactResults.attach(series.get(i), results.get(i));
        }
        refreshImpact();
    }

    private void refreshImpact() {
        double threshold = CheckPreferences.failThreshold();
        List<HunkImpact> impacts = getSeries().stream().flatMap(s -> HunkImpact.of(ImpactResults.of(s), threshold).stream()).toList();
        ImpactAnnotations.update(annotations, viewer.getDocument(), impacts);
        IFile resource = getWorkspaceFile();
        if (resource != null) {
            FindingMarkers.update(resource, viewer.getDocument(), impacts);
        }
        outline.refresh();
        if (outlinePage != null) {
            outlinePage.refresh();
        }
        fireChanged();
    }

    /** The series of the parse result (empty before the parse job is done). */
    public List<PatchSeries> getSeries() {
        ParseResult p = parsed;
        return p == null ? List.of() : p.series();
    }

    /** The workspace file this editor shows, or {@code null} when the file is outside the workspace. */
    public IFile getWorkspaceFile() {
        IFile f = getEditorInput().getAdapter(IFile.class);
        return f != null ? f : FindingMarkers.workspaceFile(file);
    }

    /** Runs {@code listener} on the UI thread after parsing and after every attached check. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
                outlinePage = new SeriesOutlinePage(this);
            }
            return type.cast(outlinePage);
        }
        if (type == IGotoMarker.class) {
            return type.cast((IGotoMarker) marker -> revealLine(marker.getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0)));
        }
        return super.getAdapter(type);
    }

    /** The parse result once the background job is done, else {@code null}. */
    public ParseResult getParseResult() {
        return parsed;
    }

    /** The series outline; exposed for tests. */
    public TreeViewer getOutline() {
        return outline;
    }

    /** The text viewer showing the patch; exposed for tests and linked views. */
    public SourceViewer getViewer() {
        return viewer;
    }

    /** The annotation model of the impact annotations. */
    public IAnnotationModel getAnnotationModel() {
        return annotations;
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
    public void dispose() {
        CheckPreferences.store().removePropertyChangeListener(thresholdListener);
        Job.getJobManager().cancel(this);
        if (decorations != null) {
            decorations.dispose();
        }
        listeners.clear();
        super.dispose();
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
