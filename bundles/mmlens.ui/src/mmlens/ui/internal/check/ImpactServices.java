package mmlens.ui.internal.check;

import java.util.Objects;

/** The {@link ImpactService} the workbench uses; tests replace it with a fake. */
public final class ImpactServices {

    private static volatile ImpactService current = new AnalysisImpactService();

    private ImpactServices() {
    }

    public static ImpactService get() {
        return current;
    }

    /** Installs {@code service} and returns the one it replaces. */
    public static ImpactService set(ImpactService service) {
        ImpactService old = current;
        current = Objects.requireNonNull(service);
        return old;
    }
}
