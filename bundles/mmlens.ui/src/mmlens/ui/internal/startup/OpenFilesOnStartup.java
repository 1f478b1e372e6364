package mmlens.ui.internal.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the patch files named on the workbench command line ({@code ./mmlens-workbench FILE...})
 * in the review editor (the default editor for those endings). The native launcher's {@code --launcher.openFile} is not available
 * (launchers are not on Maven Central), so the application arguments are read here. With
 * {@code -mmlensScreenshot FILE.png} it also saves a screenshot of the window (see
 * {@link StartupScreenshot}).
 */
public final class OpenFilesOnStartup implements IStartup {

    @Override
    public void earlyStartup() {
        String[] args = Platform.getApplicationArgs();
        List<Path> files = patchFiles(args);
        java.io.File screenshot = StartupScreenshot.requested(args);
        if (screenshot != null) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(
                    () -> StartupScreenshot.schedule(PlatformUI.getWorkbench().getDisplay(), screenshot));
        }
        if (files.isEmpty()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null) {
                return;
            }
            for (Path f : files) {
                try {
                    IDE.openEditorOnFileStore(window.getActivePage(), EFS.getStore(f.toUri()));
                } catch (CoreException e) {
                    ILog.of(OpenFilesOnStartup.class).warn("mmlens: cannot open " + f, e);
                }
            }
        });
    }

    /** File name endings the review editor is registered for (see plugin.xml). */
    private static final List<String> ENDINGS = List.of(".mbox", ".patch", ".eml", ".diff", ".txt");

    /**
     * The arguments that name readable regular files with a review-editor ending, resolved
     * against the working directory; options and other files (e.g. a test harness's
     * properties file) are skipped.
     */
    public static List<Path> patchFiles(String[] args) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            String lower = a.toLowerCase(java.util.Locale.ROOT);
            if (a.startsWith("-") || ENDINGS.stream().noneMatch(lower::endsWith)) {
                continue;
            }
            Path p = Path.of(a).toAbsolutePath().normalize();
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                files.add(p);
            }
        }
        return files;
    }
}
