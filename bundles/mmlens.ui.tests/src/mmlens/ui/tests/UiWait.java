package mmlens.ui.tests;

import org.eclipse.swt.widgets.Display;

/** Runs the SWT event loop until it is idle, so layout and painting are done before asserting. */
public final class UiWait {

    private UiWait() {
    }

    public static void drain(Display display) {
        for (int round = 0; round < 50; round++) {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
        }
    }
}
