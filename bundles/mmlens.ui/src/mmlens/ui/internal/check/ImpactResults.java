package mmlens.ui.internal.check;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import mmlens.model.Annotation;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/**
 * Where a series keeps its impact check result: in its {@code annotations} when ImpactResult is
 * an Annotation, else in an EMF adapter on the series (the model does not contain it yet). At most
 * one result per series; attaching replaces the earlier one. Call on the UI thread only.
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
        Holder h = holder(series);
        return h == null ? null : h.result;
    }

    /** Attaches {@code result} to {@code series}, replacing any earlier result. */
    public static void attach(PatchSeries series, ImpactResult result) {
        detach(series);
        if (result instanceof Annotation a) {
            series.getAnnotations().add(a);
        } else {
            Holder h = new Holder();
            h.result = result;
            series.eAdapters().add(h);
        }
    }

    /** Removes the attached result, if any. */
    public static void detach(PatchSeries series) {
        series.getAnnotations().removeIf(a -> a instanceof ImpactResult);
        Holder h = holder(series);
        if (h != null) {
            series.eAdapters().remove(h);
        }
    }

    private static Holder holder(Notifier n) {
        for (Object a : n.eAdapters()) {
            if (a instanceof Holder h) {
                return h;
            }
        }
        return null;
    }

    private static final class Holder extends AdapterImpl {
        private ImpactResult result;

        @Override
        public boolean isAdapterForType(Object type) {
            return type == ImpactResult.class;
        }
    }
}
