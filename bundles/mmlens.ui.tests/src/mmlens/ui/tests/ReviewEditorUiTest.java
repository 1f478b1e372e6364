package mmlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.ui.editors.ReviewEditor;
import mmlens.ui.internal.diff.DiffViewerConfiguration;

@ExtendWith(NoErrorLoggedExtension.class)
class ReviewEditorUiTest {

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    private Path copyOfSample(String name) throws Exception {
        Path dir = Files.createTempDirectory("mmlens-ui");
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/data/sample.patch")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void opensPatchWithAddedAndRemovedLinesColoured() throws Exception {
        Path file = copyOfSample("claim-threshold.patch");
        byte[] before = Files.readAllBytes(file);
        IEditorPart part = IDE.openEditorOnFileStore(page(), EFS.getStore(file.toUri()));
        ReviewEditor editor = assertInstanceOf(ReviewEditor.class, part);
        page().getWorkbenchWindow().getShell().setSize(1100, 700);
        page().setPartState(page().getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.drain(page().getWorkbenchWindow().getShell().getDisplay());

        StyledText text = editor.getTextWidget();
        String content = text.getText();
        assertTrue(content.contains("@@ -2100,7 +2100,7 @@ static bool should_try_claim_block"), content);

        int added = content.indexOf("+\tif (order >= pageblock_order / 4)");
        int removed = content.indexOf("-\tif (order >= pageblock_order / 2)");
        assertTrue(added > 0 && removed > 0);
        StyleRange addedStyle = text.getStyleRangeAtOffset(added + 2);
        StyleRange removedStyle = text.getStyleRangeAtOffset(removed + 2);
        assertEquals(DiffViewerConfiguration.ADDED_RGB, addedStyle.foreground.getRGB());
        assertEquals(DiffViewerConfiguration.REMOVED_RGB, removedStyle.foreground.getRGB());
        assertEquals("claim-threshold.patch", editor.getPartName());

        File png = Screenshots.save(page().getWorkbenchWindow().getShell(), "review-editor-sample");
        assertTrue(png.length() > 0);
        // The editor is read-only: the input file is untouched.
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }
}
