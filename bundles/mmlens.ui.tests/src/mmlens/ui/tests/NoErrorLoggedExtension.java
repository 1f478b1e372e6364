package mmlens.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test if anything was logged with ERROR severity to the platform log while it ran
 * (in the spirit of LSP4E's NoErrorLoggedRule).
 */
public final class NoErrorLoggedExtension implements BeforeEachCallback, AfterEachCallback {

    private final List<IStatus> errors = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
        Platform.addLogListener(listener);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Platform.removeLogListener(listener);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("errors were logged:");
            for (IStatus s : errors) {
                sb.append("\n  ").append(s.getPlugin()).append(": ").append(s.getMessage());
                if (s.getException() != null) {
                    sb.append(" (").append(s.getException()).append(')');
                }
            }
            throw new AssertionError(sb.toString());
        }
    }
}
