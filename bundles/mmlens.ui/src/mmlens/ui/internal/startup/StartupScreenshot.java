package mmlens.ui.internal.startup;

import java.io.File;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * {@code -mmlensScreenshot FILE.png} on the workbench command line: once the workbench has
 * settled ({@link #DELAY_MS} after start-up), the active window is copied from the screen with
 * SWT's {@code GC.copyArea} and written as PNG. Used by {@code releng/workbench-smoke}, so a smoke
 * run needs no screen-capture tool besides the X server.
 */
final class StartupScreenshot {

    static final String OPTION = "-mmlensScreenshot";
    /** Time given to the editors' parse jobs and the first paint, in milliseconds. */
    static final int DELAY_MS = 6000;

    private StartupScreenshot() {
    }

    /** The file named after {@link #OPTION}, or {@code null}. */
    static File requested(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (OPTION.equals(args[i])) {
                return new File(args[i + 1]);
            }
        }
        return null;
    }

    /**
     * Lists the open editors beside the screenshot, one line each: editor id, tab title, and for
     * the review editor the patches it parsed; so a smoke test can tell that a patch really opened
     * in the review editor. Written before the PNG, which scripts wait for.
     */
    private static void writeEditors(File file) {
        StringBuilder sb = new StringBuilder();
        for (org.eclipse.ui.IWorkbenchWindow w : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (org.eclipse.ui.IWorkbenchPage page : w.getPages()) {
                for (org.eclipse.ui.IEditorReference ref : page.getEditorReferences()) {
                    sb.append(ref.getId()).append('\t').append(ref.getTitle());
                    if (ref.getEditor(false) instanceof mmlens.ui.editors.ReviewEditor r) {
                        int patches = r.getSeries().stream().mapToInt(s -> s.getPatches().size()).sum();
                        sb.append('\t').append(patches).append(" patches");
                    }
                    sb.append('\n');
                }
            }
        }
        try {
            java.nio.file.Files.writeString(file.toPath(), sb.toString());
        } catch (java.io.IOException e) {
            ILog.of(StartupScreenshot.class).warn("mmlens: cannot write " + file, e);
        }
    }

    /** Schedules the screenshot on {@code display}; UI thread. */
    static void schedule(Display display, File out) {
        display.timerExec(DELAY_MS, () -> {
            Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                    : display.getShells().length > 0 ? display.getShells()[0] : null;
            if (shell == null) {
                return;
            }
            Rectangle b = shell.getBounds();
            Image image = new Image(display, b.width, b.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, b.x, b.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image.getImageData()};
                writeEditors(new File(out.getPath() + ".editors"));
                File tmp = new File(out.getPath() + ".part");
                loader.save(tmp.getPath(), SWT.IMAGE_PNG);
                if (!tmp.renameTo(out)) {
                    ILog.of(StartupScreenshot.class).warn("mmlens: cannot write " + out);
                }
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
