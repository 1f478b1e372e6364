package mmlens.ui.views;

import java.awt.Color;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;

/** What the views' JFreeChart charts share: their look, and the life of their SWT composite. */
final class Charts {
    /** Baseline series colour. */
    static final Color BASELINE = new Color(120, 120, 120);
    /** Patched (or swept) series colour. */
    static final Color PATCHED = new Color(230, 120, 30);

    private Charts() {
    }

    /**
     * A white chart on a light plot with grey grid lines, drawn on SWT by a ChartComposite in
     * {@code parent}. ChartComposite frees its buffer image and popup menu in an override of
     * dispose(), which SWT does not call when a parent is disposed: it is disposed explicitly while
     * the parent goes.
     */
    static ChartComposite composite(Composite parent, JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(new Color(248, 248, 248));
        if (plot instanceof CategoryPlot c) {
            c.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (plot instanceof XYPlot x) {
            x.setRangeGridlinePaint(Color.LIGHT_GRAY);
            x.setDomainGridlinePaint(Color.LIGHT_GRAY);
        }
        ChartComposite composite = new ChartComposite(parent, SWT.NONE, chart, true);
        parent.addListener(SWT.Dispose, e -> {
            if (!composite.isDisposed()) {
                composite.dispose();
            }
        });
        return composite;
    }

    /** The chart's title text ("" without one). */
    static String title(JFreeChart chart) {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }
}
