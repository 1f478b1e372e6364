package mmlens.ui.views;

import java.awt.BasicStroke;

import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import mmlens.analysis.check.MetricTimeline;

/**
 * Line chart of one metric over the time of one run (seed 1), baseline and patched: x is the
 * share of the run done in percent, y the metric as sampled then ({@link MetricTimeline}). Drawn
 * by JFreeChart's ChartComposite, disposed with the parent.
 */
public final class TimeChart {

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartComposite composite;

    public TimeChart(Composite parent) {
        chart = ChartFactory.createXYLineChart("", "run done (%)", "", dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, Charts.BASELINE);
        plot.getRenderer().setSeriesPaint(1, Charts.PATCHED);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        plot.getRenderer().setSeriesStroke(1, new BasicStroke(2f));
        composite = Charts.composite(parent, chart);
    }

    /** Shows {@code baseline} and {@code patched} of {@code title}; nulls clear the chart, {@code note} becomes the title. */
    public void show(String title, MetricTimeline.Series baseline, MetricTimeline.Series patched) {
        chart.setNotify(false);
        dataset.removeAllSeries();
        if (baseline != null && patched != null) {
            dataset.addSeries(series(ImpactChart.BASELINE, baseline));
            dataset.addSeries(series(ImpactChart.PATCHED, patched));
        }
        chart.setTitle(title == null ? "" : title);
        chart.setNotify(true);
    }

    private static XYSeries series(String key, MetricTimeline.Series s) {
        XYSeries x = new XYSeries(key, false, true);
        for (int i = 0; i < s.x().length; i++) {
            if (!Double.isNaN(s.y()[i])) {
                x.add(s.x()[i], s.y()[i]);
            }
        }
        return x;
    }

    /** The plotted series: 0 baseline, 1 patched (none while empty). */
    public XYSeriesCollection getDataset() {
        return dataset;
    }

    public String getTitle() {
        return Charts.title(chart);
    }

    public ChartComposite getControl() {
        return composite;
    }
}
