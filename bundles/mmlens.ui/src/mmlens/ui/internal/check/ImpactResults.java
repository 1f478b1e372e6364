package mmlens.ui.internal.check;

import mmlens.analysis.check.SeriesCheck;
import mmlens.model.Annotation;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/**
 * The impact check result of a series: kept in its {@code annotations}, at most one; attaching
 * replaces the earlier one ({@link SeriesCheck#attach}). Call on the UI thread only.
 */
public final class ImpactResults {

    private ImpactResults() {
    }

    /** The attached result of {@code series}, or {@code null}. */
    public static ImpactResult of(PatchSeries series) {
        if (series == null) {
            return null;
        }
        for (Annotation a : series.getAnnotations()) {
            if (a instanceof ImpactResult r) {
                return r;
            }
        }
        return null;
    }

    /** Attaches {@code result} to {@code series}, replacing any earlier result. */
    public static void attach(PatchSeries series, ImpactResult result) {
        SeriesCheck.attach(series, result);
    }
}
