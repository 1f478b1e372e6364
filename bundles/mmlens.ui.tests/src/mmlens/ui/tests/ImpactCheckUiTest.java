package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.awaitCheck;
import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.page;
import static mmlens.ui.tests.ReviewFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.annotations.ImpactAnnotation;
import mmlens.ui.internal.annotations.ImpactHover;
import mmlens.ui.internal.annotations.ImpactHoverControl;
import mmlens.ui.internal.check.ImpactCheckHandler;
import mmlens.ui.internal.check.ImpactCheckJob;
import mmlens.ui.internal.check.ImpactResults;
import mmlens.ui.internal.markers.FindingMarkers;

/**
 * The Impact Check command end to end on a three-patch series in the workspace, with the fake
 * analysis: results attached, annotations by severity on the hunks, hovers, Problems markers that
 * open the hunk, cancel that attaches nothing while the UI stays usable.
 */
@ExtendWith(NoErrorLoggedExtension.class)
class ImpactCheckUiTest extends FakeServiceUiTest {

    @Override
    protected void reset() {
        mmlens.ui.internal.check.CheckPreferences.store().setToDefault(mmlens.ui.internal.check.CheckPreferences.FAIL_THRESHOLD);
    }

    @BeforeEach
    void raiseFailThreshold() {
        // after the base class installed the fake service; above the fake's +40 % regression, so it stays a warning here (FailThresholdUiTest crosses it)
        mmlens.ui.internal.check.CheckPreferences.store().setValue(mmlens.ui.internal.check.CheckPreferences.FAIL_THRESHOLD, 50);
    }

    @Test
    void commandAttachesResultAnnotatesHunksAndCreatesMarkers() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "fallback-tuning-v2.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        PatchSeries series = editor.getSeries().get(0);
        List<Hunk> hunks = FakeImpactService.hunks(series);
        assertEquals(3, hunks.size());

        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(ImpactCheckHandler.COMMAND, null);
        awaitCheck(editor);

        ImpactResult result = ImpactResults.of(series);
        assertNotNull(result, "no result attached");
        assertEquals(4, result.getEffects().size());
        assertEquals(List.of("frag-churn/1", "frag-churn/2", "frag-churn/3", "frag-churn/4", "frag-churn/5",
                "thp-burst/1", "thp-burst/2", "thp-burst/3", "thp-burst/4", "thp-burst/5"), fixture.service.worked,
                "runs with the preference default of 5 seeds");

        // One annotation per impacted hunk, typed by severity, starting on the @@ header line.
        Map<Integer, String> types = annotationTypesByLine(editor);
        assertEquals(Map.of(hunks.get(0).getSourceLine(), ImpactAnnotation.WARNING,
                hunks.get(1).getSourceLine(), ImpactAnnotation.INFO,
                hunks.get(2).getSourceLine(), ImpactAnnotation.ERROR), types);

        // Hover on the ruler line of hunk 1: the effect table.
        ImpactHover hover = new ImpactHover(editor.getViewer());
        String info = hover.getHoverInfo(editor.getViewer(), hunks.get(0).getSourceLine());
        assertTrue(info.contains("extfrag_events") && info.contains("frag-churn") && info.contains("100 ±5")
                && info.contains("140 ±6") && info.contains("+40.0%") && info.contains("worse"), info);
        String findingInfo = hover.getHoverInfo(editor.getViewer(), hunks.get(2).getSourceLine() + 2);
        assertTrue(findingInfo.contains("error stale-tlb: cpu 1 used a stale TLB entry"), findingInfo);

        // Text highlighting: the hunk's header line gets the annotation colour as background.
        int h1 = editor.getViewer().getDocument().getLineOffset(hunks.get(0).getSourceLine() - 1);
        StyleRange style = editor.getTextWidget().getStyleRangeAtOffset(h1 + 1);
        assertNotNull(style, "no style at the hunk header");
        assertNotNull(style.background, "hunk header not highlighted");
        int added = editor.getViewer().getDocument().getLineOffset(hunks.get(0).getSourceLine() + 4);
        assertNull(editor.getTextWidget().getStyleRangeAtOffset(added + 1).background, "only the header line is highlighted");
        String bodyInfo = new ImpactHover(editor.getViewer()).getHoverInfo(editor.getViewer(),
                new org.eclipse.jface.text.Region(added + 1, 0));
        assertTrue(bodyInfo.contains("extfrag_events"), "hover over a body line of the hunk: " + bodyInfo);

