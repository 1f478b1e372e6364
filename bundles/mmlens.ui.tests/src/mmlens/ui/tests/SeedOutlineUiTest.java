package mmlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mmlens.ui.editors.ReviewEditor;

/** Opens a real archive page (seed 001, quoted review of a v7 series) and reads the outline. */
@ExtendWith(NoErrorLoggedExtension.class)
class SeedOutlineUiTest {

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    static Path seed(String prefix) throws Exception {
        Path dir = Path.of(System.getProperty("mmlens.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(dir), "shared/seeds not beside the checkout");
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void seed001OutlineShowsTheFilesOfTheQuotedPatch() throws Exception {
        Path file = seed("001_");
        ReviewEditor editor = assertInstanceOf(ReviewEditor.class,
                IDE.openEditorOnFileStore(page(), EFS.getStore(file.toUri())));
        page().getWorkbenchWindow().getShell().setSize(1280, 800);
        page().setPartState(page().getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED);
        Display display = page().getWorkbenchWindow().getShell().getDisplay();
        for (int i = 0; i < 600 && editor.getOutline().getTree().getItemCount() == 0; i++) {
            UiWait.drain(display);
            Thread.sleep(50);
        }
        assertNotNull(editor.getParseResult(), "parse job did not finish");
        editor.getOutline().expandAll();
        UiWait.drain(display);

        List<String> labels = new ArrayList<>();
        for (TreeItem item : editor.getOutline().getTree().getItems()) {
            collect(item, labels);
        }
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("v7")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("mm/page_alloc.c")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("@@ -")), labels.toString());
        Screenshots.save(page().getWorkbenchWindow().getShell(), "review-editor-seed-001");
    }

    private static void collect(TreeItem item, List<String> labels) {
        labels.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, labels);
        }
    }
}
