package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.awaitCheck;
import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Hunk;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.annotations.ImpactAnnotation;
import mmlens.ui.internal.check.CheckPreferences;
import mmlens.ui.internal.markers.FindingMarkers;
import mmlens.ui.internal.outline.SeriesLabelProvider;

/**
 * The fail threshold preference grades regressions: the fake's +40 % regression on hunk 1 is a
 * warning under a 50 % threshold and an error (annotation, Problems marker, outline icon) under a
 * 30 % one; changing the preference re-grades an open editor without a new check.
 */
@ExtendWith(NoErrorLoggedExtension.class)
class FailThresholdUiTest extends FakeServiceUiTest {

    @Override
    protected void reset() {
        CheckPreferences.store().setToDefault(CheckPreferences.FAIL_THRESHOLD);
    }

    @Test
    void regressionAtOrOverTheThresholdIsAnError() throws Exception {
        CheckPreferences.store().setValue(CheckPreferences.FAIL_THRESHOLD, 50);
        IFile file = ReviewFixture.workspaceFile("series.mbox", "threshold.mbox");
        ReviewEditor editor = ReviewFixture.open(file);
        List<Hunk> hunks = FakeImpactService.hunks(editor.getSeries().get(0));
        editor.runImpactCheck(ReviewFixture.OPTIONS);
        awaitCheck(editor);
        int line = hunks.get(0).getSourceLine();
        assertEquals(ImpactAnnotation.WARNING, ImpactCheckUiTest.annotationTypesByLine(editor).get(line));
        assertEquals(IMarker.SEVERITY_WARNING, severities(file).get(line));

        CheckPreferences.store().setValue(CheckPreferences.FAIL_THRESHOLD, 30);
        waitUntil(() -> ImpactAnnotation.ERROR.equals(annotationType(editor, line)), "re-graded annotation");
        waitUntil(() -> Job.getJobManager().find(FindingMarkers.FAMILY).length == 0, "marker job");
        assertEquals(IMarker.SEVERITY_ERROR, severities(file).get(line));
        IMarker marker = Arrays.stream(file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) == line).findFirst().orElseThrow();
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").endsWith("(fails the 30 % threshold)"),
                marker.getAttribute(IMarker.MESSAGE, ""));
        assertSame(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK),
                new SeriesLabelProvider().getImage(hunks.get(0)));
        // the better effect of hunk 2 is never graded by the threshold
        assertEquals(ImpactAnnotation.INFO, ImpactCheckUiTest.annotationTypesByLine(editor).get(hunks.get(1).getSourceLine()));
        // exactly at the threshold fails too (the fake's change is 40.0 %)
        CheckPreferences.store().setValue(CheckPreferences.FAIL_THRESHOLD, 40);
        UiWait.drain(display());
        assertEquals(ImpactAnnotation.ERROR, annotationType(editor, line));
        CheckPreferences.store().setValue(CheckPreferences.FAIL_THRESHOLD, 41);
        waitUntil(() -> ImpactAnnotation.WARNING.equals(annotationType(editor, line)), "back to a warning");
    }

    private static String annotationType(ReviewEditor editor, int line) {
        try {
            return ImpactCheckUiTest.annotationTypesByLine(editor).get(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<Integer, Integer> severities(IFile file) throws Exception {
        Map<Integer, Integer> m = new TreeMap<>();
        for (IMarker marker : file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            m.put(marker.getAttribute(IMarker.LINE_NUMBER, -1), marker.getAttribute(IMarker.SEVERITY, -1));
        }
        return m;
    }
}