        // Problems markers: the regression of hunk 1 (warning) and the finding of hunk 3 (error).
        IMarker[] markers = file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO);
        Map<Integer, Integer> severityByLine = new TreeMap<>();
        for (IMarker m : markers) {
            assertTrue(m.isSubtypeOf(IMarker.PROBLEM));
            severityByLine.put(m.getAttribute(IMarker.LINE_NUMBER, -1), m.getAttribute(IMarker.SEVERITY, -1));
        }
        assertEquals(Map.of(hunks.get(0).getSourceLine(), IMarker.SEVERITY_WARNING,
                hunks.get(2).getSourceLine(), IMarker.SEVERITY_ERROR), severityByLine, Arrays.toString(markers));

        // The outline marks the impacted hunks with the severity icon.
        mmlens.ui.internal.outline.SeriesLabelProvider labels = new mmlens.ui.internal.outline.SeriesLabelProvider();
        org.eclipse.ui.ISharedImages shared = org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages();
        assertSame(shared.getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_WARN_TSK), labels.getImage(hunks.get(0)));
        assertSame(shared.getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_INFO_TSK), labels.getImage(hunks.get(1)));
        assertSame(shared.getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_ERROR_TSK), labels.getImage(hunks.get(2)));
        editor.getOutline().expandAll();

        page().showView(IPageLayout.ID_PROBLEM_VIEW);
        page().activate(editor);
        editor.revealLine(hunks.get(0).getSourceLine());
        for (int i = 0; i < 30; i++) { // the Problems view refreshes in a background job of its own
            UiWait.drain(display());
            Thread.sleep(50);
        }
        expandProblems(page().getWorkbenchWindow().getShell());
        Screenshots.save(page().getWorkbenchWindow().getShell(), "impact-annotations-and-problems");
        showHover(editor, info, hunks.get(0), "impact-hover");

        // Opening a marker (what a double-click in the Problems view does) reveals its hunk.
        IMarker error = Arrays.stream(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .findFirst().orElseThrow();
        page().closeAllEditors(false);
        ReviewEditor reopened = assertInstanceOf(ReviewEditor.class, IDE.openEditor(page(), error));
        UiWait.drain(display());
        int caretLine = reopened.getTextWidget().getLineAtOffset(reopened.getTextWidget().getCaretOffset());
        assertEquals(hunks.get(2).getSourceLine() - 1, caretLine);
    }

    @Test
    void secondCheckReplacesTheFirst() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "again.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        editor.runImpactCheck(ReviewFixture.OPTIONS);
        awaitCheck(editor);
        ImpactResult first = ImpactResults.of(editor.getSeries().get(0));
        editor.runImpactCheck(ReviewFixture.OPTIONS);
        awaitCheck(editor);
        ImpactResult second = ImpactResults.of(editor.getSeries().get(0));
        assertNotNull(second);
        assertTrue(first != second, "the second result replaces the first");
        assertEquals(1, editor.getSeries().get(0).getAnnotations().stream().filter(a -> a instanceof ImpactResult).count());
        assertEquals(3, annotationTypesByLine(editor).size());
        assertEquals(2, file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
    }

    @Test
    void cancelAttachesNothingWhileTheUiStaysResponsive() throws Exception {
        FakeImpactService held = new FakeImpactService().hold();
        fixture.close();
        fixture = new ReviewFixture(held);
        IFile file = ReviewFixture.workspaceFile("series.mbox", "cancel.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        Job job = editor.runImpactCheck(ReviewFixture.OPTIONS);
        waitUntil(() -> held.started.getCount() == 0, "first scenario run");
        assertEquals(Job.RUNNING, job.getState());

        // Drive the UI while the check runs: select the third hunk in the outline, the text follows.
        Hunk third = FakeImpactService.hunks(editor.getSeries().get(0)).get(2);
        editor.getOutline().setSelection(new StructuredSelection(third), true);
        UiWait.drain(display());
        int caretLine = editor.getTextWidget().getLineAtOffset(editor.getTextWidget().getCaretOffset());
        assertEquals(third.getSourceLine() - 1, caretLine);
        assertEquals(Job.RUNNING, job.getState(), "the check is still running while the UI answered");
        Screenshots.save(page().getWorkbenchWindow().getShell(), "impact-check-running");

        job.cancel();
        awaitCheck(editor);
        assertEquals(List.of("frag-churn/1"), held.worked);
        assertNull(ImpactResults.of(editor.getSeries().get(0)), "a canceled check attached a result");
        assertEquals(0, annotationTypesByLine(editor).size());
        assertEquals(0, file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
    }

    @Test
    void progressNamesScenarioAndSeedOfEachRun() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "progress.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        List<String> subTasks = new ArrayList<>();
        int[] ticks = new int[1];
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                subTasks.add(name);
            }

            @Override
            public void worked(int work) {
                ticks[0] += work;
            }
        };
        ImpactCheckJob job = new ImpactCheckJob("progress", this, m -> editor.getSeries(), ReviewFixture.OPTIONS, display(),
                results -> { });
        Thread worker = new Thread(() -> job.runNow(monitor));
        worker.start();
        while (worker.isAlive()) {
            UiWait.drain(display());
            worker.join(10);
        }
        assertEquals(List.of("frag-churn, seed 1 (1/6)", "frag-churn, seed 2 (2/6)", "frag-churn, seed 3 (3/6)",
                "thp-burst, seed 1 (4/6)", "thp-burst, seed 2 (5/6)", "thp-burst, seed 3 (6/6)"), subTasks);
        assertEquals(1000, ticks[0]);
    }

    @Test
    void commandIsBoundAndContributedToEditorAndExplorerMenus() throws Exception {
        IFile file = ReviewFixture.workspaceFile("series.mbox", "menus.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        page().activate(editor);
        UiWait.drain(display());
        IBindingService bindings = editor.getSite().getService(IBindingService.class);
        assertEquals("Ctrl+Alt+I", bindings.getBestActiveBindingFormattedFor(ImpactCheckHandler.COMMAND));
        assertEquals(List.of("Impact Check\tCtrl+Alt+I", "Knob Sweep"), contextMenuItems(editor));
        assertTrue(editor.getSite().getService(ICommandService.class).getCommand(ImpactCheckHandler.COMMAND).isDefined());

        // From the Project Explorer: the selected .mbox file, no review editor active.
        page().closeAllEditors(false);
        IHandlerService handlers = page().getWorkbenchWindow().getService(IHandlerService.class);
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(file));
        context.addVariable(ISources.ACTIVE_PART_NAME, page().showView(IPageLayout.ID_PROJECT_EXPLORER));
        context.addVariable(ISources.ACTIVE_PART_ID_NAME, IPageLayout.ID_PROJECT_EXPLORER);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                page().getWorkbenchWindow().getService(ICommandService.class).getCommand(ImpactCheckHandler.COMMAND), null);
        handlers.executeCommandInContext(command, null, context);
        ReviewEditor opened = assertInstanceOf(ReviewEditor.class, page().getActiveEditor());
        waitUntil(() -> opened.getParseResult() != null, "parse");
        awaitCheck(opened);
        assertNotNull(ImpactResults.of(opened.getSeries().get(0)));
        assertEquals(2, file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
    }

    /** Texts of the editor's context menu items, as the menu shows them (contributions included). */
    private static List<String> contextMenuItems(ReviewEditor editor) {
        Menu menu = editor.getTextWidget().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        try {
            List<String> texts = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                texts.add(item.getText().replace("&", ""));
            }
            return texts;
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** Expands the category rows ("Errors (n items)") of the Problems view, for the screenshot. */
    private static void expandProblems(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Tree tree) {
                for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                    if (item.getText().matches("(Errors|Warnings) \\(\\d+ items?\\)")) {
                        Event e = new Event();
                        e.item = item;
                        tree.notifyListeners(SWT.Expand, e);
                        item.setExpanded(true);
                    }
                }
            } else if (c instanceof org.eclipse.swt.widgets.Composite comp) {
                expandProblems(comp);
            }
        }
        UiWait.drain(display());
    }

    /** Shows {@code text} in the editor's hover control beside the hunk and saves screenshot {@code screenshot}. */
    static void showHover(ReviewEditor editor, String text, Hunk hunk, String screenshot) throws Exception {
        IInformationControl hover = ImpactHoverControl.creator().createInformationControl(editor.getTextWidget().getShell());
        try {
            hover.setInformation(text);
            // as the text viewer's hover manager does: at most 100 x 12 characters
            hover.setSizeConstraints(900, 240);
            org.eclipse.swt.graphics.Point size = hover.computeSizeHint();
            hover.setSize(size.x, size.y);
            int offset = editor.getViewer().getDocument().getLineOffset(hunk.getSourceLine());
            org.eclipse.swt.graphics.Point at = editor.getTextWidget().toDisplay(editor.getTextWidget().getLocationAtOffset(offset));
            hover.setLocation(new org.eclipse.swt.graphics.Point(at.x - 300, at.y + 16));
            hover.setVisible(true);
            Screenshots.save(page().getWorkbenchWindow().getShell(), screenshot);
        } finally {
            hover.dispose();
        }
    }

    static Map<Integer, String> annotationTypesByLine(ReviewEditor editor) throws Exception {
        Map<Integer, String> types = new TreeMap<>();
        IAnnotationModel model = editor.getAnnotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof ImpactAnnotation) {
                Position p = model.getPosition(a);
                types.put(editor.getViewer().getDocument().getLineOfOffset(p.getOffset()) + 1, a.getType());
            }
        }
        return types;
    }
}
