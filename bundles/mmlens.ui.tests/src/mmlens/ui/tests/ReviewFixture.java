package mmlens.ui.tests;

import java.io.InputStream;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.ImpactService;
import mmlens.ui.internal.check.ImpactServices;
import mmlens.ui.internal.markers.FindingMarkers;

/** Workspace files, editors and waiting for the UI tests; installs a fake analysis while in use. */
final class ReviewFixture implements AutoCloseable {

    static final ImpactService.Options OPTIONS = new ImpactService.Options(3, java.util.List.of(), 1);

    final FakeImpactService service;
    private final ImpactService previous;

    ReviewFixture(FakeImpactService service) {
        this.service = service;
        this.previous = ImpactServices.set(service);
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Display display() {
        return page().getWorkbenchWindow().getShell().getDisplay();
    }

    /** A workspace file {@code review/<name>} with the content of test resource {@code /data/<resource>}. */
    static IFile workspaceFile(String resource, String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("review");
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFile file = project.getFile(name);
        try (InputStream in = ReviewFixture.class.getResourceAsStream("/data/" + resource)) {
            if (file.exists()) {
                file.setContents(in, IResource.FORCE, null);
            } else {
                file.create(in, true, null);
            }
        }
        return file;
    }

    /** Opens {@code file} in the review editor, sized for screenshots, and waits for its parse. */
    static ReviewEditor open(IFile file) throws Exception {
        ReviewEditor editor = (ReviewEditor) IDE.openEditor(page(), file, ReviewEditor.ID);
        page().getWorkbenchWindow().getShell().setSize(1280, 900);
        waitUntil(() -> editor.getParseResult() != null && editor.getOutline().getTree().getItemCount() > 0, "parse");
        return editor;
    }

    /** Runs the event loop until {@code condition} holds; fails after about 30 s. */
    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        waitUntil(condition, what, 3000);
    }

    /**
     * The centre of cell {@code block} of pageblock map {@code map} once the canvas has laid its maps
     * out (it does when it paints with a size: a test that reads a cell right after a run may come
     * before that, depending on which test ran before it).
     */
    static org.eclipse.swt.graphics.Point cellCentreOnceLaidOut(mmlens.ui.internal.memory.PageblockCanvas canvas,
            int map, int block) throws InterruptedException {
        org.eclipse.swt.graphics.Point[] p = new org.eclipse.swt.graphics.Point[1];
        waitUntil(() -> {
            canvas.redraw();
            canvas.update();
            try {
                p[0] = canvas.cellCentre(map, block);
                return true;
            } catch (IndexOutOfBoundsException e) {
                return false; // not laid out yet
            }
        }, "the pageblock maps laid out");
        return p[0];
    }

    /** As {@link #waitUntil(BooleanSupplier, String)}, giving up after {@code rounds} rounds of about 10 ms. */
    static void waitUntil(BooleanSupplier condition, String what, int rounds) throws InterruptedException {
        Display display = display();
        for (int i = 0; i < rounds; i++) {
            UiWait.drain(display);
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** Waits until the editor's check jobs and marker updates are done, dispatching UI events meanwhile. */
    /**
     * Runs the workbench's own (real) impact check on the editor's series, 2 seeds and 2 threads,
     * waits for it and its markers, and returns the result attached to the series (asserted present).
     */
    static mmlens.model.ImpactResult realCheck(ReviewEditor editor) throws InterruptedException {
        Job job = editor.runImpactCheck(new mmlens.ui.internal.check.ImpactService.Options(2, java.util.List.of(), 2));
        waitUntil(() -> job.getState() == Job.NONE, "real impact check", 36_000);
        org.junit.jupiter.api.Assertions.assertTrue(job.getResult().isOK(), job.getResult().toString());
        awaitCheck(editor);
        mmlens.model.ImpactResult result = mmlens.ui.internal.check.ImpactResults.of(editor.getSeries().get(0));
        org.junit.jupiter.api.Assertions.assertNotNull(result, "no result attached");
        return result;
    }

    static void awaitCheck(ReviewEditor editor) throws InterruptedException {
        waitUntil(() -> Job.getJobManager().find(editor).length == 0, "impact check job");
        waitUntil(() -> Job.getJobManager().find(FindingMarkers.FAMILY).length == 0, "marker job");
        UiWait.drain(display());
    }

    @Override
    public void close() {
        ImpactServices.set(previous);
    }
}
