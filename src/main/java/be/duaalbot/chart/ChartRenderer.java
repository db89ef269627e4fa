package be.duaalbot.chart;

import be.duaalbot.answer.ChartModel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link ChartModel} with JFreeChart, in memory and headless, as an 800×500 PNG readable
 * on a phone: large type, the value on every bar or point, incomplete years marked, the caption
 * (caveats and source) under the plot, and the Okabe–Ito colours, which survive colour blindness.
 */
public final class ChartRenderer {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;
    private static final Color[] OKABE_ITO = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), Color.BLACK};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** The title's lines are at most this wide: the chart's width less its and the title's margins, with room to spare. */
    static final int TITLE_WIDTH = WIDTH - 40;

    static {
        System.setProperty("java.awt.headless", "true");
        // PNGs are written to memory only: ImageIO's default cache file in java.io.tmpdir fails on a read-only root
        javax.imageio.ImageIO.setUseCache(false);
    }

    public byte[] png(ChartModel model, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ChartUtils.writeChartAsPNG(out, build(model, locale), WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart object, for tests that count its bars and points. */
    public JFreeChart build(ChartModel model, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartModel.Series s : model.series()) {
            for (ChartModel.Point point : s.points()) {
                data.addValue(point.value(), s.name(), category(point.category(), model));
            }
        }
        boolean line = model.kind() == ChartModel.Kind.SERIES;
        PlotOrientation orientation = model.kind() == ChartModel.Kind.RANKING ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        AbstractCategoryItemRenderer renderer = line ? lineRenderer() : barRenderer();
        NumberAxis values = new NumberAxis(model.valueAxis());
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        values.setUpperMargin(0.15);
        CategoryAxis categories = new CategoryAxis(model.categoryAxis());
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        style(renderer, locale, model.series().size(), orientation == PlotOrientation.HORIZONTAL);
        style(categories, values, model);
        JFreeChart chart = new JFreeChart(TitleLines.wrap(model.title(), TITLE, TITLE_WIDTH), TITLE, plot, model.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            LegendTitle legend = chart.getLegend();
            legend.setItemFont(LABEL);
            legend.setPosition(RectangleEdge.TOP);
        }
        TextTitle caption = new TextTitle(model.caption(), SMALL);
        caption.setPosition(RectangleEdge.BOTTOM);
        caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
        caption.setMaximumLinesToDisplay(4);
        chart.addSubtitle(caption);
        return chart;
    }

    private static String category(String name, ChartModel model) {
        return model.incomplete().contains(name) ? name + model.incompleteMarker() : name;
    }

    private static LineAndShapeRenderer lineRenderer() {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setDefaultStroke(new BasicStroke(3f));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    private static BarRenderer barRenderer() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        return r;
    }

    private static void style(AbstractCategoryItemRenderer r, Locale locale, int seriesCount, boolean horizontal) {
        for (int i = 0; i < seriesCount; i++) {
            r.setSeriesPaint(i, OKABE_ITO[i % OKABE_ITO.length]);
        }
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(locale)));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(LABEL);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        if (horizontal) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }
    }

    private static void style(CategoryAxis categories, NumberAxis values, ChartModel model) {
        categories.setTickLabelFont(model.kind() == ChartModel.Kind.RANKING ? SMALL : LABEL);
        categories.setLabelFont(LABEL);
        values.setTickLabelFont(LABEL);
        values.setLabelFont(LABEL);
        categories.setMaximumCategoryLabelLines(2);
        if (model.kind() == ChartModel.Kind.COMPARISON && model.series().stream().mapToInt(s -> s.points().size()).max().orElse(0) > 4) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }
}
