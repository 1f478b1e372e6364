package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.ui.internal.annotations.ImpactHover;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.markers.FindingMarkers;

/**
 * The workbench's real check of a fix (flush_tlb_func()'s generation guard put back): the stale
 * TLB entries the baseline shows are listed as fixed in the hunk's hover, beside the cost of the
 * flushes it restores (the effects that set the annotation's severity), and never become Problems
 * markers.
 */
@ExtendWith(NoErrorLoggedExtension.class)
class FixedFindingUiTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void aFixShowsTheFindingsItFixesAsGoodNews() throws Exception {
        IFile file = ReviewFixture.workspaceFile("gen-check-fix.patch", "gen-check-fix.patch");
        ReviewEditor editor = ReviewFixture.open(file);
        Hunk hunk = FakeImpactService.hunks(editor.getSeries().get(0)).get(0);
        ImpactResult result = ReviewFixture.realCheck(editor);
        assertTrue(result.getFindings().isEmpty(), result.getFindings().toString());
        assertFalse(result.getFixedFindings().isEmpty(), "no fixed finding; notes: " + result.getNotes());
        assertNotNull(ImpactCheckUiTest.annotationTypesByLine(editor).get(hunk.getSourceLine()), "hunk not annotated");
        String info = new ImpactHover(editor.getViewer()).getHoverInfo(editor.getViewer(), hunk.getSourceLine());
        assertTrue(info.contains("fixed STALE_TLB_FREED_PFN (on the baseline, on no seed after the series)"), info);
        IMarker[] markers = file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO);
        long worse = result.getEffects().stream().filter(e -> e.getVerdict() == mmlens.model.Verdict.WORSE).count();
        assertEquals(worse, markers.length, "one marker per worse effect, none for the fixed findings");
        for (IMarker m : markers) {
            assertFalse(String.valueOf(m.getAttribute(IMarker.MESSAGE)).contains("STALE_TLB"), "a fix became a problem");
        }
        editor.getViewer().revealRange(editor.getViewer().getDocument().getLineOffset(hunk.getSourceLine() - 1), 0);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "fixed-finding");
        ImpactCheckUiTest.showHover(editor, info, hunk, "fixed-finding-hover");
    }
}
