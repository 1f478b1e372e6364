package mmlens.ui.tests;

import static mmlens.ui.tests.ReviewFixture.display;
import static mmlens.ui.tests.ReviewFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.model.Hunk;
import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.check.CheckPreferences;
import mmlens.ui.internal.outline.SeriesOutlinePage;

/** The series in the workbench Outline view: mechanisms per hunk, unmodelled hunks greyed, linked with the editor. */
@ExtendWith(NoErrorLoggedExtension.class)
class OutlineViewUiTest extends FakeServiceUiTest {

    @Test
    void outlineViewShowsMappingAndRevealsTheSelectedHunk() throws Exception {
        ReviewEditor editor = ReviewFixture.open(ReviewFixture.workspaceFile("series.mbox", "outline.mbox"));
        ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
        page().activate(editor);
        UiWait.drain(display());
        SeriesOutlinePage outlinePage = assertInstanceOf(SeriesOutlinePage.class, outline.getCurrentPage());
        outlinePage.getTreeViewer().expandAll();
        UiWait.drain(display());

        List<TreeItem> hunkItems = new ArrayList<>();
        for (TreeItem item : outlinePage.getTreeViewer().getTree().getItems()) {
            collectHunks(item, hunkItems);
        }
        assertEquals(3, hunkItems.size());
        assertTrue(hunkItems.get(0).getText().endsWith("[fallback, pageblock]"), hunkItems.get(0).getText());
        assertTrue(hunkItems.get(1).getText().endsWith("[watermark]"), hunkItems.get(1).getText());
        assertTrue(hunkItems.get(2).getText().endsWith("(unmodelled: flush ceiling outside the fake's engine)"),
                hunkItems.get(2).getText());
        assertEquals(display().getSystemColor(SWT.COLOR_DARK_GRAY).getRGB(), hunkItems.get(2).getForeground(0).getRGB());
        assertTrue(!hunkItems.get(0).getForeground(0).getRGB().equals(display().getSystemColor(SWT.COLOR_DARK_GRAY).getRGB()));

        // Linked: selecting the second hunk in the Outline view moves the editor to its header line.
        Hunk second = (Hunk) hunkItems.get(1).getData();
        outlinePage.setSelection(new StructuredSelection(second));
        UiWait.drain(display());
        int caretLine = editor.getTextWidget().getLineAtOffset(editor.getTextWidget().getCaretOffset());
        assertEquals(second.getSourceLine() - 1, caretLine);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "outline-view");

        // Closing the editor leaves the Outline view without the page.
        page().closeAllEditors(false);
        UiWait.drain(display());
        assertTrue(!(outline.getCurrentPage() instanceof SeriesOutlinePage));
        assertNull(page().getActiveEditor());
    }

    @Test
    void preferencePageShowsTheCheckSettings() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page().getWorkbenchWindow().getShell(),
                "mmlens.ui.preferences", new String[] {"mmlens.ui.preferences"}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.drain(display());
            assertEquals("mmlens", dialog.getSelectedPage() == null ? null
                    : ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getTitle());
            Screenshots.save(dialog.getShell(), "preferences");
        } finally {
            dialog.close();
        }
        assertEquals(5, CheckPreferences.options().seeds());
    }

    private static void collectHunks(TreeItem item, List<TreeItem> out) {
        if (item.getData() instanceof Hunk) {
            out.add(item);
        }
        for (TreeItem child : item.getItems()) {
            collectHunks(child, out);
        }
    }
}
