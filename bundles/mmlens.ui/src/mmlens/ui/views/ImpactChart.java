package mmlens.ui.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import mmlens.model.Effect;

/**
 * Bar chart of one metric: per scenario the baseline and patched means, each with its 95 %
 * confidence interval drawn as an error bar (JFreeChart's StatisticalBarRenderer, with the
 * interval's half-width in the dataset's deviation slot), in a {@link Charts#composite}.
 */
public final class ImpactChart {

    /** Row keys of the dataset. */
    public static final String BASELINE = "baseline";
    public static final String PATCHED = "patched";

    private final DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    private final JFreeChart chart;
    private final ChartComposite composite;

    public ImpactChart(Composite parent) {
        chart = ChartFactory.createBarChart("", "scenario", "", dataset, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        renderer.setSeriesPaint(0, Charts.BASELINE);
        renderer.setSeriesPaint(1, Charts.PATCHED);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.0f);
        composite = Charts.composite(parent, chart);
    }

    /** Shows {@code metric}'s effects, one category per scenario; an empty list clears the chart. */
    public void show(String metric, List<Effect> effects) {
        chart.setNotify(false);
        dataset.clear();
        for (Effect e : effects) {
            dataset.add(e.getBaselineMean(), e.getBaselineCi95(), BASELINE, e.getScenario());
            dataset.add(e.getPatchedMean(), e.getPatchedCi95(), PATCHED, e.getScenario());
        }
        chart.setTitle(metric == null ? "" : metric + " (mean, 95 % CI)");
        chart.setNotify(true);
    }

    /** The plotted data: rows {@link #BASELINE} and {@link #PATCHED}, columns scenarios. */
    public DefaultStatisticalCategoryDataset getDataset() {
        return dataset;
    }

    /** The chart title (the metric). */
    public String getTitle() {
        return Charts.title(chart);
    }

    public ChartComposite getControl() {
        return composite;
    }
}
