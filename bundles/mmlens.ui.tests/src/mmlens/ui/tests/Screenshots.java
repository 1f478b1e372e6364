package mmlens.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves a PNG of a shell under the directory named by system property {@code mmlens.screenshots}. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Writes {@code <dir>/<name>.png} and returns the file. */
    public static File save(Shell shell, String name) {
        Display display = shell.getDisplay();
        // GTK paints on its frame clock: give it a few frames before copying the screen.
        for (int i = 0; i < 10; i++) {
            UiWait.drain(display);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        UiWait.drain(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        File dir = new File(System.getProperty("mmlens.screenshots", "target/screenshots"));
        dir.mkdirs();
        File out = new File(dir, name + ".png");
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(out.getAbsolutePath(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return out;
    }
}
