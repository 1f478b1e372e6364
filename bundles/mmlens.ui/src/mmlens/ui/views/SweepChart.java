package mmlens.ui.views;

import java.awt.BasicStroke;
import java.awt.Color;

import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import mmlens.analysis.check.KnobSweep;

/**
 * Line chart of one swept metric: its mean at every value of the knob (categories in ascending
 * order, the baseline's and the series' values marked), each with its 95 % interval as an error bar
 * (JFreeChart's StatisticalLineAndShapeRenderer), in a {@link Charts#composite}.
 */
public final class SweepChart {

    /** Row key of the dataset. */
    public static final String MEAN = "mean";

    private final DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    private final JFreeChart chart;
    private final ChartComposite composite;

    public SweepChart(Composite parent) {
        chart = ChartFactory.createLineChart("", "knob value", "", dataset, PlotOrientation.VERTICAL, false, false,
                false);
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setSeriesPaint(0, Charts.PATCHED);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        chart.getCategoryPlot().setRenderer(renderer);
        composite = Charts.composite(parent, chart);
    }

    /** The label of value {@code v} of a sweep: the value, marked when it is the baseline's or the series'. */
    public static String label(KnobSweep.Sweep s, String v) {
        return v + (v.equals(s.baselineValue()) ? " (base)" : v.equals(s.seriesValue()) ? " (series)" : "");
    }

    /** Shows one row of sweep {@code s}; null clears the chart. */
    public void show(KnobSweep.Sweep s, KnobSweep.Row row) {
        chart.setNotify(false);
        dataset.clear();
        if (s != null && row != null) {
            for (int i = 0; i < s.values().size(); i++) {
                double m = row.means().get(i);
                if (!Double.isNaN(m)) {
                    double ci = row.ci95().get(i);
                    dataset.add(m, ci, MEAN, label(s, s.values().get(i)));
                }
            }
            chart.setTitle(row.metric() + " in " + row.scenario() + " by " + s.knob() + " (mean, 95 % CI)");
            chart.getCategoryPlot().getDomainAxis().setLabel(s.knob());
        } else {
            chart.setTitle("");
        }
        chart.setNotify(true);
    }

    public DefaultStatisticalCategoryDataset getDataset() {
        return dataset;
    }

    public String getTitle() {
        return Charts.title(chart);
    }

    public ChartComposite getControl() {
        return composite;
    }
}
