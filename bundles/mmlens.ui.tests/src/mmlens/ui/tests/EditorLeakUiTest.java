package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.awaitCheck;
import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;

import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.views.ImpactView;

/**
 * Reopening the review editor on another series does not leak the previous one: with the Impact
 * and Outline views following it and a check attached, a closed editor becomes unreachable.
 */
@ExtendWith(NoErrorLoggedExtension.class)
class EditorLeakUiTest extends FakeServiceUiTest {

    @Test
    void closedEditorIsCollectedAfterAnotherSeriesIsOpened() throws Exception {
        page().showView(ImpactView.ID);
        page().showView(IPageLayout.ID_OUTLINE);
        WeakReference<ReviewEditor> first = openCheckAndClose("leak-1.mbox");
        ReviewEditor second = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "leak-2.mbox"));
        page().activate(second);
        for (int i = 0; i < 40 && first.get() != null; i++) {
            UiWait.drain(display());
            System.gc();
            Thread.sleep(25);
        }
        assertNull(first.get(), "the closed review editor is still reachable");
    }

    private static WeakReference<ReviewEditor> openCheckAndClose(String name) throws Exception {
        ReviewEditor editor = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", name));
        page().activate(editor);
        editor.runImpactCheck(ReviewFixture.OPTIONS);
        awaitCheck(editor);
        page().closeEditor(editor, false);
        UiWait.drain(display());
        return new WeakReference<>(editor);
    }
}
